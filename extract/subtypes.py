"""ACLED sub-event types that depend on who acted and what followed, not on the trigger
word alone: the government retaking ground, force used on protesters, a protest that
turned violent."""
from __future__ import annotations

from typing import Optional

from . import lexicon
from .model import ActorRef

GOVERNMENT = {"regime", "post-2024 authorities"}


def refine(et: str, sub: str, kind: str, actors: list[ActorRef], said: str,
           killed: Optional[int], injured: Optional[int]) -> tuple[str, str]:
    """(event_type, sub_event_type) once the incident's actors and toll are known (a riot is
    told by its words: the "riot" cue of data/event_types.json)."""
    if sub == "Non-state actor overtakes territory" and any(
            a.side == 1 and a.affiliation in GOVERNMENT for a in actors):
        return lexicon.B, "Government regains territory"
    if kind in ("protest", "protest_force") and et == lexicon.P and (killed or injured):
        return lexicon.P, "Excessive force against protesters"
    return et, sub
