"""The grammar of a speaker phrase: where a speaker named after a verb of saying ends, what
kind of speaker it is, and where what was said starts. Shared by quotes.py's rules; the
words are data (speech.json via speech_words.py).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from .gazetteer import Gazetteer
from .normalise import fold, word_forms
from .speech_words import SPEECH
from .text import Doc

_VERBS = SPEECH.verbs
_STOP = SPEECH.stop
_KEEP_L = SPEECH.keep_l
_TOLL = SPEECH.tolls
_STATEMENTS = SPEECH.statements
_ACCEPT = SPEECH.accept
_SOURCE_HEADS = SPEECH.source_heads   # "مصدر في لجنة التفاوض": the whole phrase names the source
_THAT = SPEECH.that
_OPEN = "\"“«”"
_CLOSE = {"“": "”", "«": "»", "\"": "\"", "”": "“"}
_KINDS = SPEECH.kinds
# sources that tell an outlet: after them "لل…" is whom they told ("مصادر محلية للمرصد")
_TELLERS = ("anonymous", "social_media", "correspondent")


def speaker_kind(speaker: str, g: Optional[Gazetteer] = None) -> str:
    words = set(fold(speaker).split())
    forms = {f for w in words for f in word_forms(w)} | words
    for kind, markers in _KINDS:
        if forms & markers:
            return kind
    if g is not None and g.actor_names.find(_tokens(speaker)):
        return "organisation"
    return "person"


def is_speech_verb(word: str) -> bool:
    """A speech verb as written, with a particle, or with an attached object ("وصفها ناشطون")."""
    return verb_stem(word) is not None


@lru_cache(maxsize=1 << 16)
def verb_stem(word: str) -> Optional[str]:
    """The speech verb a word is, without its particle or attached object ("ونقله" is نقل);
    cached: asked of every token of every sentence."""
    forms = word_forms(word)
    found = next((f for f in forms if f in _VERBS or f in SPEECH.address_verbs), None)
    if found in SPEECH.conjunction_only and not word.startswith(("و", "ف")):
        return None     # "طالب جامعي" is a student; "وطالب الأهالي" is the verb
    if found is not None:
        return found
    return next((f[:-len(suf)] for f in forms for suf in SPEECH.object_suffixes
                 if f.endswith(suf) and len(f) - len(suf) >= 3 and f[:-len(suf)] in _VERBS), None)


def past_object(doc: Doc, j: int, end: int) -> int:
    """Skip an object between a verb and its speaker: "أشار إليه مصدر", "أكد ذلك المرصد"."""
    while j < end - 1 and doc.words[j] in SPEECH.object_pronouns:
        j += 1
    return j


def _tokens(text: str):
    from .normalise import tokenize
    return tokenize(text)


def gap(doc: Doc, i: int) -> str:
    """Original characters between token i-1 and token i."""
    return doc.text[doc.tokens[i - 1].end:doc.tokens[i].start] if i > 0 else ""


_HAMZA_AFTER_L = set("أإآـ")


def dative_l(doc: Doc, j: int) -> bool:
    """Token j is the preposition ل on a noun ("لوكالة", "لأورينت", "لـ"عنب بلدي"", "لمصادر"), not
    a name that begins with ل: a name head of speech.json keep_l ("لواء"), or a foreign name whose
    ل opens on a long vowel ("لافروف", "لودريان", "ليندسي"), unless what follows ل is a noun the
    preposition takes (dative_vowel_nouns: "لوزارة", "لوسائل"). A hamza or tatweel after ل, as
    written, is always the preposition ("لإيران", "لـ"). Words with لل are left to the callers."""
    w = doc.words[j]
    if not w.startswith("ل") or w in _KEEP_L:
        return False
    raw = doc.text[doc.tokens[j].start:doc.tokens[j].end]
    if len(w) < 4 or raw[1:2] in _HAMZA_AFTER_L or w[1] not in "اوي":
        return True
    return bool(set(word_forms(w[1:])) & SPEECH.dative_vowel_nouns)


def speaker_after(doc: Doc, i: int, end: int, after_verb: bool = True) -> tuple[int, int, str]:
    """Tokens [i, j) naming the speaker; returns (i, j, reason it stopped)."""
    j = i
    if after_verb and i < end and (dative_l(doc, i) or doc.words[i].startswith("لل")):
        return i, i, "ل"        # "قالت لأورينت", "تحدثت للمرصد": to whom, not who; the speaker was named before
    if after_verb and i < end and (doc.words[i] == "ب" or doc.words[i].startswith(("بال", "كال"))):
        return i, i, "ب"        # "يذكر بالأحداث", "وصفته بـ"الإرهابي"": a phrase after the verb, not its speaker
    if after_verb and i < end and (doc.words[i][0].isdigit() or set(word_forms(doc.words[i])) & SPEECH.tolls):
        return i, i, "object"   # "وأكد حدوث شجار", "يبلغ 54": what was said, the speaker named before
    while j < end and j - i < 12:
        w = doc.words[j]
        if j > i and any(ch in gap(doc, j) for ch in "،,:؛"):
            return i, _apposition(doc, j, end), "punct"
        if j > i and "(" in gap(doc, j) and _aside(doc, j, end):
            return i, j, "punct"    # "قيادي سابق (تحفظت عنب بلدي على ذكر اسمه)": an aside, not the name
        if w in ("في", "من") and j > i and set(word_forms(doc.words[i])) & _SOURCE_HEADS:
            j += 1
            continue
        if w == "علي" and j > i and "ى" not in doc.text[doc.tokens[j].start:doc.tokens[j].end]:
            j += 1      # "محمد علي": the name, not the preposition على
            continue
        if j > i and w.startswith("ب") and set(word_forms(w)) & SPEECH.told_masdars:
            return i, j, "told"  # "أفاد نشطاء بقيام قوات النظام…": what they told begins
        if j > i and len(w) > 3 and dative_l(doc, j) and speaker_kind(w[1:]) == "organisation":
            j += 1      # "المكتب الإعلامي لجيش الإسلام", "عضو القيادة العامة لقوات سوريا": whose, not to whom
            continue
        told = j > i and w.startswith("لل") and speaker_kind(doc.words[i]) in _TELLERS and \
            speaker_kind("ال" + w[2:]) == "outlet"     # "مصادر محلية للمرصد": whom they told
        occasion = j > i and bool(set(word_forms(w)) & SPEECH.occasions)    # "الرئيس في كلمة"
        if w in _STOP or told or occasion or (j > i and len(w) > 1 and dative_l(doc, j) and not w.startswith("لل")):
            k = j
            while k - 1 > i and doc.words[k - 1] in ("في", "من"):
                k -= 1      # "مدير المشفى في تصريح": the source ends before its "in"
            return i, k, doc.words[k] if k < j else w
        if w in _VERBS:
            return i, j, "verb"
        if j > i and set(word_forms(w)) & _TOLL:
            return i, j, "length"      # "أعلنت وزارة الدفاع مقتل 5 من عناصرها": what it announced
        j += 1
    return i, min(j, i + 6), "length"


def _apposition(doc: Doc, j: int, end: int) -> int:
    """Past a name or title set off by commas after the speaker ("مدير المشفى، الطبيب أحمد
    الخالد، إن", "أبو محمد، القيادي في الفصيل، لعنب بلدي"): where the speaker phrase ends.
    Not past a time, a source or a request ("، اليوم الأحد،", "، طلب عدم ذكر اسمه،")."""
    if "،" not in gap(doc, j) and "," not in gap(doc, j):
        return j
    for m in range(j, min(j + 6, end)):
        w = doc.words[m]
        if m > j and any(ch in gap(doc, m) for ch in "،,"):
            said = w in _THAT or (dative_l(doc, m) and not w.startswith("لل"))
            return m if said else j
        if (w in _STOP and w not in ("في", "من")) or set(word_forms(w)) & SPEECH.aside_openers or w in _VERBS \
                or dative_l(doc, m):
            return j    # "شاهد عيان، لنورث برس، إن": whom it was told is no part of the speaker
    return j


def _aside(doc: Doc, j: int, end: int) -> bool:
    """A parenthesis opening before token j holds more than a short name ("(سانا)", "(قسد)")."""
    close = doc.text.find(")", doc.tokens[j].start)
    return close < 0 or sum(1 for k in range(j, end) if doc.tokens[k].start < close) > 2


def statement_span(doc: Doc, j: int, end: int) -> tuple[int, int]:
    """Original offsets of what was said: a quoted passage if one opens, else to the sentence end."""
    that = next((k for k in range(j, min(end, j + 9)) if doc.words[k] in _THAT), None)
    if that is not None:
        j = that + 1
    while j < end and doc.words[j] in ("الي", "ب", "قولها", "قوله", "بالقول"):
        j += 1
    if j >= end:
        return doc.tokens[end - 1].end, doc.tokens[end - 1].end
    start = doc.tokens[j].start
    for ch in gap(doc, j):
        if ch in _OPEN:
            close = doc.text.find(_CLOSE.get(ch, ch), start)
            if close > start:
                return start, close
    return start, doc.sentence_span(doc.sentence_of(end - 1))[1]


def on_platform(doc: Doc, b: int, why: str) -> bool:
    """"ناشطون على مواقع التواصل": a speaker ending at على before where it spoke."""
    return why == "علي" and b + 1 < len(doc.words) and bool(set(word_forms(doc.words[b + 1])) & SPEECH.platforms)


_SOURCE_KINDS = ("outlet", "anonymous", "correspondent", "social_media")


def _is_marker(word: str) -> bool:
    """A word that marks a kind of speaker as written ("وكالة" is no و + كالة)."""
    return any(word in markers for _, markers in _KINDS)


def subject_before(doc: Doc, first: int, i: int, g: Gazetteer) -> Optional[tuple[int, int]]:
    """Tokens [a, b) of a short speaker phrase from `first` up to speech verb i (subject first):
    a source ("شبكة فرات بوست قالت إن"), after كان or the topic أما and before قد ("وكانت
    وسائل إعلام محلية قد نشرت أن", "أما المرصد فقال"); any known actor, or any phrase after
    أما, when what it said follows the verb at once ("الجيش الإسرائيلي أعلن أنه"). None if none."""
    a = first
    while a < i - 1 and set(word_forms(doc.words[a])) & SPEECH.subject_openers:
        a += 1
    b = i
    while b - 1 > a and set(word_forms(doc.words[b - 1])) & SPEECH.auxiliaries:
        b -= 1      # "قد ذكرت", "فقد أكد"
    opened = a > first
    # "الناشط الإعلامي فلان من بلدة كذا أفاد، أن": a title or source head may run longer
    titled = a < b and (bool(set(word_forms(doc.words[a])) & SPEECH.witness_heads)
                        or speaker_kind(doc.words[a]) == "outlet")   # "وكالة الأنباء السورية الرسمية (سانا) قالت"
    if not 0 < b - a <= (SPEECH.titled_subject_reach if titled else 4) or doc.words[a] in _STOP or (
            doc.words[a].startswith("و") and not opened and not _is_marker(doc.words[a])):
        return None     # "، عن مصدر أمني قوله": a preposition opens no subject
    if b - a <= 4 and speaker_kind(doc.text[doc.tokens[a].start:doc.tokens[b - 1].end], g) in _SOURCE_KINDS:
        return a, b
    said_next = i + 1 < len(doc.words) and (doc.words[i + 1] in _THAT or ":" in gap(doc, i + 1))
    topic = any(set(word_forms(doc.words[k])) & SPEECH.topics for k in range(first, a))
    named = any(m.first == 0 for m in g.actor_names.find(doc.tokens[a:b]))
    if said_next and (topic or (titled or named) and not doc.words[i].startswith(("و", "ف"))):
        return a, b
    return None


_ALEF_MAQSURA = "ى"


def named_as(doc: Doc, i: int) -> bool:
    """"يدعى", "تُدعى" (is called) as written with ى, which folds to يدعي (claims): a name follows,
    not a speaker (speech.json named_as)."""
    raw = doc.text[doc.tokens[i].start:doc.tokens[i].end]
    return raw.endswith(_ALEF_MAQSURA) and doc.words[i] in SPEECH.named_as
