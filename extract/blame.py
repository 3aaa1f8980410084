"""Accusations: "واتهمت الخوذ البيضاء قسد بالقصف" names who did an act the report told
without a doer. The accused joins the acts told around the accusation as their doer."""
from __future__ import annotations

from . import lexicon
from .casualties import find_counts
from .gazetteer import Gazetteer
from .normalise import word_forms
from .segment import Candidate, Draft
from .sides import Hit
from .text import Doc

_BLAME = {"اتهم", "اتهمت", "اتهموا", "حمل", "حملت", "حملوا"}


def blamed(doc: Doc, s, actors, out: list) -> bool:
    """"واتهمت الخوذ البيضاء قسد …": the accused is the doer of the event just told.
    The accuser, when it is an actor, comes first and is left out."""
    verb = next((i for i in range(s.first, s.last) if _BLAME & set(word_forms(doc.words[i]))), None)
    if verb is None or not out:
        return False
    named = [m for m in actors if s.first <= m.first < s.last and m.first > verb]
    ids = list(dict.fromkeys(m.ids[0] for m in named))
    accused = ids[1:] if len(ids) > 1 else ids
    if not accused:
        return False
    hits = [Hit(m.ids[0], m.first, m.last, m.shown_first, 1) for m in named if m.ids[0] == accused[0]][:1]
    prev = out[-1][0]
    cand = Candidate(s, prev.kind, prev.trigger, hits, None, find_counts(doc, s.first, s.last),
                     prev.background, blame=True)
    out.append((cand, []))
    return True


def give_blame(drafts: list[Draft], cand: Candidate, g: Gazetteer, reach: int = 4) -> None:
    """Give the accused to the acts told around the accusation whose doer the text did not
    name; its counts go to the act it follows."""
    at = cand.sentence.index
    near = [d for d in drafts if not d.background and d.event_type not in (lexicon.B, lexicon.S, lexicon.P)
            and any(abs(c.sentence.index - at) <= reach for c in d.candidates)]
    before = [d for d in near if d.candidates[0].sentence.index < at]
    for d in near:
        if any(h.side == 1 and g.actors.get(h.actor_id, {}).get("kind") not in ("unidentified", "civilians")
               for h in d.hits):
            continue
        for h in cand.hits:
            d.hits.insert(0, Hit(h.actor_id, h.first, h.last, h.mention_first, 1))
        if before and d is before[-1]:
            d.candidates.append(cand)
            d.counts.extend(cand.counts)
