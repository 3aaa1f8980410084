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


_KINDS = {bool: "true or false", int: "an integer", float: "a number", str: "a string"}
_INT64 = 2 ** 63


def _leaf_ok(tp, value) -> bool:
    """Whether a JSON scalar is of the field's type (and an integer fits SQLite's 64 bits)."""
    if tp is bool:
        return isinstance(value, bool)
    if tp is int:
        return isinstance(value, int) and not isinstance(value, bool) and -_INT64 <= value < _INT64
    if tp is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return tp not in _KINDS or isinstance(value, tp)


def _build(tp, value, where: str = "record"):
    """`value` (JSON) as type `tp`: dataclasses, lists and Optional of them; ValueError
    naming the field (`where`) when the value is not of its type."""
    origin = typing.get_origin(tp)
    if origin is typing.Union:
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        if value is None:
            return None
        return _build(inner[0], value, where) if len(inner) == 1 else value
    if value is None:
        raise ValueError(f'"{where}" is missing')
    if origin is list:
        if not isinstance(value, list):
            raise ValueError(f'"{where}" is not a list')
        (item,) = typing.get_args(tp) or (typing.Any,)
        return [_build(item, v, f"{where}[{n}]") for n, v in enumerate(value)]
    if dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            raise ValueError(f'"{where}" is not an object')
        hints = _hints(tp)
        fields = {f.name: f for f in dataclasses.fields(tp)}
        for name, f in fields.items():
            if name not in value and f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise ValueError(f'"{where}.{name}" is missing')
        return tp(**{k: _build(hints[k], v, f"{where}.{k}") for k, v in value.items() if k in fields})
    if not _leaf_ok(tp, value):
        raise ValueError(f'"{where}" is not {_KINDS[tp]}' + (" that fits 64 bits" if tp is int and
                                                              isinstance(value, int) else ""))
    return value


def from_record(record: dict):
    """(documents.Document, sha256, Extraction) of a record; ValueError if it is none."""
    from incidents.documents.model import Document
    if not isinstance(record, dict) or record.get("record") != VERSION:
        raise ValueError(f"not an extraction record (version {VERSION})")
    try:
        meta = _build(model.DocMeta, record.get("meta"), "meta")
        text, sha = _build(str, record.get("text"), "text"), _build(str, record.get("sha256"), "sha256")
        source = _build(typing.Optional[str], record.get("source"), "source")
        document = Document(meta, text, source or meta.doc,
                            _build(typing.Optional[str], record.get("published_source"), "published_source"))
        return document, sha, _build(model.Extraction, record.get("extraction"), "extraction")
    except ValueError as e:
        raise ValueError(f"malformed extraction record: {e}") from None
