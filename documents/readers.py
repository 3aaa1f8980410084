"""Turn command-line inputs into documents: plain-text files, folders, JSON Lines
corpora and stdin. Bad input becomes a DocumentError with one clear reason;
nothing here raises, so one broken file never stops the rest of a run.
"""
from __future__ import annotations

import os
import sys
from typing import Iterator

from incidents.documents.jsonline import decode_line, parse_line
from incidents.documents.model import Document, DocumentError
from incidents.documents.published import published_date
from incidents.extract.model import DocMeta

TEXT_SUFFIXES = {".txt", ".md", ""}
CORPUS_SUFFIXES = {".jsonl"}
META_FIELDS = ("outlet", "title", "url")

Item = Document | DocumentError


def _decode(data: bytes) -> tuple[str | None, str | None]:
    """(text, None) or (None, reason) for raw bytes of one document."""
    nul = data.find(b"\x00")
    if nul >= 0:
        return None, f"binary file (NUL byte at offset {nul})"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        return None, f"not UTF-8 (invalid byte 0x{data[e.start]:02x} at byte offset {e.start})"
    if not text:
        return None, "empty file"
    if not text.strip():
        return None, "only whitespace"
    return text, None


def _make(text: str, source: str, doc: str, meta: dict | None = None) -> Document:
    meta = meta or {}
    fields = {k: (str(meta[k]) if meta.get(k) not in (None, "") else None) for k in META_FIELDS}
    published, how = published_date(meta.get("published"), fields["url"], text)
    return Document(DocMeta(doc=doc, published=published, **fields), text, source, how)


def _read_bytes(path: str) -> tuple[bytes | None, str | None]:
    try:
        with open(path, "rb") as fh:
            return fh.read(), None
    except FileNotFoundError:
        return None, "no such file or directory"
    except PermissionError:
        return None, "permission denied"
    except IsADirectoryError:
        return None, "is a directory"
    except OSError as e:
        return None, e.strerror or str(e)


def read_text_file(path: str) -> Item:
    """One plain-text document named by its file name."""
    data, err = _read_bytes(path)
    if err:
        return DocumentError(path, err)
    text, err = _decode(data)
    if err:
        return DocumentError(path, err)
    return _make(text, path, os.path.basename(path))



def _json_kind(value) -> str:
    """What a JSON value is, in JSON's words (messages name what the user wrote)."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    return {list: "an array", dict: "an object", str: "a string"}.get(type(value), "null")

def _corpus_line(raw: bytes, where: str, default_doc: str) -> Item | None:
    """One JSON Lines record; None for a blank line."""
    line, reason = decode_line(raw)
    if reason:
        return DocumentError(where, reason)
    if not line.strip():
        return None
    obj, reason = parse_line(line)
    if reason:
        return DocumentError(where, reason)
    if not isinstance(obj, dict):
        return DocumentError(where, f"not a JSON object ({_json_kind(obj)})")
    text = obj.get("text")
    if text is None:
        return DocumentError(where, 'no "text" field')
    if not isinstance(text, str):
        return DocumentError(where, f'"text" is {_json_kind(text)}, not a string')
    if not text.strip():
        return DocumentError(where, 'empty "text"')
    for name in ("id", "published") + META_FIELDS:
        if isinstance(obj.get(name), (dict, list)):
            return DocumentError(where, f'"{name}" is {_json_kind(obj[name])}, not a string')
    doc_id = obj.get("id")
    doc = str(doc_id) if doc_id not in (None, "") else default_doc
    return _make(text, where, doc, obj)


def _iter_lines(data: bytes, name: str, label: str) -> Iterator[Item]:
    """Records of a corpus; `label` prefixes errors, `name` prefixes line-number doc names."""
    for lineno, raw in enumerate(data.split(b"\n"), 1):
        item = _corpus_line(raw.rstrip(b"\r"), f"{label}:{lineno}", f"{name}:{lineno}")
        if item is not None:
            yield item


def read_corpus(path: str) -> Iterator[Item]:
    """Documents of a JSON Lines corpus; bad lines become errors, the rest still read."""
    data, err = _read_bytes(path)
    if err:
        yield DocumentError(path, err)
        return
    nul = data.find(b"\x00")
    if nul >= 0:
        yield DocumentError(path, f"binary file (NUL byte at offset {nul})")
        return
    if not data.strip():
        yield DocumentError(path, "empty file")
        return
    yield from _iter_lines(data, os.path.basename(path), path)


def _looks_like_corpus(data: bytes) -> bool:
    """Stdin is a corpus if every non-empty line is a JSON object with "text"."""
    seen = False
    for raw in data.split(b"\n"):
        if not raw.strip():
            continue
        try:
            obj, reason = parse_line(raw.decode("utf-8-sig"))
        except UnicodeDecodeError:
            return False
        if reason and reason.startswith("not JSON"):
            return False
        if not reason and (not isinstance(obj, dict) or "text" not in obj):
            return False
        seen = True
    return seen


def read_stdin() -> Iterator[Item]:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        yield DocumentError("-", "no standard input")
        return
    try:
        data = stream.read()
    except OSError as e:
        yield DocumentError("-", e.strerror or str(e))
        return
    if _looks_like_corpus(data):
        yield from _iter_lines(data, "stdin", "stdin")
        return
    text, err = _decode(data)
    if err:
        yield DocumentError("stdin", err.replace("file", "input"))
        return
    yield _make(text, "stdin", "stdin")


def _walk(folder: str) -> Iterator[str]:
    """Readable files under `folder`, recursively, sorted, hidden ones skipped."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            suffix = os.path.splitext(name)[1].lower()
            if suffix in TEXT_SUFFIXES or suffix in CORPUS_SUFFIXES:
                yield os.path.join(root, name)


def _read_path(path: str) -> Iterator[Item]:
    suffix = os.path.splitext(path)[1].lower()
    if suffix in CORPUS_SUFFIXES:
        yield from read_corpus(path)
    elif suffix in TEXT_SUFFIXES:
        yield read_text_file(path)
    else:      # a CSV (an ACLED export, our own export) or anything else is no article
        hint = "; an ACLED CSV goes in with `incidents import acled FILE`" if suffix == ".csv" else ""
        yield DocumentError(path, f"not an article: {suffix} files are not read; "
                                  f"articles are .txt or .md files or .jsonl corpora{hint}")


def iter_documents(paths: list[str]) -> Iterator[Item]:
    """Documents (or errors) of every path, in order; folders are read recursively."""
    for path in paths:
        try:
            if path == "-":
                yield from read_stdin()
            elif os.path.isdir(path):
                found = False
                for file in _walk(path):
                    found = True
                    yield from _read_path(file)
                if not found:
                    yield DocumentError(path, "folder has no .txt, .md or .jsonl files")
            elif not os.path.exists(path):
                yield DocumentError(path, "no such file or directory")
            else:
                yield from _read_path(path)
        except Exception as e:  # last resort: a reader bug must not stop the run
            yield DocumentError(path, f"could not read: {e}")
