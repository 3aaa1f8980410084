"""Round-ups told governorate by governorate ("ففي محافظة إدلب، …", "وفي ريف حماة الشمالي، …",
"أما في حلب، …"): a governorate fronted at a sentence's start, before its first comma, is the
governorate the places of that sentence and of the ones after it are read in, until another
is fronted. The words that may front it are data (segmentation.json section_fronts)."""
from __future__ import annotations

from typing import Optional

from .gazetteer import Gazetteer
from .segment_words import WORDS
from .text import Doc
from .told import punct_between


def fronted_governorate(doc: Doc, g: Gazetteer, s, s_places: list) -> Optional[str]:
    """The governorate a sentence fronts, or None."""
    first = next((m for m in s_places if m.first < s.first + WORDS.section_front_reach), None)
    if first is None or first.first == s.first:
        return None
    if not any(w in WORDS.section_fronts for w in doc.words[s.first:first.first]):
        return None
    govs = {g.places[i].get("admin1") for i in first.ids if i in g.places and g.places[i].get("kind") == "governorate"}
    if len(govs) != 1:
        return None
    # the phrase closes with a comma right after the name or a word or two on ("ريف حماة الشمالي،")
    closed = any(punct_between(doc, k - 1, k) for k in range(first.last + 1, min(first.last + 4, s.last)))
    return govs.pop() if closed else None
