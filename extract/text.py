"""A document prepared once for every rule: folded text, tokens, sentences.

Sentences are token ranges; page clutter after an end marker ("مقالات ذات
صلة", comments, footers) is cut off so related-article titles are not read
as events of this article.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Optional

from .lexicon import ACTOR_PREFIXES, END_MARKERS, MEANS
from .normalise import Token, fold_map, tokenize
from .segment_words import WORDS

_SENT_END = re.compile(r"[.!?؟\n]+")


def _alternatives(phrases: tuple[str, ...]) -> str:
    """A regex alternation of folded phrases, longest first, any run of spaces between words."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


def _new_doer_clause() -> str:
    """"…، واستهدفت طائرات روسية قرية البارة", "…، واندلعت اشتباكات بين …": a comma, و and a
    verb of an act with its own doer named after it (or a verb whose subject is the act) open
    a clause of another act; without a doer ("…، وقصف مواقع الفصائل") the doer before goes on.
    So does a source's participle with a force or weapon after أن ("…، مشيراً إلى أن طائرات
    روسية استهدفت …"; not a person: "مشيرا إلى أن القيادي تبادل إطلاق النار" goes on)."""
    doers = _alternatives(tuple(ACTOR_PREFIXES | MEANS) + WORDS.clause_doers)
    verbs = _alternatives(WORDS.clause_act_verbs)
    told = _alternatives(WORDS.reporting_participles)
    forces = _alternatives(tuple(MEANS) + WORDS.clause_doers)   # not a person ("أن القيادي تبادل …")
    return (rf"،\s*(?=و(?:{verbs})\s+(?:ال)?(?:{doers})(?:\s|،|$))"
            rf"|،\s*(?=و(?:{_alternatives(WORDS.clause_event_verbs + WORDS.resume_verbs)})\s)"
            rf"|،\s*(?=(?:{told})\s+(?:الي\s+|الى\s+)?ان\s+(?:ال)?(?:{forces})(?:\s|،|$))")


def _toll_of_its_own() -> str:
    """"وثق المرصد مقتل عنصرين برصاص قناصة الفصائل على محور كبانة، ومقتل طفل بقصف مدفعي على
    قرية الكندة": a comma, و and a casualty noun with a cause of its own after it (a means or an
    act after ب, في, جراء, إثر, before the next comma) tell another act; "…، وإصابة ثلاثة آخرين
    بجروح" or "بالقصف ذاته" is the toll of the act told."""
    heads = _alternatives(WORDS.coordinated_tolls)
    causes = _alternatives(WORDS.toll_causes)
    return rf"،\s*(?=و(?:{heads})\s[^،.\n]{{0,60}}?(?:\s|^)(?:{causes})\s)"


def _counted_act() -> str:
    """"مقتل شخصين في حادثتين منفصلتين، الأول برصاص مجهولين في المزيريب، والثاني بانفجار عبوة
    في جاسم": after a comma, an ordinal (segmentation.json enumerated_acts) with a cause of its
    own after it tells one of the acts just counted; "قتل ثلاثة، الأول طفل" describes a victim."""
    heads = _alternatives(WORDS.enumerated_acts)
    causes = _alternatives(WORDS.toll_causes)
    return rf"،\s*(?=و?(?:{heads})\s+(?:{causes})\s)"


# Clause connectives that start a new event inside one long sentence (round-ups:
# "…، كذلك قصفت …، بينما استهدفت …، في حين نفذ …"); the words are data (data/segmentation.json).
_CLAUSE = re.compile(rf"،\s*(?=(?:{_alternatives(WORDS.clause_openers)})\s)"
                     rf"|\s(?=(?:{_alternatives(WORDS.clause_openers_without_comma)})\s)"
                     rf"|{_new_doer_clause()}|{_toll_of_its_own()}|{_counted_act()}")
_RAW_END = re.compile(r"[.!?؟\n]")


@dataclass
class Sentence:
    index: int
    first: int           # token index, inclusive
    last: int            # token index, exclusive
    fstart: int          # folded offsets
    fend: int


@dataclass
class Doc:
    text: str
    folded: str
    index: list[int]
    tokens: list[Token]
    words: list[str]
    sentences: list[Sentence] = field(default_factory=list)
    body_end: int = 0    # folded offset where page clutter starts
    captions: list[tuple[int, int]] = field(default_factory=list)   # folded ranges of photo captions
    # tokens of place names of two words or more ("مطار الجراح"): their words tell no toll
    place_tokens: frozenset = frozenset()
    speaker_tokens: frozenset = frozenset()     # actor names read as a speaker's (mentions.find_actors)
    _raw_ends: Optional[list[int]] = field(default=None, repr=False, compare=False)   # sentence_span's cache

    def readable(self) -> str:
        """The folded body with its photo captions blanked (offsets kept): the text whose
        dates are the article's."""
        body = self.folded[:self.body_end]
        for a, b in self.captions:
            body = body[:a] + " " * (b - a) + body[b:]
        return body

    def span(self, fstart: int, fend: int) -> tuple[int, int]:
        """Original offsets of a folded range."""
        fend = max(fend, fstart + 1)
        return self.index[fstart], self.index[fend - 1] + 1

    def original(self, fstart: int, fend: int) -> str:
        s, e = self.span(fstart, fend)
        return self.text[s:e]

    def token_span(self, first: int, last: int) -> tuple[int, int]:
        """Original offsets from token first to token last (inclusive)."""
        return self.tokens[first].start, self.tokens[last].end

    def sentence_span(self, s: Sentence) -> tuple[int, int]:
        """Original offsets of a sentence, up to (not including) its closing punctuation.
        The stops are found once per text and bisected: asked for every sentence of a
        long paragraph without a stop, a search from each would be quadratic."""
        if self._raw_ends is None:
            self._raw_ends = [m.start() for m in _RAW_END.finditer(self.text)]
        start = self.tokens[s.first].start
        k = bisect_left(self._raw_ends, self.tokens[s.last - 1].end)
        end = self._raw_ends[k] if k < len(self._raw_ends) else len(self.text)
        while end > start and self.text[end - 1].isspace():     # str.rstrip without the copy
            end -= 1
        return start, end

    def sentence_of(self, token_index: int) -> Sentence:
        for s in self.sentences:
            if s.first <= token_index < s.last:
                return s
        return self.sentences[-1]


MAX_SENTENCE = 200    # tokens; the longest sentence of the shared corpora has 146


def caption_lines(lines: list[str]) -> set[int]:
    """Which of the folded lines are photo captions: a line the page opens with its camera icon,
    and the same words as a line of their own before it ("نزوح الأهالي من منطقة الأتارب - 11
    شباط 2020 (عنب بلدي)", then "camera icon" and the same caption). A caption shows a scene,
    not an act the article tells, and its date is the photo's, not the article's."""
    out: set[int] = set()
    seen: dict[str, int] = {}
    for k, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith(WORDS.caption_markers):
            out.add(k)
            shown = stripped
            for marker in WORDS.caption_markers:
                shown = shown[len(marker):].strip() if shown.startswith(marker) else shown
            if shown in seen:
                out.add(seen[shown])
        elif credited(stripped):
            out.add(k)
        elif stripped:
            seen[stripped] = k
    return out


_CREDIT = re.compile(r"\(([^()]{1,40})\)\s*$")


def credited(line: str) -> bool:
    """"معركة استعادة منبج بدأت في أيار 2016 (أ ف ب)": a short line without a full stop that
    ends with a photo's credit in brackets (segmentation.json photo_credits) is its caption."""
    m = _CREDIT.search(line)
    if not m or "." in line[:m.start()] or len(line.split()) > WORDS.caption_max_words:
        return False
    credit = m.group(1).lower()
    return any(credit == c or credit.startswith(c + " ") or credit.startswith(c + "/") or credit.startswith(c + "-")
               for c in WORDS.photo_credits)


def captions(folded: str, body_end: int) -> list[tuple[int, int]]:
    """The photo captions of the body, as folded line ranges (caption_lines)."""
    lines = folded[:body_end].split("\n")
    shown = caption_lines(lines)
    out, pos = [], 0
    for k, line in enumerate(lines):
        if k in shown:
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def prepare(text: str) -> Doc:
    folded, index = fold_map(text)
    body_end = len(folded)
    pos = 0
    for line in folded.split("\n"):
        stripped = line.strip()
        if stripped and any(stripped.startswith(m) for m in END_MARKERS) and pos > len(folded) * 0.3:
            body_end = pos
            break
        pos += len(line) + 1
    caps = captions(folded, body_end)
    tokens = [t for t in tokenize(text, folded, index) if t.fend <= body_end
              and not any(a <= t.fstart < b for a, b in caps)]
    doc = Doc(text, folded, index, tokens, [t.text for t in tokens], body_end=body_end, captions=caps)
    body = folded[:body_end]
    bounds = sorted({m.end() for m in _SENT_END.finditer(body)} | {m.end() for m in _CLAUSE.finditer(body)}
                    | {body_end})
    ti = 0
    for end in bounds:
        first = ti
        while ti < len(tokens) and tokens[ti].fend <= end:
            ti += 1
        # a paragraph with no stop is cut into windows: no real sentence is this long, and the
        # stages that pair words within a sentence stay linear in the text's length
        for a in range(first, ti, MAX_SENTENCE):
            b = min(ti, a + MAX_SENTENCE)
            doc.sentences.append(Sentence(len(doc.sentences), a, b, tokens[a].fstart, tokens[b - 1].fend))
    if not doc.sentences:
        doc.sentences.append(Sentence(0, 0, 0, 0, 0))
    return doc
