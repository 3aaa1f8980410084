"""Text in, incidents and quotes out: the extractor's one entry point."""
from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections import Counter
from dataclasses import replace
from functools import partial
from typing import Optional

from .blame import blamed, give_blame
from .casualties import find_counts
from .casualty_words import LANG as CASUALTY_WORDS
from .clauses import mentions_city, reference_city, sentence_text
from .dates import DateExpr, era_date, lede_date, resolve_dates
from .eras import CUTOVER_YEAR
from .frames import DocView, frame
from .gazetteer import Gazetteer, default_gazetteer
from .headline import crossheads, fold_headline, give_headline_toll, headline_lines, restated_headline_toll
from .incident_build import to_incident
from .mentions import find_actors, find_places, find_triggers, in_area
from .model import DocMeta, Extraction, Incident, PlaceRef
from .normalise import word_forms
from .parties import family_of, one_sided_fight, speaker_and_owner
from .pieces import extract_in_pieces, too_long
from .places import sentence_places, specificity
from .quotes import commentary, find_quotes, link
from .roundup import fold_region_into, roundup, tolls_by_town
from .sections import fronted_governorate
from .segment import UNIDENTIFIED_KINDS, Candidate, Draft, merge, places_agree
from .segment_words import WORDS as SEGMENT_WORDS
from .sentence_filters import SentenceView, rejected
from .speaker_resolve import claims
from .sides import Hit
from .text import Doc, prepare
from .told import names_the_act, tells_where

_NO_LEAD: tuple = ([], [], None, [])
# Acts told without a named party that are still incidents: a strike from the air or by shells
# (the Unidentified Armed Group or the state named later), a protest (its people are the actor)
_NO_PARTY_NEEDED = {"air", "shelling", "protest", "protest_force"}


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
    """The mentions stage, then per sentence: its places, the filters, and its frame."""
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
    places = [p for p in all_places if not any(i in actor_tokens or i in doc.speaker_tokens
                                               for i in range(p.first, p.last + 1))]
    admin1 = _context_admin1(doc, g, [p for p in places if not p.local])
    places = in_area(g, places, admin1)
    place_tokens = {i for m in places for i in range(m.first, m.last + 1)}
    doc.place_tokens = frozenset(i for m in places if m.last > m.first for i in range(m.first, m.last + 1))
    out: list[tuple[Candidate, list[PlaceRef]]] = []
    current: Optional[PlaceRef] = None
    section: Optional[str] = None      # the governorate a round-up fronted last (sections.py)
    lead: tuple = _NO_LEAD
    known = place_tokens | actor_tokens
    # each mention filed under its sentence once: a sentence looks only at its own (linear)
    by_s = _by_sentence(doc, actors=actors, triggers=triggers, places=places, dates=dates)
    d = DocView(doc, g, speakers, {s.index for s in headline_lines(doc) + crossheads(doc)}, report)
    for s in doc.sentences:
        s_actors, s_mentions = by_s["actors"][s.index], by_s["triggers"][s.index]
        section = fronted_governorate(doc, g, s, by_s["places"][s.index]) or section
        s_places = sentence_places(doc, g, s.first, s.last, by_s["places"][s.index], known, section or admin1)
        if not s_places and current is not None and mentions_city(doc, s):
            s_places.append(current)
        s_triggers = [t for t in s_mentions if t.ids != ["none"]]
        # "داخل المدينة": the town or city last named, not a village named beside it
        cities = [p for p in s_places if getattr(p, "_kind", "") in SEGMENT_WORDS.referent_kinds
                  and not (p is not s_places[0] and reference_city(doc, p))]
        if cities or (s_places and current is None):
            current = (cities or s_places)[-1]
        if not s_triggers and (blamed(doc, s, s_actors, out) or _toll_goes_on(doc, s, out, s_places)
                               or _where_it_was(doc, s, s_places, out)):
            continue
        if not s_triggers:
            # "تصاعد التوتر بين X وY بمدينة Z" then "وتسببت المواجهات بين الميليشيات…": the
            # sentence without an act names who and where for the next one, and its toll
            # ("أعلنت قسد عن مقتل 63 عنصراً" then "وقالت إن الاشتباكات أسفرت عن هذه الحصيلة");
            # its toll is counted only when the next sentence asks (most never do)
            lead = ([Hit(m.ids[0], m.first, m.last, m.shown_first) for m in s_actors], s_places, s,
                    partial(find_counts, doc, s.first, s.last))
            continue
        view = SentenceView(doc, s, s_triggers, lead, opinion)
        if rejected(view):
            continue
        lead = _NO_LEAD
        out.append(frame(view, d, s_actors, s_places, by_s["dates"][s.index], out,
                         SEGMENT_WORDS.civilian_words, SEGMENT_WORDS.protest_events))
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


def _where_it_was(doc: Doc, s, s_places: list, out: list) -> bool:
    """"ووقع الهجوم بالقرب من بلدة الميادين" right after the act: the places of a sentence
    that only tells where the act happened are that act's (told.tells_where), as the act
    named again by its noun (`retold`) keeps a place it was first told at. The act is one
    told in full, with its toll or both its sides: a summary line ("استهدف الهجوم سيارة")
    names no act to code by itself, and a place would make it one."""
    if not s_places or not out or s.index - out[-1][0].sentence.index > 2 or not tells_where(doc, s):
        return False
    prev = out[-1][0]
    if not any(not c.negated for c in prev.counts) and len({h.actor_id for h in prev.hits}) < 2:
        return False
    out.append((Candidate(s, prev.kind, prev.trigger, [], None, [], prev.background, retold=True), s_places))
    return True


def _toll_goes_on(doc: Doc, s, out: list, s_places: list = ()) -> bool:
    """"وانتشلت فرق الإنقاذ جثتي طفلين من تحت الأنقاض": a toll told in a sentence of its own,
    right after the act, belongs to it (a tally "منذ بداية العام" does not); one that also
    tells where the act happened ("ووقع الهجوم قرب مدينة X، وأسفر عن …", told.tells_where)
    gives it that place too."""
    if not out or s.index - out[-1][0].sentence.index > 2:
        return False
    goes_on = doc.words[s.first].startswith("و") or \
        sentence_text(doc, s.first, s.last).startswith(SEGMENT_WORDS.toll_clause_openers)   # "…، فيما لا يزال 14 جريحاً"
    if (s.last - s.first > 30 or not goes_on) and not names_the_act(doc, s):
        return False    # the narration goes on ("وأسفر", "وبحسب"), or names the act told ("إن الهجوم")
    if any(not CASUALTY_WORDS.toll_tally.isdisjoint(word_forms(w)) for w in doc.words[s.first:s.last]):
        return False
    counts = find_counts(doc, s.first, s.last)
    if not counts:
        return False
    prev = _harmful_before(out, s)
    where = bool(s_places) and tells_where(doc, s)
    out.append((Candidate(s, prev.kind, prev.trigger, [], None, counts, prev.background, retold=where),
                list(s_places) if where else []))
    return True


def _harmful_before(out: list, s) -> Candidate:
    """The act a toll sentence tells of: the last one told, unless that one harms no one (the
    gunmen "انسحبوا من المكان" after the attack, segmentation.json harmless_kinds) and an act
    that can have been told just before it."""
    prev = out[-1][0]
    if prev.kind not in SEGMENT_WORDS.harmless_kinds:
        return prev
    return next((c for c, _ in reversed(out) if c.kind not in SEGMENT_WORDS.harmless_kinds
                 and s.index - c.sentence.index <= 2), prev)


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
    # a claimant is a side as well as a speaker (تبنى داعش التفجير): its name stays a mention
    speakers = [speaker_and_owner(doc, q.speaker_span) for q in quotes if q.speaker_span and not claims(q, doc.text)]
    blames: list[Candidate] = []
    pending: list[tuple[Candidate, Optional[PlaceRef]]] = []
    for cand, places in _candidates(doc, g, dates, report, opinion, speakers):
        if cand.blame:
            blames.append(cand)
            continue
        towns = roundup("" if cand.retold else cand.kind, places, doc)   # a retold act is not listed again
        made: list[Draft] = []
        tolls = tolls_by_town(doc, cand.counts, towns)
        for n, place in enumerate(towns):
            if not cand.hits and cand.kind not in UNIDENTIFIED_KINDS | _NO_PARTY_NEEDED and not drafts:
                # "اندلعت اليوم اشتباكات في مدينة جاسم": who fought is told next; hold it for them
                pending.append((cand, place))
                continue
            fallback = next((d.place for d in reversed(drafts) if d.place and not d.background), main_place)
            # a round-up's toll is told once, for all its towns: with the first, unless a figure names its town
            told = replace(cand, counts=tolls[n]) if len(towns) > 1 else cand
            d = merge(drafts, told, place, fallback, g.ancestors, specificity, family, exact=len(towns) > 1)
            made.append(d)
            main_place = main_place or d.place
            for held, at in pending:
                if not held.background and places_agree(d.place, at, g.ancestors):
                    merge(drafts, held, at, None, g.ancestors, specificity, family)
            pending = []
        if len(towns) > 1 and made:
            fold_region_into(doc, drafts, made, cand)
    for held, at in pending:    # no one named them later: a fight of parties the text does not know
        if not held.background and at is not None:
            merge(drafts, held, at, None, g.ancestors, specificity, family)
    for cand in blames:
        give_blame(drafts, cand, g)
    drafts = fold_headline(drafts, g.ancestors)
    restated_headline_toll(doc, drafts)
    give_headline_toll(doc, drafts)
    lede = lede_date(doc, dates, report)
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
