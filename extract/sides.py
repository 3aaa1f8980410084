"""Who is side 1 and who is side 2 of an event, as the sentence sets them.

"بين X و Y" puts X against Y ("من جهة … من جهة أخرى" groups allies);
Arabic puts the verb first, so after a verb the first actor is the agent;
after a noun of an act done to someone (اغتيال، اعتقال، استهداف، مقتل) the
actor is the one it was done to. "بدعم من X" puts X with the actor before it.
The words are data: data/sides.json (schema: sides.schema.json).
"""
from __future__ import annotations

from dataclasses import dataclass

from . import lexicon
from .act_frames import FRAMES
from .normalise import fold, folded, strip_article, word_forms
from .casualty_words import FIELDS, LANG as CASUALTY_WORDS
from .numbers import dual, names_people, number_at
from .victims import one_person
from .text import Doc
from .wordlists import DATA_DIR, read_data

_DATA = read_data(DATA_DIR / "sides.json")     # the words; schema: sides.schema.json


def _words(key: str) -> frozenset[str]:
    return folded(_DATA[key])


VERB_TRIGGERS = _words("verb_triggers")
ALLY_MARKERS = _words("ally_markers")   # "إلى جانب"
OWNER_MARKERS = _words("owner_markers")
# "المدعومة من إيران", "الموالية لإيران": a backer described, never a party to the event
SUPPORT_MARKERS = _words("support_markers")
_BACK = _words("ally_back_pronouns")     # "الموالية لها": the support word's pronoun points back
AGENT_MARKERS = _words("agent_markers")
# "قتل عنصر من X", "في صفوف X": X is who was hit.
VICTIM_MARKERS = _words("victim_markers")


@dataclass
class Hit:
    actor_id: str
    first: int
    last: int
    mention_first: int
    side: int | None = None


_OF = _words("of")
# Words right before an actor that make it the one acted upon.
VICTIM_WORDS = _words("victim_words")
# "هاجم عناصر من داعش حاجزاً": after a verb that is never passive in print, "عناصر من X" are its subject
ACTIVE_VERBS = _words("active_verbs")
# "استهدفت الفصائل مواقع النظام": the actor after a feminine verb is its subject, unless a
# doer came first ("طائرة إسرائيلية استهدفت قوات النظام")
TARGETED_AFTER_DOER = _words("targeted_after_doer")


def _forms(doc: Doc, i: int) -> set[str]:
    return set(word_forms(doc.words[i])) if 0 <= i < len(doc.words) else set()


def drop_owners(doc: Doc, hits: list[Hit], is_parent=None) -> list[Hit]:
    """"الفرقة الرابعة التابعة لقوات النظام": the owner describes, it does not act.
    Only an owner that really is the previous actor's parent is dropped ("سيارة
    تابعة لميليشيا الدفاع" names the target)."""
    keep: list[Hit] = []
    for h in hits:
        start = h.mention_first - 3
        for j in range(start, h.mention_first):
            if _forms(doc, j) & _BACK:      # "الموالية لها بهجوم لتنظيم داعش": the support word had its backer
                start = j + 1
        window = set().union(*(_forms(doc, j) for j in range(start, h.mention_first)))
        if _backer(doc, start, h) or (window & OWNER_MARKERS and keep and
                                        (is_parent is None or is_parent(h.actor_id, keep[-1].actor_id))):
            continue
        keep.append(h)
    return keep


_BACKER_GLUE = frozenset({"من", "قبل", "ل", "لـ"})


def _support_word(doc: Doc, start: int, end: int) -> int | None:
    """The first support word ("الموالية", "مدعومة") in tokens [start, end)."""
    return next((j for j in range(max(start, 0), end) if _forms(doc, j) & SUPPORT_MARKERS), None)


def _backer(doc: Doc, start: int, h: Hit) -> bool:
    """"المدعومة من إيران", "الموالية لإيران": h is the backer a support word names, right
    after it (من، قبل between); "الموالية لإيران بهجوم لتنظيم داعش" does not describe IS."""
    j = _support_word(doc, start, h.mention_first)
    return j is not None and all(_forms(doc, k) & _BACKER_GLUE for k in range(j + 1, h.mention_first))


def assign(doc: Doc, hits: list[Hit], trigger: int, first: int, victim_kind: bool, is_parent=None,
           victims: frozenset = frozenset()) -> list[Hit]:
    """Set .side on each hit (deduplicated by actor, in text order); `victims`, actors that are
    only ever targets ("مدنيين"), are side 2 and name no doer before the one after them."""
    seen: dict[str, Hit] = {}
    for h in sorted(hits, key=lambda h: h.first):
        seen.setdefault(h.actor_id, h)
    hits = drop_owners(doc, list(seen.values()), is_parent)
    if not hits:
        return hits
    between = next((j for j in range(first, hits[0].first) if "بين" in _forms(doc, j)), None)
    if between is not None and hits[0].first - between <= 6 and len(hits) > 1:
        # "بين X من جهة وY من جهة أخرى", "… من طرف، و… من طرف آخر": where the first side ends
        split = next((j for j in range(hits[0].first, hits[-1].first) if _forms(doc, j) & _SIDE_SPLIT), None)
        joint = between > 0 and bool(_forms(doc, between - 1) & JOINT)    # "دوريات مشتركة بين X وY"
        for h in hits:
            h.side = 1 if joint or (h.first < split if split is not None else h is hits[0]) else 2
        _allies(doc, hits, first)
        return hits
    verbal = bool(_forms(doc, trigger) & VERB_TRIGGERS)
    agent_found = False
    for h in hits:
        if h.actor_id in victims:
            h.side = 2      # "أصيب أربعة مدنيين إثر استهداف قوات قسد بالقنابل": no doer yet
            continue
        around = set().union(*(_forms(doc, j) for j in range(h.mention_first - 3, h.first)))
        wields = _wields(doc, h, trigger)
        subject = not agent_found and (any(_forms(doc, j) & ACTIVE_VERBS
                                           for j in range(max(first, h.mention_first - 4), h.mention_first))
                                       or _with_weapon_after(doc, h, hits) or _fires(doc, h, trigger)
                                       or wields or _object_after(doc, h, verbal and _right_after(doc, h, trigger))
                                       or _subject_of_carrying_out(doc, h))
        if _struck_thing(doc, h, first) or (agent_found and _owned_object(doc, h, first) is not None):
            # "استهدف حاجز لقوات النظام بعبوة ناسفة", "قصفت مسيرة تركية سيارة تابعة لقسد": the owner
            # of what was hit
            h.side = 2
            continue
        if not subject and not _agent_of_cells(doc, h) and (
                (around & VICTIM_MARKERS and around & _OF) or around & VICTIM_WORDS or _counted(doc, h) or
                (agent_found and around & TARGETED_AFTER_DOER)):
            h.side = 2
            continue
        before_trigger = h.first < trigger
        marked_agent = _agent_marked(doc, h) or _fired_from(doc, h) or wields or _agent_of_cells(doc, h) \
            or _attack_by(doc, h) or _holds(doc, h) or (subject and not before_trigger)
        if marked_agent:        # "تبنى تنظيم داعش التفجير", "من قبل X": the doer, whatever the word order
            h.side, agent_found = 1, True
        elif before_trigger and _undergoes(doc, h, first):
            h.side = 2          # "تعرض حاجز لقوات النظام لهجوم": what underwent the act
        elif before_trigger or (verbal and not agent_found) or not victim_kind and not agent_found:
            h.side = 1 if not agent_found or before_trigger else 2
            agent_found = agent_found or h.side == 1
        else:
            h.side = 2
    if not victim_kind and len(hits) > 1 and all(h.side == 1 for h in hits):
        for h in hits[1:]:      # "تخوض X وY اشتباكات": a fight between the two
            h.side = 2
    _allies(doc, hits, first)
    return hits


_CELLS = _words("cells")
_STRUCK_VERBS = _words("struck_verbs")
_STRUCK_AFTER = _words("struck_after")


def _struck_thing(doc: Doc, h: Hit, first: int) -> bool:
    """"استهدف حاجز لقوات النظام بعبوة ناسفة", "استهدفت سيارة تابعة لقسد": a thing right after a
    verb of striking, owned by X, then a means, an agent or a place (not a bare object, as
    in "استهدفت دورية لقوات النظام بلدة طفس"): the verb is passive, and X is whose thing was hit."""
    k = _owned_object(doc, h, first)
    if k is None or not _forms(doc, k - 1) & _STRUCK_VERBS:
        return False
    j = h.last + 1
    return j >= len(doc.words) or "،" in doc.text[doc.tokens[h.last].end:doc.tokens[j].start] or \
        bool(_forms(doc, j) & (_STRUCK_AFTER | WEAPONS | lexicon.MEANS))


def _owned_object(doc: Doc, h: Hit, first: int) -> int | None:
    """The token of a thing X owns, told right before X ("سيارة تابعة لقسد", "حاجز لقوات النظام")."""
    k = h.first - 1
    if k > first and _forms(doc, k) & OWNER_MARKERS:
        k -= 1
    elif not doc.words[h.first].startswith("ل"):
        return None
    w = doc.words[k] if k > first else ""
    return k if {w, w[:-1] if w.endswith("ا") else w} & _OBJECTS else None


def _counted(doc: Doc, h: Hit) -> bool:
    """"قتل 33 جندياً تركياً", "قتل ثلاثة جنود أتراك", "مقتل جندي تركي": X qualifies a counted fighter
    noun (a number or a dual before it, or a toll's word: one; the noun before X's mention or its
    first word), so X's men are the ones the toll counts."""
    for j in (h.mention_first - 1, h.mention_first):
        if j < 0:
            continue
        noun = doc.words[j]
        # "جندياً": the accusative, which word_forms keeps whole after a ي
        if not (_forms(doc, j) | {noun[:-1] if noun.endswith("ا") else noun}) & VICTIM_MARKERS:
            continue
        if dual(noun) or any(number_at(doc.words, k)[1] and k + number_at(doc.words, k)[1] == j
                             for k in (j - 1, j - 2) if k >= 0):
            return True
        if j > 0 and any(_forms(doc, j - 1) & CASUALTY_WORDS.count_after[f] for f in FIELDS):
            return True     # "مقتل جندي تركي": one, told right after the toll's word
    return False


_CUSTODY = _words("custody_places")
_HELD_IN = _words("held_in")


def _holds(doc: Doc, h: Hit) -> bool:
    """"توفي معتقل تحت التعذيب في سجون قوات النظام", "في سجن صيدنايا التابع للنظام": whose
    prison it is did what befell the one held in it. The prison names X by idafa, or by an
    owning word past at most two words of the prison's name; "في"/"داخل" (or an attached ب)
    puts someone inside ("هجوم على سجن غويران التابع لقسد" is an attack on the owner)."""
    k = h.mention_first - 1
    if k >= 0 and _forms(doc, k) & OWNER_MARKERS:
        at = [j for j in range(max(0, k - 3), k) if _forms(doc, j) & _CUSTODY]
    else:
        at = [k] if k >= 0 and _forms(doc, k) & _CUSTODY else []
    if not at:
        return False
    j = at[0]
    while j > 0 and j > at[0] - 3 and _forms(doc, j - 1) & _HELD_IN:
        j -= 1
    return j < at[0] or doc.words[at[0]].startswith(("ب", "وب", "في"))
_UNDERGO = _words("undergo_verbs")


def _undergoes(doc: Doc, h: Hit, first: int) -> bool:
    """"تعرض حاجز لقوات النظام لهجوم", "تعرضت قوات النظام لكمين": X after a verb of undergoing
    (and before the act's word) is who the act was done to."""
    return any(_forms(doc, j) & _UNDERGO for j in range(max(first, h.mention_first - 3), h.mention_first))


def _fires(doc: Doc, h: Hit, trigger: int) -> bool:
    """"إطلاق عناصر من القاطرجي النار باتجاه …", "أضرم مسلحون النار في منزل": whoever stands
    between a verb and the object noun that says its act (data/act_frames.json) did it."""
    if not 0 < h.mention_first - trigger <= 4:
        return False
    verbs = set().union(*(_forms(doc, j) for j in range(trigger, h.mention_first)))
    return any(verbs & f.verbs and any(_forms(doc, j) & f.objects for j in range(h.last + 1, min(len(doc.words), h.last + 3)))
               for f in FRAMES.object_acts)


_OBJECTS = _words("objects")


def _right_after(doc: Doc, h: Hit, trigger: int) -> bool:
    """X stands right after the act's word, past only the words of a count-group ("أحرق
    عناصر من قسد", "اعتقل عناصر من قوات النظام")."""
    return 0 < h.first - trigger <= 4 and all(_forms(doc, j) & (_CELLS | VICTIM_MARKERS | _OF)
                                              for j in range(trigger + 1, h.first))


def _object_after(doc: Doc, h: Hit, after_verb: bool = False) -> bool:
    """"باستهداف عناصر الدفاع الوطني موكب سيارات", "أحرق عناصر من قسد منازل المدنيين": X then
    what X hit (no preposition) is the doer. Right after the act's verb, people told as its
    object ("اعتقل عناصر من قوات النظام شاباً") make X its subject too: a passive verb's
    subject is never followed by a second noun."""
    j = h.last + 1
    while j < len(doc.words) and j <= h.last + 2 and set(word_forms(doc.words[j])) & SUPPORT_MARKERS:
        j += 2      # "الدفاع الوطني الموالي للنظام موكباً"
    if j >= len(doc.words):
        return False
    w = doc.words[j]
    bare = strip_article(w)
    if {w, bare, w[:-1] if len(w) > 3 and w.endswith("ا") else w} & _OBJECTS:
        return True
    return after_verb and (one_person(w) or one_person(bare) or names_people(bare)) and w != "من"


def _with_weapon_after(doc: Doc, h: Hit, hits: list[Hit] = ()) -> bool:
    """"استهداف قوات النظام بالرشاشات الثقيلة محيط البلدة": X then the weapon it used is the doer.
    A weapon whose owner follows it ("قتل عنصر من الأمن العام برصاص مسلحين مجهولين": the bullets
    of the gunmen) is that actor's, and X is who it hit."""
    for j in range(h.last + 1, min(len(doc.words), h.last + 3)):
        w = doc.words[j]
        if w.startswith("ب") and set(word_forms(w[1:])) & _WEAPON_COUNTS:
            j = next((k for k in range(j + 1, min(len(doc.words), j + 3)) if _forms(doc, k) & WEAPONS), j)
            w = "ب" + doc.words[j]      # "بعدة قنابل", "بعدد من الصواريخ": the count of the weapon
        if w.startswith("ب") and len(w) > 3 and set(word_forms(w[1:])) & WEAPONS:
            if j + 1 < len(doc.words) and _forms(doc, j + 1) & _CELLS:
                return False    # "عنصران من قسد برصاص قناص": the sniper's bullets, not theirs
            return not any(o is not h and (j < o.mention_first <= j + 2 or _owned_through(doc, j, o)) for o in hits)
    return False


def _owned_through(doc: Doc, weapon: int, o: Hit) -> bool:
    """"برصاص قناص تابع لقوات النظام": the men who fired and the word of owning stand between
    the weapon and its owner."""
    return weapon + 2 < o.mention_first <= weapon + 4 and all(
        _forms(doc, k) & (_CELLS | OWNER_MARKERS) for k in range(weapon + 1, o.mention_first))


# matched with word_forms, so "بالرشاشات" finds "رشاشات" without listing "الرشاشات"
WEAPONS = _words("weapons")
_WEAPON_COUNTS = _words("weapon_counts")


_ATTACK_NOUNS = _words("attack_nouns")


_SO_CALLED = _words("so_called")


def _attack_by(doc: Doc, h: Hit) -> bool:
    """"في هجوم لخلايا داعش", "قصف لقوات النظام", "هجوم لمرتزقة ما يسمى الجيش الوطني":
    the attack of X, X did it."""
    j = h.mention_first
    while j > 0 and not doc.words[j].startswith("ل") and j > h.mention_first - 4 and \
            (_forms(doc, j - 1) & (_CELLS | _SO_CALLED)):
        j -= 1
    if not (j > 0 and doc.words[j].startswith("ل")):
        return False
    k = j - 1
    if k > 0 and _forms(doc, k) & _ATTACK_QUALIFIERS:
        k -= 1      # "قصف جوي لقوات النظام", "هجوم مباغت لخلايا داعش"
    return bool(_forms(doc, k) & _ATTACK_NOUNS)


_ATTACK_QUALIFIERS = _words("attack_qualifiers")


_CELL_LINKS = _words("cell_links")   # "مجموعات مسلحة من فلول النظام"


def _agent_of_cells(doc: Doc, h: Hit) -> bool:
    """"هجوم شنته خلايا تابعة لتنظيم داعش": the group whose cells did it."""
    for j in range(h.mention_first - 1, max(-1, h.mention_first - 6), -1):
        forms = _forms(doc, j)
        if forms & AGENT_MARKERS:
            return True
        if not forms & (_CELLS | OWNER_MARKERS | _CELL_LINKS):
            return False
    return False


_HEDGES = _words("hedges")


def _wields(doc: Doc, h: Hit, trigger: int) -> bool:
    """"طيران النظام" (the weapon is the actor), "الطائرات الحربية الروسية", "طائرة مسيرة تابعة للتحالف"
    (the weapon's owner): who fired."""
    if h.mention_first <= trigger <= h.last:
        return True
    if 0 < h.mention_first - trigger <= 5 and all(_forms(doc, j) & (lexicon.MEANS | _HEDGES)
                                                  for j in range(trigger, h.mention_first)):
        return True     # "الطائرات الحربية الروسية", "طائرات حربية يعتقد أنها روسية": the weapon's state
    before = [_forms(doc, j) for j in range(h.mention_first - 4, h.mention_first)]
    return any(f & OWNER_MARKERS for f in before[-2:]) and any(f & lexicon.MEANS for f in before)


def _weapon_start(doc: Doc, h: Hit) -> int:
    """Where X's mention starts once the weapon it is named by and a hedge are counted in
    ("طائرات يرجح أنها روسية")."""
    start = h.mention_first
    while start > 0 and h.mention_first - start < 5 and _forms(doc, start - 1) & (lexicon.MEANS | _HEDGES):
        start -= 1
    return start


def _agent_marked(doc: Doc, h: Hit) -> bool:
    """"من قبل X", "نفذتها X", and past the weapon X is named by and its hedge: "غارات نفذتها
    طائرات يرجح أنها روسية" (the agent word stands before the weapon, not before the adjective)."""
    return any(_forms(doc, j) & AGENT_MARKERS for j in range(_weapon_start(doc, h) - 2, h.mention_first))


_DOER_AFTER = _words("doer_after_verbs")


def _subject_of_carrying_out(doc: Doc, h: Hit) -> bool:
    """"نفذت الطائرات الحربية الروسية 20 غارة", "ألقى الطيران المروحي براميل": X right after a verb
    of carrying out, firing or dropping is its subject, wherever the act's own word stands."""
    start = _weapon_start(doc, h)
    return start > 0 and bool(_forms(doc, start - 1) & _DOER_AFTER)


_FIRED_FROM = frozenset(tuple(fold(w) for w in p.split()) for p in _DATA["fired_from"])
_FIRED_FROM_PLACES = _words("fired_from_places")


def _fired_from(doc: Doc, h: Hit) -> bool:
    """"قذيفة مصدرها مناطق سيطرة قوات النظام", "قذائف أطلقت من مواقع قسد": the forces that hold the
    positions the fire came from fired it; "صواريخ من مناطق سيطرة قسد": from the areas X controls."""
    start = h.mention_first
    while start > 0 and h.mention_first - start < 3 and _forms(doc, start - 1) & _FIRED_FROM_PLACES:
        start -= 1
    if start > 0 and "من" in _forms(doc, start - 1) and any("سيطره" in _forms(doc, j)
                                                           for j in range(start, h.mention_first)):
        return True
    for phrase in _FIRED_FROM:
        n = len(phrase)
        if start - n >= 0 and all(phrase[k] in _forms(doc, start - n + k) for k in range(n)):
            return True
    return False


_SIDE_SPLIT = _words("side_split")
JOINT = _words("joint")
_FIGHT_NOUNS = _words("fight_nouns")
_FIGHT_VERBS = _words("fight_verbs")


_SUSPECT_VERBS = _words("suspect_verbs")
_SUSPECT_GLUE = _words("suspect_glue")


def _suspected_as(doc: Doc, prev: Hit, h: Hit) -> bool:
    """"مسلحون يعتقد أنهم من خلايا داعش", "مسلحون يرجح أنهم من التنظيم": who the gunmen are
    thought to be, on their side (not the one they attacked)."""
    between = [_forms(doc, j) for j in range(prev.last + 1, h.mention_first)]
    return 0 < len(between) <= 5 and any(f & _SUSPECT_VERBS for f in between) and \
        all(f & (_SUSPECT_VERBS | _SUSPECT_GLUE | _CELLS) for f in between)


def _conjunct_ally(doc: Doc, prev: Hit, h: Hit) -> bool:
    """"قوات النظام والميليشيات الموالية لها": an actor joined by و right after another, that a
    support word with a pronoun back to it calls its ally (sides.json ally_back_pronouns), is on its side."""
    if h.mention_first - prev.last != 1 or not doc.words[h.mention_first].startswith("و"):
        return False
    after = [_forms(doc, j) for j in range(h.first, min(len(doc.words), h.last + 4))]
    return any(f & SUPPORT_MARKERS for f in after) and any(f & _BACK for f in after)


def _backed_by(doc: Doc, h: Hit) -> bool:
    """"قوات الأسد مدعومة بعدد من عناصر الميليشيات الإيرانية": a support word with بـ brings
    fighters of h into the act, beside the one it backs (not a sponsor described)."""
    j = _support_word(doc, h.mention_first - 4, h.mention_first - 1)
    return j is not None and doc.words[j + 1].startswith("ب")


def _allies(doc: Doc, hits: list[Hit], first: int) -> None:
    fought = set().union(*(_forms(doc, j) for j in range(first, hits[-1].mention_first))) & _FIGHT_VERBS if hits else set()
    for prev, h in zip(hits, hits[1:]):
        if prev.side and (_suspected_as(doc, prev, h) or _conjunct_ally(doc, prev, h) or _backed_by(doc, h)):
            h.side = prev.side
            continue
        window = set().union(*(_forms(doc, j) for j in range(h.mention_first - 2, h.mention_first)))
        if window & ALLY_MARKERS and prev.side:
            # "بعد اشتباكات مع قوات النظام", "اشتبكت قوات النظام مع مسلحين": with whom they fought,
            # not beside whom
            against = "مع" in window and not window & JOINT and (fought or set().union(*(
                _forms(doc, j) for j in range(h.mention_first - 3, h.mention_first))) & _FIGHT_NOUNS)
            h.side = (3 - prev.side) if against else prev.side
