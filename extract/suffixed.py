"""Act words that carry a pronoun, as the object of a verb of carrying out or renewing
("شنت الطائرات الروسية غاراتها على البلدة", "جددت قوات النظام هجماتها"): the word without it
is the act. Elsewhere ("بعد اعتقالهم", "عقب مقتلها") such a word points back at an act already
told, and is left alone. The words are data (lexicon.json pronoun_suffixes, suffixed_act_verbs);
only one-word triggers are read so, and only where no trigger was found."""
from __future__ import annotations

from functools import lru_cache

from . import lexicon
from .normalise import word_forms

_SHORTEST_STEM = 3


@lru_cache(maxsize=1)
def _one_word_triggers() -> dict[str, tuple[str, ...]]:
    kinds: dict[str, list[str]] = {}
    for kind, words in lexicon.TRIGGERS.items():
        for w in words:
            if " " not in w:
                kinds.setdefault(w, []).append(kind)
    return {w: tuple(k) for w, k in kinds.items()}


def suffixed_acts(words: list[str], taken: set[int]) -> list[tuple[int, list[str]]]:
    """(token, trigger kinds) of each word outside `taken` that is a trigger with a pronoun."""
    table = _one_word_triggers()
    out = []
    for i, w in enumerate(words):
        if i in taken:
            continue
        suffix = next((x for x in lexicon.PRONOUN_SUFFIXES if w.endswith(x)), None)
        if suffix is None or len(w) - len(suffix) < _SHORTEST_STEM:
            continue
        stem = w[:-len(suffix)]
        kinds = next((table[f] for f in word_forms(stem) if f in table), None)
        if kinds and _carried_out(words, i):
            out.append((i, list(kinds)))
    return out


def _carried_out(words: list[str], i: int) -> bool:
    return any(set(word_forms(w)) & lexicon.SUFFIXED_ACT_VERBS
               for w in words[max(0, i - lexicon.SUFFIXED_ACT_WINDOW):i])
