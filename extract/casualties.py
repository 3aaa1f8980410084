"""Killed and injured counts stated in a stretch of text, each with its evidence.

"قتل وجرح 18" stays a combined count; "أكثر من 10" is 10; numbers after
"بينهم" are a subset of a count already given and are skipped; "أربعة آخرين"
adds to an earlier count of the same incident.
"""
from __future__ import annotations

from dataclasses import dataclass

from .lexicon import INJURE, INJURE_AFTER, KILL, KILL_AFTER, SUBSET
from .numbers import count_after, number_at
from .normalise import word_forms
from .text import Doc

_ADDITIVE = {"اخرين", "اخرون", "اخر", "اخرى", "اضافيين"}
_SKIP = {"البالغ", "عددهم", "عدد", "ما", "لا", "يقل", "عن"}


@dataclass
class Count:
    field: str          # killed | injured | combined
    value: int
    additive: bool
    first: int          # token range of the evidence
    last: int


def _kind(word: str) -> str | None:
    forms = word_forms(word)
    if any(f in KILL for f in forms):
        return "killed"
    if any(f in INJURE for f in forms):
        return "injured"
    return None


def find_counts(doc: Doc, first: int, last: int) -> list[Count]:
    """Counts in tokens [first, last)."""
    words = doc.words
    out: list[Count] = []
    i = first
    used: set[int] = set()
    while i < last:
        kind = _kind(words[i])
        if not kind:
            i += 1
            continue
        # "قتل وجرح 18" / "مقتل وإصابة 5": one combined figure
        if i + 1 < last and kind == "killed" and words[i + 1].startswith("و") and _kind(words[i + 1][1:]) == "injured":
            value, s, e = count_after(words[:last], i + 2, 4 + 2)
            if value is not None:
                out.append(Count("combined", value, False, i, e - 1))
                used.update(range(s, e))
                i = e
                continue
        # count after the word: "مقتل 5 عناصر", "إصابة طفلين", "جرح ثلاثة"
        j = i + 1
        while j < last and words[j] in _SKIP:
            j += 1
        value, s, e = count_after(words[:last], j, 3)
        if value is not None and not (set(range(s, e)) & used) and not _after_subset(words, s):
            additive = e < last and words[e] in _ADDITIVE or (e + 1 < last and words[e + 1] in _ADDITIVE)
            out.append(Count(kind, value, additive, i, e - 1))
            used.update(range(s, e))
            i = e
            continue
        i += 1
    # count before a plural: "13 جريحا", "5 قتلى"
    for k in range(first + 1, last):
        forms = set(word_forms(words[k]))
        field = "killed" if forms & KILL_AFTER else "injured" if forms & INJURE_AFTER else None
        if not field or (k - 1) in used:
            continue
        value, size = number_at(words, k - 1)
        if value is not None and size == 1 and not _after_subset(words, k - 1):
            out.append(Count(field, value, False, k - 1, k))
            used.add(k - 1)
    return out


def _after_subset(words: list[str], i: int) -> bool:
    return any(w in SUBSET for w in words[max(0, i - 2):i])


def total(counts: list[Count], field: str) -> int | None:
    """One figure per incident: conflicting reports take the lowest, "آخرين" adds."""
    base = [c.value for c in counts if c.field == field and not c.additive]
    extra = sum(c.value for c in counts if c.field == field and c.additive)
    if not base and not extra:
        return None
    return (min(base) if base else 0) + extra
