"""The casualty language, read once from data/casualties.json (schema: casualties.schema.json).

Numbers, people nouns and casualty predicates are data: a new verb, noun or
number word is one line in the file, not a branch in casualties.py. Every word
is folded here as the tokens are (ى→ي, ة→ه, أ→ا), so the file is written in
plain spelling.
"""
from __future__ import annotations

import json
from pathlib import Path

from .normalise import fold

DATA = Path(__file__).resolve().parent / "data" / "casualties.json"
FIELDS = ("killed", "injured")


def _words(values) -> frozenset[str]:
    return frozenset(fold(w) for w in values)


def _numbers(table: dict) -> dict[str, int]:
    return {fold(w): int(n) for w, n in table.items()}


def _phrases(values) -> tuple[tuple[str, ...], ...]:
    """Multi-word frame words ("فضلا عن", "في حين") as folded word tuples."""
    return tuple(tuple(fold(v).split()) for v in values)


def _inflected(verbs: list[str], suffixes: list[str]) -> frozenset[str]:
    """A verb in every person the news tells it in: قتل، قتلت، قتلوا."""
    return frozenset(fold(v) + fold(x) for v in verbs for x in [""] + suffixes)


def _sound_plurals(singular: frozenset[str], people: dict) -> frozenset[str]:
    """Sound plurals of the person nouns that take them: مدني → مدنيين/مدنيون، ناشطة → ناشطات."""
    endings = tuple(fold(e) for e in people["sound_plural_endings"])
    starts = tuple(fold(e) for e in people["sound_plural_starts"])
    out = set()
    for w in singular:
        if w.endswith("ه"):
            out.add(w[:-1] + "ات")
        elif w.endswith(endings) or (w.startswith(starts) and len(w) > 3):
            out.update({w + "ين", w + "ون"})
    return frozenset(out)


class _Language:
    """Folded word sets of the casualty grammar, one attribute per list of the data file."""

    def __init__(self, raw: dict) -> None:
        num, people, frame = raw["numbers"], raw["people"], raw["frame"]
        self.units = _numbers(num["units"])
        self.tens = _numbers(num["tens"])
        self.hundreds = _numbers(num["hundreds"])
        self.teen_second = _words(num["teen_second"])
        self.eleven = _words(num["eleven"])
        self.twelve = _words(num["twelve"])
        self.ordinal_values = _numbers(num["ordinals"])
        self.ordinals = frozenset(self.ordinal_values)
        self.lower_bound = _words(num["lower_bound"])
        self.max_count = int(num["max_count"])
        self.person_singular = _words(people["singular"])
        self.plural_people = _words(people["plural"]) | _sound_plurals(self.person_singular, people)
        self.one_of = _words(people["one_of"])
        self.things = _words(raw["things"])
        self.dual_stems = tuple(sorted(_words(people["dual_stems"])))
        self.ambiguous_plurals = _words(people["ambiguous_plurals"])
        self.subject_nouns = _words(people["subject_nouns"])
        self.kin = _words(people["kin"])
        self.kin_plural = _words(people["kin_plural"])
        pred = raw["predicates"]
        verbs = {f: _inflected(pred[f]["verbs"], raw["verb_suffixes"]) for f in FIELDS}
        self.count_after = {f: _words(pred[f]["count_after"] + pred[f]["agent_verbs"]) | verbs[f] for f in FIELDS}
        self.count_before = {f: _words(pred[f]["count_before"]) for f in FIELDS}
        self.verbs = _inflected([w for f in FIELDS for w in pred[f]["verbs"]], raw["verb_suffixes"])
        self.agent_verbs = _words(w for f in FIELDS for w in pred[f]["agent_verbs"])   # not the dual: قتلا
        self.dual_verbs = {fold(w): f for f in FIELDS for w in pred[f]["dual_verbs"]}
        self.single = {fold(w): f for f in FIELDS for w in pred[f]["single"]}
        self.subset = _words(frame["subset"])
        self.additive = _words(frame["additive"])
        self.skip = _words(frame["skip"])
        self.when = _words(frame["when"])
        self.died_of = _words(frame["died_of"])
        self.list_end = _words(frame["list_end"])
        self.hearsay = _words(frame["hearsay"])
        self.rise = _words(frame["rise"])
        self.combined_between = _words(frame["combined_between"])
        self.also = _phrases(frame["also"])
        self.along = _words(frame["along"])
        self.attempt = _words(frame["attempt"])
        self.eliminate = _phrases(frame["eliminate"])
        self.survived = _words(frame["survived"])
        self.name_marks = tuple(frame["name_marks"])
        self.contrast = _phrases(frame["contrast"])
        self.clause_openers = _words(frame["clause_openers"])
        self.subject_reach = int(frame["subject_reach"])
        toll = raw["toll"]
        self.toll_heads = _words(toll["heads"])
        self.toll_nouns = {f: _words(toll[f]) for f in FIELDS}
        self.toll_to = _words(toll["to"])
        self.toll_reached = _words(toll["reached"])
        self.toll_reach = int(toll["reach"])
        none = raw["none"]
        self.none_negators = _words(none["negators"])
        self.none_links = _words(none["links"])
        self.none_nouns = tuple(tuple(fold(n).split()) for n in none["nouns"])
        self.none_reach = int(none["reach"])
        self.none_phrases = tuple(tuple(fold(n).split()) for n in none["phrases"])
        life = raw["life"]
        self.life_heads = _words(life["heads"])
        self.life_tails = _numbers(life["tails"])
        self.life_reach = int(life["reach"])


def phrase_at(words: list[str], i: int, phrases: tuple[tuple[str, ...], ...], last: int) -> int:
    """How many words of one of the phrases start at words[i] ("فضلا عن" is 2), 0 if none."""
    for p in phrases:
        if i + len(p) <= last and tuple(words[i:i + len(p)]) == p:
            return len(p)
    return 0


def phrase_before(words: list[str], i: int, phrases: tuple[tuple[str, ...], ...], first: int) -> bool:
    """One of the phrases ends right before words[i] ("في حين قتل")."""
    return any(i - len(p) >= first and tuple(words[i - len(p):i]) == p for p in phrases)


def load(path: Path = DATA) -> _Language:
    """The casualty language of one data file (the bundled one unless told)."""
    return _Language(json.loads(path.read_text(encoding="utf-8")))


LANG = load()
