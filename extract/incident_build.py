"""Drafts to incidents: the resolution stage, where a draft's parties, type, day and toll
become the fields an ACLED coder writes, each with its evidence."""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from . import lexicon
from .casualties import total
from .casualty_words import LANG as CASUALTY_WORDS
from .dates import DateExpr
from .event_types import incident_type
from .gazetteer import Gazetteer
from .model import Citation, DocMeta, Incident
from .mentions import has_article
from .numbers import PLURAL_PEOPLE, names_people
from .parties import (CIVILIANS, PROTESTERS, RIOTERS, UNIDENTIFIED, VICTIM_ONLY_KINDS, actor_ref, affiliation_only,
                      civilians_first, special_actor)
from .segment import UNIDENTIFIED_KINDS, VICTIM_KINDS, Draft
from .subtypes import refine
from .text import Doc

SURVIVED = CASUALTY_WORDS.survived      # "نجا القيادي": no one killed when no toll is stated


def to_incident(doc: Doc, g: Gazetteer, d: Draft, report: Optional[str], meta: DocMeta,
                 lede: Optional[DateExpr] = None) -> Incident:
    """A draft as the incident ACLED would code: its actors by the kind of act (protesters,
    unknown gunmen, civilians as the target), its type, date, toll and the citations of each."""
    actors = [actor_ref(g, doc, h) for h in d.hits]
    if d.kind == "protest":      # ACLED: the protesters are the actor, not whom they protest against
        actors = [a for a in actors if a.name == PROTESTERS] or [a for a in [special_actor(g, PROTESTERS, 1)] if a]
    elif d.kind == "protest_force":     # the protesters, and the force that broke them up
        for a in actors:
            a.side = 1 if a.name == PROTESTERS else 2
        if PROTESTERS not in {a.name for a in actors}:
            actors[:0] = [a for a in [special_actor(g, PROTESTERS, 1)] if a]
    # "الأمن العام التابع لوزارة الداخلية في الحكومة السورية": the government is whose force it is
    armed_camps = {a.affiliation for a in actors if a.kind != "political"}
    actors = [a for a in actors if not (a.kind == "political" and a.affiliation in armed_camps)]
    sides = {a.side for a in actors}
    named_doer = any(a.side == 1 and a.kind not in VICTIM_ONLY_KINDS | {"unidentified"} for a in actors)
    if named_doer:      # a claimed attack: the claimant, not "unidentified", did it
        actors = [a for a in actors if a.kind != "unidentified" or a.span is not None]
    elif 1 not in sides and (who := _unknown_doer(d.kind, actors)):
        ref = special_actor(g, who, 1)
        if ref:
            for a in actors:
                a.side = 2
            actors.insert(0, ref)
    kept = {a.actor_id for a in actors}
    targets = [h for h in d.hits if h.side == 2 and h.actor_id in kept]
    if (d.civilian_victims and d.kind in VICTIM_KINDS or d.kind == "arrests") and (
            not targets or all(affiliation_only(doc, h) for h in targets)):
        ref = special_actor(g, CIVILIANS, 2)
        if ref:
            actors.append(ref)
    actors = civilians_first(g, actors, d.kind)
    et, sub = incident_type(doc, d, actors)
    if not actors and et == lexicon.B and d.kind == "clash" and _told_anew(doc, d):
        actors = _unnamed_sides(g)
    if et == lexicon.V and not any(a.side == 2 for a in actors):
        actors += [a for a in [special_actor(g, CIVILIANS, 2)] if a]    # ACLED: violence against civilians has them as its target
    if et == lexicon.R and d.kind not in ("protest", "protest_force"):
        actors = _mob(g, actors)
    elif et == lexicon.R:   # ACLED: a demonstration turned violent is the rioters'
        actors = _rioters(g, actors)
    date, precision, inferred = None, None, False
    if d.date and d.date.value:
        date, precision, inferred = d.date.value, d.date.precision, d.date.inferred
    elif not d.background and lede is not None:     # "حصيلة يومية … يوم أمس" then each town's act
        date, precision, inferred = lede.value, lede.precision, lede.inferred
    elif not d.background and report:
        date, precision = report, "week"
    citations = []
    for c in d.candidates:
        s, e = doc.sentence_span(c.sentence)
        if e - s > 400:
            t = doc.tokens[c.trigger].start
            s, e = max(s, t - 150), min(e, t + 250)
        citations.append(Citation(s, e, doc.text[s:e], "event"))
    for cnt in d.counts:
        s, e = doc.token_span(cnt.first, cnt.last)
        citations.append(Citation(s, e, doc.text[s:e], cnt.field))
    if d.date is not None:     # the words that date it: "الخميس 17 أيلول" stays shown when no year resolves it
        s, e = doc.span(d.date.start, d.date.end)
        citations.append(Citation(s, e, doc.text[s:e], "date"))
    killed, injured = total(d.counts, "killed"), total(d.counts, "injured")
    said = " ".join(" ".join(doc.words[c.sentence.first:c.sentence.last]) for c in d.candidates)
    if killed is None and not SURVIVED.isdisjoint(said.split()):
        killed = 0      # the target survived
    elif killed is None and injured is None and _assassinated_one(said):
        killed = 1      # "عملية الاغتيال … أطلق مجهولون النار على شخص": an assassination kills
    combined = total(d.counts, "combined")
    et, sub = refine(et, sub, d.kind, actors, said, killed, injured)
    return Incident(et, sub, actors, d.place, date, precision, inferred, killed, injured, combined,
                    d.background, citations, doc=meta.doc, weekday=d.date.weekday if d.date else None)



def _mob(g: Gazetteer, actors: list) -> list:
    """ACLED: in mob violence the rioters are the actor and whom they set upon is the target
    ("هاجم أهالي غاضبون مخفراً للشرطة"); the unnamed crowd is no armed group."""
    kept = [a for a in actors if a.kind != "unidentified" and a.name != RIOTERS]
    for a in kept:
        a.side = 2
    return [a for a in [special_actor(g, RIOTERS, 1)] if a] + kept


UNKNOWN_DOER = {"air": "Unidentified Military Forces"}    # ACLED's name for a strike by no force named


def _unknown_doer(kind: str, actors: list) -> Optional[str]:
    """Who did an act with no doer named: unknown gunmen for ground attacks, bombs and shelling;
    the unknown aircraft for an air strike no party of which struck ("قصف جوي على مدينة دوما");
    None when an unknown doer is already there or the act needs none."""
    if {UNIDENTIFIED, *UNKNOWN_DOER.values()} & {a.name for a in actors}:
        return None
    if kind in UNIDENTIFIED_KINDS:
        return UNIDENTIFIED
    if kind in UNKNOWN_DOER:     # "ضربة جوية استهدفت قافلة لفصائل موالية لإيران": no force named strikes
        return UNKNOWN_DOER[kind]
    return None


def _unnamed_sides(g: Gazetteer) -> list:
    """ACLED: a clash whose parties the text does not know ("اندلعت اشتباكات في بلدة X دون
    معرفة الأطراف") is between unidentified armed groups, one on each side."""
    return [a for a in (special_actor(g, UNIDENTIFIED, 1), special_actor(g, UNIDENTIFIED, 2)) if a]


def _told_anew(doc: Doc, d: Draft) -> bool:
    """A fight told as news, by an indefinite word ("اندلعت اشتباكات"), not one pointed back at
    ("مناطق الاشتباك", "استمرار الاشتباكات بين الطرفين") whose parties were told before."""
    return any(c.fight and not (c.retold or c.anaphoric or c.headline) and not has_article(doc.words[c.trigger])
               for c in d.candidates)


def _rioters(g: Gazetteer, actors: list) -> list:
    """A violent demonstration ("أحرق محتجون غاضبون مبنى البلدية"): its protesters are rioters."""
    rioter = special_actor(g, RIOTERS, 1)
    if rioter is None or not any(a.name == PROTESTERS for a in actors):
        return actors
    return [replace(rioter, mention=a.mention, span=a.span) if a.name == PROTESTERS else a for a in actors]


def _assassinated_one(said: str) -> bool:
    """An assassination of one person ("اغتال مجهولون شاباً", "عملية الاغتيال … على شخص") with no
    toll stated: one killed. An attempt ("محاولة اغتيال") or a plural ("عمليات الاغتيال") is not."""
    words = said.split()
    if "محاوله" in words or "عمليات" in words or "اغتيالات" in words:
        return False
    return bool(set(words) & lexicon.ASSASSINATION) and any(w != "من" and names_people(w) and w not in PLURAL_PEOPLE
                                                     for w in words)
