"""Who is side 1 and who is side 2 of an event, as the sentence sets them.

"بين X و Y" puts X against Y ("من جهة … من جهة أخرى" groups allies);
Arabic puts the verb first, so after a verb the first actor is the agent;
after a noun of an act done to someone (اغتيال، اعتقال، استهداف، مقتل) the
actor is the one it was done to. "بدعم من X" puts X with the actor before it.
The words are data: data/sides.json (schema: sides.schema.json).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Callable

from . import doers, lexicon
from .casualty_words import FIELDS, LANG as CASUALTY_WORDS
from .normalise import drop_tanween
from .numbers import dual, number_at
from .side_words import (DATA, ACTIVE_VERBS, ALLY_MARKERS, BACK_PRONOUNS, CELLS, OBJECTS, OF,
                         OWNER_MARKERS, SUPPORT_MARKERS, TARGETED_AFTER_DOER, VERB_TRIGGERS,
                         VICTIM_MARKERS, VICTIM_WORDS, WEAPONS, Hit, forms, words)
from .text import Doc

__all__ = ["Hit", "assign", "drop_owners", "WEAPONS", "ALLY_MARKERS"]


def drop_owners(doc: Doc, hits: list[Hit], is_parent=None) -> list[Hit]:
    """"الفرقة الرابعة التابعة لقوات النظام": the owner describes, it does not act.
    Only an owner that really is the previous actor's parent is dropped ("سيارة
    تابعة لميليشيا الدفاع" names the target)."""
    keep: list[Hit] = []
    for h in hits:
        start = h.mention_first - 3
        for j in range(start, h.mention_first):
            if forms(doc, j) & BACK_PRONOUNS:      # "الموالية لها بهجوم لتنظيم داعش": the support word had its backer
                start = j + 1
        window = set().union(*(forms(doc, j) for j in range(start, h.mention_first)))
        if _backer(doc, start, h) or (window & OWNER_MARKERS and keep and
                                        (is_parent is None or is_parent(h.actor_id, keep[-1].actor_id))):
            continue
        keep.append(h)
    return keep


_BACKER_GLUE = frozenset({"من", "قبل", "ل", "لـ"})


def _support_word(doc: Doc, start: int, end: int) -> int | None:
    """The first support word ("الموالية", "مدعومة") in tokens [start, end)."""
    return next((j for j in range(max(start, 0), end) if forms(doc, j) & SUPPORT_MARKERS), None)


def _backer(doc: Doc, start: int, h: Hit) -> bool:
    """"المدعومة من إيران", "الموالية لإيران": h is the backer a support word names, right
    after it (من، قبل between); "الموالية لإيران بهجوم لتنظيم داعش" does not describe IS."""
    j = _support_word(doc, start, h.mention_first)
    return j is not None and all(forms(doc, k) & _BACKER_GLUE for k in range(j + 1, h.mention_first))


def assign(doc: Doc, hits: list[Hit], trigger: int, first: int, victim_kind: bool, is_parent=None,
           victims: frozenset = frozenset()) -> list[Hit]:
    """Set .side on each hit (deduplicated by actor, in text order); `victims`, actors that are
    only ever targets ("مدنيين"), are side 2 and name no doer before the one after them."""
    seen: dict[str, Hit] = {}
    for h in sorted(hits, key=lambda h: h.first):
        seen.setdefault(h.actor_id, h)
    hits = drop_owners(doc, list(seen.values()), is_parent)
    owned = {id(o): n for n, o in zip(hits, hits[1:]) if _owner_told(doc, n, o)}
    _assign(doc, [h for h in hits if id(h) not in owned], trigger, first, victim_kind, victims)
    for h in hits:
        if id(h) in owned:      # the owner stands where the force it owns stands
            h.side, h.grammar = owned[id(h)].side, owned[id(h)].grammar
    return hits


def _owner_told(doc: Doc, named: Hit, owner: Hit) -> bool:
    """"اللواء الثامن التابع لشعبة المخابرات العسكرية": the owner word right after a force's
    name tells its owner outright, whatever the gazetteer's tree says (forces change masters);
    after a thing ("سيارة تابعة لـ") the owner is the target."""
    marker = named.last + 1
    return marker < owner.mention_first <= marker + 1 and bool(forms(doc, marker) & OWNER_MARKERS)


def _assign(doc: Doc, hits: list[Hit], trigger: int, first: int, victim_kind: bool,
            victims: frozenset) -> list[Hit]:
    if not hits:
        return hits
    between = next((j for j in range(first, hits[0].first) if "بين" in forms(doc, j)), None)
    # "بين مدنيين وعسكريين": who the victims were, no two sides (victims: only ever a target)
    if between is not None and hits[0].first - between <= 6 and len(hits) > 1 and hits[0].actor_id not in victims:
        # "بين X من جهة وY من جهة أخرى", "… من طرف، و… من طرف آخر": where the first side ends
        split = next((j for j in range(hits[0].first, hits[-1].first) if forms(doc, j) & _SIDE_SPLIT), None)
        joint = between > 0 and bool(forms(doc, between - 1) & JOINT)    # "دوريات مشتركة بين X وY"
        for h in hits:
            h.side = 1 if joint or (h.first < split if split is not None else h is hits[0]) else 2
            h.grammar = True    # "بين X وY", "من جهة … من جهة أخرى": the sentence told each side
        _allies(doc, hits, first, coordination=split is not None)    # "بين X وY": Y is the other side
        return hits
    verbal, agent_found = bool(forms(doc, trigger) & VERB_TRIGGERS), False
    for h in hits:
        reading = _Reading(doc, hits, h, trigger, first, verbal, victim_kind, victims, agent_found)
        h.side = next(side for _, test, side in _RULES if test(reading))
        agent_found = agent_found or h.side == 1
    if not victim_kind and len(hits) > 1 and all(h.side == 1 for h in hits):
        for h in hits[1:]:      # "تخوض X وY اشتباكات": a fight between the two
            h.side = 2
    _allies(doc, hits, first)
    return hits


@dataclass
class _Reading:
    """What the sentence says around one hit, asked by the rules in order (each cue read once,
    only when a rule asks)."""
    doc: Doc
    hits: list[Hit]
    h: Hit
    trigger: int
    first: int
    verbal: bool
    victim_kind: bool
    victims: frozenset
    agent_found: bool   # a doer was read before this hit

    @cached_property
    def around(self) -> set[str]:
        return set().union(*(forms(self.doc, j) for j in range(self.h.mention_first - 3, self.h.first)))

    @cached_property
    def wields(self) -> bool:
        return doers.wields(self.doc, self.h, self.trigger)

    @cached_property
    def subject(self) -> bool:
        """The subject of the act's verb: after an active verb, with its weapon, or the one who fires."""
        doc, h, trigger = self.doc, self.h, self.trigger
        return not self.agent_found and (
            any(forms(doc, j) & ACTIVE_VERBS for j in range(max(self.first, h.mention_first - 4), h.mention_first))
            or doers.with_weapon_after(doc, h, self.hits) or doers.fires(doc, h, trigger) or self.wields
            or doers.object_after(doc, h, self.verbal and doers.right_after(doc, h, trigger))
            or doers.subject_of_carrying_out(doc, h))

    @property
    def before_trigger(self) -> bool:
        return self.h.first < self.trigger


def _owner_of_struck(r: _Reading) -> bool:
    """"استهدف حاجز لقوات النظام بعبوة ناسفة", "قصفت مسيرة تركية سيارة تابعة لقسد": whose thing was hit."""
    return _struck_thing(r.doc, r.h, r.first) or (r.agent_found and _owned_object(r.doc, r.h, r.first) is not None)


def _told_as_target(r: _Reading) -> bool:
    """"مقتل عنصر من X", "استهداف X", "3 عناصر من X": a victim word or a count before it."""
    around = r.around
    return not r.subject and not doers.agent_of_cells(r.doc, r.h) and (
        (around & VICTIM_MARKERS and around & OF) or around & VICTIM_WORDS or _counted(r.doc, r.h)
        or (r.agent_found and around & TARGETED_AFTER_DOER))


def _marked_doer(r: _Reading) -> bool:
    """"تبنى تنظيم داعش التفجير", "من قبل X", the weapon's owner: the doer, whatever the word order."""
    doc, h = r.doc, r.h
    return doers.agent_marked(doc, h) or doers.fired_from(doc, h) or r.wields or doers.agent_of_cells(doc, h) \
        or doers.attack_by(doc, h) or doers.holds(doc, h) or (r.subject and not r.before_trigger)


def _first_in_order(r: _Reading) -> bool:
    """Before the act, or the first actor after a verb (or after any act no victim noun names)."""
    return r.before_trigger or not r.agent_found and (r.verbal or not r.victim_kind)


# Which side a hit stands on: the first rule whose test holds decides (a side 1 makes later hits
# read "a doer was found").
_RULES: list[tuple[str, Callable[[_Reading], bool], int]] = [
    ("only ever a target", lambda r: r.h.actor_id in r.victims, 2),     # "أصيب أربعة مدنيين إثر استهداف قوات قسد"
    ("owner of the thing struck", _owner_of_struck, 2),
    ("told as the target", _told_as_target, 2),
    ("marked as the doer", _marked_doer, 1),
    ("underwent the act", lambda r: r.before_trigger and _undergoes(r.doc, r.h, r.first, r.trigger), 2),
    ("first in the word order", _first_in_order, 1),
    ("acted upon", lambda r: True, 2),
]


CELLS = words("cells")
_STRUCK_VERBS = words("struck_verbs")
_STRUCK_AFTER = words("struck_after")


def _struck_thing(doc: Doc, h: Hit, first: int) -> bool:
    """"استهدف حاجز لقوات النظام بعبوة ناسفة", "استهدفت سيارة تابعة لقسد": a thing right after a
    verb of striking, owned by X, then a means, an agent or a place (not a bare object, as
    in "استهدفت دورية لقوات النظام بلدة طفس"): the verb is passive, and X is whose thing was hit."""
    k = _owned_object(doc, h, first)
    if k is None or not forms(doc, k - 1) & _STRUCK_VERBS:
        return False
    j = h.last + 1
    return j >= len(doc.words) or "،" in doc.text[doc.tokens[h.last].end:doc.tokens[j].start] or \
        bool(forms(doc, j) & (_STRUCK_AFTER | WEAPONS | lexicon.MEANS))


def _owned_object(doc: Doc, h: Hit, first: int) -> int | None:
    """The token of a thing X owns, told right before X ("سيارة تابعة لقسد", "حاجز لقوات النظام")."""
    k = h.first - 1
    if k > first and forms(doc, k) & OWNER_MARKERS:
        k -= 1
    elif not doc.words[h.first].startswith("ل"):
        return None
    w = doc.words[k] if k > first else ""
    return k if {w, drop_tanween(w)} & OBJECTS else None


def _counted(doc: Doc, h: Hit) -> bool:
    """"قتل 33 جندياً تركياً", "قتل ثلاثة جنود أتراك", "مقتل جندي تركي": X qualifies a counted fighter
    noun (a number or a dual before it, or a toll's word: one; the noun before X's mention or its
    first word), so X's men are the ones the toll counts."""
    for j in (h.mention_first - 1, h.mention_first):
        if j < 0:
            continue
        noun = doc.words[j]
        # "جندياً": the accusative, which word_forms keeps whole after a ي
        if not (forms(doc, j) | {drop_tanween(noun)}) & VICTIM_MARKERS:
            continue
        if dual(noun) or any(number_at(doc.words, k)[1] and k + number_at(doc.words, k)[1] == j
                             for k in (j - 1, j - 2) if k >= 0):
            return True
        if j > 0 and any(forms(doc, j - 1) & CASUALTY_WORDS.count_after[f] for f in FIELDS):
            return True     # "مقتل جندي تركي": one, told right after the toll's word
    return False


_UNDERGO = words("undergo_verbs")
_REPEL = words("repel_verbs")


def _undergoes(doc: Doc, h: Hit, first: int, trigger: int) -> bool:
    """"تعرض حاجز لقوات النظام لهجوم", "تعرضت قوات النظام لكمين": X after a verb of undergoing
    (and before the act's word) is who the act was done to; "الدفاعات الجوية تصدت لصواريخ
    العدوان": X that fought the act off, with a verb of repelling before the act's word, too."""
    return any(forms(doc, j) & _UNDERGO for j in range(max(first, h.mention_first - 3), h.mention_first)) or \
        any(forms(doc, j) & _REPEL for j in (*range(max(first, h.mention_first - 2), h.mention_first),
                                             *range(h.last + 1, min(trigger, h.last + 3))))


_MEDIATION = words("mediation_words")
_MEDIATION_REACH = int(DATA["mediation_reach"])


def mediates(doc: Doc, first: int, last: int) -> bool:
    """"تدخلت القوات الروسية لفض الاشتباك", "بوساطة من التحالف الدولي": the actor named at tokens
    [first, last] broke up or mediated the fight; it is no party to it."""
    near = [*range(last + 1, min(len(doc.words), last + 1 + _MEDIATION_REACH)), *range(max(0, first - 2), first)]
    return any(forms(doc, j) & _MEDIATION for j in near)


_SIDE_SPLIT = words("side_split")
JOINT = words("joint")
_FIGHT_NOUNS = words("fight_nouns")
_FIGHT_VERBS = words("fight_verbs")


_SUSPECT_VERBS = words("suspect_verbs")
_SUSPECT_GLUE = words("suspect_glue")


def _suspected_as(doc: Doc, prev: Hit, h: Hit) -> bool:
    """"مسلحون يعتقد أنهم من خلايا داعش", "مسلحون يرجح أنهم من التنظيم": who the gunmen are
    thought to be, on their side (not the one they attacked)."""
    between = [forms(doc, j) for j in range(prev.last + 1, h.mention_first)]
    return 0 < len(between) <= 5 and any(f & _SUSPECT_VERBS for f in between) and \
        all(f & (_SUSPECT_VERBS | _SUSPECT_GLUE | CELLS) for f in between)


def _conjunct_ally(doc: Doc, prev: Hit, h: Hit) -> bool:
    """"قوات النظام والميليشيات الموالية لها": an actor joined by و right after another, that a
    support word with a pronoun back to it calls its ally (sides.json ally_back_pronouns), is on its side."""
    if h.mention_first - prev.last != 1 or not doc.words[h.mention_first].startswith("و"):
        return False
    after = [forms(doc, j) for j in range(h.first, min(len(doc.words), h.last + 4))]
    return any(f & SUPPORT_MARKERS for f in after) and any(f & BACK_PRONOUNS for f in after)


def _dual_partner(doc: Doc, prev: Hit, h: Hit) -> bool:
    """"قوات وزارتي الدفاع والداخلية": the second body a dual head names (dual_names.py) stands
    with the first, whatever side the sentence gives the first."""
    return h.mention_first == prev.last + 1 and any(
        set(forms(doc, j)) & lexicon.DUAL_HEADS.keys() for j in range(prev.mention_first, prev.last + 1))


def _backed_by(doc: Doc, h: Hit) -> bool:
    """"قوات الأسد مدعومة بعدد من عناصر الميليشيات الإيرانية": a support word with بـ brings
    fighters of h into the act, beside the one it backs (not a sponsor described)."""
    j = _support_word(doc, h.mention_first - 4, h.mention_first - 1)
    return j is not None and doc.words[j + 1].startswith("ب")


def _coordinated(doc: Doc, prev: Hit, h: Hit, fight_told: bool) -> bool:
    """"هاجمت قوات النظام وحزب الله مواقع الفصائل": two actors joined by و, the second right after
    the first, act together; not where a fight is told ("تخوض X وY اشتباكات": one against the other)."""
    return not fight_told and h.mention_first == prev.last + 1 and doc.words[h.mention_first].startswith("و")


def _allies(doc: Doc, hits: list[Hit], first: int, coordination: bool = True) -> None:
    fought = set().union(*(forms(doc, j) for j in range(first, hits[-1].mention_first))) & _FIGHT_VERBS if hits else set()
    fight_told = not coordination or bool(hits) and bool(set().union(*(
        forms(doc, j) for j in range(first, min(len(doc.words), hits[-1].last + 6)))) & (_FIGHT_VERBS | _FIGHT_NOUNS))
    for prev, h in zip(hits, hits[1:]):
        if prev.side and (_suspected_as(doc, prev, h) or _conjunct_ally(doc, prev, h) or _backed_by(doc, h)
                          or _dual_partner(doc, prev, h) or _coordinated(doc, prev, h, fight_told)):
            h.side, h.grammar = prev.side, True
            continue
        window = set().union(*(forms(doc, j) for j in range(h.mention_first - 2, h.mention_first)))
        if window & ALLY_MARKERS and prev.side:
            # "بعد اشتباكات مع قوات النظام", "اشتبكت قوات النظام مع مسلحين": with whom they fought,
            # not beside whom
            against = "مع" in window and not window & JOINT and (fought or set().union(*(
                forms(doc, j) for j in range(h.mention_first - 3, h.mention_first))) & _FIGHT_NOUNS)
            h.side, h.grammar = (3 - prev.side) if against else prev.side, True
