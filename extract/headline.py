"""A headline's toll: the lines over the story ("داعش يفاجئ سلمية بمجزرة: 52 قتيلاً و100 جريح")
often give a figure the body never restates. It is the article's summary, so it is the first
incident's figure only where that incident tells none of its own (a tally, casualties.total)."""
from __future__ import annotations

from dataclasses import replace

from .casualties import Count, find_counts
from .casualty_words import LANG as L
from .text import Doc, Sentence


def headline_lines(doc: Doc) -> list[Sentence]:
    """The leading sentences that end at a line break, not a full stop (the title, the
    outlet's line, the date line), up to the first the story's own stop closes."""
    out = []
    for s in doc.sentences[:L.headline_lines]:
        if s.last <= s.first:
            continue
        after = doc.folded[s.fend:s.fend + 3].lstrip(" \t")
        if not after.startswith("\n"):
            break
        out.append(s)
    return out


def crossheads(doc: Doc) -> list[Sentence]:
    """"مجزرة في بانياس", "تصعيد النظام على شمال غربي سوريا": a short line inside the story, between
    two line breaks with no stop, titles the paragraphs after it; like the headline it names an
    act the story tells in full, not one of its own (casualties.json headline.crosshead_words)."""
    out = []
    for s in doc.sentences[1:]:
        if not 0 < s.last - s.first <= L.crosshead_words:
            continue
        before = doc.folded[max(0, s.fstart - 3):s.fstart].rstrip(" \t")
        after = doc.folded[s.fend:s.fend + 3].lstrip(" \t")
        if before.endswith("\n") and after.startswith("\n"):
            out.append(s)
    return out


def headline_toll(doc: Doc, told: set[int]) -> list[Count]:
    """The headline's counts not already read into an incident (told: their first tokens),
    marked as tallies: they stand only for a field the incident leaves unknown."""
    return [replace(c, tally=True) for s in headline_lines(doc)
            for c in find_counts(doc, s.first, s.last) if c.first not in told]


def fold_headline(drafts: list, ancestors) -> list:
    """An act told only in the headline, when the story tells an act at its place or inside it,
    is that act summarised ("القبض على متزعم خلية بريف درعا" over "ألقت الجهات المختصة القبض على
    متزعم خلية … وقتلت إرهابياً آخر في محيط مدينة الشيخ مسكين"): the headline names it in fewer,
    other words (an arrest for a fight), so it adds no incident of its own. Its figures stay
    the headline's, for give_headline_toll to give where the story tells none."""
    from .segment import places_agree
    story = [d for d in drafts if not d.background and not all(c.headline for c in d.candidates)]
    return [d for d in drafts if d.background or not all(c.headline for c in d.candidates)
            or not any(places_agree(b.place, d.place, ancestors) or _beside(b.place, d.place) for b in story)]


def _beside(story, head) -> bool:
    """"هجوم قرب منبج" over "… في قرية عون الدادات شمال مدينة منبج": the story's village we lack,
    placed by the town the headline names (its `within`), is the headline's place told closer."""
    return bool(story is not None and head is not None and head.place_id
                and getattr(story, "within", None) == head.place_id)


def give_headline_toll(doc: Doc, drafts: list) -> None:
    """The headline's toll to the first incident of the story (not a recollection), when that
    incident tells a toll of its own: the headline completes a toll, it makes no incident one
    (a summary's bullet lines end at line breaks too, and their act may be told apart)."""
    first = next((d for d in drafts if not d.background and d.hits), None)
    if first is not None and any(not c.negated for c in first.counts):
        first.counts.extend(headline_toll(doc, {c.first for d in drafts for c in d.counts}))


def restated_headline_toll(doc: Doc, drafts: list) -> None:
    """"داعش يفاجئ سلمية بمجزرة: 52 قتيلاً و100 جريح" over "وقتل جراء الهجوم على عقارب 52
    شخصاً": a figure of the headline that the story restates for another incident names the
    incident the headline sums up, though the headline's place put its act with another one
    (shells on the town, no one hurt): the headline's figures go to that incident, as the
    headline toll goes where the story tells none (tallies), and leave the other."""
    heads = headline_lines(doc)
    if not heads:
        return
    lo, hi = heads[0].first, heads[-1].last

    def headline(c: Count) -> bool:
        return lo <= c.first < hi

    for d in drafts:
        mine = [c for c in d.counts if headline(c) and not c.negated]
        figures = {(c.field, c.value) for c in mine}
        if not figures or any((c.field, c.value) in figures for c in d.counts if not headline(c)):
            continue
        owner = next((o for o in drafts if o is not d and not o.background and any(
            not headline(c) and (c.field, c.value) in figures for c in o.counts)), None)
        if owner is not None:
            d.counts = [c for c in d.counts if not (headline(c) and not c.negated)]
            owner.counts.extend(replace(c, tally=True) for c in mine)

