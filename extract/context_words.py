"""The words that read a name from its context, once from data/context_names.json
(schema: context_names.schema.json).

A place word before a name the gazetteer lacks ("قرية X") makes X a place; these
lists say which words after a place word are no name ("القرى الحدودية"), where a
list of names stops, which marks wrap a quoted name, and what context a gazetteer
name that is also an ordinary word ("الصور") needs before it counts as a place.
"""
from __future__ import annotations

import json
from pathlib import Path

from .normalise import fold, strip_article

DATA = Path(__file__).resolve().parent / "data" / "context_names.json"


def _words(values) -> frozenset[str]:
    folded = {fold(w) for w in values}
    return frozenset(folded | {strip_article(w) for w in folded})


class _ContextWords:
    """Folded word sets, one attribute per list of the data file."""

    def __init__(self, raw: dict) -> None:
        self.not_names = _words(raw["not_names"])
        self.list_breaks = frozenset(raw["list_breaks"])
        self.quotes = frozenset(raw["quotes"])
        self.common_word_context = _words(raw["common_word_context"])
        self.container_after = _words(raw["container_after"])
        self.introducers = _words(raw["introducers"])
        self.unit_words = _words(raw["unit_words"])
        self.generic_after_unit = _words(raw["generic_after_unit"])


CONTEXT = _ContextWords(json.loads(DATA.read_text(encoding="utf-8")))
