"""An adjective agrees with the noun before it: a word that does so describes that noun and
names no place ("المعارك الجديدة", "قاعدة عسكرية جديدة" are no town called al-Jadida)."""
from __future__ import annotations


def has_article(word: str) -> bool:
    """The word carries the article, after a particle too ("بالمدينة", "وللقوات")."""
    return any(word.startswith(p) for p in ("ال", "وال", "بال", "فال", "كال", "لل", "ولل", "وبال", "فبال"))


def definite_noun(word: str) -> bool:
    """"المعارك", "والمنطقة", "بالمنطقة": a noun with the article (after a conjunction or a
    preposition too), which a definite adjective after it agrees with."""
    bare = word[1:] if word[:1] in ("و", "ف", "ب") and word[1:3] == "ال" else word
    return bare.startswith("ال") and len(bare) > 3


def indefinite_pair(before: str, word: str) -> bool:
    """Two indefinite feminine words in a row ("عسكرية جديدة"): the second may describe the first."""
    return before.endswith("ه") and word.endswith("ه") and not has_article(before) and not has_article(word)
