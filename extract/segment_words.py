"""The segmentation language, read once from data/segmentation.json (schema:
segmentation.schema.json).

Which acts told for a list of towns are one incident per town, the words that
carry such a list on, the fronted time phrases that move the story to an earlier act,
the words that make an act a habit, the relative pronouns of a context clause and the
demonstratives and result verbs that point back at an act, and 'another' that starts a
second one, and the words that open a clause of its own inside a sentence, are data: a new list word or kind is one line in the file,
not a branch in roundup.py or the pipeline. Words are folded here as the tokens
are (ى→ي, ة→ه, أ→ا), so the file is written in plain spelling.
"""
from __future__ import annotations

import json
from pathlib import Path

from .normalise import fold

DATA = Path(__file__).resolve().parent / "data" / "segmentation.json"


def _words(values) -> frozenset[str]:
    return frozenset(fold(w) for w in values)


class Segmentation:
    """Folded word sets of the segmentation grammar, one attribute per list of the data file."""

    def __init__(self, raw: dict) -> None:
        self.roundup_kinds = frozenset(raw["roundup_kinds"])
        self.list_goes_on = _words(raw["list_goes_on"])
        self.region_plurals = _words(raw["region_plurals"])
        self.within_town_kinds = frozenset(raw["within_town_kinds"])
        self.unnamed_towns = _words(raw["unnamed_towns"])
        self.unnamed_towns_after = _words(raw["unnamed_towns_after"])
        self.fronted_window = int(raw["fronted_window"])
        self.earlier_time = _words(raw["earlier_time"])
        self.habitual = _words(raw["habitual"])
        self.relative_pronouns = _words(raw["relative_pronouns"])
        self.demonstratives = _words(raw["demonstratives"])
        self.result_verbs = _words(raw["result_verbs"])
        self.another = _words(raw["another"])
        self.another_window = int(raw["another_window"])
        self.clause_openers = tuple(fold(w) for w in raw["clause_openers"])
        self.clause_openers_without_comma = tuple(fold(w) for w in raw["clause_openers_without_comma"])
        self.event_nouns = _words(raw["event_nouns"])
        self.separate_acts = _words(raw["separate_acts"])


def load(path: Path = DATA) -> Segmentation:
    """The language of one data file (tests load edited copies)."""
    return Segmentation(json.loads(path.read_text(encoding="utf-8")))


WORDS = load()
