"""Read counts of people from folded Arabic words: digits, number words, duals.

Works on folded tokens (normalise.fold): digits are ASCII, ة is ه, أ is ا.
Returns (value, tokens consumed) so callers can keep evidence offsets.
"""
from __future__ import annotations

from typing import Optional

from .dates import MONTHS
from .normalise import fold

MONTH_WORDS = frozenset(m.split()[0] for m in MONTHS)   # "5 أيلول", "3 تشرين الأول"

UNITS = {
    "واحد": 1, "واحده": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2,
    "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5,
    "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8, "ثمانيه": 8,
    "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10,
}
TENS = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}
HUNDREDS = {"مئه": 100, "مائه": 100, "مئتان": 200, "مئتين": 200, "مائتين": 200, "مائتان": 200}
TEEN_SECOND = {"عشر", "عشره"}
# Nouns for people whose dual (-ان/-ين) is unambiguous (not also a plural).
DUAL_STEMS = ("عنصر", "ضابط", "طفل", "طفلت", "شخص", "شاب", "رجل", "امرات", "جندي",
              "سيدت", "شقيق", "مسلح", "مدني", "عامل", "مزارع", "راع", "صحفي", "قيادي", "مقاتل", "جثت")
# Plural forms that look like duals: مدنيين، قياديين، مقاتلين، صحفيين، مسلحين، عاملين، مزارعين
AMBIGUOUS_PLURALS = {"مدنيين", "قياديين", "مقاتلين", "صحفيين", "مسلحين", "عاملين", "مزارعين", "مدنيون"}
# Plural people nouns a number may follow ("مقتل مدنيين اثنين").
PLURAL_PEOPLE = {"عناصر", "مدنيين", "مدنيون", "اشخاص", "مقاتلين", "جنود", "اطفال", "مسلحين", "شبان", "نساء",
                 "متظاهرين", "محتجين", "المتظاهرين", "المحتجين", "مواطنين",
                 "العناصر", "المدنيين", "الاشخاص", "المقاتلين", "الجنود", "الاطفال"}
ORDINALS = {"ثان", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر"}
# A singular person noun after a casualty word means one ("مقتل عنصر").
PERSON_SINGULAR = {"عنصر", "شخص", "طفل", "طفله", "شاب", "شابه", "رجل", "امراه", "مدني", "مدنيه", "قيادي",
                   "قياديه", "ضابط", "جندي", "منتسب", "مقاتل", "مقاتله", "مواطن", "مواطنه", "مسلح", "سيده",
                   "فتاه", "عسكري", "مسن", "مسنه", "عامل", "صحفي", "صحفيه", "ناشط", "ناشطه", "قائد", "مسؤول",
                   "متطوع", "راعي", "مزارع", "سائق", "شرطي", "معتقل", "رئيس", "مساعد", "مدير", "مختار",
                   "امام", "طبيب", "معلم", "مدرس", "محامي", "موظف", "رقيب", "ملازم", "نقيب", "رائد", "مقدم",
                   "عقيد", "عميد", "مجند", "عضو", "شقيق", "والد", "طالب", "طالبه", "مهندس", "ممرض", "تاجر",
                   "حارس", "امير", "والي", "شرعي", "مرافق", "مسعف", "صيدلي", "مدرسه", "قاصر", "رضيع"}
# The lists above are written in plain spelling; tokens are folded ("قائد" is "قايد").
PERSON_SINGULAR = {fold(w) for w in PERSON_SINGULAR}
PLURAL_PEOPLE = {fold(w) for w in PLURAL_PEOPLE}
# A casualty noun with a pronoun suffix counts its owner(s): مقتله، إصابتها، مقتلهما.
PRONOUN_COUNT = {"ه": 1, "ها": 1, "هما": 2}
LOWER_BOUND = {"اكثر", "نحو", "قرابه", "حوالي", "ما", "يزيد", "يقارب", "اقل", "زهاء", "من", "عن"}


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
    return None


def number_at(words: list[str], i: int) -> tuple[Optional[int], int]:
    """The number that starts at words[i] (digits or words), and how many words it takes."""
    if i >= len(words):
        return None, 0
    w = words[i]
    if w.isdigit():
        return int(w), 1
    if w[:1] == "و" and w[1:].isdigit():          # "و4 قتلى"
        return int(w[1:]), 1
    w0 = strip_and(w)
    if w0 in HUNDREDS:
        return HUNDREDS[w0], 1
    if w0 in UNITS:
        value = UNITS[w0]
        if i + 1 < len(words) and words[i + 1] in TEEN_SECOND and value < 10:
            return value + 10, 2
        if i + 2 < len(words) and words[i + 1].startswith("و") and strip_and(words[i + 1]) in TENS:
            return value + TENS[strip_and(words[i + 1])], 2
        return value, 1
    if w0 in ("احد", "احدى") and i + 1 < len(words) and words[i + 1] in TEEN_SECOND:
        return 11, 2
    if w0 in ("اثنا", "اثني", "اثنتا") and i + 1 < len(words) and words[i + 1] in TEEN_SECOND:
        return 12, 2
    if w0 in TENS:
        return TENS[w0], 1
    d = dual(w0)
    if d:
        return d, 1
    return None, 0


# Relatives and companions, named with a pronoun ("والده", "ومرافقها"): one person each.
KIN = {"والد", "والدت", "شقيق", "شقيقت", "ابن", "ابنت", "نجل", "زوج", "زوجت", "طفل", "طفلت", "مرافق", "سائق",
       "حارس", "صديق"}


def kin(word: str) -> bool:
    """"والده", "شقيقها", "مرافقهما": one relative or companion of someone just named."""
    return any(word.endswith(suffix) and word[:-len(suffix)] in KIN for suffix in ("هما", "ها", "ه"))


def names_people(word: str) -> bool:
    """The word after a number that makes it a count of people: "من", "عنصراً", "مدنيين"."""
    bare = word[:-1] if word.endswith("ا") else word
    return word == "من" or bare in PERSON_SINGULAR or word in PLURAL_PEOPLE or bare in PLURAL_PEOPLE


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
        if value is not None and j + size < len(words) and words[j + size] in MONTH_WORDS:
            return None, i, i      # "في 5 أيلول": a day of the month, not a count
        if value is not None:
            return value, j, j + size
        bare = strip_and(w)
        if bare in PLURAL_PEOPLE and j + 1 < len(words):       # "مدنيين اثنين", "عناصر ثلاثة"
            after, size = number_at(words, j + 1)
            if after is not None and not (j + 1 + size < len(words) and words[j + 1 + size] in MONTH_WORDS):
                return after, j, j + 1 + size
        bare = bare[:-1] if bare.endswith("ا") and len(bare) > 3 else bare    # tanween: "عنصراً"
        if bare in PERSON_SINGULAR or (w.startswith("ال") and w[2:] in PERSON_SINGULAR and j == i) or \
                (bare in ORDINALS and j == i) or kin(bare) or kin(w):      # "وجرح ثالث", "وجرح والده"
            return 1, j, j + 1
        return None, i, i
    return None, i, i
