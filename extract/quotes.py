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
from .interjection import interjection_end
from .speaker_resolve import antecedent, before_recipient, claimant_end, name_end, named_before_object
from .statements import address_at, came_in_author, came_in_noun, sends_address, statement_author
from .speech_words import SPEECH
from .speaker_phrase import (dative_l, gap, is_speech_verb, named_as, on_platform, past_object, speaker_after, speaker_kind,
                             statement_span, subject_before, verb_stem)
from .text import Doc

def _clause_start(doc: Doc, first: int, i: int) -> int:
    """The first token of the clause token i stands in: after the last comma before it."""
    return next((k for k in range(i, first, -1) if any(ch in gap(doc, k) for ch in "،,")), first)


_NO_QUOTE_MARKS = str.maketrans("", "", "\"“”«»")    # 'شبكة "فرات بوست"' is شبكة فرات بوست
_OUTLET_VERBS = SPEECH.outlet_verbs


def _names_a_source(doc: Doc, i: int, end: int, g: Gazetteer) -> bool:
    """Publishing and documenting verbs count only with a source that publishes."""
    a, b, _ = speaker_after(doc, i + 1, end)
    return b > a and speaker_kind(doc.text[doc.tokens[a].start:doc.tokens[b - 1].end], g) != "person"




@functools.lru_cache(maxsize=1 << 16)
def _may_attribute(word: str) -> bool:
    """A word that can open an attribution ("بحسب", "وفق", "نقلا", "على لسان", "وجاء في"):
    _attribution reads only those; cached, asked of every token."""
    forms = set(word_forms(word))
    return bool(forms & (SPEECH.according_to_what | SPEECH.on_the_tongue | SPEECH.came_in | SPEECH.according_to
                         | SPEECH.in_line_with)) or "نقلا" in forms


def _attribution(doc: Doc, s_first: int, s_last: int, g: Gazetteer) -> list[tuple[int, int]]:
    out = []
    for i in range(s_first, s_last):
        w = doc.words[i]
        if not _may_attribute(w):
            continue
        nxt = doc.words[i + 1] if i + 1 < s_last else ""
        forms = set(word_forms(w))
        joined = bool(forms & SPEECH.according_to_what) and i + 1 < s_last and is_speech_verb(nxt)
        tongue = _tongue(doc, i + 1, s_last) if forms & SPEECH.on_the_tongue else 0
        if forms & SPEECH.came_in and came_in_noun(doc, i, s_last) is not None:
            a, b, _ = speaker_after(doc, came_in_author(doc, came_in_noun(doc, i, s_last), s_last, g), s_last,
                                    after_verb=False)
            if b > a:
                out.append((a, b))
            continue
        if forms & SPEECH.according_to or (forms & SPEECH.in_line_with and i + 1 < s_last) or \
                ("نقلا" in forms and nxt == "عن") or joined or tongue:
            k = i + 1 + (tongue or (1 if nxt in ("عن", "ل", "الي") else 0))   # "استناداً إلى مصادر"
            if joined:
                k = i       # "حسبما أفاد المرصد": read as "حسب ما أفاد"
            # "بحسب ما قال المرصد", "وفقاً لما أفاد به المرصد"
            if k + 1 < s_last and (doc.words[k] in SPEECH.what or joined) and _relative_verb(doc.words[k + 1]):
                k = past_object(doc, k + 2, s_last)     # "بحسب ما قال المرصد", "بحسب ما أفاد به"
                if k + 1 < s_last and doc.words[k] == "عن":
                    k += 1      # "وفق ما نقل عن مصادر كردية"
                elif k + 1 < s_last and dative_l(doc, k):
                    k = _after_dative(doc, k, s_last, (k, k, ""))[0]    # "بحسب ما قاله لعنب بلدي القيادي"
            k = statement_author(doc, k, s_last, g)
            a, b, _ = speaker_after(doc, k, s_last, after_verb=False)
            if b > a and forms & SPEECH.in_line_with and speaker_kind(
                    doc.text[doc.tokens[a].start:doc.tokens[b - 1].end], g) == "person":
                continue    # "وفق أعلى معايير المهنية": according to standards, not to a source
            if b > a:
                out.append((a, b))
    return out






def _tongue(doc: Doc, j: int, end: int) -> int:
    """How many words after على name whose words follow ("على لسان", "على حد قول", "على ذمة"):
    the longest phrase of speech.json tongue that stands at j with a word after it; 0 if none."""
    for phrase in SPEECH.tongue_phrases:
        n = len(phrase)
        if j + n < end and tuple(doc.words[j:j + n]) == phrase:
            return n
    return 0


def _relative_verb(word: str) -> bool:
    """A verb of saying after ما, perhaps with the pronoun of what was said: "ما قاله", "ما أفاده"."""
    return is_speech_verb(word) or (word.endswith("ه") and len(word) > 3 and is_speech_verb(word[:-1]))


def _nominal(doc: Doc, s_first: int, s_last: int, g: Gazetteer) -> list[tuple[int, int, int]]:
    """Speakers with no verb: a source and a colon opening a line ("ناشطون: طائرات …"), and a
    speech noun before its speaker and أن ("إعلان وكالة سانا أن …"); (first, last, words start)."""
    out = []
    # a source told to an outlet runs longer before its colon ("مصادر لـ"عنب بلدي": …")
    told = s_first < s_last and speaker_kind(doc.words[s_first]) in ("anonymous", "social_media", "correspondent")
    for k in range(s_first, min(s_first + (5 if told else 3), s_last - 1)):
        if ":" in gap(doc, k + 1):
            phrase = doc.text[doc.tokens[s_first].start:doc.tokens[k].end]
            if not is_speech_verb(doc.words[k]) and speaker_kind(phrase, g) != "person" and \
                    fold(phrase) not in SPEECH.bylines:     # "المصدر: المدن" credits an outlet, none speaks
                to = next((j for j in range(s_first + 1, k + 1) if doc.words[j].startswith("لل")
                           or dative_l(doc, j)), k + 1) if told \
                    else k + 1      # "مصادر لـ"الحدث"": the source, not whom it told
                out.append((s_first, to, k + 1))
            break
    k = s_first + (1 if s_first < s_last and SPEECH.occasion_preps & set(word_forms(doc.words[s_first])) else 0)
    j = statement_author(doc, k, s_last, g) if k < s_last else k
    if j > k and dative_l(doc, j):      # "وفي حصيلة جديدة للمرصد السوري، ارتفع …": the statement's author
        a, b, why = speaker_after(doc, j, s_last, after_verb=False)
        if b > a and (why == "punct" or why in SPEECH.that):    # "في تقرير لرويترز قتل …" runs on: none
            out.append((a, b, s_first))
    for i in range(s_first, s_last - 2):
        if set(word_forms(doc.words[i])) & SPEECH.masdars:
            a, b, why = speaker_after(doc, i + 1, s_last, after_verb=False)
            if b > a and why in SPEECH.that:
                out.append((a, b, b + 1))
    return out


@functools.lru_cache(maxsize=1 << 16)
def _speech_of(word: str) -> tuple[bool, Optional[str]]:
    """(a verb of learning "علمت", the speech verb it is): _by_verb asks both of every token."""
    return not SPEECH.learn_verbs.isdisjoint(word_forms(word)), verb_stem(word)


def _by_verb(doc: Doc, s, g: Gazetteer, last_speaker: Optional[tuple[int, int]]
             ) -> list[tuple[int, int, int, int, str]]:
    """The speech verbs of a sentence with their speakers (the first may be the last speaker, going
    on; a later one opens its own clause and names its speaker: "وقال X إن …، فيما أكد Y أن …"):
    [(speaker first, last, said start, said end, id suffix)]; a carrier and its source both speak."""
    found: list[tuple[int, int, int, int, str]] = []
    after = s.first
    for i in range(s.first, s.last):
        w = doc.words[i]
        if w.startswith("ال") or i < after:
            continue    # "التابع" is no "تابع" (he went on)
        learns, stem = _speech_of(w)
        subject = _subject(doc, s.first, i, g, bool(found)) if stem is not None else None
        if found and subject is None and not (w.startswith("و") or "،" in gap(doc, i)
                                              or doc.words[i - 1] in SPEECH.clause_openers):
            continue    # a later verb inside the first one's words
        if learns:
            learned = _learned(doc, i, s.last, g)
            if learned:
                return found + learned
            continue
        if stem is None or (i > s.first and set(word_forms(doc.words[i - 1])) & SPEECH.negations):
            continue    # "لم تعلن أي جهة مسؤوليتها": nothing was said
        if named_as(doc, i):
            continue    # "شخص يدعى منصور": is called, not claims (يدّعي)
        if stem in SPEECH.claim_verbs and not (i == s.first or "،" in gap(doc, i) or
                                               doc.words[i - 1] in SPEECH.clause_openers):
            continue    # "طوقت الدوريات المدرسة وطالبت عناصر الحرس بإخلائها": the subject came before
        if stem in _OUTLET_VERBS and not _names_a_source(doc, i, s.last, g) and subject is None:
            continue    # "نشرت الدوريات عشرات الحواجز": deployed, not published
        if stem in SPEECH.address_verbs and not sends_address(doc, i, s.last):
            continue    # "وجهت الطائرات ضربات": directed, no message sent
        if stem in SPEECH.carry_verbs and not ({"عن"} | SPEECH.that) & set(doc.words[i + 1:i + 10]):
            continue    # "تم نقل المصاب إلى المشفى": carried, not reported
        if i >= s.first + 12 and subject is None and not (w.startswith("و") or "،" in gap(doc, i)
                                                          or doc.words[i - 1] in SPEECH.clause_openers
                                                          or set(word_forms(doc.words[i - 1])) & SPEECH.statements):
            continue    # deep inside a clause: a verb of the story, not of the reporter ("في حصيلة أعلنها" is)
        if i + 1 < s.last and ":" in gap(doc, i + 1):
            a, b, why = i + 1, i + 1, "punct"      # "وأضاف: «…»": the last speaker goes on
        elif subject is not None:
            (a, b), why = subject, "verb"   # "شبكة فرات بوست قالت إن …"
        else:
            # "وقال مساء أمس مصدر عسكري", "ذكرت في بيان لها وكالة سانا": past the time or occasion
            a, b, why = speaker_after(doc, interjection_end(doc, past_object(doc, i + 1, s.last), s.last), s.last)
            if why == "ل" and b == a:
                a, b, why = _after_dative(doc, a, s.last, (a, b, why))
            if stem in SPEECH.bi_object_verbs and b > a and doc.words[a].startswith("ب"):
                b, why = a, "ب"     # "لافتات تندد بعمليات السرقة": what it denounces, no speaker
            if stem in SPEECH.tell_verbs and b > a:
                b = before_recipient(doc, a, b)    # "وأبلغ مصدر عسكري فرانس برس أن": whom it told
        if b > a and doc.words[a] in SPEECH.statements and statement_author(doc, a, s.last, g) > a:
            a, b, why = speaker_after(doc, statement_author(doc, a, s.last, g), s.last, after_verb=False)
            # "وذكر بيان لوزارة الدفاع أن …": the ministry speaks
        if stem in SPEECH.describe_verbs or stem in SPEECH.claim_verbs or not set(word_forms(w)) & SPEECH.verbs:
            # "وصفها ناشطون بالعنيفة", "وطالب الأهالي بالإفراج": the speaker ends at what it says of it
            b = next((k for k in range(a + 1, b) if doc.words[k].startswith("ب") and doc.words[k] != "باسم"), b)
        if stem in SPEECH.claim_verbs:
            cut = claimant_end(doc, g, a, b)
            if stem in SPEECH.accuse_verbs and a < cut == b < s.last and doc.words[b].startswith("ب") and \
                    speaker_kind(doc.text[doc.tokens[a].start:doc.tokens[b - 1].end], g) == "person":
                continue    # "واتهمت جهات مرتبطة بالحكومة بالمسؤولية": the accused straight before the charge
            b = cut
        if stem in SPEECH.address_verbs and b > a:
            b = address_at(doc, a + 1, b) or b     # "ووجه ناشطون نداء استغاثة": the activists
        carrier = None
        about = next((k for k in range(b, min(b + 8, s.last - 1)) if doc.words[k] == "عن"), None)
        if about is not None and stem in SPEECH.carry_verbs:
            carrier = (a, b) if b > a else None    # "نقلت الوكالة، اليوم، عن مصدر": the agency and its source
            a, b, why = speaker_after(doc, about + 1, s.last)
        if b > a and why == "length" and named_before_object(doc, g, a, b) > a:
            b = named_before_object(doc, g, a, b)   # "وأعلنت قبيلة العكيدات النفير العام": the tribe
        if b > a:
            if not (why in SPEECH.accept or (why.startswith("ل") and why != "length") or on_platform(doc, b, why)
                    or interjection_end(doc, b, s.last) > b):
                b = named_before_object(doc, g, a, b)
                if b == a:
                    continue    # "وقال الوزير خلال زيارته إلى موسكو إن": an occasion after the speaker
        elif found:
            continue    # "وأضاف أن" after a quote in the same sentence: the same speaker goes on
        elif last_speaker and stem not in SPEECH.impersonal and (
                why in ("ان", "انه", "punct", "بان", "object") or b >= s.last - 1 or
                (why == "الي" and b + 1 < s.last and doc.words[b + 1] in SPEECH.that) or   # "وأشار إلى أن"
                (why == "ل" and SPEECH.that & set(doc.words[b:b + 5])) or
                ":" in doc.text[doc.tokens[i].end:doc.tokens[i].end + 3]):
            a, b = last_speaker
        else:
            continue
        ts, te = statement_span(doc, b if b > i + 1 else i + 1, s.last)
        if te <= ts and i > s.first:     # "قتل ثلاثة … كما أفاد المرصد.": what was said came before
            ts, te = doc.tokens[s.first].start, doc.tokens[i - 1].end
        tag = f"@{a}" if found else ""
        found.append((a, b, ts, te, tag))
        if carrier:
            found.append((carrier[0], carrier[1], ts, te, "by" + tag))
        if why == "نقلا" and b + 1 < s.last and doc.words[b + 1] == "عن":
            a2, b2, _ = speaker_after(doc, b + 2, s.last)
            if b2 > a2:
                found.append((a2, b2, ts, te, "via" + tag))
        after = max(b, i + 1)
    return found






def _subject(doc: Doc, first: int, i: int, g: Gazetteer, later: bool) -> Optional[tuple[int, int]]:
    """The speaker named before verb i: opening the verb's clause after a comma ("…، وكانت
    وسائل إعلام رسمية قالت إن"), or, for the sentence's first verb, opening the sentence."""
    c = _clause_start(doc, first, i)
    subject = subject_before(doc, c, i, g) if c > first else None
    return subject if subject is not None or later else subject_before(doc, first, i, g)


def _after_dative(doc: Doc, k: int, end: int, none: tuple[int, int, str]) -> tuple[int, int, str]:
    """"وقال لـ"عنب بلدي" مصدر أمني إن …": whom it was told first, then a source; else `none`."""
    for j in range(k + 1, min(k + 5, end)):
        if doc.words[j] in SPEECH.that:
            break       # "وأضافت لعنب بلدي إن الأهالي …": what was said starts; no source named here
        if speaker_kind(doc.words[j]) in ("anonymous", "social_media", "correspondent") or \
                set(word_forms(doc.words[j])) & SPEECH.source_heads:
            return speaker_after(doc, j, end, after_verb=False)     # "… لعنب بلدي أحد أعضاء اللجنة إن"
    told = _told_end(doc, k, end)
    if told is None:
        return none     # "وأضافت لموقع الحدث إن": where the outlet's name ends is not known
    a, b, why = speaker_after(doc, interjection_end(doc, told, end), end, after_verb=False)
    if b > a and (why in SPEECH.that or why == "punct" and b < end and doc.words[b] in SPEECH.asides) and \
            speaker_kind(" ".join(doc.words[a:b])) == "person":
        return a, b, why    # "وقال لعنب بلدي محمد الأحمد، وهو من سكان البلدة، إن": a name, then what was said
    return none


def _told_end(doc: Doc, k: int, end: int) -> Optional[int]:
    """Past the outlet told at k ("لعنب بلدي", "لـ"نورث برس"", "لتلفزيون سوريا"): its quoted name,
    a name of two words (speech.json outlet_names), else the one word; None after a head noun
    whose name runs on unquoted ("لموقع الحدث")."""
    if doc.words[k] == "ل" and k + 1 < end and any(ch in gap(doc, k + 1) for ch in "\"“«"):
        close = next((j for j in range(k + 2, min(k + 6, end)) if any(ch in gap(doc, j) for ch in "\"”»")), None)
        return close if close is not None else k + 2
    name = (doc.words[k][1:] if doc.words[k] != "ل" else doc.words[k + 1] if k + 1 < end else "")
    at = k if doc.words[k] != "ل" else k + 1
    if at + 1 < end and f"{name} {doc.words[at + 1]}" in SPEECH.outlet_names:
        return at + 2
    return None if name in SPEECH.outlet_heads else at + 1


def _learned(doc: Doc, i: int, end: int, g: Gazetteer) -> list[tuple[int, int, int, int, str]]:
    """"علمت عنب بلدي من مصادر خاصة أن …": the outlet that learned and the source it names; with
    no source named, the outlet alone."""
    a, b, why = speaker_after(doc, i + 1, end, after_verb=False)
    if b > a and why in SPEECH.that and speaker_kind(doc.text[doc.tokens[a].start:doc.tokens[b - 1].end], g) != "person":
        ts, te = statement_span(doc, b, end)
        return [(a, b, ts, te, "")]     # "وعلم المرصد السوري أن …": the outlet that learned says it
    if not (b > a and why == "من" and b + 1 < end):
        return []
    a2, b2, why2 = speaker_after(doc, b + 1, end, after_verb=False)
    if not (b2 > a2 and why2 in SPEECH.that) or speaker_kind(doc.text[doc.tokens[a2].start:doc.tokens[b2 - 1].end], g) == "person":
        return []
    ts, te = statement_span(doc, b2, end)
    return [(a2, b2, ts, te, ""), (a, b, ts, te, "by")]


def find_quotes(doc: Doc, g: Gazetteer, meta: DocMeta, doc_sha: str = "") -> list[Quote]:
    """Every quoted or reported statement; link them with `link` once incidents exist.
    `doc_sha` (the text's sha256) makes the quote ids stable."""
    quotes: list[Quote] = []
    add = functools.partial(_add, quotes, doc, g, meta=meta, doc_sha=doc_sha)
    last_speaker: Optional[tuple[int, int]] = None
    for s in doc.sentences:
        said = _by_verb(doc, s, g, last_speaker)
        for a, b, ts, te, suffix in said:
            add(a, b, ts, te, suffix=suffix)
            last_speaker = (a, b) if suffix in ("", f"@{a}") else last_speaker
        found = bool(said)
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
            ts, te = statement_span(doc, said, s.last)
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
    b = name_end(doc, g, a, b)     # "أعلنت وزارة الدفاع إرسال تعزيزات": the ministry, not its news
    ss, se = doc.tokens[a].start, doc.tokens[b - 1].end
    if a > 0 and not doc.words[a].startswith("لل") and dative_l(doc, a) and \
            set(word_forms(doc.words[a - 1])) & (SPEECH.in_line_with | SPEECH.statements | SPEECH.occasions):
        ss += 1     # "وفقاً لمصادر", "بيان لوزارة": the speaker is مصادر, وزارة; "بيان لواء المعتصم" is the brigade's
    speaker = " ".join(doc.text[ss:se].translate(_NO_QUOTE_MARKS).split()).strip("'،:")
    if speaker.count("(") > speaker.count(")"):
        speaker += ")"      # "وكالة الأنباء السورية (سانا)": the name's last token ends before its bracket
    if speaker.startswith("لل") and doc.words[a].startswith("لل"):
        speaker = "ال" + speaker[2:]     # "وفقاً للدفاع المدني": the speaker is الدفاع المدني
    if not speaker or te <= ts:
        return
    if set(word_forms(fold(speaker).split()[0])) & SPEECH.not_speakers:
        return      # "وبحسب المعلومات", "وتظهر الصور": what is known, not who said it
    kind = speaker_kind(speaker, g)
    speaker = antecedent(quotes, speaker, kind)
    qid = "q-" + hashlib.sha1(f"{meta.doc}:{doc_sha}:{ts}{suffix}".encode()).hexdigest()[:10]
    quotes.append(Quote(speaker, kind, doc.text[ts:te], ts, te, None,
                        Span(ss, se, doc.text[ss:se]), qid, meta.doc))


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
