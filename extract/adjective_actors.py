"""Actors named by a nationality adjective after a means of attack: "طائرة مسيرة إسرائيلية"
is Israel's forces though no force is named. Split from mentions.py."""
from __future__ import annotations

from typing import Optional

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



def foreign_of(words: list[str], last: int, ids, adjectives: dict[str, str], actors: dict) -> Optional[str]:
    """"وزارة الدفاع التركية", "الشرطة التركية": the state whose nationality follows a Syrian state
    body's name (ending at `last`, naming `ids`) is whose body it is; None when none follows."""
    nxt = words[last + 1] if last + 1 < len(words) else ""
    aid = adjectives.get(nxt[2:]) if nxt.startswith("ال") else None
    if aid is None or actors.get(aid, {}).get("country") in (None, "Syria") or not ids:
        return None
    syrian = all(actors.get(i, {}).get("country") == "Syria" and actors.get(i, {}).get("kind") in _STATE_KINDS
                 for i in ids)
    return aid if syrian else None


def foreign_bodies(words: list[str], mentions: list, adjectives: dict[str, str], actors: dict) -> set[int]:
    """"أعلنت وزارة الدفاع التركية", "القوات الحكومية التركية": a Syrian state body's name with
    another state's nationality right after it is that state's forces (in place: the mention
    takes the adjective in); the tokens it now covers."""
    out: set[int] = set()
    for m in mentions:
        aid = foreign_of(words, m.last, m.ids, adjectives, actors)
        if aid:
            m.ids, m.last = [aid], m.last + 1
            out.add(m.last)
    return out


_STATE_KINDS = {"state_force", "police"}
