"""From sentences with event triggers to incidents, one per (actors, place, day).

Each trigger sentence becomes a candidate; a candidate joins an earlier
incident when their actors overlap (or it names none), their places agree
(same place, or one inside the other) and their days do not differ; else it
opens a new incident. A round-up sentence that lists strikes on several towns
opens one incident per town.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from . import lexicon
from .casualties import Count
from .dates import DateExpr
from .event_types import table as type_table
from .model import PlaceRef
from .saying import RECENT_DAYS
from .segment_words import WORDS
from .sides import Hit
from .text import Sentence

MERGEABLE = {frozenset({lexicon.E, lexicon.V})}
# Fire that is part of a fight (shelling, a helicopter, an explosion during a storming) joins the fight.
JOINS_BATTLE = {"shelling", "air", "grenade", "explosion", "killing", "attack", "transfer", "overtake", "looting",
                "shooting"}
# Acts on people that, told of "the militias" right after a fight, carry the fight on.
FIGHT_GOES_ON = {"attack", "killing", "looting", "abduction", "arrests", "shooting"}
VICTIM_KINDS = {"killing", "shooting", "attack", "abduction", "arrests", "ied", "air", "shelling", "grenade", "suicide", "looting"}
# Force by one side whose type waits for its target (a fighter killed is a battle): a strike by
# another doer told after it is its own incident, as after a fight.
ONE_SIDED = {"attack", "killing", "shooting"}
_IN_TOWN = {"landmark", "neighbourhood"}     # places inside a town, not villages near it
UNIDENTIFIED_KINDS = {"attack", "shooting", "abduction", "ied", "grenade", "suicide", "explosion", "shelling"}


@dataclass
class Candidate:
    sentence: Sentence
    kind: str
    trigger: int
    hits: list[Hit]
    date: Optional[DateExpr]
    counts: list[Count]
    background: bool
    civilian_victims: bool = False
    anaphoric: bool = False   # names no one, but points back at the parties ("عناصر الميليشيات")
    unattributed: bool = False  # "في حين سقط صاروخ غراد على …": a new act whose doer is unknown
    later: bool = False         # "وبعد الاشتباكات بساعات، …": a new act hours after the one told
    retold: bool = False        # "وأسفرت الاشتباكات عن مقتل شابين": the act already told, by its definite noun
    own: frozenset = frozenset()    # the parties it names that are not only victims or unknown gunmen
    blame: bool = False       # names who did the act just told, and no act of its own
    goes_on: bool = False     # the means act just told, on one more target: its doer did it
    headline: bool = False    # told in the lines over the story (its summary)
    fight: bool = False       # tells two sides engaging (the mutual cue of event_types.json)
    generic: bool = False     # its act word names no type ("الاستهداف", segmentation.json generic_act_nouns)
    pointed: bool = False     # its act word follows a demonstrative ("هذه المعركة"): the act told

    @property
    def event_type(self) -> str:
        return lexicon.SUB[self.kind][0]


@dataclass
class Draft:
    """An incident being assembled from candidates."""
    kind: str
    hits: list[Hit]
    place: Optional[PlaceRef]
    date: Optional[DateExpr]
    background: bool
    candidates: list[Candidate] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    civilian_victims: bool = False

    @property
    def actor_ids(self) -> set[str]:
        return {h.actor_id for h in self.hits}

    @property
    def event_type(self) -> str:
        return lexicon.SUB[self.kind][0]


def types_merge(a: str, b: str, kind_a: str = "", kind_b: str = "") -> bool:
    if a == b or frozenset({a, b}) in MERGEABLE:
        return True
    return (a == lexicon.B and kind_b in JOINS_BATTLE) or (b == lexicon.B and kind_a in JOINS_BATTLE)


def places_agree(a: Optional[PlaceRef], b: Optional[PlaceRef], ancestors) -> bool:
    if a is None or b is None:
        return True
    if a.place_id and a.place_id == b.place_id:
        return True
    if (a.name_ar or "") == (b.name_ar or "") and a.admin1 == b.admin1:
        return True
    for x, y in ((a, b), (b, a)):
        if y.place_id and y.place_id in {p.get("id") for p in ancestors(x.place_id)}:
            return True
        if getattr(y, "_within", None) and y._within == x.name_ar and y.admin1 == x.admin1:
            return True     # the town "في ريف منبج" and the report's Manbij: one event told twice
        if getattr(y, "_kind", "") in _IN_TOWN and x.place_id and getattr(y, "within", None) == x.place_id:
            return True     # "الانفجار وقع قرب شارع X في مدينة الميادين": in the town told
        if getattr(y, "_bare_capital", False) and y.admin1 == x.admin1:
            return True
        if getattr(y, "_kind", "") in ("governorate", "region") and y.admin1 and y.admin1 == x.admin1 \
                and not _another_town(y, x, ancestors):
            return True
    return False


def _another_town(region: PlaceRef, x: PlaceRef, ancestors) -> bool:
    """"ريف سراقب" and the city of Idlib, "ريف الدرباسية" and Amuda: a town's countryside is the
    unit it is the seat of (its subdistrict, or a city's district); a town or city of the
    gazetteer outside that unit is another town, with a countryside of its own."""
    seat = getattr(region, "_around_id", None)
    if not seat or not x.place_id or x.place_id == seat or getattr(x, "_kind", "") not in ("town", "city"):
        return False
    unit = ancestors(seat)[1:2]
    return bool(unit) and unit[0].get("id") not in {p.get("id") for p in ancestors(x.place_id)}


def _more_specific(a: Optional[PlaceRef], b: Optional[PlaceRef], specificity) -> Optional[PlaceRef]:
    if a is None:
        return b
    if b is None:
        return a
    if getattr(a, "_bare_capital", False) and not getattr(b, "_bare_capital", False) and b.admin1 == a.admin1:
        return b if specificity(b) <= specificity(a) else a    # "في دير الزور" then "في مدينة الميادين"
    return b if specificity(b) < specificity(a) else a


def compatible(d: Draft, c: Candidate, place: Optional[PlaceRef], ancestors, family, exact: bool = False,
               latest: bool = False) -> bool:
    if exact and not (d.place and place and (d.place.name_ar == place.name_ar or
                                             (d.place.place_id and d.place.place_id == place.place_id))):
        return False
    if d.background != c.background or not (types_merge(d.event_type, c.event_type, d.kind, c.kind)
                                            or summarised(d, c)):
        return False
    ids = family({h.actor_id for h in c.hits})
    mine = family(d.actor_ids)
    # other actors, unless the sentence just goes on about the last event ("في البلدة": no place of its own)
    same_place = place is None or (d.place is not None and (place.place_id or place.name_ar) ==
                                   (d.place.place_id or d.place.name_ar))
    # a protest is told by its place and day: the parties named are whom it is against
    if ids and mine and not (ids & mine) and not (latest and same_place and d.event_type == c.event_type
                                                  and not two_strikers(d, c)) \
            and not d.event_type == c.event_type == lexicon.P:
        return False
    if latest and c.anaphoric and not c.hits and d.event_type == lexicon.B and c.kind in FIGHT_GOES_ON:
        return True     # "…ليقوم عناصر الميليشيات بمطاردة عناصر الحاجز وضربهم": the same fight
    if not _same_day(d, c) or strike_of_its_own(d, c) or other_means(d, c, place):
        return False
    return places_agree(d.place, place, ancestors)


def other_means(d: Draft, c: Candidate, place: Optional[PlaceRef]) -> bool:
    """"…بقصف مدفعي على بلدة كنصفرة، وانفجر لغم أرضي بسيارة في ريف معرة النعمان": an act by a
    means of another family (segmentation.json means_families), told at a place of its own that
    is not the draft's, is another act, though no party tells the two apart."""
    mine, its = WORDS.means_family.get(d.kind), WORDS.means_family.get(c.kind)
    return mine is not None and its is not None and mine != its and place is not None \
        and d.place is not None and (place.place_id or place.name_ar) != (d.place.place_id or d.place.name_ar)


def two_strikers(d: Draft, c: Candidate) -> bool:
    """"شنت طائرات روسية غارات على البلدة" then "وقصفت قوات النظام البلدة بالمدفعية": two strikes
    from afar, each by a doer of its own, are two incidents though told at one place (ACLED
    codes each actor's strike); the caller has found their parties apart."""
    return d.kind in WORDS.remote_strike_kinds and c.kind in WORDS.remote_strike_kinds \
        and any(h.side == 1 for h in d.hits) and any(h.side == 1 for h in c.hits)


def strike_of_its_own(d: Draft, c: Candidate) -> bool:
    """A strike from afar told after a fight at the same place is its own incident when it
    tells its own toll of civilians ("…أسفرت عن مقتل 20 عنصراً" then "وقال المرصد إن أربعة
    مدنيين قتلوا جراء غارة لطائرة مسيرة على سيارة مدنية قرب المدينة") or is by a doer the fight
    does not name (a state's aircraft raiding one side's positions while two factions fight):
    ACLED codes the strike apart from the battle (segmentation.json remote_strike_kinds).
    The other way round, a strike told first with its own toll of civilians stays apart from
    a sentence after it that tells two sides engaging (Candidate.fight: "قتل مدنيان جراء قصف
    مدفعي على البلدة" then "كما دارت اشتباكات بين الفصائل وقوات النظام على محورها"); a
    targeting that tells no fight ("إن قوات النظام استهدفت الأحياء") is the strike's doer.
    The doer test the other way round (a battle after the strike) lowered check."""
    if d.kind in WORDS.remote_strike_kinds and c.event_type == lexicon.B and d.civilian_victims \
            and any(not n.negated for n in d.counts) and c.fight:
        return True
    if not (d.event_type == lexicon.B or d.kind in ONE_SIDED and any(h.side == 1 for h in d.hits)) \
            or c.kind not in WORDS.remote_strike_kinds:
        return False
    if c.civilian_victims and any(not n.negated for n in c.counts):
        return True
    return any(h.side == 1 and h.actor_id not in d.actor_ids for h in c.hits)


def summarised(d: Draft, c: Candidate) -> bool:
    """The headline summarises the act the story then tells by its means ("تعرض حافلة
    لاستهداف" over "…لاستهداف إرهابي بعبوتين ناسفتين"): of the same parties, place and day,
    the two are one act though their words name it differently."""
    means = type_table().means_acts
    return all(x.headline for x in d.candidates) and not c.headline and c.kind in means \
        and d.kind not in means


def _same_day(d: Draft, c: Candidate) -> bool:
    """Whether the two may be of one day; "خلال الـ 24 ساعة الماضية" spans the day before too."""
    return _one_day(d, c) or bool(d.date and c.date and d.date.said and not c.date.said
                                  and _told_after(d.date, c.date))


def _one_day(d: Draft, c: Candidate) -> bool:
    """The two dates may name one day (unknown days may)."""
    if d.date and c.date and (d.date.span or c.date.span):
        return d.date.covers(c.date) or c.date.covers(d.date)
    if d.date and c.date:
        if d.date.value and c.date.value:       # known days: "الثلاثاء" and "اليوم" may be one
            return d.date.value == c.date.value
        if d.date.weekday is not None and c.date.weekday is not None:    # "أمس الأربعاء", "الأربعاء"
            return d.date.weekday == c.date.weekday
        if d.date.day_key and c.date.day_key and d.date.day_key != c.date.day_key:
            return same_weekday(d.date, c.date)
    return True


def _told_after(said: DateExpr, act: DateExpr) -> bool:
    """"في صباح يوم الخميس، أعلنت قسد …" then "الاشتباكات التي اندلعت يوم الأربعاء": the day of
    a saying is the act's or one of the week after it (saying.RECENT_DAYS). Only a saying told
    first: "واليوم، قالت الوكالة إن …" after the fight of Wednesday tells a new act of today."""
    if said.value and act.value and len(said.value) == len(act.value) == 10:
        return 0 <= (date.fromisoformat(said.value) - date.fromisoformat(act.value)).days <= RECENT_DAYS
    return act.weekday is not None and not act.value     # an undated page: the act's own weekday


def same_weekday(a: DateExpr, b: DateExpr) -> bool:
    """"مساء اليوم الجمعة" and then "مساء الجمعة", "أمس الخميس" and "الخميس": a relative day
    told with its weekday is the day the bare weekday names, so the two keys are one day;
    two different weekdays (or a key without one) stay two days."""
    return a.weekday is not None and a.weekday == b.weekday


def retold_of(recent: list[Draft], c: Candidate, family) -> Optional[Draft]:
    """The incident a definite act noun points back to ("وأسفرت الاشتباكات عن مقتل شابين من
    منطقة الكرامة", "وتسبب القصف على القريتين بحالة هلع"): the latest one of its type told in
    the last sentences, of the same day and the same parties (victims and unknown gunmen
    aside); a place the sentence names on the way (where the dead came from) is no new place.
    An act noun of no type ("وخلّف الاستهداف جرحى" after an IED) points back at any type; one a
    demonstrative points at ("وكانت هذه المعركة") is the act told whoever the sentence names."""
    own = family(set(c.own))
    fits = [d for d in reversed(recent) if d.background == c.background
            and (c.generic or types_merge(d.event_type, c.event_type, d.kind, c.kind))
            and not (own and not c.pointed and not own & family(d.actor_ids)) and _same_day(d, c)]
    # "وأسفرت الاشتباكات عن …" after air strikes told amid the fight: the fight, not the strikes
    return next((d for d in fits if d.event_type == c.event_type), fits[0] if fits else None)


def _absorb(d: Draft, c: Candidate, place: Optional[PlaceRef], specificity) -> Draft:
    """Candidate `c` becomes part of draft `d`: its parties, place, date, toll and citation."""
    battle = lexicon.B in (d.event_type, c.event_type) and d.event_type != c.event_type
    if summarised(d, c) and not types_merge(d.event_type, c.event_type, d.kind, c.kind):
        d.kind = c.kind     # the story's words for the act the headline only named
    elif not c.hits and place is None:
        pass    # a sentence that only goes on about the event ("استهداف المرافق…") keeps its type
    elif battle:
        d.kind = d.kind if d.event_type == lexicon.B else c.kind
    elif lexicon.SUB[c.kind][2] > lexicon.SUB[d.kind][2]:
        d.kind = c.kind
    known = d.actor_ids
    for h in c.hits:
        if h.actor_id not in known:
            d.hits.append(h)
            known.add(h.actor_id)
    d.place = _more_specific(d.place, place, specificity)
    said_first = c.date is not None and d.date is not None and d.date.said and not c.date.said
    d.date = d.date if d.date and d.date.value and not said_first else c.date or d.date     # the act's own day
    d.candidates.append(c)
    d.counts.extend(c.counts)
    d.civilian_victims = d.civilian_victims or c.civilian_victims
    return d


def merge(drafts: list[Draft], c: Candidate, place: Optional[PlaceRef], fallback: Optional[PlaceRef],
          ancestors, specificity, family, lookback: int = 4, exact: bool = False) -> Draft:
    """Add candidate `c` (at `place`) to a compatible draft of the last `lookback` drafts or
    sentences, or open one (at `fallback` when the sentence names no place). A sentence with
    no place of its own ("وطالب المتظاهرون خلال الاحتجاجات…") may go back further, to an
    event of its own type."""
    # the drafts told in the last few sentences (a round-up's towns count as one sentence)
    recent = [d for n, d in enumerate(drafts) if n >= len(drafts) - lookback
              or d.candidates[-1].sentence.index >= c.sentence.index - lookback]
    if place is None:
        near = {id(d) for d in recent}
        recent = [d for d in drafts if id(d) not in near and d.event_type == c.event_type] + recent
    told = retold_of(recent, c, family) if c.retold and not c.later else None
    if told is not None:    # the act named again by its noun: its place stays the one first told
        return _absorb(told, c, told.place or place, specificity)
    for d in ([] if c.later else reversed(recent)):
        if compatible(d, c, place, ancestors, family, exact, d is drafts[-1]):
            return _absorb(d, c, place, specificity)
    hits = list(c.hits)
    doer = next((d for d in reversed(drafts) if d.event_type == c.event_type and any(h.side == 1 for h in d.hits)),
                None) if c.goes_on else None
    if doer is not None:     # "كما أصيب خمسة … حيث تم استهداف نقاط تمركزهم": by the shelling's doer
        hits += [Hit(h.actor_id, h.first, h.last, h.mention_first, 1) for h in doer.hits
                 if h.side == 1 and h.actor_id not in {x.actor_id for x in hits}]
        c.kind = doer.kind      # "بعض الصواريخ سقطت …" after the air strikes: their missiles
    if not family({h.actor_id for h in hits}) and not c.unattributed:
        # "الاعتقالات شملت قرية X وبلدة Y": the actors just told; "تم إعدام شابين": only victims named
        # a bomb told with no doer ("انفجار سيارة مفخخة" after air strikes) is no strike's: only an
        # act of its own kind lends it parties (segmentation.json unclaimed_means)
        prev = next((d for d in reversed(drafts) if d.kind == c.kind and d.hits), None) or \
            next((d for d in reversed(drafts) if d.event_type == c.event_type and d.hits
                  and c.kind not in WORDS.unclaimed_means), None)
        # its own victims named ("بجرار زراعي … لإصابة مزارع"): only a doer is lent, not the victims before
        own, own_victims = {h.actor_id for h in hits}, any(h.side == 2 for h in hits)
        hits += [Hit(h.actor_id, h.first, h.last, h.mention_first, h.side) for h in (prev.hits if prev else [])
                 if h.actor_id not in own and not (own_victims and h.side == 2)]
    d = Draft(c.kind, hits, place or fallback, c.date, c.background, [c], list(c.counts), c.civilian_victims)
    drafts.append(d)
    return d
