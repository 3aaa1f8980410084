"""What one word can open in find_counts, asked once per token and cached by word: a
casualty noun with a pronoun ("مقتلهما"), a plural after a figure ("5 قتلى"), a singular
casualty noun ("قتيل"), a casualty verb, and the whole-toll statements (tolls.py) it may
start. Split from casualties.py, which walks the tokens with these answers."""
from __future__ import annotations

from functools import lru_cache

from .casualty_words import LANG as L
from .normalise import word_forms
from .numbers import PRONOUN_COUNT, strip_and
from .victims import kind_of


@lru_cache(maxsize=1 << 16)
def pronoun(word: str) -> tuple[str | None, int]:
    """"مقتله" is one killed, "إصابتهما" two injured: a casualty noun with a pronoun."""
    for suffix, n in sorted(PRONOUN_COUNT.items(), key=lambda kv: -len(kv[0])):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[:-len(suffix)]
            stem = stem[:-1] + "ه" if stem.endswith("ت") else stem
            # "قتلوه", "أصابوها": a plural verb drops its alif before the pronoun
            kind = kind_of(stem) or (kind_of(stem + "ا") if stem.endswith("و") and stem[-2:-1] != "و" else None)
            if kind and stem not in ("قتل", "جرح"):
                return kind, n
    return None, 0


# What a word tells the loops of find_counts, asked of every token of a sentence: cached by word.
@lru_cache(maxsize=1 << 16)
def before_field(word: str) -> str | None:
    """"قتلى" / "جرحى" after a number ("5 قتلى"): the field a plural after the figure tells."""
    forms = set(word_forms(word))
    return "killed" if forms & L.count_before["killed"] else "injured" if forms & L.count_before["injured"] else None


@lru_cache(maxsize=1 << 16)
def single(word: str) -> str | None:
    """"قتيل", "مصاب": one person of that field; "وجريحاً" is "جريح" past both its و and its tanween;
    "شهيداً" only so, indefinite."""
    forms = set(word_forms(word)) | (set(word_forms(word[:-1])) if word.endswith("ا") and len(word) > 4 else set())
    return next((L.single[f] for f in forms if f in L.single), None) or L.single_indefinite.get(strip_and(word))


@lru_cache(maxsize=1 << 16)
def is_verb(word: str) -> bool:
    """A casualty verb ("قتلوا", "أصيب") whose subject may come before it."""
    return bool(set(word_forms(word)) & L.verbs)


TOLL, RISE, LIFE, NONE, ACTS, NEW = 1, 2, 4, 8, 16, 32     # the whole-toll statements a word can open (tolls.py)


@lru_cache(maxsize=1 << 16)
def features(word: str) -> tuple:
    """What a word can open in find_counts, asked once per token: (the toll statements it may
    open as bits, quiet, before_field, single, kind_of, a dual verb, is_verb)."""
    forms = word_forms(word)
    bits = (TOLL * (not L.toll_heads.isdisjoint(forms)) | RISE * (not L.rise.isdisjoint(forms))
            | LIFE * (not L.life_heads.isdisjoint(forms))
            | NONE * (not (L.none_negators.isdisjoint(forms) and L.limited_heads.isdisjoint(forms)
                           and L.limited_only.isdisjoint(forms)))
            | ACTS * (not L.several_acts.isdisjoint(forms)) | NEW * (not L.restated_heads.isdisjoint(forms)))
    return (bits, quiet(word), before_field(word), single(word), kind_of(word), strip_and(word) in L.dual_verbs,
            is_verb(word))


NO_FEATURES = (0, True, None, None, None, False, False)


@lru_cache(maxsize=1 << 16)
def quiet(word: str) -> bool:
    """A word that opens no count in find_counts' first pass: most words of a sentence."""
    return kind_of(word) is None and pronoun(word)[0] is None and not any(p and p[0] == word for p in L.eliminate)


@lru_cache(maxsize=1 << 16)
def owned(word: str) -> bool:
    """"مقتلهما" is two killed: a casualty noun with a pronoun of known number, though one of
    its forms ("مقتلهم") is a casualty word of its own."""
    kind, n = pronoun(word)
    return bool(kind) and word not in L.count_after[kind]
