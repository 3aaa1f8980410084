"""Text in, incidents and quotes out: the extractor's one entry point."""
from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections import Counter
from dataclasses import replace
from functools import partial
from typing import Optional

from . import lexicon
from .blame import blamed, give_blame
from .casualties import find_counts
from .casualty_words import LANG as CASUALTY_WORDS
from .headline import give_headline_toll, headline_lines
from .incident_build import to_incident
from .clauses import (DISTANT, LONG_SINCE, QUESTION, STATUS_KINDS, anaphoric, between_them, comes_after,
                      consequence, hours_later, in_later_clause, irrealis_word, mentions_city, only_named,
                      protested_against, recalls, released, sentence_text, statistic, subordinate, trigger_clause,
                      unattributed)
from .dates import DateExpr, era_date, lede_date, recalled, resolve_dates
from .eras import CUTOVER_YEAR
from .event_types import table as type_table
from .gazetteer import Gazetteer, default_gazetteer
from .mentions import find_actors, find_places, find_triggers, in_area
from .model import DocMeta, Extraction, Incident, PlaceRef
from .normalise import word_forms
from .places import sentence_places, specificity
from .pieces import extract_in_pieces, too_long
from .parties import (VICTIM_ONLY_KINDS, charged_with, family_of, is_parent_of, named_by_toll_or_claim,
                      one_sided_fight, own_claim, own_losses, speaker_and_owner)
from .quotes import commentary, find_quotes, link
from .roundup import fold_region_into, roundup
from .segment import UNIDENTIFIED_KINDS, VICTIM_KINDS, Candidate, Draft, merge, places_agree
from .segment_words import WORDS as SEGMENT_WORDS
from .sides import Hit, assign
from .text import Doc, prepare
from .told import another_act, marked_earlier, names_earlier_day, refers_back, set_aside, some_of_them, steps_back

_CIVILIAN_WORDS = {"شخص", "شخصا", "رجلا", "شخصين", "اشخاص", "مدني", "مدنيين", "مدنيون", "طفل", "طفله", "اطفال", "طفلين", "طفلان", "امراه", "نساء",
                   "مواطن", "مواطنين", "مواطنون", "الاهالي", "اهالي", "سيده", "مسن", "راعي", "عائله",
                   "موظفين", "سكان", "منازل", "طالب", "طلاب", "فتاه", "شاب", "شابين", "رجل",
                   "كومين", "مختار", "منزل"}
_FINER = {"day": 0, "week": 1, "month": 2, "year": 3}
_PROTEST_EVENTS = {"مظاهره", "مظاهرات", "احتجاجات", "تظاهره", "تظاهرات", "اعتصام", "وقفه"}
# Acts told without a named party that are still incidents: a strike from the air or by shells
# (the Unidentified Armed Group or the state named later), a protest (its people are the actor)
_NO_PARTY_NEEDED = {"air", "shelling", "protest", "protest_force"}
ACTOR_REACH = (14, 16)   # tokens before / after the trigger that can name its actors


def _context_admin1(doc: Doc, g: Gazetteer, places) -> Optional[str]:
    """The governorate the article is mostly about (votes of its place names)."""
    votes: Counter = Counter()
    for m in places:
        admins = {g.places[i].get("admin1") for i in m.ids if i in g.places}
        if len(admins) == 1:
            votes[admins.pop()] += 2 if m.first < 60 else 1
    return votes.most_common(1)[0][0] if votes else None


def _candidates(doc: Doc, g: Gazetteer, dates: list[DateExpr], report: Optional[str],
                opinion: list[tuple[int, int]], speakers: list[tuple[int, int]]
                ) -> list[tuple[Candidate, list[PlaceRef]]]:
    triggers = find_triggers(doc)
    actors = find_actors(doc, g, era_date(report, dates, CUTOVER_YEAR))
    # "السيدة زينب" is a town, not a woman ("سيدة"): a longer place name wins over an actor inside it
    all_places = find_places(doc, g, set())     # matched once; those inside an actor's name dropped below
    longest: dict[int, list] = {}      # token -> the place spans over it (spans are short: linear)
    for p in all_places:
        for i in range(p.first, p.last + 1):
            longest.setdefault(i, []).append(p)
    actors = [m for m in actors if not any(p.first <= m.first and m.last <= p.last and
                                           p.last - p.first > m.last - m.first for p in longest.get(m.first, ()))]
    actor_tokens = {i for m in actors for i in range(m.first, m.last + 1)}
    places = [p for p in all_places if not any(i in actor_tokens for i in range(p.first, p.last + 1))]
    admin1 = _context_admin1(doc, g, [p for p in places if not p.local])
    places = in_area(g, places, admin1)
    place_tokens = {i for m in places for i in range(m.first, m.last + 1)}
    out = []
    current: Optional[PlaceRef] = None
    lead: tuple = ([], [], None, [])
    known = place_tokens | actor_tokens
    # each mention filed under its sentence once: a sentence looks only at its own (linear)
    by_s = _by_sentence(doc, actors=actors, triggers=triggers, places=places, dates=dates)
    heads = {s.index for s in headline_lines(doc)}
    for s in doc.sentences:
        s_actors, s_mentions = by_s["actors"][s.index], by_s["triggers"][s.index]
        s_places = sentence_places(doc, g, s.first, s.last, by_s["places"][s.index], known, admin1)
        if not s_places and current is not None and mentions_city(doc, s):
            s_places.append(current)
        s_triggers = [t for t in s_mentions if t.ids != ["none"]]
        # "داخل المدينة": the city last named, not a village named beside it
        cities = [p for p in s_places if getattr(p, "_kind", "") == "city"]
        if cities or (s_places and current is None):
            current = (cities or s_places)[-1]
        if not s_triggers and (blamed(doc, s, s_actors, out) or _toll_goes_on(doc, s, out)):
            continue
        if not s_triggers:
            # "تصاعد التوتر بين X وY بمدينة Z" then "وتسببت المواجهات بين الميليشيات…": the
            # sentence without an act names who and where for the next one, and its toll
            # ("أعلنت قسد عن مقتل 63 عنصراً" then "وقالت إن الاشتباكات أسفرت عن هذه الحصيلة");
            # its toll is counted only when the next sentence asks (most never do)
            lead = ([Hit(m.ids[0], m.first, m.last, m.shown_first) for m in s_actors], s_places, s,
                    partial(find_counts, doc, s.first, s.last))
            continue
        text = sentence_text(doc, s.first, s.last)
        if text.split(" ", 1)[0] in QUESTION:
            continue
        main = [t for t in s_triggers if not subordinate(doc, t.first)]
        if not main and all(k in STATUS_KINDS for t in s_triggers for k in t.ids):
            continue    # "رفض إجراء التسوية", "عقب التسوية": a person's history, not an agreement today
        if all(statistic(doc, t.first) for t in (main or s_triggers)):
            continue    # "شهدت المحافظة أكثر من 150 عملية اغتيال": a tally, not an incident
        earlier = not main      # every act in a time clause: "أفرجت العصابة عن الطفل بعد اختطافه"
        if all(only_named(doc, t.first) for t in s_triggers) and not released(doc, s):
            continue    # "وتعمل الفرق على إزالة مخلفات القصف": the act is only mentioned
        main = main or s_triggers
        if any(k in ("protest", "protest_force") for t in main for k in t.ids):
            # "طالب المتظاهرون بوقف عمليات الاختطاف": a grievance a protest names is no act of its own
            main = [t for t in main if set(t.ids) & {"protest", "protest_force"} or not protested_against(doc, t.first)]
        best = max(main, key=lambda t: max(lexicon.SUB[k][2] for k in t.ids))
        if any(a <= doc.tokens[best.first].start < b for a, b in opinion):
            continue
        kind = max(best.ids, key=lambda k: lexicon.SUB[k][2])
        if not any(c.kind in type_table().means_acts for c, _ in out):   # the drone's missiles: its strike retold
            kind = type_table().act_kind(doc.tokens[s.first:s.last], kind)   # "استهدف … بعبوتين": an IED
        kinds = {k for t in s_triggers for k in t.ids}
        if kind == "overtake" and "clash" not in kinds:
            kind = "transfer"
        main_kinds = {k for t in main for k in t.ids}
        force = {k for t in main if not protested_against(doc, t.first) for k in t.ids
                 if not (k == "arrests" and "حمله" in {f for w in doc.words[max(0, t.first - 1):t.first + 1]
                                                      for f in word_forms(w)})}   # a campaign, not an intervention
        if main_kinds & {"protest", "protest_force"} and force & {"killing", "attack", "clash", "arrests",
                                                                 "shooting"}:
            kind = "protest_force"     # "أصيب متظاهرون برصاص الأمن خلال مظاهرة": force used on a protest
        counts = find_counts(doc, s.first, s.last)
        if not counts and lead[2] is not None and lead[2].index == s.index - 1:
            counts = lead[3]()
        stated = [c for c in counts if not c.negated]     # "دون تسجيل ضحايا" names no victim
        told = type_table().means_goes_on(doc.tokens[s.first:s.last], kinds, kind, out[-1][0].kind) \
            if stated and out else kind     # "كما أصيب خمسة … حيث تم استهداف نقاطهم": the shelling's toll
        goes_on, kind = told != kind or some_of_them(doc, best.first), told
        if set_aside(doc, s, earlier and not released(doc, s), s_triggers, stated):
            continue    # "واستنفرت الميليشيات عقب القصف", "وعادة ما يتسبب القصف بضحايا": no act of its own
        padded = f" {text} "
        if (any(f" {w} " in padded for w in lexicon.IRREALIS) or irrealis_word(doc, s)) and not counts:
            continue
        # "… أوقف حاجز للمخابرات سيارة تقل جرحى من لواء القدس، وتسبب ذلك باشتباكات": the fight's
        # parties were told before the words that make it the consequence
        reach_back = s.last if any(consequence(doc, t.first) for t in main) else ACTOR_REACH[0]
        hits = [Hit(m.ids[0], m.first, m.last, m.shown_first) for m in s_actors
                if (any(-reach_back <= m.first - t.first <= ACTOR_REACH[1] for t in main)
                                or named_by_toll_or_claim(doc, m, stated, s.first))
                and not any(a < doc.tokens[m.last].end and doc.tokens[m.first].start < b for a, b in speakers)
                and "منذ" not in doc.words[max(s.first, m.first - 3):m.first]     # "منذ سيطرة نظام أسد"
                and not charged_with(doc, m.mention_first) and not in_later_clause(doc, best.first, m.first)]
        if (not hits or between_them(doc, best.first)) and len(lead[0]) >= 2 and lead[2] is not None \
                and lead[2].index == s.index - 1:
            hits = list(lead[0]) + [h for h in hits if h.actor_id not in {x.actor_id for x in lead[0]}]
            s_places = s_places or list(lead[1])
            best_first = lead[0][-1].last + 1
            sides_from = lead_first(hits)   # read before the filters below may empty the list
        else:
            best_first, sides_from = best.first, s.first
        lead = ([], [], None, [])
        if kind not in VICTIM_KINDS:
            hits = [h for h in hits if g.actors.get(h.actor_id, {}).get("kind") not in VICTIM_ONLY_KINDS]
        if kind not in ("protest", "protest_force"):    # "حملة اعتقالات بعد مظاهرات": the protest is context
            hits = [h for h in hits if not (h.actor_id == "protesters" and
                                            set(word_forms(doc.words[h.first])) & _PROTEST_EVENTS)]
        hits = assign(doc, hits, best_first, sides_from, kind in VICTIM_KINDS, is_parent_of(g))
        for h in hits:      # unnamed gunmen are the attackers whatever the word order
            if g.actors.get(h.actor_id, {}).get("kind") == "unidentified":
                h.side = 1
        targets = {m.first for m in s_actors if m.target}     # "حافلة مبيت عسكري": what was hit
        for h in hits:
            if g.actors.get(h.actor_id, {}).get("kind") in VICTIM_ONLY_KINDS or h.first in targets:
                h.side = 2
        if any(h.side == 2 and h.first not in targets for h in hits):
            hits = [h for h in hits if h.first not in targets]     # a named victim says whose it was
        hits += own_losses(doc, g, s, speakers, stated, {h.actor_id for h in hits})
        hits += own_claim(doc, g, s, speakers, main, {h.actor_id for h in hits})
        s_dates = by_s["dates"][s.index]
        # the finest date the sentence gives ("أمس" over "بعد تسوية عام 2018")
        dated = [d for d in s_dates if d.value and d.precision != "year"]   # "بعد تسوية عام 2018" is context
        dated = [d for d in dated if not d.dateline] or dated     # "date 2025-10-06 اندلعت مساء الأحد"
        at = doc.tokens[best.first].fstart      # of two days alike, the one told nearest the act
        date = min(dated, key=lambda d: (_FINER.get(d.precision, 4), abs(d.start - at))) if dated else \
            next((d for d in s_dates if not d.value), None)
        clause, clause_end = trigger_clause(doc, s, best.first)
        if clause_end < s.last and recalls(doc.words[clause_end]):
            # "…بين الطرفين، وشهدت مدينة الميادين قبل فترة …": that place belongs to the recollection
            s_places = [p for p in s_places if getattr(p, "_tok", 0) < clause_end]
        background = any(b in clause[:40] for b in lexicon.BACKGROUND) or any(
            b in clause for b in SEGMENT_WORDS.background_anywhere) \
            or bool(LONG_SINCE.search(clause)) or (earlier and released(doc, s)) or comes_after(doc, s) \
            or steps_back(doc, s) or marked_earlier(doc, s)
        if report and date and date.value and date.explicit and recalled(date.value, report):
            background = True
        elif background and date and date.relative and not any(b in text for b in DISTANT) \
                and not names_earlier_day(doc, s):
            background = False     # "وكانت اشتباكات اندلعت مساء الأربعاء": this week's news
        if not background and date is None and out and out[-1][0].background \
                and out[-1][0].sentence.index == s.index - 1 \
                and {h.actor_id for h in hits} & {h.actor_id for h in out[-1][0].hits}:
            background = True      # "وكان قتل قيادي …" then "وقالت مصادر إن القيادي قتل …": the same recollection
        if background and (date is None or not date.value):     # a recollection may be known only by its year
            date = next((d for d in s_dates if d.value), date)
        civ = any(f in _CIVILIAN_WORDS for w in doc.words[s.first:s.last] for f in word_forms(w))
        cand = Candidate(s, kind, best.first, hits, date, counts, background, civ,
                         anaphoric=anaphoric(doc, s),
                         unattributed=unattributed(doc, s) and not goes_on, later=hours_later(doc, s) or another_act(doc, s),
                         retold=refers_back(doc, s, best.first, s_places), goes_on=goes_on,
                         headline=s.index in heads,
                         own=frozenset(h.actor_id for h in hits if g.actors.get(h.actor_id, {}).get("kind")
                                       not in VICTIM_ONLY_KINDS | {"unidentified"}))
        out.append((cand, s_places))
    return out


def _by_sentence(doc: Doc, dates: list[DateExpr], **mentions: list) -> dict[str, list[list]]:
    """Each list of mentions (by token) and the dates (by folded offset) filed under the
    sentence they begin in, in their order."""
    n = len(doc.sentences)
    sent_of = [0] * len(doc.tokens)
    for s in doc.sentences:
        sent_of[s.first:s.last] = [s.index] * (s.last - s.first)
    out: dict[str, list[list]] = {}
    for name, ms in mentions.items():
        out[name] = [[] for _ in range(n)]
        for m in ms:
            s = doc.sentences[sent_of[m.first]] if m.first < len(sent_of) else None
            if s is not None and s.first <= m.first < s.last:
                out[name][s.index].append(m)
    starts = [s.fstart for s in doc.sentences]
    out["dates"] = [[] for _ in range(n)]
    for d in dates:
        k = bisect_right(starts, d.start) - 1
        if k >= 0 and d.start < doc.sentences[k].fend:
            out["dates"][k].append(d)
    return out


def _toll_goes_on(doc: Doc, s, out: list) -> bool:
    """"وانتشلت فرق الإنقاذ جثتي طفلين من تحت الأنقاض": a toll told in a sentence of its own,
    right after the act, belongs to it (a tally "منذ بداية العام" does not)."""
    if not out or s.index - out[-1][0].sentence.index > 2 or s.last - s.first > 30 \
            or not doc.words[s.first].startswith("و"):     # the narration goes on ("وأسفر", "وبحسب")
        return False
    if any(not CASUALTY_WORDS.toll_tally.isdisjoint(word_forms(w)) for w in doc.words[s.first:s.last]):
        return False
    counts = find_counts(doc, s.first, s.last)
    if not counts:
        return False
    prev = out[-1][0]
    out.append((Candidate(s, prev.kind, prev.trigger, [], None, counts, prev.background), []))
    return True


def lead_first(hits: list[Hit]) -> int:
    """Where the borrowed sentence's actors begin (sides are read from there); 0 when the
    filters above left none (a lead of victims only), which crashed the document before."""
    return max(0, min((h.mention_first for h in hits), default=0) - 8)


def extract_document(text: str, meta: DocMeta, gazetteer: Optional[Gazetteer] = None) -> Extraction:
    """All incidents and quotes of one document, each field with its evidence offsets
    (a text longer than any article in pieces: linear time, extract/pieces.py)."""
    g = (gazetteer or default_gazetteer()).for_document()   # what the text names stays with it
    if too_long(text):
        return extract_in_pieces(text, meta, g, _extract_one)
    return _extract_one(text, meta, g)


def _extract_one(text: str, meta: DocMeta, g: Gazetteer) -> Extraction:
    doc = prepare(text)
    dates, report = resolve_dates(doc, meta.published)
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    quotes = find_quotes(doc, g, meta, sha)
    opinion = commentary(quotes)
    drafts: list[Draft] = []
    family = family_of(g)
    main_place: Optional[PlaceRef] = None
    speakers = [speaker_and_owner(doc, q.speaker_span) for q in quotes if q.speaker_span]
    blames: list[Candidate] = []
    pending: list[tuple[Candidate, Optional[PlaceRef]]] = []
    for cand, places in _candidates(doc, g, dates, report, opinion, speakers):
        if cand.blame:
            blames.append(cand)
            continue
        towns = roundup("" if cand.retold else cand.kind, places, doc)   # a retold act is not listed again
        made: list[Draft] = []
        for n, place in enumerate(towns):
            if not cand.hits and cand.kind not in UNIDENTIFIED_KINDS | _NO_PARTY_NEEDED and not drafts:
                # "اندلعت اليوم اشتباكات في مدينة جاسم": who fought is told next; hold it for them
                pending.append((cand, place))
                continue
            fallback = next((d.place for d in reversed(drafts) if d.place and not d.background), main_place)
            # a round-up's toll is told once, for all its towns: it goes with the first, not to each;
            # "no one was hurt" is said of each of them
            told = cand if n == 0 else replace(cand, counts=[c for c in cand.counts if c.negated])
            d = merge(drafts, told, place, fallback, g.ancestors, specificity, family, exact=len(towns) > 1)
            made.append(d)
            main_place = main_place or d.place
            for held, at in pending:
                if not held.background and places_agree(d.place, at, g.ancestors):
                    merge(drafts, held, at, None, g.ancestors, specificity, family)
            pending = []
        if len(towns) > 1 and made:
            fold_region_into(doc, drafts, made, cand)
    for cand in blames:
        give_blame(drafts, cand, g)
    give_headline_toll(doc, drafts)
    lede = lede_date(doc, dates)
    incidents = [to_incident(doc, g, d, report, meta, lede) for d in drafts]
    incidents = [i for i in incidents if i.actors and not one_sided_fight(g, i)]
    assign_ids(incidents, sha)
    link(quotes, incidents)
    return Extraction(incidents, quotes)


def assign_ids(incidents: list[Incident], sha: str) -> None:
    """Stable ids: the same text (its sha256) always gives the same ids."""
    for n, inc in enumerate(incidents):
        first = inc.citations[0].start if inc.citations else n
        inc.id = "i-" + hashlib.sha1(f"{sha}:{first}:{n}".encode()).hexdigest()[:10]
