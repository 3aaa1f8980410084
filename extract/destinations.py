"""Where someone was taken or fled to is no place of the act: "نقلت جثث القتلى إلى مدينة
القائم" after a strike on Albu Kamal, "أسعف الجرحى إلى مشفى في مدينة الباب". The words are
data: context_names.json taken_to (schema: context_names.schema.json)."""
from __future__ import annotations

from .context_words import CONTEXT
from .lexicon import PLACE_WORDS
from .normalise import word_forms
from .text import Doc

VIA_WORDS = 4       # hospital nouns, place words and "في" between "إلى" and the name
VERB_REACH = 6      # how far before "إلى" the verb of taking or fleeing may stand


def taken_to(doc: Doc, t: int) -> bool:
    """The place named at token t is where people or bodies were taken or fled to."""
    def forms(i: int) -> set[str]:
        return set(word_forms(doc.words[i]))
    k, via = t - 1, CONTEXT.taken_via | set(PLACE_WORDS)
    while k >= 0 and t - 1 - k < VIA_WORDS and forms(k) & via:
        k -= 1
    if k < 0 or not forms(k) & CONTEXT.taken_to:
        return False
    return any(forms(j) & CONTEXT.taken_by for j in range(max(0, k - VERB_REACH), k))
