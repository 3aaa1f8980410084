"""People taken to a hospital are wounded: "ونقل سائقها إلى المشفى بحالة خطرة", "وأسعف
طفلان إلى مشفى المدينة". An evacuation verb, the people it moved right after it and a
hospital after "إلى" tell an injured count that the text states no other way: a weak count
(count_total), outranked by any figure the text gives. The dead moved there ("نقلت جثة
الشاب إلى المشفى", "نقل إلى المشفى حيث فارق الحياة") and the wounded told by their
casualty noun ("نقل المصابون") are counted elsewhere. The words are data (casualties.json,
"evacuated")."""
from __future__ import annotations

from .casualty_words import LANG as L
from .normalise import word_forms
from .numbers import count_within, number_at, strip_and
from .text import Doc
from .victims import kind_of, one_person

_OWNERS = ("هما", "هم", "ها", "ه")


def _person(word: str) -> bool:
    """One person: "شاب", "الشاب", "سائقها" (a person noun with its owner's pronoun)."""
    w = word[2:] if word.startswith("ال") else word
    return one_person(w) or any(w.endswith(x) and w[:-len(x)] in L.person_singular for x in _OWNERS)


def evacuated(doc: Doc, first: int, last: int, used: set[int]) -> list[tuple[int, int, int]]:
    """(how many, first token, last token) of each "نقل X إلى المشفى" in tokens [first, last)."""
    words, out = doc.words, []
    for i in range(first, last - 2):
        if strip_and(words[i]) not in L.evacuate_verbs:
            continue
        j = i + 1
        value, s, e = count_within(words, j, last, 2)
        if value is not None and s == j and number_at(words, s)[0] is not None:
            people_end = e
        elif _person(words[j]):
            value, people_end = 1, j + 1
        else:
            continue
        if any(k in used or kind_of(words[k]) for k in range(j, people_end)):
            continue
        to = next((k for k in range(people_end, min(last - 1, people_end + L.evacuate_reach))
                   if words[k] in L.evacuate_to), None)
        if to is None or L.evacuate_places.isdisjoint(word_forms(words[to + 1])):
            continue
        if any(kind_of(w) == "killed" for w in words[i:last]):
            continue        # "نقل إلى المشفى حيث فارق الحياة": the dead
        out.append((value, i, to + 1))
    return out
