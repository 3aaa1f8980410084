"""Who a speaker phrase names: the source named before when it points back ("وأضاف الموقع"),
where a known name ends inside it, and whether its speaker is also a side (a claimant).
Split from quotes.py, which reads the phrases."""
from __future__ import annotations

import re

from .gazetteer import Gazetteer
from .model import Quote
from .normalise import fold, strip_article
from .speaker_phrase import verb_stem
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
    return end


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
