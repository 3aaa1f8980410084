"""ACLED sub-event types that depend on who acted and what followed, not on the trigger
word alone: the government retaking ground, force used on protesters, a protest that
turned violent."""
from __future__ import annotations

from typing import Optional

from . import lexicon
from .model import ActorRef
from .normalise import fold

GOVERNMENT = {"regime", "post-2024 authorities"}
_RIOT_WORDS = {fold(w) for w in ("احرقوا", "أضرموا", "اضرموا", "أضرم", "وأضرم", "أضرمت", "وأضرموا", "رشقوا", "بالحجارة", "حطموا", "شغب", "تكسير",
                                 "كسروا", "أحرق المحتجون", "احرق المتظاهرون")}


def refine(et: str, sub: str, kind: str, actors: list[ActorRef], said: str,
           killed: Optional[int], injured: Optional[int]) -> tuple[str, str]:
    """(event_type, sub_event_type) once the incident's actors, words and toll are known."""
    if sub == "Non-state actor overtakes territory" and any(
            a.side == 1 and a.affiliation in GOVERNMENT for a in actors):
        return lexicon.B, "Government regains territory"
    if kind in ("protest", "protest_force"):
        words = set(said.split())
        if words & _RIOT_WORDS or any(" " in w and w in said for w in _RIOT_WORDS):
            return "Riots", "Violent demonstration"
        if killed or injured:
            return lexicon.P, "Excessive force against protesters"
    return et, sub
