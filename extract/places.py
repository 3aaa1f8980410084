"""Turn place mentions into PlaceRefs: pick among same-named places, read ريف/محافظة
context, and place villages the gazetteer lacks from the words around them.
"""
from __future__ import annotations

from typing import Optional

from .gazetteer import Gazetteer, km
from .context_words import CONTEXT
from .lexicon import DIRECTIONS, PLACE_WORDS
from .mentions import Mention, may_open_place, unknown_place_after
from .place_lists import unknown_list_after
from .place_roles import mark_roles
from .model import PlaceRef, Span
from .normalise import fold, word_forms
from .roads import mark_roads
from .slot_places import slot_names
from .transliterate import transliterate
from .text import Doc

# Smaller is more precise.
SPECIFICITY = {"neighbourhood": 0, "landmark": 0, "camp": 1, "village": 1, "area": 2, "town": 2, "city": 3, "road": 3,
               "subdistrict": 4, "district": 5, "region": 6, "governorate": 7}
_DIR_EN = {"E": "east", "W": "west", "N": "north", "S": "south", "NE": "north-east", "NW": "north-west",
           "SE": "south-east", "SW": "south-west"}
COMPASS = {"شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي"}   # "شمالي إدلب": the region
_SETTLED = ("village", "town", "city")      # what a settlement word ("بلدة", "قرية") names
_NEAR = {"قرب", "بالقرب", "محيط", "اطراف", "جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي", "شرقي", "غربي",
         "مدخل", "ضواحي"}


def specificity(p: PlaceRef | dict) -> int:
    kind = p.get("kind") if isinstance(p, dict) else getattr(p, "_kind", "town")
    return SPECIFICITY.get(kind or "town", 2)


def _prev_forms(doc: Doc, i: int) -> set[str]:
    return set(word_forms(doc.words[i - 1])) if i > 0 else set()


def _ref(doc: Doc, g: Gazetteer, rec: dict, first: int, last: int, mention_first: int,
         precision: int = 1, name: str | None = None, name_ar: str | None = None) -> PlaceRef:
    s, e = doc.token_span(mention_first, last)
    ref = PlaceRef(name or rec.get("name") or rec.get("name_ar"), name_ar or rec.get("name_ar") or rec.get("name"),
                   rec.get("admin1"), rec.get("lat"), rec.get("lon"), doc.text[s:e], Span(s, e, doc.text[s:e]),
                   rec.get("id"), max(precision, rec.get("geo_precision") or 1))   # coordinates of its parent: 2
    ref._kind = rec.get("kind")  # type: ignore[attr-defined]
    return ref


def _governorate_of(doc: Doc, g: Gazetteer, m: Mention) -> Optional[str]:
    """The admin1 a mention names when it is a governorate ("ريف حماة", "في حماة"), or a
    city that contains what came before ("قرب قرية صما في ريف مدينة السويداء")."""
    recs = [g.places[i] for i in m.ids if i in g.places]
    govs = {r.get("admin1") for r in recs if r.get("kind") == "governorate"}
    before = set(word_forms(doc.words[m.first - 1])) | set(word_forms(doc.words[m.first - 2])) if m.first >= 2 else set()
    if not govs and before & _CONTAINS:
        govs = {r.get("admin1") for r in recs if r.get("kind") == "city"}
    if not govs and before & CONTEXT.subdivision_words:     # "قرية X التابعة لناحية عين عيسى": Raqqa's
        govs = {r.get("admin1") for r in recs}
    return govs.pop() if len(govs) == 1 else None


_CONTAINS = {"ريف", "في"}
_CONTAINER_WORDS = {"ريف", "في", "شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي", "شمالي", "جنوبي",
                    "منطقه", "ناحيه"}


def _contains(doc: Doc, n: Mention) -> bool:
    """"… في ريف حماة", "… بالرقة", "… شرقي دير الزور": n holds what came before it;
    "… على الحدود مع محافظة درعا" does not."""
    head = doc.words[n.first]
    if head.startswith(("بال", "بمحافظه", "بمدينه", "بريف")):
        return True
    return bool(_word_before_name(doc, n) & (_CONTAINER_WORDS | CONTEXT.subdivision_words)) or _side_of(doc, n)


def _side_of(doc: Doc, n: Mention) -> bool:
    """"… في الجهة الغربية من مدينة الرقة", "… في القسم الشرقي من دير الزور": a side of n
    (context_names.json side_of, a direction, من) holds what came before it."""
    j = n.first - 1 if n.first > 0 and doc.words[n.first - 1] in ("محافظه", "مدينه") else n.first
    if j < 3 or "من" not in word_forms(doc.words[j - 1]):
        return False
    direction = fold(doc.words[j - 2])
    return (direction in DIRECTIONS or direction[:-1] in DIRECTIONS) and \
        bool(set(word_forms(doc.words[j - 3])) & CONTEXT.side_of)


def _far(g: Gazetteer, m: Mention, holder: Mention) -> bool:
    """Every place the name may be lies farther from the town named after it than
    context_names.json namesake_far_km: "حي اليرموك غربي مدينة الرقة" is no Damascus camp."""
    here = [r for r in (g.places.get(i) for i in holder.ids) if r and r.get("lat") is not None]
    there = [r for r in (g.places.get(i) for i in m.ids) if r and r.get("lat") is not None]
    if there and all(r.get("kind") == "landmark" for r in there):
        return False    # "مطار الصيقل شرقي دمشق": a base of the desert, 80 km out, has no namesake
    return bool(here and there) and all(km(a, b) > CONTEXT.namesake_far_km for a in here for b in there)


def _one_admin1(g: Gazetteer, n: Mention) -> Optional[str]:
    admins = {r.get("admin1") for r in (g.places.get(i) for i in n.ids) if r}
    return admins.pop() if len(admins) == 1 else None


def _compass_only(doc: Doc, n: Mention) -> bool:
    return bool(_word_before_name(doc, n) & COMPASS) and not doc.words[n.first].startswith("ب")


def _word_before_name(doc: Doc, n: Mention) -> set[str]:
    """Forms of the word before "(محافظة|مدينة) X"."""
    j = n.first - 1 if n.first > 0 and doc.words[n.first - 1] in ("محافظه", "مدينه") else n.first
    return set(word_forms(doc.words[j - 1])) if j > 0 else set()


def sentence_places(doc: Doc, g: Gazetteer, first: int, last: int, mentions: list[Mention],
                    known: set[int], context_admin1: Optional[str]) -> list[PlaceRef]:
    """Every place named in tokens [first, last): gazetteer names, read in the light of a
    governorate named right after them ("المنصورة بريف حماة"), and unknown ones from context."""
    inside = [m for m in mentions if first <= m.first < last]
    placed: list[tuple[int, PlaceRef]] = []
    for k, m in enumerate(inside):
        if _bulk_elsewhere(g, m, inside[k + 1:]):
            known = known - set(range(m.first, m.last + 1))     # read from its context instead
            continue
        holder = next((n for n in inside[k + 1:] if n.first - m.last <= 5 and _contains(doc, n)
                       or n.first - m.last <= 7 and _side_of(doc, n)), None)
        after = _governorate_of(doc, g, holder) if holder else None
        # "السيدة زينب جنوب دمشق": south of the city, maybe in the next governorate; a guide, not a
        # rule, unless every place of the name is far from that city
        far = bool(holder) and _far(g, m, holder)
        if far and after is None:
            after = _one_admin1(g, holder)
        strict = after if holder and (far or not _compass_only(doc, holder)) else None
        ref = resolve(doc, g, m, after or context_admin1, strict=strict)
        if ref:
            placed.append((m.first, ref))
    for i in [i for i in range(first, last) if may_open_place(doc.words[i])]:
        listed = unknown_list_after(doc, i)     # "قريتي كفرعمة وتقاد", "قرى A وB وC"
        found = None if listed else unknown_place_after(doc, i)
        items = [found] if found else listed
        for item in items:
            parent = next((r for t, r in placed if 0 < t - items[-1][1] <= 5), None)
            ref = from_context(doc, g, i, known, parent, context_admin1, item)
            if ref:
                placed.append((item[0] if item is not found else i, ref))
    _slot_places(doc, g, first, last, known, inside, placed, context_admin1)
    mark_roles(doc, placed)
    for (t, r), (u, nxt) in zip(placed, placed[1:]):
        if getattr(nxt, "_around", None) and 0 < u - t <= 4:
            r._within = nxt._around  # type: ignore[attr-defined]   # "بلدة الخفسة في ريف منبج"
    mark_roads(doc, inside, placed, context_admin1)
    return [r for _, r in sorted(placed, key=lambda p: p[0])]


def _slot_places(doc: Doc, g: Gazetteer, first: int, last: int, known: set[int], inside: list[Mention],
                 placed: list[tuple[int, PlaceRef]], context_admin1: Optional[str]) -> None:
    """"في الشعارة بريف درعا": an unknown name in a village's slot (slot_places) is a village
    of the place after it, as "بلدة X" is (from_context)."""
    starts = {t for t, _ in placed}
    places = starts | {t for m in inside for t in range(m.first, m.last + 1)}
    for start, end, k in slot_names(doc, first, last, starts | known, starts, places):
        parent = next((r for t, r in placed if k <= t <= k + 3), None)
        joined = doc.words[start].startswith("و")      # "والزيادية": a later name of a list
        ref = from_context(doc, g, start - 2 if joined else start, starts | known, parent, context_admin1,
                           (start, end, "village"))
        if ref:
            placed.append((start, ref))


def _bulk_elsewhere(g: Gazetteer, m: Mention, later: list[Mention]) -> bool:
    """"قرية القنطرة الواقعة غربي مركز مدينة إدلب": a bulk community name (Aleppo's al-Qantara)
    followed closely by a place of another governorate is a village of that one we lack."""
    if not all(i in g.bulk for i in m.ids):
        return False
    nxt = next((n for n in later if n.first - m.last <= 6 and not all(i in g.bulk for i in n.ids)), None)
    if nxt is None:
        return False
    theirs = {g.places[i].get("admin1") for i in nxt.ids if i in g.places}
    return len(theirs) == 1 and not theirs & {g.places[i].get("admin1") for i in m.ids}


def resolve(doc: Doc, g: Gazetteer, m: Mention, context_admin1: Optional[str],
            strict: Optional[str] = None) -> Optional[PlaceRef]:
    """The place a gazetteer mention means, given the governorate the text is about
    (`strict`: the governorate the text itself puts it in)."""
    recs = [g.places[i] for i in m.ids if i in g.places]
    if not recs:
        return None
    before = _prev_forms(doc, m.first)
    city_word = bool(set(word_forms(doc.words[m.first])) & {"مدينه", "بلده", "قريه"})
    countryside = bool(before & {"ريف", "محافظه"} | before & COMPASS) and not city_word
    if countryside and "ريف" in before and not any(r.get("kind") == "governorate" for r in recs):
        return _countryside_of_town(doc, g, recs, m, context_admin1)
    if countryside:
        govs = [r for r in recs if r.get("kind") == "governorate"]
        if not govs:
            govs = [gv for r in recs if (gv := g.governorate(r.get("admin1")))]
        if govs:
            gov = govs[0]
            direction = doc.words[m.last + 1] if m.last + 1 < len(doc.words) else ""
            if "ريف" in before:
                d = DIRECTIONS.get(direction)
                last = m.last + 1 if d else m.last
                label = f"{gov['name']} countryside" + (f" ({_DIR_EN[d]})" if d else "")
                ref = _ref(doc, g, gov, m.first, last, m.first - 1, 3, label,
                           doc.original(doc.tokens[m.first - 1].fstart, doc.tokens[last].fend))
                ref._kind = "region"  # type: ignore[attr-defined]
                return ref
            return _ref(doc, g, gov, m.first, m.last, m.first - 1, 3)
    if "مدينه" in before:
        cities = [r for r in recs if r.get("kind") in ("city", "town")]
        recs = cities or recs
    elif before & {"بلده", "قريه"}:     # "بلدة نصيب" is the town, not "معبر نصيب" (alias نصيب)
        recs = [r for r in recs if r.get("kind") in _SETTLED] or recs
    non_gov = [r for r in recs if r.get("kind") != "governorate"]
    names_a_governorate = len(non_gov) < len(recs)
    recs = non_gov or recs
    if context_admin1:
        strict = strict or _foreign_quarter(doc, g, recs, context_admin1)
        local = [r for r in recs if r.get("admin1") == context_admin1]
        around = CONTEXT.city_outskirts.get(context_admin1)
        if not local and around and not strict:     # a Damascus article names its suburbs
            local = [r for r in recs if r.get("admin1") == around]
        # "قتل 20 في حمص و10 في إدلب": a governorate's own name is no namesake village of another
        if strict and not local and not names_a_governorate:
            gov = g.governorate(strict)
            if gov:      # a namesake in another governorate: ours is not in the gazetteer
                s, e = doc.token_span(m.first, m.last)
                name, name_ar = _namesake_name(recs[0], doc.text[s:e])
                ref = PlaceRef(name, name_ar, strict, gov.get("lat"),
                               gov.get("lon"), doc.text[s:e], Span(s, e, doc.text[s:e]), None, 2)
                ref._kind = recs[0].get("kind")  # type: ignore[attr-defined]
                return ref
        recs = local or recs
    recs.sort(key=lambda r: SPECIFICITY.get(r.get("kind") or "town", 2))
    precision = 2 if before & _NEAR else 1
    shown = m.first - 1 if before & {"مدينه", "بلده", "قريه", "حي", "ناحيه", "منطقه", "مخيم"} else m.first
    ref = _ref(doc, g, recs[0], m.first, m.last, shown, precision)
    gov = g.governorate(recs[0].get("admin1")) if recs[0].get("admin1") else None
    # "في دير الزور" may mean the city or the governorate: it agrees with any place in it
    ref._bare_capital = bool(gov and gov.get("name_ar") == recs[0].get("name_ar") and not city_word  # type: ignore[attr-defined]
                             and "مدينه" not in before)
    return ref


def _foreign_quarter(doc: Doc, g: Gazetteer, recs: list[dict], context_admin1: str) -> Optional[str]:
    """"حيي الفردوس وبستان القصر" in an article about Aleppo: every record of the name is a
    neighbourhood of a city of another governorate that the article never names, so the name is
    a quarter of the article's governorate we lack (context_admin1), not Raqqa's al-Firdous."""
    if not recs or any(r.get("kind") != "neighbourhood" or r.get("admin1") == context_admin1 for r in recs):
        return None
    around = CONTEXT.city_outskirts
    for r in recs:
        if around.get(context_admin1) == r.get("admin1") or around.get(r.get("admin1")) == context_admin1:
            return None     # Damascus's quarters in a Rural Damascus article, and the other way
        city = g.places.get(r.get("parent") or "")
        if city and city.get("name_ar") and fold(city["name_ar"]) in doc.folded:
            return None     # the article names their city
    return context_admin1


def _namesake_name(rec: dict, said: str) -> tuple[str, str]:
    """A namesake's names when the text says its name; when it says only an alias of it
    ("الخريبة", an alias of a Homs village called الناصرة), the words said, transliterated."""
    def bare(w: str) -> str:
        w = fold(w)
        return w[2:] if w.startswith("ال") else w
    said = said.strip("\"“”«»'")
    if said.startswith("وال"):      # a later item of a list: "والسكري"
        said = said[1:]
    head, _, rest = said.partition(" ")
    if rest and fold(head) in PLACE_WORDS:      # "حي الفردوس": the alias with its place word
        said = rest
    if bare(said) == bare(rec.get("name_ar") or ""):     # "Al-Firdous (Raqqa)" names the other one
        return (rec.get("name") or "").split(" (")[0] or rec.get("name"), rec.get("name_ar")
    return transliterate(said), said


def _countryside_of_town(doc: Doc, g: Gazetteer, recs: list[dict], m: Mention,
                         context_admin1: Optional[str]) -> PlaceRef:
    """"ريف منبج": the region around a town or city, at the town's coordinates (precision 2)."""
    local = [r for r in recs if r.get("admin1") == context_admin1] or recs
    rec = min(local, key=lambda r: abs(SPECIFICITY.get(r.get("kind") or "town", 2) - 3))
    ref = _ref(doc, g, rec, m.first, m.last, m.first - 1, 2, f"{rec.get('name')} countryside",
               doc.original(doc.tokens[m.first - 1].fstart, doc.tokens[m.last].fend))
    ref.place_id = None
    ref._kind = "region"  # type: ignore[attr-defined]
    ref._around = rec.get("name_ar")  # type: ignore[attr-defined]
    ref._around_id = rec.get("id")  # type: ignore[attr-defined]
    return ref


def from_context(doc: Doc, g: Gazetteer, i: int, known: set[int],
                 parent: Optional[PlaceRef], context_admin1: Optional[str],
                 found: Optional[tuple[int, int, str]] = None) -> Optional[PlaceRef]:
    """"بلدة X" with X unknown: a place of its own, placed at its parent's coordinates
    with ACLED geo-precision 2 (near the parent) and the parent's governorate."""
    found = found or unknown_place_after(doc, i)
    if not found:
        return None
    first, last, kind = found
    if any(t in known for t in range(first, last + 1)) or _purpose(doc, first):
        return None
    s, e = doc.token_span(first, last)
    listed = first > i + 1      # a later name of "قرى A وB وC"
    if listed and doc.text[s] == "و":
        s += 1
    name_ar = doc.text[s:e].strip("\"“”«»'")
    admin1 = parent.admin1 if parent else context_admin1
    if parent and kind != "neighbourhood" and _beside_city(doc, parent):
        admin1 = CONTEXT.city_outskirts[parent.admin1]
    gov = g.governorate(admin1) if admin1 else None
    anchor = parent or (PlaceRef(gov["name"], gov["name_ar"], admin1, gov.get("lat"), gov.get("lon"), "")
                        if gov else None)
    ms, me = (s, e) if listed else doc.token_span(i, last)
    ref = PlaceRef(transliterate(name_ar), name_ar, admin1, anchor.lat if anchor else None,
                   anchor.lon if anchor else None, doc.text[ms:me], Span(ms, me, doc.text[ms:me]), None,
                   2 if parent and specificity(parent) <= 3 else 3)
    ref.within = parent.place_id if parent else None     # store.merge: inside it, for another outlet's report there
    ref._kind = kind  # type: ignore[attr-defined]
    return ref


def _beside_city(doc: Doc, parent: PlaceRef) -> bool:
    """"جسر الهامة غربي دمشق": a compass word puts a place we lack beside a city whose outskirts are
    a governorate of their own (context_names.json city_outskirts), so it lies in that one."""
    if parent.admin1 not in CONTEXT.city_outskirts or parent.span is None or specificity(parent) < 3:
        return False
    words = (doc.text[:parent.span.start].split()[-1:] + parent.span.text.split())[:2]
    return any(set(word_forms(w)) & COMPASS for w in words)


def _purpose(doc: Doc, first: int) -> bool:
    """"مزرعة لتربية الدواجن", "مستودع لتخزين الذخيرة": a place word then "لـ" + a noun the
    article's noun completes is what the place is for, not its name."""
    word = doc.words[first]
    after = doc.words[first + 1] if first + 1 < len(doc.words) else ""
    return word.startswith("ل") and not word.startswith("لل") and after.startswith("ال") \
        and after not in DIRECTIONS
