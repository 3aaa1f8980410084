"""The attribution language, read once from data/speech.json (schema: speech.schema.json).

Speech verbs, the words that end a speaker phrase, the kinds of speaker are data:
a new attribution verb or outlet word is one line in the file, not a branch in
quotes.py. Words are folded here as the tokens are (ى→ي, ة→ه, أ→ا), so the file
is written in plain spelling.
"""
from __future__ import annotations

import json
from pathlib import Path

from .lexicon import OWNED_BY
from .normalise import fold, strip_article

DATA = Path(__file__).resolve().parent / "data" / "speech.json"


def _words(values) -> frozenset[str]:
    return frozenset(fold(w) for w in values)


def conjugate(past: str, present: str) -> list[str]:
    """The regular third-person forms of a verb of saying from its past and present stems:
    قال/يقول gives قال قالت قالوا يقول تقول يقولون (irregular forms are listed in "verbs")."""
    return [past, past + "ت", past + "وا", present, "ت" + present[1:], present + "ون"]


def _marker_words(values) -> frozenset[str]:
    """Kind markers matched with or without their article ("المرصد" marks "للمرصد")."""
    words = _words(values)
    return words | frozenset(strip_article(w) for w in words)


class _Language:
    """Folded word sets of the attribution grammar, one attribute per list of the data file."""

    def __init__(self, raw: dict) -> None:
        self.verbs = _words(raw["verbs"]) | _words(raw["outlet_verbs"]) | _words(raw["carry_verbs"]) | _words(
            form for past, present in raw["conjugated"].items() for form in conjugate(past, present))
        self.impersonal = _words(raw["impersonal"])
        self.learn_verbs = _words(raw["learn_verbs"])
        self.not_speakers = _words(raw["not_speakers"])
        self.clause_openers = _words(raw["clause_openers"])
        self.self_words = _words(raw["self"])
        self.negations = _words(raw["negations"])
        self.platforms = _words(raw["platforms"])
        self.outlet_verbs = _words(raw["outlet_verbs"])
        self.carry_verbs = _words(raw["carry_verbs"])
        self.stop = _words(raw["stop"]) | OWNED_BY
        # why a speaker phrase may end; "punct", "verb" and "length" are the scanner's own reasons
        self.accept = _words(raw["accept"]) | OWNED_BY | {"punct", "verb", "length"}
        self.keep_l = _words(raw["keep_l"])
        self.tolls = _words(raw["tolls"])
        self.statements = _words(raw["statements"])
        self.source_heads = _words(raw["source_heads"])
        self.that = _words(raw["that"])
        self.according_to = _words(raw["according_to"])
        self.in_line_with = _words(raw["in_line_with"])
        self.according_to_what = _words(raw["according_to_what"])
        self.on_the_tongue = _words(raw["on_the_tongue"])
        self.tongue = _words(raw["tongue"])
        self.came_in = _words(raw["came_in"])
        self.anaphors = _words(raw["anaphors"])
        self.commentators = _words(raw["commentators"])
        self.object_pronouns = _words(raw["object_pronouns"])
        self.object_suffixes = tuple(sorted(_words(raw["object_suffixes"]), key=len, reverse=True))
        self.auxiliaries = _words(raw["auxiliaries"])
        self.masdars = _words(raw["masdars"])
        self.describe_verbs = _words(raw["describe_verbs"])
        self.kinds = [(kind, _marker_words(words)) for kind, words in raw["kinds"].items()]


SPEECH = _Language(json.loads(DATA.read_text(encoding="utf-8")))
