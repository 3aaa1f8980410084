"""The frames stage: one sentence that tells an act becomes one candidate frame.

A frame is the act's kind, its parties on their sides, its toll, its date and whether
it is news or a recollection. The sentence has already passed the filters of
`sentence_filters`; each part below is read by its own function, in the order the
later parts need them.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .clauses import (DISTANT, LONG_SINCE, STATUS_KINDS, anaphoric, between_them, comes_after, consequence,
                      former_holder, hours_later, in_later_clause, protested_against, recalls, released, trigger_clause, unattributed)
from .saying import act_dates
from .dates import DateExpr, recalled
from .event_types import table as type_table
from .gazetteer import Gazetteer
from . import lexicon
from .lexicon import BACKGROUND
from .mentions import has_article
from .normalise import word_forms
from .places import specificity
from .parties import (VICTIM_ONLY_KINDS, armed_fight, charged_with, is_parent_of, named_by_toll_or_claim, own_claim,
                      own_losses)
from .segment import VICTIM_KINDS, Candidate
from .segment_words import WORDS as SEGMENT_WORDS
from .sentence_filters import PROTEST_KINDS, SentenceView, act_weight
from .sides import Hit, assign, mediates
from .told import (CLAUSE_PUNCT, another_act, marked_earlier, names_earlier_day, pointed_at, refers_back, responds,
                   resumes, some_of_them, steps_back)

_FINER = {"day": 0, "week": 1, "month": 2, "year": 3}
_FORCE_ON_PROTEST = {"killing", "attack", "clash", "arrests", "shooting"}
ACTOR_REACH = (14, 16)   # tokens before / after the trigger that can name its actors


@dataclass
class DocView:
    """What every frame of one document reads: the text, the gazetteer, the quotes' speakers,
    the headline sentences and the article's own date."""
    doc: object
    g: Gazetteer
    speakers: list
    heads: set
    report: Optional[str]


def lead_first(hits: list[Hit]) -> int:
    """Where the borrowed sentence's actors begin (sides are read from there); 0 when the
    filters left none (a lead of victims only), which crashed the document before."""
    return max(0, min((h.mention_first for h in hits), default=0) - 8)


def act_kind(v: SentenceView, out: list) -> tuple[str, bool]:
    """The act's kind, refined by its means and by a protest met with force, and whether the
    sentence goes on telling the act before it ("كما أصيب خمسة … حيث تم استهداف نقاطهم")."""
    doc, s, best = v.doc, v.s, v.best
    table = type_table()
    kind = max(best.ids, key=act_weight)
    means = table.act_kind(doc.tokens[s.first:s.last], kind)   # "استهدف … بعبوتين": an IED
    told = [c.kind for c, _ in out if c.kind in table.means_acts]
    # a means after a remote act already told is that act's (the drone's missiles), unless it
    # names the act itself ("انفجاراً هز المنطقة واستهدف سيارة" after the IED: one sub-event)
    if not told or lexicon.SUB[means][1] == lexicon.SUB[told[-1]][1]:
        kind = means
    kind = _new_act_beside(v, out, kind)
    kinds = {k for t in v.triggers for k in t.ids}
    if kind == "overtake" and "clash" not in kinds:
        kind = "transfer"
    main_kinds = {k for t in v.main for k in t.ids}
    force = {k for t in v.main if not protested_against(doc, t.first) for k in t.ids
             if not (k == "arrests" and "حمله" in {f for w in doc.words[max(0, t.first - 1):t.first + 1]
                                                  for f in word_forms(w)})}   # a campaign, not an intervention
    if main_kinds & PROTEST_KINDS and force & _FORCE_ON_PROTEST:
        kind = "protest_force"     # "أصيب متظاهرون برصاص الأمن خلال مظاهرة": force used on a protest
    told = table.means_goes_on(doc.tokens[s.first:s.last], kinds, kind, out[-1][0].kind) \
        if v.stated and out else kind
    return told, told != kind or some_of_them(doc, best.first)


def _names_last_act(v: SentenceView, out: list, kind: str) -> bool:
    """The sentence's act word is a definite noun of the type of the act just told ("القصف")."""
    return bool(out) and lexicon.SUB[out[-1][0].kind][0] == lexicon.SUB[kind][0] and has_article(v.doc.words[v.best.first])


def _new_act_beside(v: SentenceView, out: list, kind: str) -> str:
    """"وأشار إلى أن القصف جاء وسط اشتباكات عنيفة اندلعت ليلاً بين القوات التركية والمقاتلين
    الكورد": the strongest act word is the definite noun of the act just told (its type), and the
    sentence tells another act by an indefinite word after a word of "amid" (segmentation.json
    amid): that one is the sentence's act."""
    doc, best = v.doc, v.best
    if not _names_last_act(v, out, kind):
        return kind
    others = [k for t in v.main if t.first > best.first and not has_article(doc.words[t.first])
              and set(doc.words[max(best.first, t.first - 2):t.first]) & SEGMENT_WORDS.amid
              for k in t.ids if lexicon.SUB[k][0] != lexicon.SUB[kind][0]]
    return max(others, key=act_weight) if others else kind


def hits_more(v: SentenceView, out: list, kind: str, hits: list[Hit], g) -> bool:
    """"كما طال القصف عشرات المنازل …، وسقطت ثلاثة قذائف على مسجد قرية أم عدسة": the act just
    told, named by its definite noun with no doer of its own (only its victims), hitting one more
    target or place: its doer did it (Candidate.goes_on)."""
    return _names_last_act(v, out, kind) and all(g.actors.get(h.actor_id, {}).get("kind") in VICTIM_ONLY_KINDS for h in hits)


def actor_hits(v: SentenceView, d: DocView, kind: str, s_actors: list, s_places: list,
               protest_words: frozenset) -> tuple[list[Hit], list]:
    """The act's parties on their sides (1 the doer, 2 the victim), and its places (the lead
    sentence's when this one names none)."""
    doc, s, best, g, lead = v.doc, v.s, v.best, d.g, v.lead
    # "… أوقف حاجز للمخابرات سيارة تقل جرحى من لواء القدس، وتسبب ذلك باشتباكات": the fight's
    # parties were told before the words that make it the consequence
    reach_back = s.last if any(consequence(doc, t.first) for t in v.main) else ACTOR_REACH[0]
    hits = [Hit(m.ids[0], m.first, m.last, m.shown_first) for m in s_actors
            if (any(-reach_back <= m.first - t.first <= ACTOR_REACH[1] for t in v.main)
                or named_by_toll_or_claim(doc, m, v.stated, s.first))
            and not any(a < doc.tokens[m.last].end and doc.tokens[m.first].start < b for a, b in d.speakers)
            and "منذ" not in doc.words[max(s.first, m.first - 3):m.first]     # "منذ سيطرة نظام أسد"
            and not charged_with(doc, m.mention_first) and not in_later_clause(doc, best.first, m.first)
            and not former_holder(doc, m.mention_first)
            and (kind in STATUS_KINDS or not mediates(doc, m.mention_first, m.last))]
    if (not hits or between_them(doc, best.first)) and len(lead[0]) >= 2 and lead[2] is not None \
            and lead[2].index == s.index - 1:
        hits = list(lead[0]) + [h for h in hits if h.actor_id not in {x.actor_id for x in lead[0]}]
        s_places = s_places or list(lead[1])
        best_first = lead[0][-1].last + 1
        sides_from = lead_first(hits)   # read before the filters below may empty the list
    else:
        best_first, sides_from = best.first, s.first
    kind_of = {a: g.actors.get(a, {}).get("kind") for a in {h.actor_id for h in hits}}
    if kind not in VICTIM_KINDS:
        hits = [h for h in hits if kind_of[h.actor_id] not in VICTIM_ONLY_KINDS]
    if kind not in PROTEST_KINDS:    # "حملة اعتقالات بعد مظاهرات": the protest is context
        hits = [h for h in hits if not (h.actor_id == "protesters" and
                                        set(word_forms(doc.words[h.first])) & protest_words)]
    hits = assign(doc, hits, best_first, sides_from, kind in VICTIM_KINDS, is_parent_of(g),
                  frozenset(a for a, k in kind_of.items() if k in VICTIM_ONLY_KINDS))
    for h in hits:      # unnamed gunmen are the attackers whatever the word order, not the grammar
        if kind_of.get(h.actor_id) == "unidentified" and not h.grammar:
            h.side = 1
    targets = {m.first for m in s_actors if m.target}     # "حافلة مبيت عسكري": what was hit
    for h in hits:
        if kind_of.get(h.actor_id) in VICTIM_ONLY_KINDS or h.first in targets:
            h.side = 2
    hits += own_losses(doc, g, s, d.speakers, v.stated, {h.actor_id for h in hits})
    hits += own_claim(doc, g, s, d.speakers, v.main, {h.actor_id for h in hits})
    if any(h.side == 2 and h.first not in targets for h in hits):
        # a named victim says whose it was, the speaker's own men too ("مقتل اثنين من مقاتليها")
        hits = [h for h in hits if h.first not in targets]
    return hits, s_places


def act_date(v: SentenceView, s_dates: list[DateExpr]) -> Optional[DateExpr]:
    """The finest date the sentence gives ("أمس" over "بعد تسوية عام 2018"); of two days
    alike, the one told nearest the act."""
    # "بعد تسوية عام 2018" is context; "منذ مطلع الشهر الجاري" how long, not when
    dated = [d for d in s_dates if d.value and d.precision != "year" and not d.since]
    dated = act_dates(dated)     # "date 2025-10-06 اندلعت مساء الأحد", "أفاد اليوم بمقتل … أمس"
    at = v.doc.tokens[v.best.first].fstart
    if dated:
        return min(dated, key=lambda d: (_FINER.get(d.precision, 4), abs(d.start - at)))
    return next((d for d in s_dates if not d.value), None)


def year_of_act(v: SentenceView, s_dates: list[DateExpr]) -> Optional[DateExpr]:
    """"معارك عنيفة عام 2018", "اشتباكات في عام 2016": a year told right after the act's
    trigger, with only a preposition or an adjective of the act between (segmentation.json
    act_year), is the act's year; "شاب أجرى تسوية عام 2018" dates the settlement, not the act."""
    doc, at = v.doc, v.doc.tokens[v.best.first].fend
    for x in s_dates:
        if x.value and x.precision == "year" and not x.since and x.start >= at:
            between = doc.folded[at:x.start]
            words = between.split()
            if len(words) <= SEGMENT_WORDS.act_year_reach and not any(ch in between for ch in CLAUSE_PUNCT) \
                    and all(w in SEGMENT_WORDS.act_year_between for w in words):
                return x
    return None


def background(v: SentenceView, d: DocView, date: Optional[DateExpr], hits: list[Hit], s_dates: list,
               s_places: list, out: list, kind: str = "") -> tuple[bool, Optional[DateExpr], list]:
    """Whether the act is a recollection rather than the news, with the date it is known by
    and the places that belong to the act (not to a recollection told after it)."""
    doc, s = v.doc, v.s
    clause, clause_end = trigger_clause(doc, s, v.best.first)
    if clause_end < s.last and recalls(doc.words[clause_end]):
        # "…بين الطرفين، وشهدت مدينة الميادين قبل فترة …": that place belongs to the recollection
        s_places = [p for p in s_places if getattr(p, "_tok", 0) < clause_end]
    cues = {b for b in BACKGROUND if b in clause[:40]}
    other = any(b in clause for b in SEGMENT_WORDS.background_anywhere) \
        or bool(LONG_SINCE.search(clause)) or (v.earlier and released(doc, s)) or comes_after(doc, s) \
        or steps_back(doc, s) or marked_earlier(doc, s)
    back = bool(cues) or other
    if back and not other and date is None and cues <= _PLUPERFECT and _backstory(v, s_places, out, kind):
        back = False    # "وكانت دراجة مفخخة قد انفجرت وسط المدينة": how the act just told happened
    if d.report and date is None and not back and (year := year_of_act(v, s_dates)) is not None \
            and recalled(year.value, d.report):
        back, date = True, year     # "وشهدت المدينة معارك عنيفة عام 2018" in a 2019 article
    if d.report and date and date.value and date.explicit and recalled(date.value, d.report):
        back = True
    elif back and date and date.relative and not any(b in v.text for b in DISTANT) \
            and not names_earlier_day(doc, s):
        back = False     # "وكانت اشتباكات اندلعت مساء الأربعاء": this week's news
    if not back and date is None and out and out[-1][0].background \
            and out[-1][0].sentence.index == s.index - 1 \
            and _parties(d, hits) & _parties(d, out[-1][0].hits):
        back = True      # "وكان قتل قيادي …" then "وقالت مصادر إن القيادي قتل …": the same recollection
    if back and (date is None or not date.value):     # a recollection may be known only by its year
        date = next((x for x in s_dates if x.value), date)
    return back, date, s_places


def _parties(d: DocView, hits: list[Hit]) -> set[str]:
    """The armed parties among the hits: civilians hit in two acts do not make them one."""
    return {h.actor_id for h in hits if d.g.actors.get(h.actor_id, {}).get("kind") not in VICTIM_ONLY_KINDS}


_PLUPERFECT = frozenset({"وكان", "وكانت", "كان قد", "كانت قد"})


def _backstory(v: SentenceView, s_places: list, out: list, kind: str) -> bool:
    """A pluperfect act with no day of its own, of the type of the news told before it and at
    its place (or naming none), with no 'another' (segmentation.json another), retells that act."""
    doc, s = v.doc, v.s
    if not kind or any(set(word_forms(w)) & SEGMENT_WORDS.another for w in doc.words[s.first:s.last]):
        return False
    etype = lexicon.SUB[kind][0]
    towns = {p.name_ar for p in s_places if specificity(p) <= 3}
    for cand, places in reversed(out):
        if not cand.background and cand.event_type == etype:
            return not towns or bool(towns & {p.name_ar for p in places})
    return False


def frame(v: SentenceView, d: DocView, s_actors: list, s_places: list, s_dates: list, out: list,
          civilian_words: frozenset, protest_words: frozenset) -> tuple[Candidate, list]:
    """The candidate frame of a sentence that tells an act, with the places it names."""
    doc, s, g = v.doc, v.s, d.g
    kind, goes_on = act_kind(v, out)
    goes_on = goes_on or resumes(doc, s)
    hits, s_places = actor_hits(v, d, kind, s_actors, s_places, protest_words)
    goes_on = goes_on or hits_more(v, out, kind, hits, g)
    if kind == "protest_force" and armed_fight(doc, v.triggers, hits, g):
        kind = "clash"
    date = act_date(v, s_dates)
    back, date, s_places = background(v, d, date, hits, s_dates, s_places, out, kind)
    civ = any(f in civilian_words for w in doc.words[s.first:s.last] for f in word_forms(w))
    cand = Candidate(s, kind, v.best.first, hits, date, v.counts, back, civ,
                     anaphoric=anaphoric(doc, s),
                     unattributed=unattributed(doc, s) and not goes_on,
                     later=(hours_later(doc, s) or another_act(doc, s) or responds(doc, s, v.best.first))
                     and not any(c.update for c in v.counts),     # "وفي وقت لاحق، ارتفع عدد الجرحى إلى 12"
                     retold=refers_back(doc, s, v.best.first, s_places), goes_on=goes_on,
                     headline=s.index in d.heads,
                     fight="mutual" in type_table().cues(doc.tokens[s.first:s.last]),
                     generic=bool(set(word_forms(doc.words[v.best.first])) & SEGMENT_WORDS.generic_act_nouns),
                     pointed=pointed_at(doc, s, v.best.first),
                     own=frozenset(h.actor_id for h in hits if g.actors.get(h.actor_id, {}).get("kind")
                                   not in VICTIM_ONLY_KINDS | {"unidentified"}))
    return cand, s_places
