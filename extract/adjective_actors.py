"""Actors named by a nationality adjective after a means of attack: "طائرة مسيرة إسرائيلية"
is Israel's forces though no force is named. Split from mentions.py."""
from __future__ import annotations

from . import lexicon
from .normalise import word_forms


def by_adjective(words: list[str], adjectives: dict[str, str], taken: set[int]) -> list[tuple[int, str]]:
    """(token, actor id) of each nationality adjective within three words after a means of
    attack ("طائرات يعتقد أنها روسية"), outside the tokens already taken by a mention."""
    out: list[tuple[int, str]] = []
    if not adjectives:
        return out
    names = adjectives.keys()
    for i, w in enumerate(words):
        if i in taken:
            continue
        forms = word_forms(w)
        if names.isdisjoint(forms):
            continue
        aid = next((adjectives[f] for f in forms if f in adjectives), None)
        if aid and any(not lexicon.MEANS.isdisjoint(word_forms(x)) for x in words[max(0, i - 3):i]):
            out.append((i, aid))
    return out
