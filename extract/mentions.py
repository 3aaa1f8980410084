"""Find the raw mentions in a prepared document: triggers, actors and places.

Each mention is a token range; resolving what it means (which place of that
name, which side an actor is on) is left to places.py, sides.py and segment.py.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from . import eras, lexicon, local_forces
from .act_frames import FRAMES
from .compounds import spread_kinds
from .adjective_actors import by_adjective, foreign_bodies
from .agreement import definite_noun, has_article, indefinite_pair
from .context_words import CONTEXT
from .dual_names import dual_names
from .gazetteer import Gazetteer
from .headline_acts import headline_acts
from .matcher import Matcher
from .named_units import named_units, of_named
from .normalise import fold, key, strip_article, word_forms
from .suffixed import suffixed_acts
from .segment_words import WORDS
from .speech_words import SPEECH, own_act_after
from .targets import implied
from .text import Doc


@dataclass
class Mention:
    kind: str                # trigger | actor | place
    first: int               # token range, inclusive
    last: int
    ids: list[str]           # gazetteer ids, or trigger kinds
    mention_first: int = -1  # start of the displayed mention (with "ميليشيا", "بلدة" …)
    local: bool = False      # a place spelling that counts only in its governorate's articles (in_area)
    target: bool = False     # a target that implies its owner ("حافلة مبيت عسكري"): acted upon

    @property
    def shown_first(self) -> int:
        return self.mention_first if self.mention_first >= 0 else self.first


@lru_cache(maxsize=1)
def trigger_matcher() -> Matcher:
    m = Matcher()
    for kind, words in lexicon.TRIGGERS.items():
        for w in words:
            m.add(key(w), kind)
    return m


@lru_cache(maxsize=1)
def _prefix_keys() -> frozenset:
    return frozenset(lexicon.ACTOR_PREFIXES)


def find_triggers(doc: Doc) -> list[Mention]:
    found = [Mention("trigger", m.first, m.last, _reread(doc, m.first, list(m.payloads)))
             for m in trigger_matcher().find(doc.tokens, doc.words)
             if not _told_before(doc.words[m.first], m.last - m.first)
             and not (m.first == m.last and has_article(doc.words[m.first]) and m.name_key[0] in _VERB_ONLY)
             and not _a_result(doc, m.first)]
    taken = {i for m in found for i in range(m.first, m.last + 1)}
    found += [Mention("trigger", a, b, kinds) for a, b, kinds in headline_acts(doc, taken)]
    taken = {i for m in found for i in range(m.first, m.last + 1)}
    found += object_acts(doc, taken)
    taken = {i for m in found for i in range(m.first, m.last + 1)}
    found += [Mention("trigger", i, i, kinds) for i, kinds in suffixed_acts(doc.words, taken)]
    found = [m for m in found if not any(FRAMES.aimed_at_no_one(doc.words, k, m.last) for k in m.ids)]
    kinds = spread_kinds(doc.words, [m.first for m in found if m.first == m.last])
    found = [Mention(m.kind, m.first, m.last, [kinds[m.first]]) if m.first == m.last and m.first in kinds else m
             for m in found]
    # "منذ سيطرتها على الغوطة", "منذ اندلاع الاشتباكات": an act after "since" dates the story
    found = [m for m in found if not (m.first and doc.words[m.first - 1] in _SINCE)]
    return sorted(found, key=lambda m: m.first)


def object_acts(doc: Doc, taken: set[int]) -> list[Mention]:
    """"إطلاق عناصر من X النار", "أضرم مسلحون النار": a verb whose act is its object, a few
    words on (data/act_frames.json); a word already read as a trigger is left as it is."""
    out = []
    verbs = FRAMES.verbs
    for i, w in enumerate(doc.words):
        if i in taken or verbs.isdisjoint(word_forms(w)):
            continue
        forms = set(word_forms(w))
        for f in FRAMES.object_acts:
            if forms & f.verbs and any(set(word_forms(x)) & f.objects for x in doc.words[i + 1:i + 1 + f.window]):
                out.append(Mention("trigger", i, i, [f.kind]))
                break
    return out


_SINCE = {"منذ", "ومنذ"}
_UNKNOWN_OF = {"جهه", "جهات", "مكان", "مصير", "اماكن", "وجهه"}
# Trigger words that are verbs only: with an article they are other words ("السلم الأهلي" is peace).
_VERB_ONLY = {"سلم", "سلمت", "سلموا", "استلم", "استلمت", "ضرب"}
_MARCHED = {"خرجت", "نظمت", "نظم", "انطلقت", "شارك", "شاركت", "شاركوا", "خرج", "جابت"}


def _reread(doc: Doc, i: int, kinds: list) -> list:
    """"خرجت مسيرة": a march, not a drone ("مسيرة حاشدة" is a protest trigger of its own)."""
    if kinds == ["air"] and doc.words[i] in ("مسيره", "مسيرات") and i > 0 and \
            set(word_forms(doc.words[i - 1])) & _MARCHED:
        return ["protest"]
    return kinds


def _told_before(word: str, extra_words: int) -> bool:
    """"أسفر الهجوم عن…", "وقع الهجوم خلف دوار…": the attack already told, not a new one."""
    return extra_words == 0 and any(word.startswith(p + w) for w in FRAMES.told_before
                                    for p in ("ال", "وال", "بال", "فال", "لل"))


def _a_result(doc: Doc, i: int) -> bool:
    """"ما أدى إلى مقتل", "وأسفر الهجوم عن مقتل": a casualty noun that a result verb governs
    is the toll of the act told before it, not a killing of its own (lexicon.RESULT_NOUNS)."""
    return not lexicon.RESULT_NOUNS.isdisjoint(word_forms(doc.words[i])) and any(
        not WORDS.result_verbs.isdisjoint(word_forms(w)) for w in doc.words[max(0, i - lexicon.RESULT_REACH):i])


def _last_before(firsts: list[int], first: int) -> int:
    """The last of the sorted token positions `firsts` before `first`, or -1 (a bisection:
    a long text names an actor thousands of times, and every weak alias asks)."""
    k = bisect_left(firsts, first)
    return firsts[k - 1] if k else -1


def find_actors(doc: Doc, g: Gazetteer, date: Optional[str] = None) -> list[Mention]:
    """Gazetteer actors, then weak aliases ("الدفاع") of actors already named; a name whose
    force changed in December 2024 ("الجيش السوري") is read in the era of `date` (eras.py)."""
    strong = [m for m in g.actor_names.find(doc.tokens, doc.words)
              if not (g.actor_article.get(m.name_key) and not has_article(doc.words[m.first]))]
    seen = {aid for m in strong for aid in m.payloads}
    taken = {i for m in strong for i in range(m.first, m.last + 1)}
    out = [Mention("actor", m.first, m.last, list(m.payloads)) for m in strong]
    # "قناص تابع لقوات النظام", "قال لعنب بلدي": after a verb of saying, a name with لـ attached
    # is its owner or addressee, never the speaker (who is named bare)
    with_li = {m.first for m in strong if doc.words[m.first].startswith("لل")
               or doc.words[m.first].startswith("ل") and not m.name_key[0].startswith("ل")}
    eras.resolve(doc, out, date)
    local_forces.resolve(doc.folded, out)     # "مجموعات محلية مسلحة" in Sweida: Sweida's factions
    for a, b, name, ids in dual_names(doc.words, g.actor_names, taken):   # "وزارتي الدفاع والداخلية"
        out.append(Mention("actor", a, b, eras.era_ids(name, ids, doc.folded, date)))
        taken |= {a, b}
    taken |= foreign_bodies(doc.words, out, g.adjectives, g.actors)    # "وزارة الدفاع التركية": Turkey's
    last_named = {}
    for m in strong:
        for aid in m.payloads:
            last_named.setdefault(aid, []).append(m.first)
    for firsts in last_named.values():
        firsts.sort()
    unnamed = []     # weak aliases none of whose actors the article names
    for m in g.weak_actor_names.find(doc.tokens, doc.words):     # weak aliases of actors named
        # "المخابرات" after "المخابرات العسكرية": the one named most recently before it
        ids = sorted((a for a in m.payloads if a in seen), key=lambda a: -_last_before(last_named.get(a, []), m.first))
        if not ids:
            unnamed.append(m)
        elif not any(i in taken for i in range(m.first, m.last + 1)):
            out.append(Mention("actor", m.first, m.last, ids))
    out += [Mention("actor", i, i, [aid]) for i, aid in by_adjective(doc.words, g.adjectives, taken)]
    # "ألقت الجهات المختصة القبض": the state's forces of the document's era
    out += [Mention("actor", a, b, [aid]) for a, b, aid in eras.generic_forces(doc, taken, date, g.adjectives)]
    taken = {i for m in out for i in range(m.first, m.last + 1)}
    out += named_units(doc, g, taken)     # "كتيبة الصقور": a group the gazetteer lacks
    taken = {i for m in out for i in range(m.first, m.last + 1)}    # "نقطة عسكرية لـ «حراس القرى»": whose it is
    out += [Mention("actor", a, b, [aid], target=True) for a, b, aid in implied(doc.words, taken, eras.era(doc.folded, date), set(g.actors), frozenset(g.adjectives))]
    taken = {i for m in out for i in range(m.first, m.last + 1)}    # "والفصائل" with none named: the era's
    out += [Mention("actor", a, b, [aid]) for a, b, aid in eras.unnamed_forces(doc, unnamed, out, taken, date)]
    # "اقتادته إلى جهة مجهولة", "مصير مجهول": an unknown place or fate, not unknown attackers
    out = [m for m in out if not (g.actors.get(m.ids[0], {}).get("kind") == "unidentified" and m.first > 0
                                  and (_is_any(doc.words[m.first - 1], _UNKNOWN_OF) or
                                       doc.words[m.first] in ("جهه", "جهات") and
                                       doc.words[m.first - 1] in ("الي", "نحو", "باتجاه")))]
    said = [m for m in out if m.first > 0 and _is_any(doc.words[m.first - 1], SPEECH.report_verbs)
            and m.first not in with_li and not own_act_after(doc.words[m.last + 1:m.last + 6])]
    # "أعلنت هيئة تحرير الشام": the speaker's name is no party, and no place ("الشام") either
    doc.speaker_tokens = frozenset(i for m in said for i in range(m.first, m.last + 1))
    said_ids = {id(m) for m in said}
    out = [m for m in out if not (m.first > 0 and (_is_any(doc.words[m.first - 1], lexicon.PLACE_WORDS)
                                                   or _is_any(doc.words[m.first - 1], _NAMED_AFTER))) and id(m) not in said_ids]
    out = [m for m in out if not _destination(doc, g, m)]
    # "قتل منشق عن قوات النظام": the force he left is no party
    out = [m for m in out if not (m.first > 1 and doc.words[m.first - 1] == "عن"
                                  and _is_any(doc.words[m.first - 2], lexicon.DEFECTED_FROM))]
    out = of_named(g, doc.words, out)     # "مسلحين من دولة الإسلام": that group's gunmen
    prefixes = _prefix_keys()
    for mention in out:
        j = mention.first
        while j > 0 and _is_any(doc.words[j - 1], prefixes) and mention.first - j < 2:
            j -= 1
        mention.mention_first = j
    out.sort(key=lambda m: m.first)
    return out


def find_places(doc: Doc, g: Gazetteer, actor_tokens: set[int]) -> list[Mention]:
    """Gazetteer places not inside an actor name ("لواء القدس" is no place)."""
    out = []
    found = list(g.place_names.find(doc.tokens, doc.words))
    starts = {m.first for m in found}
    for m in found:
        if any(i in actor_tokens for i in range(m.first, m.last + 1)):
            continue
        if g.place_article.get(m.name_key) and not has_article(doc.words[m.first]):
            continue
        if not _context_allows(doc, g, m):
            continue    # "قبة" is a dome, "أبو ماجد" a man, unless "قرية قبة" or "قبة بريف حلب"
        if _inside_unknown_name(doc, g, m):
            continue    # "بلدة سحم الجولان": the tail of a name the gazetteer lacks
        if m.last + 1 < len(doc.words) and any((f, doc.words[m.last + 1]) in lexicon.NOT_PLACES
                                               for f in word_forms(doc.words[m.last])):
            continue    # "ويستمر الحراك الشعبي": the protest movement, not the town of al-Hirak
        if _of_origin(doc, m.first):
            continue    # "المنحدر من بلدة الصور": where a person comes from, not where it happened
        if m.first > 0 and _is_any(doc.words[m.first - 1], lexicon.LANDMARK_WORDS) \
                and not _is_any(doc.words[m.first], lexicon.PLACE_WORDS) \
                and not (_is_any(doc.words[m.first - 1], CONTEXT.road_words) and m.last + 1 in starts):
            continue    # "دوار الطيبة" is a roundabout, not the town ("مسجد بلدة الخفسة" is in it);
            # "طريق طفس – المزيريب" is the road between two towns: both are places (roads.mark_roads)
        if m.first == m.last and m.first > 0 and doc.words[m.first].startswith("ال") and \
                definite_noun(doc.words[m.first - 1]):
            continue    # "المعارك الجديدة", "والمنطقة الوسطى": an adjective agreeing with its noun, not the town
        only = g.context_only.get(m.name_key) or (      # "بلدة كناكر" is as ambiguous as "كناكر"
            g.context_only.get(m.name_key[1:], ()) if m.name_key[0] in lexicon.PLACE_WORDS else ())
        out.append(Mention("place", m.first, m.last, list(m.payloads),
                           local=all(pid in g.bulk or pid in only for pid in m.payloads)))
    return out


def _context_allows(doc: Doc, g: Gazetteer, m) -> bool:
    """A name that, for every place it may be, is also an everyday word or a person counts only
    after a place word ("قرية X") or before a container ("X بريف حلب", "X شمال منبج")."""
    only = g.context_only.get(m.name_key)
    if not only or any(pid not in only for pid in m.payloads):
        return True
    if m.first > 0 and _is_any(doc.words[m.first - 1], CONTEXT.common_word_context):
        return True
    if m.last > m.first and m.first > 0 and doc.words[m.first - 1] in CONTEXT.slot_introducers:
        return True     # "في الغارية الغربية": a name of two ordinary words where a place stands
    if m.first > 0 and indefinite_pair(doc.words[m.first - 1], doc.words[m.first]) \
            and not _is_any(doc.words[m.first - 1], CONTEXT.introducers):
        return False    # "قاعدة عسكرية جديدة قرب الأتارب": an adjective of the noun before it
    return any(_is_any(w, CONTEXT.container_after) for w in doc.words[m.last + 1:m.last + 3])


def _inside_unknown_name(doc: Doc, g: Gazetteer, m) -> bool:
    """A bulk community name right after "place word + name word" is that name's tail; a one-word
    one after a word that introduces no place ("السيدة زلوخ حمشو") is a person's or a thing's."""
    if not all(pid in g.bulk for pid in m.payloads):
        return False
    if m.first == m.last and m.first > 0 and not _introduced(doc, m):
        return True
    if m.first < 2:
        return False
    gap = doc.folded[doc.tokens[m.first - 2].fend:doc.tokens[m.first].fstart]
    return _is_any(doc.words[m.first - 2], lexicon.PLACE_WORDS) and not set(gap) & CONTEXT.list_breaks \
        and "," not in gap and "،" not in gap and _is_name_word(doc.words[m.first - 1])


def _introduced(doc: Doc, m) -> bool:
    """"في X", "قرب X", "بX", "وX" after a list, "، X": where a village name may stand."""
    i = m.first
    word, prev = doc.words[i], doc.words[i - 1]
    gap = doc.folded[doc.tokens[i - 1].fend:doc.tokens[i].fstart]
    particle = word[:1] in ("ب", "و") and strip_article(word) != m.name_key[0] and word != m.name_key[0]
    return particle or bool(set(gap) & {",", "،"}) or _is_any(prev, CONTEXT.introducers) \
        or _is_any(prev, CONTEXT.common_word_context) or _is_any(prev, lexicon.PLACE_WORDS)


def in_area(g: Gazetteer, places: list[Mention], admin1: Optional[str]) -> list[Mention]:
    """Drop local names of another governorate than the article's: a bulk community name (with
    thousands of village names, one from elsewhere is more likely a word of this article than
    that village) or a spelling that needs context, an everyday word or a name many villages
    share ("صيدا", "كناكر", "الجديدة"): in an article about Raqqa "قرية صيدا" is a Raqqa village
    we lack, read from its place word, not Daraa's Saida."""
    return [m for m in places if not m.local
            or admin1 is None or any(g.places[pid].get("admin1") == admin1 for pid in m.ids)]


@lru_cache(maxsize=1 << 16)
def may_open_place(word: str) -> bool:
    """A place word ("بلدة") or a list word ("قرى"): only such a word can open a name the
    gazetteer lacks (unknown_place_after, unknown_list_after); most tokens are skipped here."""
    return any(lexicon.PLACE_WORDS.get(f) or CONTEXT.list_heads.get(f) for f in word_forms(word))


def unknown_place_after(doc: Doc, i: int) -> Optional[tuple[int, int, str]]:
    """"بلدة X" / "قرية X" where X is not in the gazetteer: (first, last, kind) of X.

    X is one word, or two when the second is a known name tail (ال + word)."""
    word = doc.words[i]
    kind = next((lexicon.PLACE_WORDS[f] for f in word_forms(word) if f in lexicon.PLACE_WORDS), None)
    if not kind:
        return None     # most words: no place word, nothing to read
    if _of_origin(doc, i):
        return None     # "من سكان حي الجورة": where someone lives, not where it happened
    if i + 1 < len(doc.words) and _is_any(doc.words[i + 1], lexicon.LANDMARK_WORDS):
        return None     # "منطقة دوار السبع بحرات": a landmark of the town already named
    if set(word_forms(word)) & {"احياء", "بلدات", "قري", "مناطق"}:
        return None     # a plural introduces a list of known names, or an adjective ("أحياء سكنية")
    if "ال" in word[:4]:     # "المدينة", "بالبلدة": the place already named, not a new name
        return None
    if kind == "landmark" and not (word.startswith("ب") or i > 0 and fold(doc.words[i - 1]) in CONTEXT.slot_introducers):
        return None     # "في شارع X", "بشارع X"; "مع إغلاق شارع X" is what was closed, not where
    if not kind or i + 1 >= len(doc.words):
        return None
    nxt = doc.tokens[i + 1]
    gap = doc.folded[doc.tokens[i].fend:nxt.fstart]
    if len(gap) > 3 or gap.strip(" " + "".join(CONTEXT.quotes)) or not _is_name_word(doc.words[i + 1]):
        return None
    if CONTEXT.quotes & set(gap):
        return i + 1, _quoted_end(doc, i + 1), kind     # 'قرية "حرف بنمرة"': the name runs to the closing mark
    last = i + 1
    if doc.words[i + 1] in _NAME_HEADS and i + 2 < len(doc.words) and _is_name_word(doc.words[i + 2]):
        last = i + 2     # "تل شهاب", "عين عيسى", "كفر نبودة"
    elif i + 2 < len(doc.words) and doc.words[i + 2].startswith("ال") and _is_name_word(doc.words[i + 2]) \
            and doc.words[i + 2] not in lexicon.DIRECTIONS and doc.words[i + 2] not in _STOP_TAIL:
        last = i + 2
    from .slot_places import closed_third     # slot_places reads this module
    if last == i + 2 and closed_third(doc, i + 3):
        last = i + 3    # "قرية بيت الشيخ يونس بريف طرطوس": a container closes a name of three words
    return i + 1, last, kind



def _quoted_end(doc: Doc, first: int, most: int = 4) -> int:
    """The last token of a quoted name that starts at `first`: the one a closing mark follows."""
    for j in range(first, min(len(doc.tokens), first + most)):
        after = doc.folded[doc.tokens[j].fend:doc.tokens[j + 1].fstart] if j + 1 < len(doc.tokens) else ""
        if CONTEXT.quotes & set(after) or set(after) & CONTEXT.list_breaks or not after:
            return j
        if j + 1 < len(doc.words) and not _is_name_word(doc.words[j + 1]):
            return j
    return first


def _destination(doc: Doc, g: Gazetteer, m: Mention) -> bool:
    """"معدة للتهريب إلى الأردن", "أثناء محاولته العبور إلى تركيا": a foreign state's bare one-word
    name after a word of going or of the border (context_names.json destination_words) is where,
    not who ("القوات التركية", "الجيش الأردني" name forces and stay)."""
    return m.first == m.last and m.first > 0 and _is_any(doc.words[m.first - 1], CONTEXT.destination_words) \
        and all(g.actors.get(a, {}).get("kind") == "foreign_state" for a in m.ids)


def not_a_place_word(word: str) -> bool:
    """A word with a pronoun suffix ("ومحيطها") names no place."""
    return word.endswith(("ها", "هم", "هما")) and len(word) > 4


# Places named after a group or family ("ساحة القاطرجي"): the name there is no actor.
_NAMED_AFTER = {"ساحه", "دوار", "شارع", "جامع", "مسجد", "مدرسه", "سوق", "فندق", "مطعم", "مشفى", "مستشفى",
                "كراج", "جسر"}
_PEOPLE_OF = {"سكان", "ابناء", "اهالي"}     # "من أهالي بلدة X": where someone is from


def _of_origin(doc: Doc, i: int) -> bool:
    """"المنحدر من بلدة X", "من أهالي X", "مؤازرة من حي X", "أبو خالد X": a place someone or something came
    from, not where it happened ("خرج أهالي مدينة السويداء في مظاهرة" is where)."""
    for j in range(max(0, i - 3), i):
        w = doc.words[j]
        if "في" in doc.words[j + 1:i]:
            continue    # "شبان من أبناء السويداء في دمشق": where they were, past the place they came from
        if _is_any(w, _ORIGIN) or (_is_any(w, _PEOPLE_OF) and j > 0 and doc.words[j - 1] == "من"
                                   and not (j > 1 and _is_any(doc.words[j - 2], _CROWD))):
            return True     # but "خرج العشرات من أهالي مدينة X" came out in X
    # "أبو خالد تلمنس": a kunya and the man's home town, part of his name
    return i >= 2 and _is_any(doc.words[i - 2], CONTEXT.kunya_heads) and _is_name_word(doc.words[i - 1])


_CROWD = {fold(w) for w in ("العشرات", "عشرات", "المئات", "مئات", "الآلاف", "آلاف", "حشود", "جموع", "عدد")}


_ORIGIN = {"المنحدر", "ينحدر", "ينحدرون", "المنحدرين", "المنحدره", "وينحدر", "ابن",
           "موازره", "موازرات", "تعزيزات", "قادمه", "قادمين", "قادما"}   # also where help (مؤازرة) came from
_NAME_HEADS = CONTEXT.name_heads      # "تل شهاب", "الشيخ سعد": a name of two words (context_names.json)
_STOP_TAIL = CONTEXT.name_stop_tails  # "قرية الزغير التابعة": describes the place, ends no name
_NOT_NAMES = {"تحت", "فوق", "قرب", "بالقرب", "عند", "لدى", "حيث", "ضمن", "وسط", "داخل", "خارج", "شمال", "جنوب",
              "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "اطراف", "محيط", "باتجاه", "نحو", "بعد", "قبل",
              "خلال", "اثناء", "منذ", "ايضا", "كذلك", "حتى", "التي", "الذي", "ذاتها", "نفسها", "المذكوره", "الاخرى", "المحتله", "الامني", "الخاضعه",
              "في", "من", "على", "الى", "عن", "مع", "بين", "كل", "عده", "اخرى", "المحيطه", "القريبه"}


def _is_name_word(word: str) -> bool:
    forms = set(word_forms(word))
    if forms & {"ريف", "قري", "بلدات", "مدن", "احياء", "مناطق", "منطقه"} or forms & set(lexicon.PLACE_WORDS) \
            or forms & CONTEXT.not_names:
        return False
    # "قرى بمحيط مدينة X": a preposition or a near-word with a particle on it ("بمحيط", "وقرب") is no name either
    return (len(word) >= 2 and not word.isdigit() and not forms & _NOT_NAMES and not word.startswith("لل")
            and not not_a_place_word(word))


def _is_any(word: str, words) -> bool:
    for f in word_forms(word):
        if f in words:
            return True
    return False
