"""Ingest in two steps: `incidents extract PATH… > records.jsonl` (the map step, no
store: any machine or engine can run it) and `incidents load records.jsonl` (the one
writer). ingest = extract + load; both give the same store.
"""
from __future__ import annotations

import os
import sys
from typing import IO, Iterator

from incidents.store.ingest import (BATCH_SIZE, IngestSummary, _default_extractor, _default_gazetteer, _err,
                                    _exit, _guarded, _n, _Reporter, counted, in_store, save_all)
from incidents.render.escape import message
from incidents.store.save import content_sha256, content_stored


def extract_records(paths: list[str], out: IO[str], gazetteer=None, workers: int = 1,
                    errors: IO[str] | None = None, dask: str | None = None) -> IngestSummary:
    """Write one extraction record (extract.records) a line for every document of `paths`;
    `dask`: a Dask cluster extracts (store.dask_engine)."""
    from incidents.documents import DocumentError, iter_documents
    from incidents.extract.records import to_record
    from incidents.render.formats import to_json
    from incidents.store.save import text_sha256
    from incidents.store.workers import extract_all
    gazetteer = gazetteer if gazetteer is not None else _default_gazetteer()
    summary = IngestSummary()
    errors = errors or sys.stderr

    def tasks() -> Iterator[tuple]:
        for item in iter_documents(paths):
            if isinstance(item, DocumentError):
                summary.failed += 1
                errors.write(message(f"{item}") + "\n")
                continue
            yield item, item.text, item.meta

    for item, extraction, error in extract_all(tasks(), _default_extractor(), gazetteer, workers, dask):
        if error is not None:
            summary.failed += 1
            errors.write(message(f"{item.source}: {error}") + "\n")
            continue
        out.write(to_json(to_record(item, text_sha256(item.text), extraction)) + "\n")
        summary.new += 1
        summary.incidents += len(extraction.incidents)
        summary.quotes += len(extraction.quotes)
    return summary


def read_records(paths: list[str], report) -> Iterator[tuple]:
    """(Document, sha256, Extraction) of every record line; a bad line is one error
    (bytes that are not UTF-8, JSON that cannot be read, a record that is none)."""
    from incidents.documents.jsonline import decode_line, parse_line
    from incidents.extract.records import from_record
    from incidents.store.save import text_sha256
    for path in paths:
        try:
            f = sys.stdin.buffer if path == "-" else open(path, "rb")
        except OSError as e:
            report.error(f"{path}: {(e.strerror or str(e)).lower()}")
            continue
        with f:
            for n, raw in enumerate(f, 1):
                line, reason = decode_line(raw)
                if line is not None and not line.strip():
                    continue
                if reason is None:
                    record, reason = parse_line(line)
                if reason is None:
                    try:
                        row = from_record(record)
                    except ValueError as e:
                        reason = str(e)
                    else:
                        if row[1] == text_sha256(row[0].text):
                            yield row
                            continue
                        reason = "malformed extraction record: its sha256 is not that of its text"
                report.error(f"{path}:{n}: {reason}")


def load_records(store, paths: list[str], gazetteer=None, batch_size: int = BATCH_SIZE) -> IngestSummary:
    """Save the records of `paths` (from extract_records) as ingest would have."""
    store.sync_gazetteer(gazetteer if gazetteer is not None else _default_gazetteer())
    summary = IngestSummary()
    queued: set[str] = set()
    with _Reporter(False, summary) as report:
        def new():
            for document, sha, extraction in read_records(paths, report):
                same = content_sha256(document.text)
                if same in queued or content_stored(store.db, document.text):
                    summary.unchanged += 1
                    continue
                queued.add(same)
                yield document, sha, extraction

        save_all(store, new(), summary, report, batch_size)
    return summary


def main_extract(paths: list[str], gazetteer=None, workers: int | None = None, dask: str | None = None) -> int:
    """`incidents extract PATH…`: records on stdout; 0 when every document was extracted."""
    from incidents.store.dask_engine import DaskUnavailable
    from incidents.store.workers import default_workers
    try:
        summary = extract_records(paths, sys.stdout, gazetteer, workers or default_workers(), dask=dask)
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except DaskUnavailable as e:
        _err(f"error: {e}")
        return 1
    _err(f"extracted {_n(summary.new, 'document')} ({summary.failed} failed): "
         f"{_n(summary.incidents, 'incident')}, {_n(summary.quotes, 'quote')}")
    return _exit(summary)


def main_load(db_path: str, paths: list[str], gazetteer=None) -> int:
    """`incidents load RECORDS.jsonl…`: write extraction records into the store."""
    summary = _guarded(db_path, "load", counted(lambda store: load_records(store, paths, gazetteer)))
    if summary is None:
        return _guarded.rc
    _err(f"loaded {_n(summary.documents, 'document')} ({summary.new} new, {summary.unchanged} unchanged, "
         f"{summary.failed} failed): {_n(summary.incidents, 'incident')}, {_n(summary.quotes, 'quote')} "
         f"→ {os.path.abspath(db_path)}{in_store(summary)}")
    return _exit(summary, "record")
