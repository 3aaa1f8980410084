"""Who a speaker phrase names: the source named before when it points back ("وأضاف الموقع"),
where a known name ends inside it (before the verb's object, whom it told, whom it accuses),
and whether its speaker is also a side (a claimant).
Split from quotes.py, which reads the phrases."""
from __future__ import annotations

import re

from .gazetteer import Gazetteer
from .model import Quote
from .normalise import fold, strip_article, word_forms
from .speaker_phrase import dative_l, speaker_kind, verb_stem
from .speech_words import SPEECH, own_act_after
from .text import Doc

_ANAPHORS = SPEECH.anaphors


def antecedent(quotes: list[Quote], speaker: str, kind: str) -> str:
    """The source named before when the speaker points back to it: "وأضاف الموقع", "المصدر ذاته",
    "المصادر المحلية" after "مصادر محلية"."""
    words = [w for w in fold(speaker).split() if w not in SPEECH.self_words] or fold(speaker).split()
    bare = tuple(strip_article(w) for w in words)
    # "الوكالة الرسمية": an anaphor with adjectives that agree with it
    anaphor = words[0] in _ANAPHORS and all(w.startswith("ال") for w in words[1:])
    for q in reversed(quotes):
        said = fold(q.speaker).split()
        if said and said[0] in _ANAPHORS:
            continue
        stems = {strip_article(w) for w in said}
        agrees = anaphor and all(strip_article(w) in stems for w in words[1:])   # "الوكالة الروسية"
        if q.speaker_kind == kind and (agrees or tuple(strip_article(w) for w in said) == bare):
            return q.speaker
        if kind == "person" and len(words) <= 2 and len(said) > len(words) and said[-len(words):] == words:
            return q.speaker    # "وأضاف هلال" after "المحافظ عامر إسماعيل هلال"
    if not all(w.startswith("ال") for w in words):
        return speaker
    # a definite head names the last source it heads, its adjectives aside: "الوكالة الرسمية"
    # after "وكالة الأنباء السورية", "وأضاف التجمع" after "تجمع أحرار حوران"
    return next((q.speaker for q in reversed(quotes) if q.speaker_kind == kind and len(fold(q.speaker).split()) > 1
                 and strip_article(fold(q.speaker).split()[0]) == bare[0]), speaker)


_PEOPLE = {"civilians"}


def name_end(doc: Doc, g: Gazetteer, a: int, b: int) -> int:
    """Where a speaker phrase that opens with a known name ends: the name and the adjectives
    that agree with it ("وزارة الدفاع السورية")."""
    match = next(iter(g.actor_names.find(doc.tokens[a:b])), None)
    if match is None or match.first != 0 or any(
            g.actors.get(aid, {}).get("kind") in _PEOPLE for aid in match.payloads):
        return b    # "الناشط الإعلامي محمد علي": a kind of person, then the person
    end = a + match.last + 1
    while end < b and doc.words[end].startswith("ال") and doc.words[end].endswith(("ي", "يه", "يين")):
        end += 1
    if end < b and doc.words[end].startswith("لل"):
        return b    # "القيادة العامة للقوات المسلحة": a genitive goes on naming it
    return end


def before_recipient(doc: Doc, a: int, b: int) -> int:
    """Where the speaker of a verb of telling ends: before the outlet it told ("مصادر أمنية
    وكالة رويترز", "مسؤول محلي عنب بلدي"); a correspondent's or an outlet's own name stays."""
    if speaker_kind(doc.words[a]) in ("correspondent", "outlet"):
        return b
    for k in range(a + 1, b):
        if speaker_kind(doc.words[k]) == "outlet" or (
                k + 1 < b and f"{doc.words[k]} {doc.words[k + 1]}" in SPEECH.outlet_names):
            return k
    return b


def named_before_object(doc: Doc, g: Gazetteer, a: int, b: int) -> int:
    """Where a known name that opens a speaker phrase ends when what follows it is the verb's
    object, not an occasion ("وأدانت وزارة الخارجية السورية "العدوان" على …", "وأعلن الجيش
    الوطني النفير العام ضد …"); `a` (no speaker) when the phrase has no known name or what
    follows the name is a preposition or an occasion ("خلال زيارته")."""
    cut = name_end(doc, g, a, b)
    if not a < cut < b:
        return a
    w = doc.words[cut]
    if w in SPEECH.stop or set(word_forms(w)) & SPEECH.occasions or dative_l(doc, cut) or w.startswith(("ب", "لل")):
        return a
    return cut


def claimant_end(doc: Doc, g: Gazetteer, a: int, b: int) -> int:
    """Where the speaker of a claim ends: before the demand ("طالبوا بفدية": none named) and
    before whom it accuses, a name after its own ("اتهمت قسد القوات الحكومية", "اتهمت
    الوزارة تركيا"; "قوات الدفاع المدني" is one name with its unit word)."""
    if b > a and doc.words[a].startswith("ب"):
        return a
    names = sorted(g.actor_names.find(doc.tokens[a:b]), key=lambda m: m.first)
    own_end = names[0].last + 1 if names and names[0].first <= 1 else 1
    return next((a + m.first for m in names if m.first >= own_end), b)


def claims(q: Quote, text: str) -> bool:
    """A statement whose speaker claims, accuses or demands ("وتبنى تنظيم داعش التفجير"): the
    claimant may be a side of the incident, so its name stays an actor mention."""
    if q.speaker_span is None:
        return False
    before = fold(text[max(0, q.speaker_span.start - 24):q.speaker_span.start]).split()
    return bool(before) and verb_stem(before[-1]) in SPEECH.claim_verbs or announces_own_act(q, text)


def announces_own_act(q: Quote, text: str) -> bool:
    """"أعلن الجيش السوري، اليوم، سيطرته على قرية …", "أعلنت الوزارة القبض على خلية": the
    speaker tells its own deed, so it is the doer of the act as well as the one who says so."""
    return own_act_after(_WORD.findall(fold(text[q.speaker_span.end:q.speaker_span.end + 120])))


_WORD = re.compile(r"[^\W\d_]+")
