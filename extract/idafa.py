"""A group named by its town in an idafa ("مجلس منبج العسكري", "مجلس دير الزور العسكري") is
as often written with the article and لـ: "المجلس العسكري لمنبج", "المجلس العسكري لمدينة منبج".
The gazetteer gives each such name its second spelling; the head words ("مجلس") and the place
words that may follow لـ ("مدينة") are data (context_names.json lam_heads, lam_places).
"""
from __future__ import annotations

from .context_words import CONTEXT
from .normalise import key


def lam_forms(name: str) -> list[tuple[str, ...]]:
    """The matching keys of `name` written with the article and لـ, or none when it is no
    "head + town + definite adjective" name."""
    words = key(name)
    plain = name.split()
    if len(words) < 3 or words[0] not in CONTEXT.lam_heads or plain[0].startswith("ال") \
            or not plain[-1].startswith("ال"):
        return []
    head, town, adjective = words[0], words[1:-1], words[-1]
    joined = ("لل" if plain[1].startswith("ال") else "ل") + town[0]     # "لمنبج", "للباب"
    out = [(head, adjective, joined) + town[1:], (head, adjective, "ل") + town]
    for place in sorted(CONTEXT.lam_places):
        out += [(head, adjective, "ل" + place) + town, (head, adjective, "ل", place) + town]
    return out
