"""Compounds told apart: a verb and its object noun with the verb's subject between them."""
from __future__ import annotations

from . import lexicon
from .normalise import word_forms


def spread_kinds(words: list[str], objects_at: list[int]) -> dict[int, str]:
    """"وسلمت الفصائل جثث عنصرين", "ونقلت سيارات الإسعاف جثث القتلى": the object noun of a
    compound with a window (triggers.json), its verb a few words before it past the subject,
    makes the two the compound's act (bodies handed over: no act of its own), not an act of
    either word ("سلمت" hands over a town, "جثث" tells a killing). Token -> the compound's kind,
    for the objects among `objects_at` (one-word triggers) and their verbs."""
    kinds: dict[int, str] = {}
    for i in objects_at:
        forms = set(word_forms(words[i]))
        for kind, verbs, objects, window in lexicon.SPREAD_COMPOUNDS:
            if not forms & objects:
                continue
            verb = next((j for j in range(i - 1, max(-1, i - window - 1), -1)
                         if set(word_forms(words[j])) & verbs), None)
            if verb is not None:
                kinds[i] = kinds[verb] = kind
                break
    return kinds
