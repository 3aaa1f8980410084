"""Extraction records: one document and its extraction as a JSON object, so the map
step (extract, any machine, any engine) and the load step (one store) can run apart.

A record holds the document (meta, text, where it came from), the sha256 of its text
and the extraction (extract.model dataclasses as plain JSON). `from_record` rebuilds
the dataclasses from their type hints, so a field added to the model travels too.
"""
from __future__ import annotations

import dataclasses
import typing
from functools import lru_cache

from incidents.extract import model

VERSION = 1


def to_record(document, sha: str, extraction: "model.Extraction") -> dict:
    """The JSON-ready record of a documents.Document, its sha256 and its extraction."""
    return {"record": VERSION, "sha256": sha, "source": document.source,
            "published_source": document.published_source, "meta": dataclasses.asdict(document.meta),
            "text": document.text, "extraction": dataclasses.asdict(extraction)}


@lru_cache(maxsize=None)
def _hints(cls) -> dict:
    return typing.get_type_hints(cls, vars(model))


def _build(tp, value):
    """`value` (JSON) as type `tp`: dataclasses, lists and Optional of them."""
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin is typing.Union:
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return _build(inner[0], value) if len(inner) == 1 else value
    if origin is list:
        (item,) = typing.get_args(tp) or (typing.Any,)
        return [_build(item, v) for v in value]
    if dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        names = {f.name for f in dataclasses.fields(tp)}
        return tp(**{k: _build(hints[k], v) for k, v in value.items() if k in names})
    return value


def from_record(record: dict):
    """(documents.Document, sha256, Extraction) of a record; ValueError if it is none."""
    from incidents.documents.model import Document
    if not isinstance(record, dict) or record.get("record") != VERSION:
        raise ValueError(f"not an extraction record (version {VERSION})")
    try:
        meta = _build(model.DocMeta, record["meta"])
        document = Document(meta, record["text"], record.get("source") or meta.doc,
                            record.get("published_source"))
        return document, record["sha256"], _build(model.Extraction, record["extraction"])
    except (KeyError, TypeError, AttributeError) as e:
        raise ValueError(f"malformed extraction record: {type(e).__name__}: {e}") from None
