"""The people a casualty verb tells of when they stand before it, and the asides between
commas a casualty frame reads across ("وأصيب، وفق مصادر طبية، سبعة أشخاص", "قتل، بحسب
المرصد، 9 مدنيين"). Read by casualties.find_counts; the words are data (casualties.json,
"frame": "aside_reach", "bare_subject_after").
"""
from __future__ import annotations

from .casualty_words import LANG as L
from .numbers import dual, names_people, number_at
from .text import Doc
from .victims import kind_of


def comma_after(doc: Doc, j: int) -> bool:
    """A comma between token j and the next one."""
    return j + 1 < len(doc.tokens) and "،" in doc.text[doc.tokens[j].end:doc.tokens[j + 1].start]


def after_subset(words: list[str], i: int) -> bool:
    """A number right after "بينهم"/"منهم" or "بين القتلى": a part of a count already told, not a count."""
    return any(w in L.subset for w in words[max(0, i - 2):i]) or i >= 2 and words[i - 2] in L.among and any(
        words[i - 1] in L.toll_nouns[f] for f in L.toll_nouns)


def _plain(doc: Doc, a: int, b: int) -> bool:
    """Tokens [a, b) hold no casualty word and no number: an aside, not a count of its own."""
    return all(kind_of(doc.words[k]) is None and number_at(doc.words, k)[0] is None for k in range(a, b))


def aside_after(doc: Doc, j: int, last: int) -> int:
    """Where the frame goes on past an aside that opens with a comma right before token j and
    closes with one a few words on ("أصيب، بحسب الدفاع المدني، 7 أشخاص": at "7"); j when none."""
    if not (0 < j < last and comma_after(doc, j - 1)):
        return j
    for k in range(j, min(last - 1, j + L.aside_reach)):
        if comma_after(doc, k):
            return k + 1 if _plain(doc, j, k + 1) else j
    return j


def subject_before(doc: Doc, k: int, first: int, used: set) -> tuple[int, int, bool] | None:
    """The people named before the casualty verb at k, across what qualifies them: (how many,
    first token, one person told by a singular noun). "13 عنصراً من قوات النظام بينهم ضباط قتلوا",
    "7 عسكريين مجهولي الهوية قتلوا", "عنصراً قتل", "إن 10 قتلوا"; a comma or another casualty
    word ends the reach."""
    words = doc.words
    for j in range(k - 1, max(first, k - L.subject_reach) - 1, -1):
        w = words[j]
        if j in used or kind_of(w) or w in L.clause_openers or comma_after(doc, j):
            return None
        value, size = number_at(words, j)
        if value is not None and j + size <= k and not after_subset(words, j) and (
                dual(w) or (j + size < k and names_people(words[j + size])) or
                (j + size == k and (j == first or words[j - 1] in L.bare_subject_after))):
            return value, j, False      # "إن 10 قتلوا": after "أن" a bare number is people
        bare = w[:-1] if w.endswith("ا") else w
        if bare in L.subject_nouns or (bare.startswith("ال") and bare[2:] in L.subject_nouns):
            before, _ = number_at(words, j - 1) if j > first else (None, 0)
            if before is not None and not after_subset(words, j - 1):
                return before, j - 1, False       # "13 عنصراً": the number, not the noun
            return 1, j, True
    return None
