"""The people a casualty verb tells of when they stand before it or past its agent or cause
("اغتال مسلحون، أمس، أحد وجهاء المدينة", "قتل في الغارة 3 أطفال"), and the asides between
commas a casualty frame reads across ("وأصيب، وفق مصادر طبية، سبعة أشخاص", "قتل، بحسب
المرصد، 9 مدنيين"). Read by casualties.find_counts; the words are data (casualties.json,
"frame": "aside_reach", "bare_subject_after").
"""
from __future__ import annotations

from functools import lru_cache

from .casualty_words import LANG as L
from .normalise import drop_tanween
from .numbers import dual, month_at, names_people, number_at, owned_people, strip_and
from .text import Doc
from .victims import definite_victim, kind_of, listed_people, one_person


def comma_after(doc: Doc, j: int) -> bool:
    """A comma between token j and the next one."""
    return j + 1 < len(doc.tokens) and "،" in doc.text[doc.tokens[j].end:doc.tokens[j + 1].start]


def after_subset(words: list[str], i: int) -> bool:
    """A number right after "بينهم"/"منهم" or "بين القتلى": a part of a count already told, not a
    count. A casualty word between them opens a count of its own ("مقتل اثنين منهم وإصابة ثالث")."""
    return i >= 1 and words[i - 1] in L.subset or i >= 2 and words[i - 2] in L.subset and not kind_of(words[i - 1]) or i >= 2 and words[i - 2] in L.among and any(
        words[i - 1] in L.toll_nouns[f] for f in L.toll_nouns)


def part_told(words: list[str], e: int, last: int, kind: str, out: list) -> bool:
    """"أصيب خمسة عناصر بجروح، اثنان منهم بحالة خطرة": a number that "منهم" follows, after a
    count of its field, is a part of that count, not a figure of its own."""
    return e < last and words[e] in L.subset and any(c.field == kind for c in out)


def detail_told(words: list[str], i: int, first: int, kind: str, value: int, out: list) -> bool:
    """"قتل 4 أشخاص، حيث قتل اثنان في القصف وقتل اثنان برصاص قناص": a count told after "حيث"/"إذ"
    (a few words on) that a larger count of its field told before the opener holds is a part of
    it, not a figure of its own."""
    at = next((k for k in range(i - 1, max(first, i - L.toll_reach) - 1, -1) if words[k] in L.detail_openers), None)
    return at is not None and any(c.field == kind and c.value > value and c.last < at and not c.tally for c in out)


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
        if j == k - 1 and w in L.relative_subject:
            continue        # "أحد مقاتليه الذي قتل": the relative tells of the people before it
        if j in used or kind_of(w) or w in L.clause_openers or comma_after(doc, j):
            return None
        value, size = number_at(words, j)
        if value is not None and j + size <= k and not after_subset(words, j) and (
                dual(w) or (j + size < k and names_people(words[j + size])) or
                (j + size == k and (j == first or words[j - 1] in L.bare_subject_after))):
            return value, j, False      # "إن 10 قتلوا": after "أن" a bare number is people
        if strip_and(w) in L.one_of and j + 1 < k and (names_people(words[j + 1]) or owned_people(words[j + 1])):
            return 1, j, False      # "إن أحد عناصرها قتل": one of the speaker's men
        bare = drop_tanween(w)
        if bare in L.subject_nouns or (bare.startswith("ال") and bare[2:] in L.subject_nouns):
            before, _ = number_at(words, j - 1) if j > first else (None, 0)
            if before is not None and not after_subset(words, j - 1):
                return before, j - 1, False       # "13 عنصراً": the number, not the noun
            return 1, j, True
    return None


@lru_cache(maxsize=1 << 16)
def their_kind(word: str) -> str | None:
    """"مقتلهم", "إصابتهن": a casualty noun with a plural pronoun, the field it tells (its
    people are told before it); None for any other word."""
    for suffix in L.plural_owners:
        stem = word[:-len(suffix)]
        if word.endswith(suffix) and len(stem) > 2:
            stem = stem[:-1] + "ه" if stem.endswith("ت") else stem
            return kind_of(stem) if stem not in ("قتل", "جرح") else None
    return None


def antecedent(doc: Doc, k: int, first: int, used: set) -> tuple[int, int, bool] | None:
    """The people counted earlier in the clause that a plural pronoun on the casualty noun at k
    tells of ("استهدفت مسيرة سيارة تقل ثلاثة أشخاص ما أدى لمقتلهم"): (how many, first token,
    False); a casualty word or a count already read between them ends the reach."""
    words = doc.words
    for j in range(k - 1, max(first, k - L.toll_complement) - 1, -1):
        if j in used or kind_of(words[j]):
            return None
        value, size = number_at(words, j)
        if value is not None and not after_subset(words, j) and (
                dual(words[j]) or j + size < k and names_people(words[j + size])):
            return value, j, False
    return None


def count_beyond_agent(doc: Doc, j: int, last: int) -> tuple:
    """A number followed by people, a few words on: the agent named in between."""
    words = doc.words
    for k in range(j, min(last, j + 8)):
        if kind_of(words[k]):
            break
        value, size = number_at(words, k)
        if value is not None and k + size < last and names_people(words[k + size]) and not month_at(words, k + size):
            return value, k, k + size       # "7 من عناصر", not "الأحد 7 من أيار"
        if value is not None and dual(strip_and(words[k])):
            return value, k, k + size       # "قتل مسلحون مجهولون، الأحد، شابين"
        if strip_and(words[k]) in L.one_of and k + 1 < last and names_people(words[k + 1]):
            return 1, k, k + 2      # "اغتال مسلحون، أمس، أحد وجهاء المدينة"
        if k > j and (words[k].endswith("ا") and one_person(words[k]) or definite_victim(doc, k)
                      or words[k] in L.person_singular and k + 1 < last and words[k + 1].startswith("ال")):
            return 1, k, k + 1      # "أعدم التنظيم مواطناً", "اغتال مجهولون، أمس، الشيخ X": the victim;
            # "قتل مسلحون مجهولون مختار القرية": a person noun leading a construct
    return None, j, j


def count_past_cause(doc: Doc, j: int, last: int, reach: int = 0) -> tuple:
    """A number of people a few words on, past the cause told between the verb and its count
    ("قتل في الغارة 3 أطفال", "أصيب في القصف كل من A وB"); a comma, a clause opener or another
    casualty word ends the reach (L.cause_reach words unless told)."""
    words = doc.words
    for k in range(j, min(last, j + (reach or L.cause_reach))):
        if kind_of(words[k]) or strip_and(words[k]) in L.clause_openers or \
                "،" in doc.text[doc.tokens[k - 1].end:doc.tokens[k].start]:
            break
        value, size = number_at(words, k)
        if value is not None and (dual(words[k]) or k + size < last and names_people(words[k + size])):
            return value, k, k + size       # "وقتل في الغارة طفلان", "… 3 أطفال"
        if k > j and (one_person(words[k]) or words[k].startswith("ال") and words[k][2:] in L.person_singular):
            return 1, k, k + 1      # "وقتل في الاشتباكات عنصر من الفصائل", "وقتل في الهجوم الشاب X"
        listed = listed_people(doc, words, k, last) if k > j else None
        if listed:
            return listed[0], k, listed[1] + 1      # "وأصيب في القصف كل من أحمد العلي ومحمود الحسن"
    return None, j, j
