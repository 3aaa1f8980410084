"""Read counts of people from folded Arabic words: digits, number words, duals.

Works on folded tokens (normalise.fold): digits are ASCII, ة is ه, أ is ا.
Returns (value, tokens consumed) so callers can keep evidence offsets.
"""
from __future__ import annotations

from typing import Optional

from .casualty_words import LANG
from .date_patterns import MONTHS
from .normalise import drop_tanween, strip_article, word_forms

MONTH_WORDS = frozenset(m.split()[0] for m in MONTHS)   # "5 أيلول", "3 تشرين الأول"


def month_at(words: list[str], k: int) -> bool:
    """A month name at k, or after the من of "8 من أيار" (Enab Baladi's style): the number
    before it is a day of the month, not a count."""
    if k < len(words) and words[k] == "من":
        k += 1
    return k < len(words) and words[k] in MONTH_WORDS

_L = LANG
UNITS, TENS, HUNDREDS, TEEN_SECOND = _L.units, _L.tens, _L.hundreds, _L.teen_second
DUAL_STEMS, AMBIGUOUS_PLURALS = _L.dual_stems, _L.ambiguous_plurals   # a dual not also a plural
PLURAL_PEOPLE, PERSON_SINGULAR, ORDINALS = _L.plural_people, _L.person_singular, _L.ordinals
LOWER_BOUND = _L.lower_bound     # "أكثر من 10" is 10, ACLED's lower bound
# A casualty noun with a pronoun suffix counts its owner(s): مقتله، إصابتها، مقتلهما.
PRONOUN_COUNT = {"ه": 1, "ها": 1, "هما": 2}


def _digits(word: str) -> Optional[int]:
    """A count written in digits; an implausible one ("99999999999999999999") is no count."""
    if len(word) > len(str(_L.max_count)):
        return None
    value = int(word)
    return value if value <= _L.max_count else None


def strip_and(word: str) -> str:
    """"وقتل" is "قتل": the conjunction و attached to a word."""
    return word[1:] if word.startswith("و") and len(word) > 2 else word


def dual(word: str) -> Optional[int]:
    """2 for an unambiguous dual person noun (عنصرين، ضابطان، طفلين)."""
    w = word[2:] if word.startswith("ال") else word
    if w in AMBIGUOUS_PLURALS:
        return None
    for stem in DUAL_STEMS:
        if w in (stem + "ين", stem + "ان", stem + "تين", stem + "تان") and len(w) > len(stem) + 1:
            return 2
    stem = w[:-2]       # any person noun: "موظفان"; "موظفين" is its plural too, so not that
    single = stem[:-1] + "ه" if stem.endswith("ت") else stem
    if len(stem) > 2 and single in PERSON_SINGULAR and (w.endswith("ان") or w.endswith("ين") and w not in PLURAL_PEOPLE):
        return 2
    return None


def number_at(words: list[str], i: int) -> tuple[Optional[int], int]:
    """The number that starts at words[i] (digits or words), and how many words it takes:
    "ثلاثة آلاف" and "3 آلاف" are 3000, "ألف" alone 1000."""
    value, size = _below_thousand(words, i)
    k = i + size
    if value is not None and k < len(words) and words[k] in _L.thousand_times and value * 1000 <= _L.max_count:
        return value * 1000, size + 1
    if value is None and i < len(words) and strip_and(words[i]) in _L.thousands:
        return _L.thousands[strip_and(words[i])], 1
    return value, size


def _below_thousand(words: list[str], i: int) -> tuple[Optional[int], int]:
    """A number of digits, or of words below a thousand, at words[i]."""
    if i >= len(words):
        return None, 0
    w = words[i]
    if w.isdecimal() or (w[:1] == "و" and w[1:].isdecimal()):     # "و4 قتلى"
        value = _digits(w.lstrip("و"))
        return (value, 1) if value is not None else (None, 0)
    w0 = w if w in UNITS or w in TENS else strip_and(w)     # "واحد" is no "و" + "احد"
    if w0 in HUNDREDS:
        return HUNDREDS[w0], 1
    if w0 in UNITS:
        value = UNITS[w0]
        if i + 1 < len(words) and words[i + 1] in TEEN_SECOND and value < 10:
            return value + 10, 2
        if i + 2 < len(words) and words[i + 1].startswith("و") and strip_and(words[i + 1]) in TENS:
            return value + TENS[strip_and(words[i + 1])], 2
        return value, 1
    if w0 in _L.eleven and i + 1 < len(words) and words[i + 1] in TEEN_SECOND:
        return 11, 2
    if w0 in _L.twelve and i + 1 < len(words) and words[i + 1] in TEEN_SECOND:
        return 12, 2
    if w0 in TENS:
        return TENS[w0], 1
    d = dual(w0)
    if d:
        return d, 1
    return None, 0


KIN = _L.kin    # relatives and companions named with a pronoun ("والده", "ومرافقها")
_KIN_SUFFIXES = ("هما", "هم", "هن", "ها", "ه")     # whose: his, hers, theirs ("وأصيبت والدتهم")


def kin(word: str) -> bool:
    """"والده", "شقيقها", "مرافقهما": one relative or companion of someone just named."""
    return any(word.endswith(suffix) and word[:-len(suffix)] in KIN for suffix in _KIN_SUFFIXES)


def one_of_them(word: str) -> bool:
    """"أحدهم", "أحدهما", "إحداهن": one of a group, told by "أحد" with its pronoun."""
    for suffix in ("هما", "هم", "هن", "ها"):
        if word.endswith(suffix):
            stem = word[:-len(suffix)]
            return stem in _L.one_of or stem.endswith("ا") and stem[:-1] + "ي" in _L.one_of
    return False


def owned_person(word: str) -> bool:
    """"راكبها", "حارسهم": one person told by a singular person noun with the pronoun of its owner
    (the car, the group), whatever the owner's number. Not "ه": folded, "مسلحة" is "مسلح" + "ه"
    (the kin nouns take it: "صاحبه", "سائقه")."""
    return any(word.endswith(suffix) and len(word) - len(suffix) > 2 and word[:-len(suffix)] in PERSON_SINGULAR
               for suffix in ("هما", "هم", "ها"))


def kin_count(word: str) -> int:
    """How many relatives a kin noun with a pronoun tells: "وزوجته" one, the dual "طفليها",
    "ابناه", "شقيقيه" two (the pronoun is the owner, not more people); 0 if it is no kin."""
    for suffix in _KIN_SUFFIXES:
        if word.endswith(suffix):
            stem = word[:-len(suffix)]
            if stem in KIN:
                return 1
            if stem[-1:] in ("ي", "ا") and stem[:-1] in _L.kin_dual:
                return 2
    return 0


def things(word: str) -> bool:
    """A counted noun that is not people ("عربات", "قذائف", "منازل"). A noun with a preposition
    attached is no counted noun: "قتل ثلاثة بغارة", "قتل مدنيان بقذيفة" count people."""
    if word[:1] in _PREPOSITIONS and word not in _L.things and strip_article(word) not in _L.things:
        return False
    return any(f in _L.things for f in word_forms(word))


_PREPOSITIONS = ("ب", "ل", "ك")


_OWNER_SUFFIXES = ("هما", "هم", "هن", "ها", "نا", "ه")


def owned_people(word: str) -> bool:
    """"عناصرها", "مقاتليه", "أبنائها": a plural of people with the pronoun of their owner (the
    speaker's own men), or a sound plural leading a construct ("مقاتلي الفصيل"); the construct
    drops the ن of the plural ("مقاتلين" → "مقاتليه")."""
    for suffix in _OWNER_SUFFIXES:
        stem = word[:-len(suffix)]
        if word.endswith(suffix) and len(stem) > 2 and (
                stem in PLURAL_PEOPLE or stem + "ن" in PLURAL_PEOPLE or stem in _L.kin_plural):
            return True
    return word.endswith("ي") and word + "ن" in PLURAL_PEOPLE     # "أحد مقاتلي الفصيل": the construct


def names_people(word: str) -> bool:
    """The word after a number that makes it a count of people: "من", "عنصراً", "مدنيين"."""
    bare = drop_tanween(word)
    return word == "من" or bare in PERSON_SINGULAR or word in PLURAL_PEOPLE or bare in PLURAL_PEOPLE


def plural_people(word: str) -> bool:
    """"عناصر", "الأشخاص", "أطفاله": a plural of people, with the article or its owner's pronoun."""
    return word in PLURAL_PEOPLE or strip_article(word) in PLURAL_PEOPLE or owned_people(word)


def _number_after(words: list[str], k: int, definite: bool) -> tuple[Optional[int], int]:
    """The number that follows a plural of people and agrees with it: "مدنيين اثنين", and after a
    definite plural the number with the article ("الأشخاص الثلاثة", "أطفاله الثلاثة")."""
    if not definite:
        return number_at(words, k)
    if words[k].startswith("ال") and not words[k][2:].isdecimal():
        return number_at([strip_article(words[k])], 0)
    return None, 0


def definite_figure(words: list[str], k: int, last: int, used: set[int]) -> tuple[Optional[int], int]:
    """"المصابين الثلاثة", "الجرحى الخمسة": a definite casualty plural at k and the number with
    the article that agrees with it count the people already told as hurt; "أحد الجرحى الثلاثة"
    is one of them, not the figure (value, words of the number) or (None, 0)."""
    if not words[k].startswith(("ال", "وال")) or k + 1 >= last or (k + 1) in used or \
            k > 0 and (strip_and(words[k - 1]) in _L.one_of or words[k - 1] == "من"):
        return None, 0
    return _number_after(words, k + 1, definite=True)


def count_after(words: list[str], i: int, reach: int = 4) -> tuple[Optional[int], int, int]:
    """A count of people starting within `reach` words after position i.

    Skips lower-bound words ("أكثر من 10" is 10, ACLED's lower bound).
    Returns (value, start index, end index exclusive) or (None, i, i)."""
    j = i
    limit = min(len(words), i + reach)
    while j < limit:
        w = words[j]
        if w in LOWER_BOUND:
            j += 1
            continue
        value, size = number_at(words, j)
        if value is None and strip_and(w).isdecimal():
            return None, i, i      # an implausible figure: no count, not the noun after it
        if value is not None and month_at(words, j + size):
            return None, i, i      # "في 5 أيلول": a day of the month, not a count
        if value is not None and j == i and w.startswith("و") and not dual(w) and w not in UNITS:
            return None, i, i      # "قتيل وأربعة جرحى": the number opens the next count
        if value is not None and j + size < len(words) and things(words[j + size]) and not dual(strip_and(w)):
            return None, i, i      # "إصابة ثلاث عربات": not people; "قتل شابان يوم الأحد" are people
        if value is not None:
            return value, j, j + size
        bare = strip_and(w)
        if bare in _L.one_of and j + 1 < len(words) and (names_people(words[j + 1]) or
                                                        plural_people(strip_and(words[j + 1])) or
                                                        owned_people(words[j + 1]) or
                                                        words[j + 1] in _L.toll_nouns["injured"]):   # "أحد الجرحى"
            return 1, j, j + 2     # "مقتل أحد عناصر الحاجز", "إصابة أحد العناصر", "أحد عناصرها"
        if j == i and one_of_them(bare):
            return 1, j, j + 1     # "قتل أحدهما وأصيب الآخر": one of those told
        if plural_people(bare) and j + 1 < len(words):       # "مدنيين اثنين", "عناصر ثلاثة"
            after, size = _number_after(words, j + 1, definite=bare.startswith("ال") or owned_people(bare))
            if after is not None and not month_at(words, j + 1 + size):
                return after, j, j + 1 + size
        bare = drop_tanween(bare, shortest=4)    # tanween: "عنصراً"
        if bare in PERSON_SINGULAR or (w.startswith("ال") and w[2:] in PERSON_SINGULAR and j == i) or \
                (bare in ORDINALS and j == i) or kin(bare) or kin(w) or (j == i and (owned_person(strip_and(w)) or w in PERSON_SINGULAR)):
            # "وجرح ثالث", "وجرح والده", "مقتل راكبها"; "مقتل والي الرقة": a noun whose و is its own
            return 1, j, j + 1
        if kin_count(bare) == 2:
            return 2, j, j + 1      # "وأصيب شقيقاه"
        return None, i, i
    return None, i, i


def lower_of_range(words: list[str], j: int, end: int) -> tuple[int, int, int] | None:
    """"قتل ما بين 10 و15 عنصراً": a range of two figures is its lower, ACLED's conservative
    figure; (value, start, end past the higher figure) or None."""
    if not (j < end and words[j] in _L.range_between):
        return None
    low, size = number_at(words, j + 1)
    k = j + 1 + size
    high, size2 = number_at(words, k) if k < end and words[k].startswith("و") else (None, 0)
    if low is None or high is None or high <= low:
        return None
    return low, j + 1, k + size2


def count_within(words: list[str], i: int, end: int, reach: int = 4) -> tuple[Optional[int], int, int]:
    """count_after(words[:end], i, reach) without copying the words before i: a count in a
    sentence deep inside a long text costs what it costs near the start (linear time).
    count_after reads at most reach + 3 words from i, so the window below sees what it would."""
    value, s, e = count_after(words[i:min(end, i + reach + 8)], 0, reach)
    if value is not None and s + i > 0 and words[s + i - 1] in _L.year_words:
        return None, i, i      # "قتل عام 2016": a year, not a count
    return value, s + i, e + i
