"""Targets that imply their owner (data/targets.json, schema targets.schema.json).

A report often names what was hit, not whose it was: "استهدفت عبوة ناسفة حافلة مبيت
عسكري", "مقتل 23 جندياً", "استهداف قافلة مدنية". ACLED codes the owner as the victim
side (the state's army, in the document's era; civilians). Each row is a head noun list,
the words that mark it (an adjective or "للجيش") within a window, and the actor it
implies; a head already inside a named actor, or followed by a named force
("نقطة عسكرية للقوات التركية"), implies nothing.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from .normalise import word_forms
from .wordlists import DATA_DIR, folded, read_data

DATA = DATA_DIR / "targets.json"


@dataclass(frozen=True)
class Implied:
    before: str
    after: str
    window: int
    heads: frozenset[str]
    marks: frozenset[str]
    cues: frozenset[str]


def load(path: Path = DATA) -> tuple[Implied, ...]:
    """The rows of one data file, folded (tests load edited copies)."""
    return tuple(Implied(r["before"], r["after"], int(r["window"]), folded(r["heads"]), folded(r["marks"]),
                         folded(r["cues"])) for r in read_data(path)["implied"])


ROWS = load()
_HEADS = frozenset().union(*(r.heads for r in ROWS))


def _acted_upon(words: list[str], i: int, cues: frozenset[str]) -> bool:
    """"استهدفت عبوة حافلة", "مقتل 23 جندياً", "انفجار بحافلة": the head is what was hit."""
    before = words[max(0, i - 3):i]
    return words[i].startswith("ب") or any(set(word_forms(w)) & cues or w.isdigit() for w in before)


def implied(words: list[str], taken: set[int], when: Optional[str], known: set[str],
            nationalities: frozenset[str] = frozenset()) -> list[tuple[int, int, str]]:
    """(first, last, actor id) of each target that implies its owner, outside `taken` tokens
    and not followed by a named actor or a nationality adjective (`nationalities`, folded);
    `when` is the era ("before"/"after"/None); ids not in `known` (a gazetteer without them)
    are skipped."""
    out = []
    for i, w in enumerate(words):
        if i in taken or _HEADS.isdisjoint(word_forms(w)):
            continue
        forms = set(word_forms(w))
        for r in ROWS:
            if not forms & r.heads or not _acted_upon(words, i, r.cues):
                continue
            aid = r.after if when == "after" else r.before
            if aid not in known:
                continue
            if not r.marks:
                end = i
            else:
                end = next((j for j in range(i + 1, min(len(words), i + 2 + r.window))
                            if set(word_forms(words[j])) & r.marks), None)
                if end is None or any(j in taken for j in range(i, end + 1)):
                    continue
            if _owner_named(words, taken, nationalities, i, end):
                continue    # "نقطة عسكرية للقوات التركية", "جندي تركي": whose it is, is named
            out.append((i, end, aid))
            break
    return out


def _owner_named(words: list[str], taken: set[int], nationalities: frozenset[str], i: int, end: int) -> bool:
    """A named force or a nationality right after the target says whose it is; past the cause
    that opens after it ("مقتل 23 جندياً بهجوم لتنظيم الدولة") the force named is the doer."""
    for j in range(i + 1, min(len(words), end + 3)):
        if j in taken or set(word_forms(words[j])) & nationalities:
            return True
        if j > end and words[j].startswith("ب"):
            return False
    return False
