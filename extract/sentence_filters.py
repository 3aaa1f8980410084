"""Which sentences with an act word tell no act of their own.

A sentence with a trigger becomes a candidate only if it passes every test of
`NO_ACT_OF_ITS_OWN`, applied in order in one place (`rejected`), instead of a
`continue` per wording inside the sentence loop. Each test reads a `SentenceView`,
whose parts (main triggers, the strongest act, its toll) are computed once, when a
test or the frame builder first asks for them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Callable, Optional

from . import lexicon
from .casualties import find_counts
from .clauses import (QUESTION, STATUS_KINDS, denied, in_later_clause, irrealis_hits, irrealis_word,
                      only_named, protested_against, released, sentence_text, sets_terms, statistic, subordinate,
                      told_abroad)
from .normalise import word_forms
from .segment_words import WORDS
from .text import Doc
from .told import ongoing, set_aside

PROTEST_KINDS = frozenset({"protest", "protest_force"})   # the trigger kinds of a protest


def act_weight(kind: str) -> int:
    """How strongly a trigger kind names the act (the strongest decides the sentence's kind)."""
    return lexicon.SUB[kind][2]


@dataclass
class SentenceView:
    """One sentence with act words, as the filters and the frame builder read it."""
    doc: Doc
    s: object                       # the text.Sentence
    triggers: list                  # its act words (not the 'none' ones)
    lead: tuple                     # the sentence before without an act: actors, places, sentence, toll reader
    opinion: list = field(default_factory=list)     # spans of commentary quotes

    @cached_property
    def text(self) -> str:
        return sentence_text(self.doc, self.s.first, self.s.last)

    @cached_property
    def free(self) -> list:
        """The act words outside time and relative clauses, and outside a later clause that a
        conjunction opens after the first of them ("قتل شاب أمس …، بعد أن كان قد نجا من محاولة
        اغتيال في 3 كانون الثاني": the attempt is the victim's past, not the act)."""
        free = [t for t in self.triggers if not subordinate(self.doc, t.first)]
        return [t for t in free if not (t.first > free[0].first and in_later_clause(self.doc, free[0].first, t.first))]

    @property
    def earlier(self) -> bool:
        """Every act is in a time clause: "أفرجت العصابة عن الطفل بعد اختطافه"."""
        return not self.free

    @cached_property
    def main(self) -> list:
        """The act words the sentence is about; a grievance a protest names is none of them
        ("طالب المتظاهرون بوقف عمليات الاختطاف")."""
        main = self.free or self.triggers
        if self.irrealis_from is not None:
            main = [t for t in main if t.first < self.irrealis_from]
        if any(k in PROTEST_KINDS for t in main for k in t.ids):
            main = [t for t in main if set(t.ids) & PROTEST_KINDS or not protested_against(self.doc, t.first)]
        return main

    @cached_property
    def irrealis_from(self) -> Optional[int]:
        """Where the plan begins when every irrealis word of the sentence is the intent of people
        an act told before it names ("اعتقلت الوزارة خلية كانت تخطط لتنفيذ تفجيرات"): that act is
        told, the acts from there on are the plan. None when there is no such word, another
        irrealis word, a denial or terms, or no act before it."""
        hits = irrealis_hits(self.doc, self.s)
        if not hits or not all(intent for _, intent in hits) or sets_terms(self.doc, self.s) \
                or denied(self.doc, self.s):
            return None
        start = min(i for i, _ in hits)
        acts = self.free or self.triggers
        return start if acts and min(t.first for t in acts) < start else None

    @cached_property
    def best(self):
        """The strongest act word of the main ones."""
        return max(self.main, key=lambda t: max(act_weight(k) for k in t.ids))

    @cached_property
    def counts(self) -> list:
        """The sentence's tolls, or the lead sentence's when it has none of its own."""
        counts = find_counts(self.doc, self.s.first, self.s.last)
        lead = self.lead
        if not counts and lead[2] is not None and lead[2].index == self.s.index - 1:
            counts = lead[3]()
        return counts

    @cached_property
    def stated(self) -> list:
        """Tolls that name a victim ("دون تسجيل ضحايا" names none)."""
        return [c for c in self.counts if not c.negated]


def _question(v: SentenceView) -> bool:
    return v.text.split(" ", 1)[0] in QUESTION


def _status_only(v: SentenceView) -> bool:
    """"رفض إجراء التسوية", "عقب التسوية": a person's history, not an agreement today; one
    between two parties named ("بعد اتفاقية تبادل للأسرى بين الجيش الحر والجيش النظامي") is a
    deal they made (segmentation.json deal_between)."""
    return not v.free and all(k in STATUS_KINDS for t in v.triggers for k in t.ids) and not any(
        WORDS.deal_between & set(v.doc.words[t.last + 1:t.last + 1 + WORDS.deal_between_window])
        for t in v.triggers if "agreement" in t.ids)


def _talks_only(v: SentenceView) -> bool:
    """"عقد وفد اجتماعاً مع الوجهاء لبحث تسوية أوضاع المطلوبين، ولم يتوصل الطرفان إلى اتفاق":
    every act word is a deal that is sought, discussed or not reached (segmentation.json
    talks_marks before it): talks, not an agreement."""
    return all(t.ids == ["agreement"] and _sought(v.doc.words, t.first) for t in v.triggers)


def _sought(words: list[str], i: int) -> bool:
    """A talks mark (its first word with a particle or preposition attached: "ولم", "لبحث")
    ends at most talks_window words before word i."""
    for end in range(max(0, i - WORDS.talks_window), i + 1):
        for m in WORDS.talks_marks:
            start = end - len(m)
            if start >= 0 and m[0] in word_forms(words[start]) and tuple(words[start + 1:end]) == m[1:]:
                return True
    return False


def _not_done(v: SentenceView) -> bool:
    """"حلقت طائرات روسية في سماء ريف إدلب دون تسجيل غارات": every act word follows
    'without' (segmentation.json act_negators, negated_act_fillers between): none happened."""
    return all(_negated(v.doc.words, t.first) for t in v.triggers)


def _negated(words: list[str], i: int) -> bool:
    k = i - 1
    while k >= 0 and i - k <= 2 and not WORDS.negated_act_fillers.isdisjoint(word_forms(words[k])):
        k -= 1
    return k >= 0 and not WORDS.act_negators.isdisjoint(word_forms(words[k]))


def _accused_only(v: SentenceView) -> bool:
    """"اتهمت وزارة الخارجية التحالف الدولي بقصف قرى في ريف دير الزور": every act is the object
    of an accusation (segmentation.json accusations), told by its noun with "ب" and no article,
    and no one is stated hurt: a claim, not an act told. "بالوقوف وراء القصف" blames the act told."""
    words = v.doc.words
    return not v.stated and all(
        words[t.first].startswith("ب") and not words[t.first].startswith("بال")
        and any(not WORDS.accusations.isdisjoint(word_forms(w))
                for w in words[max(v.s.first, t.first - WORDS.accusation_window):t.first])
        for t in v.main)


def _contents_only(v: SentenceView) -> bool:
    """"وأوضح أن مستودعي الأسلحة يحتويان على ذخائر وقذائف متنوعة": every act word is a means a
    verb of containing governs (segmentation.json contents_verbs): what a store holds, no act."""
    words = v.doc.words
    return all(any(not WORDS.contents_verbs.isdisjoint(word_forms(w))
                   for w in words[max(v.s.first, t.first - WORDS.contents_window):t.first])
               for t in v.triggers)


def _tally(v: SentenceView) -> bool:
    """"شهدت المحافظة أكثر من 150 عملية اغتيال": a tally, not an incident."""
    return all(statistic(v.doc, t.first) for t in (v.free or v.triggers))


def _only_named(v: SentenceView) -> bool:
    """"وتعمل الفرق على إزالة مخلفات القصف": the act is only mentioned."""
    return all(only_named(v.doc, t.first) for t in v.triggers) and not released(v.doc, v.s)


def _in_opinion(v: SentenceView) -> bool:
    start = v.doc.tokens[v.best.first].start
    return any(a <= start < b for a, b in v.opinion)


def _set_aside(v: SentenceView) -> bool:
    """"واستنفرت الميليشيات عقب القصف", "وعادة ما يتسبب القصف بضحايا": no act of its own."""
    return set_aside(v.doc, v.s, v.earlier and not released(v.doc, v.s), v.triggers, v.stated)


_PADDED: list = [None, ()]        # (the list padded, its words with a space each side)


def _padded_irrealis() -> tuple[str, ...]:
    """lexicon.IRREALIS with a space each side, made once per list (it is replaced, never
    changed in place), not 68 strings per sentence."""
    if _PADDED[0] is not lexicon.IRREALIS:
        _PADDED[:] = [lexicon.IRREALIS, tuple(f" {w} " for w in lexicon.IRREALIS)]
    return _PADDED[1]


def _irrealis(v: SentenceView) -> bool:
    """Threats, rumours, plans and habits without a toll."""
    padded = f" {v.text} "
    return (any(w in padded for w in _padded_irrealis()) or irrealis_word(v.doc, v.s)) and not v.counts \
        and v.irrealis_from is None and not _condemned_act(v)


def _condemned_act(v: SentenceView) -> bool:
    """"نددت قسد بقصف مدفعي طال أحياء سكنية في دير حافر": a condemnation of an act told by its
    indefinite noun a few words after it (segmentation.json condemnations, condemnation_window)
    tells that act; "ندد بالقصف" names one told before, and a call or a threat is still none."""
    hits = irrealis_hits(v.doc, v.s)
    words = v.doc.words

    def condemned(i: int) -> bool:
        act = next((t.first for t in v.main if 0 < t.first - i <= WORDS.condemnation_window), None)
        return act is not None and bool(set(word_forms(words[i])) & WORDS.condemnations) \
            and words[act].startswith("ب") and not words[act].startswith("بال")
    return bool(hits) and all(condemned(i) for i, _ in hits) and not sets_terms(v.doc, v.s) \
        and not denied(v.doc, v.s)


NO_ACT_OF_ITS_OWN: tuple[tuple[str, Callable[[SentenceView], bool]], ...] = (
    ("question", _question),
    ("abroad", lambda v: told_abroad(v.doc, v.s, v.best.first)),
    ("status", _status_only),
    ("tally", _tally),
    ("contents", _contents_only),
    ("accused", _accused_only),
    ("not done", _not_done),
    ("talks", _talks_only),
    ("only named", _only_named),
    ("opinion", _in_opinion),
    ("set aside", _set_aside),
    ("ongoing", lambda v: ongoing(v.doc, v.s, v.main)),
    ("irrealis", _irrealis),
)


def rejected(v: SentenceView) -> Optional[str]:
    """The name of the first test the sentence fails, or None when it tells an act."""
    return next((name for name, test in NO_ACT_OF_ITS_OWN if test(v)), None)
