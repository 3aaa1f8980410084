"""Evidence that an actor did the act: the word orders and markers of Arabic news that name
a doer ("من قبل X", "نفذتها X", "طيران النظام", "قذائف مصدرها مواقع X", "هجوم لخلايا داعش").
Each test takes the document and one actor's hit and answers yes or no; sides.assign weighs
them. The words are data: data/sides.json (schema: sides.schema.json)."""
from __future__ import annotations

from . import lexicon
from .act_frames import FRAMES
from .normalise import drop_tanween, fold, strip_article, word_forms
from .numbers import dual, names_people, number_at
from .side_words import (AGENT_MARKERS, CELLS, DATA, OBJECTS, OF, OWNER_MARKERS, SUPPORT_MARKERS,
                         VICTIM_MARKERS, WEAPONS, Hit, forms, words)
from .interjection import past_time
from .text import Doc
from .victims import one_person


_BACKER_GLUE = frozenset({"من", "قبل"})


def _walk_back(doc: Doc, i: int, allowed: frozenset[str], most: int) -> int:
    """Where a run of at most `most` words of `allowed` ends, walking back from word i."""
    start = i
    while start > 0 and i - start < most and forms(doc, start - 1) & allowed:
        start -= 1
    return start


_CUSTODY = words("custody_places")
_HELD_IN = words("held_in")


def holds(doc: Doc, h: Hit) -> bool:
    """"توفي معتقل تحت التعذيب في سجون قوات النظام", "في سجن صيدنايا التابع للنظام": whose
    prison it is did what befell the one held in it. The prison names X by idafa, or by an
    owning word past at most two words of the prison's name; "في"/"داخل" (or an attached ب)
    puts someone inside ("هجوم على سجن غويران التابع لقسد" is an attack on the owner)."""
    k = h.mention_first - 1
    if k >= 0 and forms(doc, k) & OWNER_MARKERS:
        at = [j for j in range(max(0, k - 3), k) if forms(doc, j) & _CUSTODY]
    else:
        at = [k] if k >= 0 and forms(doc, k) & _CUSTODY else []
    if not at:
        return False
    j = _walk_back(doc, at[0], _HELD_IN, 3)
    return j < at[0] or doc.words[at[0]].startswith(("ب", "وب", "في"))


def fires(doc: Doc, h: Hit, trigger: int) -> bool:
    """"إطلاق عناصر من القاطرجي النار باتجاه …", "أضرم مسلحون النار في منزل": whoever stands
    between a verb and the object noun that says its act (data/act_frames.json) did it."""
    if not 0 < h.mention_first - trigger <= 4:
        return False
    verbs = set().union(*(forms(doc, j) for j in range(trigger, h.mention_first)))
    return any(verbs & f.verbs and any(forms(doc, j) & f.objects for j in range(h.last + 1, min(len(doc.words), h.last + 3)))
               for f in FRAMES.object_acts)


def right_after(doc: Doc, h: Hit, trigger: int) -> bool:
    """X stands right after the act's word, past only the words of a count-group ("أحرق
    عناصر من قسد", "اعتقل عناصر من قوات النظام")."""
    return 0 < h.mention_first - trigger <= 4 and all(forms(doc, j) & (CELLS | VICTIM_MARKERS | OF)
                                                      for j in range(trigger + 1, h.mention_first))


def object_after(doc: Doc, h: Hit, after_verb: bool = False) -> bool:
    """"باستهداف عناصر الدفاع الوطني موكب سيارات", "أحرق عناصر من قسد منازل المدنيين": X then
    what X hit (no preposition) is the doer. Right after the act's verb, people told as its
    object ("اعتقل عناصر من قوات النظام شاباً") make X its subject too: a passive verb's
    subject is never followed by a second noun."""
    j = h.last + 1
    while j < len(doc.words) and j <= h.last + 2 and set(word_forms(doc.words[j])) & SUPPORT_MARKERS:
        j += 2      # "الدفاع الوطني الموالي للنظام موكباً"
        while j < len(doc.words) and doc.words[j - 1] in _BACKER_GLUE:
            j += 1  # "المدعومون من إيران ثلاثة شبان", "المدعومة من قبل روسيا"
    if j < len(doc.words) and doc.words[j].startswith("و") and doc.words[j].endswith(("ه", "ها", "هم")) \
            and len(doc.words[j]) > 4:
        j += 1      # "جيش الاحتلال التركي ومرتزقته قرى ناحية أبو راسين": X and its own men, then the object
    j = past_time(doc, j)   # "استهدف الجيش التركي، اليوم، قرية …": the day told between X and what X hit
    if j >= len(doc.words):
        return False
    w = doc.words[j]
    bare = strip_article(w)
    if {w, bare, drop_tanween(w, shortest=4)} & OBJECTS:
        return True
    if not after_verb or w == "من":
        return False
    _, size = number_at(doc.words, j)      # "اعتقلت عناصر من الفرقة الرابعة ثلاثة شبان": a count of people
    if size and j + size < len(doc.words) and names_people(doc.words[j + size]) and doc.words[j + size] != "من" \
            and "،" not in doc.text[doc.tokens[h.last].end:doc.tokens[j].start]:
        return True
    return one_person(w) or one_person(bare) or names_people(bare) or dual(w) is not None


def with_weapon_after(doc: Doc, h: Hit, hits: list[Hit] = ()) -> bool:
    """"استهداف قوات النظام بالرشاشات الثقيلة محيط البلدة": X then the weapon it used is the doer.
    A weapon whose owner follows it ("قتل عنصر من الأمن العام برصاص مسلحين مجهولين": the bullets
    of the gunmen) is that actor's, and X is who it hit."""
    for j in range(h.last + 1, min(len(doc.words), h.last + 3)):
        w = doc.words[j]
        if w.startswith("ب") and set(word_forms(w[1:])) & _WEAPON_COUNTS:
            j = next((k for k in range(j + 1, min(len(doc.words), j + 3)) if forms(doc, k) & WEAPONS), j)
            w = "ب" + doc.words[j]      # "بعدة قنابل", "بعدد من الصواريخ": the count of the weapon
        if w.startswith("ب") and len(w) > 3 and set(word_forms(w[1:])) & WEAPONS:
            if j + 1 < len(doc.words) and forms(doc, j + 1) & CELLS:
                return False    # "عنصران من قسد برصاص قناص": the sniper's bullets, not theirs
            return not any(o is not h and (j < o.mention_first <= j + 2 or _owned_through(doc, j, o)) for o in hits)
    return False


def _owned_through(doc: Doc, weapon: int, o: Hit) -> bool:
    """"برصاص قناص تابع لقوات النظام": the men who fired and the word of owning stand between
    the weapon and its owner."""
    return weapon + 2 < o.mention_first <= weapon + 4 and all(
        forms(doc, k) & (CELLS | OWNER_MARKERS) for k in range(weapon + 1, o.mention_first))



_WEAPON_COUNTS = words("weapon_counts")


_ATTACK_NOUNS = words("attack_nouns")


_SO_CALLED = words("so_called")


def attack_by(doc: Doc, h: Hit) -> bool:
    """"في هجوم لخلايا داعش", "قصف لقوات النظام", "هجوم لمرتزقة ما يسمى الجيش الوطني":
    the attack of X, X did it."""
    j = h.mention_first
    while j > 0 and not doc.words[j].startswith("ل") and j > h.mention_first - 4 and \
            (forms(doc, j - 1) & (CELLS | _SO_CALLED)):
        j -= 1
    if not (j > 0 and doc.words[j].startswith("ل")):
        return False
    k = j - 1
    if k > 0 and forms(doc, k) & _ATTACK_QUALIFIERS:
        k -= 1      # "قصف جوي لقوات النظام", "هجوم مباغت لخلايا داعش"
    return bool(forms(doc, k) & _ATTACK_NOUNS)


_ATTACK_QUALIFIERS = words("attack_qualifiers")


_CELL_LINKS = words("cell_links")   # "مجموعات مسلحة من فلول النظام"


def agent_of_cells(doc: Doc, h: Hit) -> bool:
    """"هجوم شنته خلايا تابعة لتنظيم داعش": the group whose cells did it."""
    start = _walk_back(doc, h.mention_first, CELLS | OWNER_MARKERS | _CELL_LINKS, 4)
    return start > 0 and bool(forms(doc, start - 1) & AGENT_MARKERS)


_HEDGES = words("hedges")


def wields(doc: Doc, h: Hit, trigger: int) -> bool:
    """"طيران النظام" (the weapon is the actor), "الطائرات الحربية الروسية", "طائرة مسيرة تابعة للتحالف"
    (the weapon's owner): who fired."""
    if h.mention_first <= trigger <= h.last:
        return True
    if 0 < h.mention_first - trigger <= 5 and all(forms(doc, j) & (lexicon.MEANS | _HEDGES)
                                                  for j in range(trigger, h.mention_first)):
        return True     # "الطائرات الحربية الروسية", "طائرات حربية يعتقد أنها روسية": the weapon's state
    before = [forms(doc, j) for j in range(h.mention_first - 4, h.mention_first)]
    return any(f & OWNER_MARKERS for f in before[-2:]) and any(f & lexicon.MEANS for f in before)


def _weapon_start(doc: Doc, h: Hit) -> int:
    """Where X's mention starts once the weapon it is named by and a hedge are counted in
    ("طائرات يرجح أنها روسية")."""
    return _walk_back(doc, h.mention_first, lexicon.MEANS | _HEDGES, 5)


def agent_marked(doc: Doc, h: Hit) -> bool:
    """"من قبل X", "نفذتها X", and past the weapon X is named by and its hedge: "غارات نفذتها
    طائرات يرجح أنها روسية" (the agent word stands before the weapon, not before the adjective)."""
    return any(forms(doc, j) & AGENT_MARKERS for j in range(_weapon_start(doc, h) - 2, h.mention_first))


_DOER_AFTER = words("doer_after_verbs")


def subject_of_carrying_out(doc: Doc, h: Hit) -> bool:
    """"نفذت الطائرات الحربية الروسية 20 غارة", "ألقى الطيران المروحي براميل": X right after a verb
    of carrying out, firing or dropping is its subject, wherever the act's own word stands."""
    start = _weapon_start(doc, h)
    return start > 0 and bool(forms(doc, start - 1) & _DOER_AFTER)


_FIRED_FROM = frozenset(tuple(fold(w) for w in p.split()) for p in DATA["fired_from"])
_FIRED_FROM_PLACES = words("fired_from_places")


def fired_from(doc: Doc, h: Hit) -> bool:
    """"قذيفة مصدرها مناطق سيطرة قوات النظام", "قذائف أطلقت من مواقع قسد": the forces that hold the
    positions the fire came from fired it; "صواريخ من مناطق سيطرة قسد": from the areas X controls."""
    start = _walk_back(doc, h.mention_first, _FIRED_FROM_PLACES, 3)
    if start > 0 and "من" in forms(doc, start - 1) and any("سيطره" in forms(doc, j)
                                                           for j in range(start, h.mention_first)):
        return True
    for phrase in _FIRED_FROM:
        n = len(phrase)
        if start - n >= 0 and all(phrase[k] in forms(doc, start - n + k) for k in range(n)):
            return True
    return False
