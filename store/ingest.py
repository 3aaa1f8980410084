"""Ingest: documents -> extraction -> store, idempotent by the content of the text (store.save.content_sha256).

Extraction runs outside any transaction; each batch of finished documents is
written in one transaction (each document inside its own savepoint), so a run
killed half-way keeps every committed batch and never leaves half a document.
"""
from __future__ import annotations

import os
import sqlite3
import sys
from dataclasses import dataclass, field
from typing import Callable, Iterator

from incidents.render.escape import message
from incidents.store.db import describe, immediate
from incidents.store.fts_batch import deferred_fts
from incidents.store.names import drop_unused_adhoc
from incidents.store.save import (content_sha256, content_stored, delete_extraction, save_document, save_extraction,
                                  text_sha256)

BATCH_SIZE = 50
LARGE_INGEST = 1000      # documents: after this many new ones the planner's statistics are refreshed
ANALYSIS_LIMIT = 2000    # rows ANALYZE samples per index (PRAGMA analysis_limit): seconds, not minutes, on 1M


def finish_large_ingest(db) -> None:
    """After a large ingest: fold the new texts for `search` now rather than on the
    first search, and refresh the statistics the query planner picks indexes by."""
    from incidents.store.search import fill_folded
    fill_folded(db)
    db.conn.execute(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
    db.conn.execute("ANALYZE")
    if db.conn.in_transaction:
        db.conn.commit()


@dataclass
class IngestSummary:
    new: int = 0
    unchanged: int = 0
    failed: int = 0
    incidents: int = 0
    quotes: int = 0
    reindexed: int = 0
    stored: int | None = None     # incidents in the store afterwards (reports merged across outlets)
    errors: list[str] = field(default_factory=list)

    @property
    def documents(self) -> int:
        return self.new + self.unchanged + self.failed + self.reindexed


def _default_gazetteer():
    """The extractor's own gazetteer (its process-wide cached copy when it has one)."""
    from incidents.extract import gazetteer
    loader = getattr(gazetteer, "default_gazetteer", None) or gazetteer.load_gazetteer
    return loader()


def _default_extractor() -> Callable:
    from incidents.extract.pipeline import extract_document
    return extract_document


class _Reporter:
    """Errors to stderr one line each, and on a terminal a progress bar: documents
    done of the total, the rate and the time left."""

    def __init__(self, progress: bool, summary: IngestSummary, total: int | None = None):
        self.summary = summary
        self.bar = None
        if progress:
            from rich.console import Console
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                                       TimeRemainingColumn)
            self.bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                                MofNCompleteColumn(), TextColumn("documents"), _rate_column(),
                                TimeRemainingColumn(), console=Console(stderr=True), transient=True)
            self.task = self.bar.add_task("ingesting", total=total)

    def __enter__(self):
        if self.bar is not None:
            self.bar.start()
        return self

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.stop()

    def error(self, line: str) -> None:
        line = message(line)            # a file name may hold ESC sequences or a newline
        self.summary.errors.append(line)
        self.summary.failed += 1
        if self.bar is not None:
            self.bar.console.print(line, markup=False, highlight=False, emoji=False)
        else:
            print(line, file=sys.stderr, flush=True)

    def step(self, name: str) -> None:
        if self.bar is not None:
            from rich.markup import escape
            self.bar.update(self.task, advance=1, description=escape(message(name[-40:])))


def _rate_column():
    """A progress column: documents per second so far."""
    from rich.progress import ProgressColumn
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task):
            speed = task.finished_speed or task.speed
            return Text(f"{speed:,.0f}/s" if speed else "–/s", style="progress.data.speed")

    return Rate()


def _extract(extractor, doc_text: str, meta, gazetteer, source: str, report: _Reporter):
    try:
        return extractor(doc_text, meta, gazetteer)
    except Exception as e:  # one document's extraction bug must not stop the run
        report.error(f"{source}: extraction failed: {describe(e)}")
        return None


def _flush(store, pending: list, summary: IngestSummary, report: _Reporter) -> None:
    """Write a batch in one transaction, which waits for the write lock (another ingest
    may hold it); a text another run stored meanwhile counts as unchanged. A document
    that fails to save is rolled back alone (savepoint) and reported.
    KeyboardInterrupt rolls back the batch."""
    if not pending:
        return
    saved = []
    with immediate(store.db), deferred_fts(store.db):     # one FTS5 segment a batch, not a few a document
        for document, sha, extraction in pending:
            if content_stored(store.db, document.text):    # another run stored it meanwhile
                summary.unchanged += 1
                continue
            try:
                saved.append(save_document(store.db, document, sha, extraction))
            except sqlite3.IntegrityError as e:
                report.error(f"{document.source}: could not save: {e}")
            except sqlite3.Error:
                raise          # the database itself is in trouble: stop, roll the batch back
            except Exception as e:  # a malformed extraction: this document only
                report.error(f"{document.source}: could not save: {describe(e)}")
    for n_inc, n_q in saved:
        summary.new += 1
        summary.incidents += n_inc
        summary.quotes += n_q
    pending.clear()


def _new_documents(store, paths: list[str], summary: IngestSummary, report) -> Iterator[tuple]:
    """((document, sha), text, meta) of each document not yet stored; read errors and
    texts already stored (or seen earlier in this run) are counted on the way."""
    from incidents.documents import DocumentError, iter_documents
    queued: set[str] = set()
    for item in iter_documents(paths):
        if isinstance(item, DocumentError):
            report.error(str(item))
            report.step(item.source)
            continue
        same = content_sha256(item.text)      # a trailing newline or CRLF is the same article
        if same in queued or content_stored(store.db, item.text):
            summary.unchanged += 1
            report.step(item.meta.doc)
            continue
        queued.add(same)
        sha = text_sha256(item.text)
        yield (item, sha), item.text, item.meta


def ingest_paths(store, paths: list[str], progress: bool = False, gazetteer=None,
                 extractor: Callable | None = None, batch_size: int = BATCH_SIZE,
                 workers: int = 1, dask: str | None = None) -> IngestSummary:
    """Read, extract and save every document of `paths` (see documents.iter_documents).
    workers > 1: that many processes extract while this one writes (store.workers);
    dask: a Dask cluster (`local` or a scheduler address) extracts instead."""
    from incidents.store.workers import extract_all

    gazetteer = gazetteer if gazetteer is not None else _default_gazetteer()
    extractor = extractor or _default_extractor()
    store.sync_gazetteer(gazetteer)
    summary = IngestSummary()
    total = _count(paths) if progress else None
    with _Reporter(progress, summary, total) as report:
        tasks = _new_documents(store, paths, summary, report)

        def extracted():
            for (item, sha), extraction, error in extract_all(tasks, extractor, gazetteer, workers, dask):
                report.step(item.meta.doc)
                if error is not None:
                    report.error(f"{item.source}: {error}")
                    continue
                yield item, sha, extraction

        save_all(store, extracted(), summary, report, batch_size)
    return summary


def save_all(store, rows, summary: IngestSummary, report, batch_size: int = BATCH_SIZE) -> None:
    """Save (document, sha, extraction) rows in batches; ANALYZE after a large run."""
    pending: list = []
    for row in rows:
        pending.append(row)
        if len(pending) >= batch_size:
            _flush(store, pending, summary, report)
    _flush(store, pending, summary, report)
    if summary.new >= LARGE_INGEST:
        finish_large_ingest(store.db)


def _count(paths: list[str]) -> int | None:
    """How many documents `paths` hold (for the progress bar); None with stdin."""
    if "-" in paths:
        return None
    from incidents.documents import iter_documents
    return sum(1 for _ in iter_documents(paths))


def reindex(store, gazetteer, extractor: Callable | None = None, batch_size: int = BATCH_SIZE) -> IngestSummary:
    """Re-extract every stored document from its stored text (after a gazetteer or
    extractor change), replacing its incidents, citations and quotes."""
    from incidents.extract.model import DocMeta

    extractor = extractor or _default_extractor()
    store.sync_gazetteer(gazetteer)
    summary = IngestSummary()
    report = _Reporter(False, summary)
    shas = [r[0] for r in store.db.execute("SELECT sha256 FROM documents ORDER BY doc, sha256").fetchall()]
    for n in range(0, len(shas), batch_size):
        done = []
        for sha in shas[n:n + batch_size]:
            row = store.db.execute("SELECT doc, outlet, title, url, published, text FROM documents "
                                   "WHERE sha256 = ?", [sha]).fetchone()
            meta = DocMeta(doc=row[0], outlet=row[1], title=row[2], url=row[3], published=row[4])
            extraction = _extract(extractor, row[5], meta, gazetteer, row[0], report)
            if extraction is not None:
                done.append((sha, row[0], extraction))
        with immediate(store.db):
            for sha, name, extraction in done:
                try:
                    with store.db.atomic():
                        delete_extraction(store.db, sha)
                        n_inc, n_q = save_extraction(store.db, sha, extraction)
                except sqlite3.Error as e:
                    if not isinstance(e, sqlite3.IntegrityError):
                        raise
                    report.error(f"{name}: could not save: {e}")
                    continue
                except Exception as e:  # a malformed extraction: this document keeps its old rows
                    report.error(f"{name}: could not save: {describe(e)}")
                    continue
                summary.reindexed += 1
                summary.incidents += n_inc
                summary.quotes += n_q
    with immediate(store.db):
        drop_unused_adhoc(store.db)
        from incidents.store.dyads import rebuild
        rebuild(store.db)                  # a fresh count, without the pairs that fell to 0
    return summary


def reindex_all(store, gazetteer=None) -> IngestSummary:
    """reindex() with `gazetteer` (default: the installed one) and the installed extractor."""
    return reindex(store, gazetteer if gazetteer is not None else _default_gazetteer())


def _err(line: str) -> None:
    """One line on stderr, its outside words (paths, reasons) escaped (render.escape.message)."""
    print(message(line), file=sys.stderr, flush=True)


def _n(k: int, word: str) -> str:
    """'1 document', '2 documents'."""
    return f"{k} {word}{'' if k == 1 else 's'}"


def _exit(summary: IngestSummary, what: str = "document") -> int:
    """0, or 1 with its `error:` line when some inputs failed (their own lines came before)."""
    if not summary.failed:
        return 0
    _err(f"error: {_n(summary.failed, what)} failed (see above)")
    return 1


def main_ingest(db_path: str, paths: list[str], gazetteer=None, workers: int | None = None,
                dask: str | None = None) -> int:
    """`incidents ingest PATH...`: exit 0 when every document was read, else 1.
    `gazetteer`: a loaded gazetteer (the analyst's files); default the installed one.
    `workers`: extracting processes (default: the machine's cores); `dask`: a Dask
    cluster extracts instead (`local` or tcp://SCHEDULER:8786)."""
    from incidents.store.workers import default_workers
    workers = workers or default_workers()
    if not paths:
        _err("error: nothing to ingest (give files, folders, .jsonl corpora or - for stdin)")
        return 1
    if dask:
        from incidents.store.dask_engine import DaskUnavailable, require
        try:
            require()
        except DaskUnavailable as e:
            _err(f"error: {e}")
            return 1
    summary = _guarded(db_path, "ingest", counted(lambda store: ingest_paths(
        store, paths, progress=sys.stderr.isatty(), gazetteer=gazetteer, workers=workers, dask=dask)))
    if summary is None:
        return _guarded.rc
    _err(f"ingested {_n(summary.documents, 'document')} ({summary.new} new, {summary.unchanged} unchanged, "
         f"{summary.failed} failed): {_n(summary.incidents, 'incident')}, {_n(summary.quotes, 'quote')} "
         f"→ {os.path.abspath(db_path)}{in_store(summary)}")
    return _exit(summary)


def counted(job: Callable) -> Callable:
    """`job`, which returns a summary, with the store's incident count after it set on the summary."""
    def run(store):
        summary = job(store)
        summary.stored = store.counts()["incidents"]
        return summary
    return run


def in_store(summary) -> str:
    """What the store holds afterwards: an incident reported by three outlets is one incident of
    three reports, so the run's count of reports is not the store's count of incidents."""
    return "" if summary.stored is None else f" (the store holds {_n(summary.stored, 'incident')})"


def main_reindex(db_path: str, gazetteer=None) -> int:
    """`incidents reindex`: re-extract every stored document; 0 ok, 1 if any failed."""
    summary = _guarded(db_path, "reindex", counted(lambda store: reindex_all(store, gazetteer)))
    if summary is None:
        return _guarded.rc
    _err(f"reindexed {_n(summary.reindexed, 'document')}: {_n(summary.incidents, 'incident')}, "
         f"{_n(summary.quotes, 'quote')} ({summary.failed} failed) → {os.path.abspath(db_path)}{in_store(summary)}")
    return _exit(summary)


def _guarded(db_path: str, verb: str, job):
    """Run `job(store)` so that the command line never shows a traceback: every failure is
    one line on stderr and None comes back (with the exit code in `_guarded.rc`)."""
    from incidents.extract.gazetteer import GazetteerError
    from incidents.store.db import StoreError, _reason, open_store

    _guarded.rc = 1
    try:
        store = open_store(db_path)
    except StoreError as e:
        _err(f"error: {e}")
        return None
    try:
        return job(store)
    except (GazetteerError, StoreError) as e:
        _err(f"error: {e}")
    except KeyboardInterrupt:
        _err(f"interrupted: documents of finished batches are kept in {db_path}")
        _guarded.rc = 130
    except sqlite3.Error as e:
        _err(f"error: {db_path}: {_reason(db_path, e)}")
    except ImportError as e:
        _err(f"error: cannot load the extractor: {describe(e)}")
    except Exception as e:  # never a traceback on the command line
        _err(f"error: {verb} stopped: {describe(e)}")
    finally:
        store.close()
    return None
