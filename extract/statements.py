"""Who stands behind a statement noun, and what an address verb sends: "بيان لوزارة الدفاع",
"تقرير نشره المرصد", "جاء ذلك خلال مؤتمر صحفي عقده وزير الخارجية", "وجهت الوحدات رسالة".
Split from quotes.py, which reads the speakers; the words are data (speech.json)."""
from __future__ import annotations

from typing import Optional

from .gazetteer import Gazetteer
from .normalise import word_forms
from .speaker_phrase import dative_l, is_speech_verb, speaker_kind
from .speech_words import SPEECH
from .text import Doc


def statement_author(doc: Doc, k: int, end: int, g: Optional[Gazetteer] = None) -> int:
    """Past a statement to its author: "بيان لوزارة الداخلية", "قرار صادر عن وزارة التجارة",
    "تقرير نشره المرصد", "إحصائية للمرصد", "معلومات عنب بلدي"."""
    if k + 1 < end and doc.words[k] in SPEECH.statements:
        j = k + 1       # "حصيلة أولية للدفاع المدني", "تقرير شهري للشبكة": past its adjectives
        while j + 1 < end and doc.words[j] in SPEECH.occasion_complements and not dative_l(doc, j):
            j += 1
        if doc.words[j].startswith("ل"):
            return j
    if k + 2 < end and doc.words[k] in SPEECH.statements and doc.words[k + 1] in ("صادر", "الصادر") \
            and doc.words[k + 2] == "عن":
        return k + 3
    if k + 2 < end and doc.words[k] in SPEECH.statements and is_speech_verb(doc.words[k + 1]):
        return k + 2    # "تقرير نشره تجمع أحرار حوران": who published it
    if k + 1 < end and doc.words[k] in SPEECH.statements and (speaker_kind(doc.words[k + 1], g) != "person" or (
            g is not None and any(m.first == 0 for m in g.actor_names.find(doc.tokens[k + 1:min(k + 5, end)])))):
        return k + 1    # "بيان الوزارة", "معلومات المرصد", "رواية الأهالي", "معلومات الدفاع المدني": whose it is
    return k


def came_in_noun(doc: Doc, i: int, end: int) -> Optional[int]:
    """"وجاء في بيان …", "جاء ذلك في تصريح …", "جاء ذلك خلال مؤتمر صحفي …": the statement or
    occasion noun after جاء (and ذلك), or None."""
    at = i + 1 + (1 if i + 1 < end and doc.words[i + 1] in SPEECH.object_pronouns else 0)
    if not (at + 2 < end and doc.words[at] in SPEECH.occasion_preps):
        return None
    noun = doc.words[at + 1]
    return at + 1 if noun in SPEECH.statements or noun in SPEECH.occasions else None


def came_in_author(doc: Doc, n: int, end: int, g: Gazetteer) -> int:
    """Where the author of the statement or occasion at n is named: "بيان لوزارة الدفاع", "بيان
    الوزارة", "مؤتمر صحفي عقده وزير الخارجية", "كلمة ألقاها الرئيس"; past the noun if none is."""
    j = n + 1
    while j < end - 1 and doc.words[j] in SPEECH.occasion_complements and not dative_l(doc, j):
        j += 1      # "مؤتمر صحفي", "بيان رسمي"
    if set(word_forms(doc.words[j])) & SPEECH.held_verbs:
        return j + 1
    if doc.words[n] in SPEECH.statements:
        k = statement_author(doc, n, end, g)
        return k if k > n else n + 1
    return j if dative_l(doc, j) else end     # "خلال كلمة للرئيس"; "خلال لقائه وفداً" names no author


def sends_address(doc: Doc, i: int, end: int) -> bool:
    """"وجهت الوحدات الكردية، اليوم، رسالة إلى …": an address noun (speech.json addresses) after
    the speaker of address verb i, perhaps after a time phrase."""
    return address_at(doc, i + 2, min(i + 9, end)) is not None


def address_at(doc: Doc, first: int, end: int) -> Optional[int]:
    """The first address noun in [first, end) before what is said opens, or None."""
    for k in range(first, end):
        if doc.words[k] in SPEECH.that:
            return None
        if set(word_forms(doc.words[k])) & SPEECH.addresses:
            return k
    return None
