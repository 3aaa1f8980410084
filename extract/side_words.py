"""The words that tell the sides of an event, shared by the side rules (sides.py) and the
doer tests (doers.py). The words are data: data/sides.json (schema: sides.schema.json)."""
from __future__ import annotations

from dataclasses import dataclass

from .lexicon import PARADIGM_VERBS
from .normalise import folded, word_forms
from .text import Doc
from .wordlists import DATA_DIR, read_data

DATA = read_data(DATA_DIR / "sides.json")


def words(key: str) -> frozenset[str]:
    """One list of sides.json, folded as the text is."""
    return folded(DATA[key])


VERB_TRIGGERS = words("verb_triggers") | folded(PARADIGM_VERBS)
ALLY_MARKERS = words("ally_markers")   # "إلى جانب"
OWNER_MARKERS = words("owner_markers")
# "المدعومة من إيران", "الموالية لإيران": a backer described, never a party to the event
SUPPORT_MARKERS = words("support_markers")
BACK_PRONOUNS = words("ally_back_pronouns")     # "الموالية لها": the support word's pronoun points back
AGENT_MARKERS = words("agent_markers")
# "قتل عنصر من X", "في صفوف X": X is who was hit.
VICTIM_MARKERS = words("victim_markers")


@dataclass
class Hit:
    actor_id: str
    first: int
    last: int
    mention_first: int
    side: int | None = None
    grammar: bool = False   # the side was told outright (a "من جهة" split, an ally's support word)


OF = words("of")
# Words right before an actor that make it the one acted upon.
VICTIM_WORDS = words("victim_words")
# "هاجم عناصر من داعش حاجزاً": after a verb that is never passive in print, "عناصر من X" are its subject
ACTIVE_VERBS = words("active_verbs")
# "استهدفت الفصائل مواقع النظام": the actor after a feminine verb is its subject, unless a
# doer came first ("طائرة إسرائيلية استهدفت قوات النظام")
TARGETED_AFTER_DOER = words("targeted_after_doer")

CELLS = words("cells")      # "عناصر", "خلايا": the men an actor's name is counted by
OBJECTS = words("objects")
# matched with word_forms, so "بالرشاشات" finds "رشاشات" without listing "الرشاشات"
WEAPONS = words("weapons")


def forms(doc: Doc, i: int) -> set[str]:
    """The stems of word i (empty past either end)."""
    return set(word_forms(doc.words[i])) if 0 <= i < len(doc.words) else set()
