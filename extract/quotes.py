"""Quoted and reported statements: who said it, what kind of speaker, which incident.

A speech verb (قال، أفاد، أكد …) is followed by its speaker up to إن/أن, a
preposition or punctuation; "بحسب X" and "وفقاً لـ X" name X; "نقل … عن Y"
gives the words to Y. A verb with no speaker ("وأضاف:") continues the last one.
"""
from __future__ import annotations

import functools
import hashlib
from typing import Optional

from .gazetteer import Gazetteer
from .model import DocMeta, Incident, Quote, Span
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
    forms = set(word_forms(word))
    if forms & _VERBS:
        return True
    return any(f.endswith(suf) and len(f) - len(suf) >= 3 and f[:-len(suf)] in _VERBS
               for f in forms for suf in SPEECH.object_suffixes)


def _past_object(doc: Doc, j: int, end: int) -> int:
    """Skip an object between a verb and its speaker: "أشار إليه مصدر", "أكد ذلك المرصد"."""
    while j < end - 1 and doc.words[j] in SPEECH.object_pronouns:
        j += 1
    return j


def _tokens(text: str):
    from .normalise import tokenize
    return tokenize(text)


def _gap(doc: Doc, i: int) -> str:
    """Original characters between token i-1 and token i."""
    return doc.text[doc.tokens[i - 1].end:doc.tokens[i].start] if i > 0 else ""


def _speaker_after(doc: Doc, i: int, end: int, after_verb: bool = True) -> tuple[int, int, str]:
    """Tokens [i, j) naming the speaker; returns (i, j, reason it stopped)."""
    j = i
    if after_verb and i < end and doc.words[i].startswith("ل") and doc.words[i] not in _KEEP_L and not doc.words[i].startswith("لل"):
        return i, i, "ل"        # "قالت لأورينت": to whom, not who; the speaker was named before
    while j < end and j - i < 12:
        w = doc.words[j]
        if j > i and any(ch in _gap(doc, j) for ch in "،,:؛"):
            return i, j, "punct"
        if w in ("في", "من") and j > i and set(word_forms(doc.words[i])) & _SOURCE_HEADS:
            j += 1
            continue
        if w in _STOP or (w.startswith("ل") and j > i and w not in _KEEP_L and len(w) > 1 and not w.startswith("لل")):
            return i, j, w
        if w in _VERBS:
            return i, j, "verb"
        if j > i and set(word_forms(w)) & _TOLL:
            return i, j, "length"      # "أعلنت وزارة الدفاع مقتل 5 من عناصرها": what it announced
        j += 1
    return i, min(j, i + 6), "length"


def _statement(doc: Doc, j: int, end: int) -> tuple[int, int]:
    """Original offsets of what was said: a quoted passage if one opens, else to the sentence end."""
    that = next((k for k in range(j, min(end, j + 9)) if doc.words[k] in _THAT), None)
    if that is not None:
        j = that + 1
    while j < end and doc.words[j] in ("الي", "ب", "قولها", "قوله", "بالقول"):
        j += 1
    if j >= end:
        return doc.tokens[end - 1].end, doc.tokens[end - 1].end
    start = doc.tokens[j].start
    gap = _gap(doc, j)
    for ch in gap:
        if ch in _OPEN:
            close = doc.text.find(_CLOSE.get(ch, ch), start)
            if close > start:
                return start, close
    return start, doc.sentence_span(doc.sentence_of(end - 1))[1]


def _named_before(doc: Doc, first: int, i: int, g: Gazetteer) -> bool:
    """A short source phrase opening the sentence before its verb (subject first), perhaps
    after كان ("وكانت وسائل إعلام محلية نشرت أن …")."""
    after_aux = _subject_start(doc, first, i) > first
    first = _subject_start(doc, first, i)
    if not 0 < i - first <= 4 or (doc.words[first].startswith("و") and not after_aux):
        return False
    return speaker_kind(doc.text[doc.tokens[first].start:doc.tokens[i - 1].end], g) in (
        "outlet", "anonymous", "correspondent", "social_media")


def _subject_start(doc: Doc, first: int, i: int) -> int:
    return first + 1 if i - first > 1 and set(word_forms(doc.words[first])) & SPEECH.auxiliaries else first


_NO_QUOTE_MARKS = str.maketrans("", "", "\"“”«»")    # 'شبكة "فرات بوست"' is شبكة فرات بوست
_ANAPHORS = SPEECH.anaphors
_OUTLET_VERBS = SPEECH.outlet_verbs


def _only_by_outlets(word: str) -> bool:
    return bool(set(word_forms(word)) & _OUTLET_VERBS)


def _names_a_source(doc: Doc, i: int, end: int, g: Gazetteer) -> bool:
    """Publishing and documenting verbs count only with a source that publishes."""
    a, b, _ = _speaker_after(doc, i + 1, end)
    return b > a and speaker_kind(doc.text[doc.tokens[a].start:doc.tokens[b - 1].end], g) != "person"


def _statement_author(doc: Doc, k: int, end: int) -> int:
    """Past a statement to its author: "بيان لوزارة الداخلية", "قرار صادر عن وزارة التجارة"."""
    if k + 1 < end and doc.words[k] in _STATEMENTS and doc.words[k + 1].startswith("ل"):
        return k + 1
    if k + 2 < end and doc.words[k] in _STATEMENTS and doc.words[k + 1] in ("صادر", "الصادر") \
            and doc.words[k + 2] == "عن":
        return k + 3
    return k


def _attribution(doc: Doc, s_first: int, s_last: int, g: Gazetteer) -> list[tuple[int, int]]:
    out = []
    for i in range(s_first, s_last):
        w = doc.words[i]
        nxt = doc.words[i + 1] if i + 1 < s_last else ""
        forms = set(word_forms(w))
        joined = bool(forms & SPEECH.according_to_what) and i + 1 < s_last and is_speech_verb(nxt)
        tongue = bool(forms & SPEECH.on_the_tongue) and nxt in SPEECH.tongue and i + 2 < s_last
        if forms & SPEECH.came_in and nxt == "في" and i + 3 < s_last and doc.words[i + 2] in _STATEMENTS:
            k = _statement_author(doc, i + 2, s_last)     # "وجاء في بيان لوزارة الدفاع", "في بيان الوزارة"
            a, b, _ = _speaker_after(doc, k if k > i + 2 else i + 3, s_last, after_verb=False)
            if b > a:
                out.append((a, b))
            continue
        if forms & SPEECH.according_to or (forms & SPEECH.in_line_with and i + 1 < s_last) or \
                ("نقلا" in forms and nxt == "عن") or joined or tongue:
            k = i + 1 + (1 if nxt in ("عن", "ل") or tongue else 0)
            if joined:
                k = i       # "حسبما أفاد المرصد": read as "حسب ما أفاد"
            if k + 1 < s_last and (doc.words[k] == "ما" or joined) and is_speech_verb(doc.words[k + 1]):
                k = _past_object(doc, k + 2, s_last)     # "بحسب ما قال المرصد", "بحسب ما أفاد به"
                if k + 1 < s_last and doc.words[k] == "عن":
                    k += 1      # "وفق ما نقل عن مصادر كردية"
            k = _statement_author(doc, k, s_last)
            a, b, _ = _speaker_after(doc, k, s_last, after_verb=False)
            if b > a and forms & SPEECH.in_line_with and speaker_kind(
                    doc.text[doc.tokens[a].start:doc.tokens[b - 1].end], g) == "person":
                continue    # "وفق أعلى معايير المهنية": according to standards, not to a source
            if b > a:
                out.append((a, b))
    return out


def _nominal(doc: Doc, s_first: int, s_last: int, g: Gazetteer) -> list[tuple[int, int, int]]:
    """Speakers with no verb: a source and a colon opening a line ("ناشطون: طائرات …"), and a
    speech noun before its speaker and أن ("إعلان وكالة سانا أن …"); (first, last, words start)."""
    out = []
    for k in range(s_first, min(s_first + 3, s_last - 1)):
        if ":" in _gap(doc, k + 1):
            phrase = doc.text[doc.tokens[s_first].start:doc.tokens[k].end]
            if not is_speech_verb(doc.words[k]) and speaker_kind(phrase, g) != "person":
                out.append((s_first, k + 1, k + 1))
            break
    for i in range(s_first, s_last - 2):
        if set(word_forms(doc.words[i])) & SPEECH.masdars:
            a, b, why = _speaker_after(doc, i + 1, s_last, after_verb=False)
            if b > a and why in _THAT:
                out.append((a, b, b + 1))
    return out


def find_quotes(doc: Doc, g: Gazetteer, meta: DocMeta, doc_sha: str = "") -> list[Quote]:
    """Every quoted or reported statement; link them with `link` once incidents exist.
    `doc_sha` (the text's sha256) makes the quote ids stable."""
    quotes: list[Quote] = []
    add = functools.partial(_add, quotes, doc, g, meta=meta, doc_sha=doc_sha)
    last_speaker: Optional[tuple[int, int]] = None
    for s in doc.sentences:
        found = False
        for i in range(s.first, s.last):
            if doc.words[i].startswith("ال") or not is_speech_verb(doc.words[i]):
                continue    # "التابع" is no "تابع" (he went on)
            if _only_by_outlets(doc.words[i]) and not _names_a_source(doc, i, s.last, g) and \
                    not _named_before(doc, s.first, i, g):
                continue    # "نشرت الدوريات عشرات الحواجز": deployed, not published
            if fold(doc.words[i]).lstrip("و") in SPEECH.carry_verbs and \
                    not ({"عن"} | _THAT) & set(doc.words[i + 1:i + 10]):
                continue    # "تم نقل المصاب إلى المشفى": carried, not reported
            if i >= s.first + 12 and not (doc.words[i].startswith("و") or "،" in _gap(doc, i)):
                continue    # deep inside a clause: a verb of the story, not of the reporter
            if i + 1 < s.last and ":" in _gap(doc, i + 1):
                a, b, why = i + 1, i + 1, "punct"      # "وأضاف: «…»": the last speaker goes on
            elif _named_before(doc, s.first, i, g):
                a, b, why = _subject_start(doc, s.first, i), i, "verb"   # "شبكة فرات بوست قالت إن …"
            else:
                a, b, why = _speaker_after(doc, _past_object(doc, i + 1, s.last), s.last)
            if b > a and doc.words[a] in _STATEMENTS and _statement_author(doc, a, s.last) > a:
                a, b, why = _speaker_after(doc, _statement_author(doc, a, s.last), s.last, after_verb=False)
                # "وذكر بيان لوزارة الدفاع أن …": the ministry speaks
            if set(word_forms(doc.words[i])) & SPEECH.describe_verbs or not set(word_forms(doc.words[i])) & _VERBS:
                b = next((k for k in range(a + 1, b) if doc.words[k].startswith("ب")), b)   # "وصفها ناشطون بالعنيفة"
            if why == "عن" and b + 1 < s.last and fold(doc.words[i]).lstrip("و") in SPEECH.carry_verbs:
                a, b, why = _speaker_after(doc, b + 1, s.last)
            if b > a:
                if not (why in _ACCEPT or (why.startswith("ل") and why != "length")):
                    continue
                last_speaker = (a, b)
            elif last_speaker and (why in ("ان", "انه", "punct", "بان") or b >= s.last - 1 or
                                   ":" in doc.text[doc.tokens[i].end:doc.tokens[i].end + 3]):
                a, b = last_speaker
            else:
                continue
            ts, te = _statement(doc, b if b > i + 1 else i + 1, s.last)
            add(a, b, ts, te)
            if why == "نقلا" and b + 1 < s.last and doc.words[b + 1] == "عن":
                a2, b2, _ = _speaker_after(doc, b + 2, s.last)
                if b2 > a2:
                    add(a2, b2, ts, te, suffix="via")
            found = True
            break
        for a, b in _attribution(doc, s.first, s.last, g):
            if found and any(q.speaker_span and q.speaker_span.start <= doc.tokens[a].start < q.speaker_span.end
                             for q in quotes):
                continue
            ts, te = doc.tokens[s.first].start, doc.tokens[s.last - 1].end
            add(a, b, ts, te, suffix=f"@{a}" if found else "")
            last_speaker = (a, b)
        for a, b, said in _nominal(doc, s.first, s.last, g):
            if any(q.speaker_span and q.speaker_span.start <= doc.tokens[a].start < q.speaker_span.end
                   for q in quotes):
                continue
            ts, te = _statement(doc, said, s.last)
            add(a, b, ts, te, suffix=f"@{a}")
            last_speaker = (a, b)
    return quotes


def link(quotes: list[Quote], incidents: list[Incident]) -> None:
    """Point each statement at the incident its words support."""
    for q in quotes:
        q.incident = _supported(q, incidents)


_COMMENTATORS = SPEECH.commentators


def commentary(quotes: list[Quote]) -> list[tuple[int, int]]:
    """Spans of what analysts and politicians said: opinion about events, not reports of them."""
    out = []
    for q in quotes:
        words = set(fold(q.speaker).split())
        if words & _COMMENTATORS or {f for w in words for f in word_forms(w)} & _COMMENTATORS:
            out.append((q.start, q.end))
    return out


def _add(quotes, doc: Doc, g: Gazetteer, a: int, b: int, ts: int, te: int, *, meta: DocMeta,
         doc_sha: str, suffix: str = "") -> None:
    b = _name_end(doc, g, a, b)     # "أعلنت وزارة الدفاع إرسال تعزيزات": the ministry, not its news
    ss, se = doc.tokens[a].start, doc.tokens[b - 1].end
    if doc.words[a].startswith("ل") and doc.words[a][1:2] in ("م", "ا", "و") and a > 0 and \
            doc.words[a - 1] in SPEECH.in_line_with | _STATEMENTS:
        ss += 1     # "وفقاً لمصادر", "بيان لوزارة": the speaker is مصادر, وزارة
    speaker = " ".join(doc.text[ss:se].translate(_NO_QUOTE_MARKS).split()).strip("'،:")
    if speaker.startswith("لل") and doc.words[a].startswith("لل"):
        speaker = "ال" + speaker[2:]     # "وفقاً للدفاع المدني": the speaker is الدفاع المدني
    if not speaker or te <= ts:
        return
    kind = speaker_kind(speaker, g)
    if fold(speaker) in _ANAPHORS:      # "وأضاف الموقع": the site named before
        earlier = next((q for q in reversed(quotes) if q.speaker_kind == kind and fold(q.speaker) not in _ANAPHORS),
                       None)
        speaker = earlier.speaker if earlier else speaker
    qid = "q-" + hashlib.sha1(f"{meta.doc}:{doc_sha}:{ts}{suffix}".encode()).hexdigest()[:10]
    quotes.append(Quote(speaker, kind, doc.text[ts:te], ts, te, None,
                        Span(ss, se, doc.text[ss:se]), qid, meta.doc))


def _name_end(doc: Doc, g: Gazetteer, a: int, b: int) -> int:
    """Where a speaker phrase that opens with a known name ends: the name and the adjectives
    that agree with it ("وزارة الدفاع السورية")."""
    match = next(iter(g.actor_names.find(doc.tokens[a:b])), None)
    if match is None or match.first != 0:
        return b
    end = a + match.last + 1
    while end < b and doc.words[end].startswith("ال") and doc.words[end].endswith(("ي", "يه", "يين")):
        end += 1
    return end


def _supported(q: Quote, incidents: list[Incident]) -> Optional[str]:
    """The incident whose evidence the statement overlaps, else the nearest within 300 chars."""
    best, best_d = None, 301
    for inc in incidents:
        for c in inc.citations:
            if c.start <= q.end and q.start <= c.end:
                return inc.id
            d = min(abs(c.start - q.end), abs(q.start - c.end))
            if d < best_d:
                best, best_d = inc.id, d
    return best
