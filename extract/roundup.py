"""Round-ups: strikes, fighting, arrests or protests in several towns listed in one sentence
become one incident per town ("الاعتقالات شملت قرية A وبلدة B … إضافة لبلدة C"); which
kinds do is data (data/segmentation.json)."""
from __future__ import annotations

from .clauses import reference_city
from .context_words import CONTEXT
from .lexicon import PLACE_WORDS
from .model import PlaceRef
from .normalise import fold, word_forms
from .numbers import number_at
from .places import specificity
from .segment import Candidate, Draft, types_merge
from .segment_words import WORDS
from .text import Doc

ROUNDUP_KINDS = WORDS.roundup_kinds     # data/segmentation.json
_PROTESTS = {"protest", "protest_force"}
_LIST_GOES_ON = WORDS.list_goes_on


def _joined(doc: Doc, tok: int) -> bool:
    """A list item: "وX", "وبلدة X", "ومحيط بلدة X", "، X", or after "إضافة لـ"."""
    head = tok
    while head > 0 and tok - head < 2 and set(word_forms(doc.words[head - 1])) & WORDS.list_item_heads:
        head -= 1
    if head > 1 and doc.words[head - 1][1:] in CONTEXT.slot_introducers:
        head -= 1       # "وعلى قرية X": the preposition told again for the next item
    for j in {tok, tok - 1, head}:
        # "وسط دمشق" is the centre of the city, no و of a list (segmentation.json locator_words)
        if 0 < j < len(doc.words) and (doc.words[j].startswith("و") and doc.words[j] not in WORDS.locator_words
                                       or "،" in doc.text[doc.tokens[j - 1].end:doc.tokens[j].start]):
            return True
    return any(f in _LIST_GOES_ON for w in doc.words[max(0, tok - 3):tok] for f in word_forms(w))


def _gap(doc: Doc, before: int, here: int, larger: set[int]) -> int:
    """Words from one town to the next, not counting those that locate the first
    ("مدينة شهبا شمالي السويداء وقرية أمتان", "الأتارب بريف حلب الغربي ومحيط بلدة كنصفرة")."""
    return here - before - sum(1 for j in range(before + 1, here)
                               if j in larger or set(word_forms(doc.words[j])) & WORDS.locator_words)


def listed(places: list[PlaceRef], doc: Doc) -> list[PlaceRef]:
    """The longest run of towns named one after another ("بلدات A وB وC"), also across
    "… شمالي إدلب إضافة لبلدة أريحا"."""
    # "قريتي A وB جنوب مدينة دير حافر، وعلى قرية C": the city a compass word places them by is
    # a landmark of the list, no item of it and no break in it
    towns = [p for p in places if specificity(p) <= 3 and not reference_city(doc, p)]
    larger = {t for p in places if specificity(p) > 3 or reference_city(doc, p) for t in _tokens_of(doc, p)}
    best: list[PlaceRef] = []
    run: list[PlaceRef] = []
    for p in towns:
        here, before = getattr(p, "_tok", 0), getattr(run[-1], "_tok", 0) if run else 0
        goes_on = here - before <= 7 and any(
            f in _LIST_GOES_ON for w in doc.words[before:here] for f in word_forms(w))
        if run and (_gap(doc, before, here, larger) > 4 and not goes_on or not _joined(doc, here)):
            run = []      # "حي الوعر بمدينة حمص": the city holds the quarter, it is no second town
        run.append(p)
        if len(run) > len(best):
            best = list(run)
    return best


def _tokens_of(doc: Doc, p: PlaceRef) -> range:
    """The tokens a place's mention covers ("مدينة دير حافر": three)."""
    t = getattr(p, "_tok", -1)
    if p.span is None or t < 0:
        return range(t, t + 1)
    end = t
    while end + 1 < len(doc.tokens) and doc.tokens[end + 1].end <= p.span.end:
        end += 1
    return range(t, end + 1)


def _road_between(doc: Doc, first: PlaceRef) -> bool:
    """"على الطريق الواصل بين شهبا والسويداء", "بين بلدتي جاسم وإنخل": the two towns mark a road,
    they are no list."""
    k = getattr(first, "_tok", 0) - 1
    if k > 0 and set(word_forms(doc.words[k])) & set(PLACE_WORDS):
        k -= 1      # the dual place word of the pair ("بلدتي", "قريتي")
    return k >= 0 and "بين" in word_forms(doc.words[k])


def _regions_spanned(doc: Doc, first: PlaceRef) -> bool:
    """"في ريفي إدلب وحلب", "في أرياف حلب والرقة والحسكة": a summary spans governorates; the
    names are no round-up of towns (the towns, if any, are told after)."""
    tok = getattr(first, "_tok", 0)
    return tok > 0 and bool(set(word_forms(doc.words[tok - 1])) & WORDS.region_plurals)


def _people_of(doc: Doc, first: PlaceRef) -> bool:
    """"احتج سكان بلدتي عتيل وسليم", "أهالي قرى A وB": the towns say where the people who
    protest come from; they protest together, so the list is no round-up of protests (strikes
    or arrests on the residents of several towns are still one per town)."""
    tok = getattr(first, "_tok", 0)
    return any(set(word_forms(w)) & WORDS.people_of_towns for w in doc.words[max(0, tok - 4):tok])


def _within_one_town(towns: list[PlaceRef]) -> bool:
    """"غارات على حيي الفردوس وبستان القصر": quarters of one town are one place to ACLED (the
    town; the quarters are in its notes), so one incident."""
    return all(getattr(p, "_kind", "") in WORDS.within_town_kinds for p in towns) \
        and len({p.admin1 for p in towns}) == 1


def _elided_at(doc: Doc, k: int) -> bool:
    """"، وأخرى", "، وغارتين", "، وثلاث قذائف": after 'and', 'another' or the act's noun told
    again, bare or counted (segmentation.json elided_acts, elided_act_nouns)."""
    w = doc.words[k]
    if not w.startswith("و"):
        return False
    forms = set(word_forms(w))
    if forms & (WORDS.elided_acts | WORDS.elided_act_nouns):
        return True
    value, width = number_at(doc.words, k)
    return value is not None and k + width < len(doc.words) \
        and bool(set(word_forms(doc.words[k + width])) & WORDS.elided_act_nouns)


def elided_second(places: list[PlaceRef], doc: Doc) -> list[PlaceRef]:
    """"شنت مسيرة غارة على سيارة قرب القامشلي، وأخرى على دراجة في عامودا", "انفجرت عبوة في
    الصنمين، وأخرى في جاسم", "ثلاث غارات على X، وغارتين على Y": after a comma, 'and another'
    or the act's noun again (`_elided_at`)
    with a town of its own a few words on (elided_window) is the act told again at that town,
    its verb left out: the first town and that one, or none ("وآخر من بلدة X" says where the
    second victim came from, not a second act)."""
    towns = sorted((p for p in places if specificity(p) <= 3), key=lambda p: getattr(p, "_tok", 0))
    for n, p in enumerate(towns[1:], 1):
        here = getattr(p, "_tok", 0)
        for k in range(max(1, here - WORDS.elided_window), here):
            if _elided_at(doc, k) and "،" in doc.text[doc.tokens[k - 1].end:doc.tokens[k].start]:
                first = [q for q in towns[:n] if getattr(q, "_tok", 0) < k]
                if first and first[-1].name_ar != p.name_ar and "من" not in doc.words[k + 1:here]:
                    return [first[-1], p]
    return []


def roundup(kind: str, places: list[PlaceRef], doc: Doc) -> list[PlaceRef]:
    """Strikes, fighting, arrests, handovers or protests in several towns listed in one sentence
    (told today or recalled): one incident per town, ACLED's unit."""
    # where the wounded were taken locates no act (place_roles.taken_to)
    places = [p for p in places if not getattr(p, "_taken_to", False)]
    # where the shooter stands locates no act when another place is named (place_roles.positioned)
    places = [p for p in places if not getattr(p, "_aside", False)] or places
    # the towns an advance heads for are its goal when it names a town of its own (place_roles.heads_for)
    reached = [p for p in places if not getattr(p, "_goal", False)]
    if any(specificity(p) <= 3 for p in reached):
        places = reached
    second = elided_second(places, doc) if kind else []
    if second:
        return second
    towns = listed(places, doc)
    names = {p.name_ar for p in towns}
    if kind in ROUNDUP_KINDS and len(names) >= 2 and not _road_between(doc, towns[0]) \
            and not _regions_spanned(doc, towns[0]) and not (kind in _PROTESTS and _people_of(doc, towns[0])) \
            and not _within_one_town(towns):
        seen, out = set(), []
        for p in towns:
            if p.name_ar not in seen:
                seen.add(p.name_ar)
                out.append(p)
        return out
    # of two alike, a named city over "دير الزور" (the city or the governorate)
    return [min(places, key=lambda p: (specificity(p), getattr(p, "_bare_capital", False)))] if places else [None]


def unnamed_towns(doc: Doc, d: Draft) -> bool:
    """"استهدفت قريتين شمال غربي منبج", "سقطت أكثر من مئة قذيفة على قرى غربي مدينة منبج", "قرى
    في محيط مدينة تل رفعت": the
    act is told at towns it does not name yet (a plural or dual place noun, a compass word after
    it: the name that follows is the reference point)."""
    for c in d.candidates:
        words = doc.words[c.sentence.first:c.sentence.last]
        for k, w in enumerate(words[:-1]):
            nxt = words[k + 2] if words[k + 1] == "في" and k + 2 < len(words) else words[k + 1]    # "قرى في محيط"
            if set(word_forms(w)) & WORDS.unnamed_towns and set(word_forms(nxt)) & WORDS.unnamed_towns_after:
                return True
    return False


def fold_region_into(doc: Doc, drafts: list[Draft], made: list[Draft], cand: Candidate) -> None:
    """"حملة اعتقالات في 6 بلدات بريف إدلب" then "شملت قرية A وبلدة B …", "استهدفت قريتين شمال
    غربي منبج" then "إن قريتي A وB تعرضتا للقصف": the act told at the region, or at towns not
    yet named, is the towns' incidents, not one more; its words go to the first town."""
    for d in drafts:
        if d in made or d.background or d.place is None or d.candidates[-1].sentence.index < cand.sentence.index - 2 \
                or not types_merge(d.event_type, made[0].event_type, d.kind, made[0].kind):
            continue
        if specificity(d.place) < 6 and not (specificity(d.place) >= 2 and unnamed_towns(doc, d)):
            continue
        if d.place.admin1 and any(t.place and t.place.admin1 not in (None, d.place.admin1) for t in made):
            continue
        first = made[0]
        first.candidates[:0] = d.candidates
        first.counts[:0] = d.counts
        first.hits += [h for h in d.hits if h.actor_id not in first.actor_ids]
        drafts.remove(d)
        return


def tolls_by_town(doc: Doc, counts: list, towns: list[PlaceRef]) -> list[list]:
    """A round-up's toll is told once for all its towns and goes with the first, but a figure
    that names one of them right after its people ("مقتل ثلاثة مدنيين في كفرزيتا وإصابة خمسة
    آخرين في اللطامنة") is that town's: the counts of each town, in the towns' order. "No one
    was hurt" is said of each of them."""
    out: list[list] = [[] for _ in towns]
    starts = sorted(c.first for c in counts)
    names = [tuple(fold(t.name_ar).split()) if t and t.name_ar else () for t in towns]
    for c in counts:
        n = 0 if c.negated else _town_named(doc, c, names, starts)
        for k in (range(len(towns)) if c.negated else [n]):
            out[k].append(c)
    return out


def _town_named(doc: Doc, c, names: list[tuple[str, ...]], starts: list[int]) -> int:
    """Which town (its index) the count names a few words after its figure, before the next
    count opens ("في كفرزيتا", "ببلدة كفرزيتا", "بكفرزيتا"); 0, the first, when none."""
    words = doc.words
    stop = min(next((s for s in starts if s > c.last), len(words)), c.last + 1 + WORDS.toll_town_reach)
    linked = False
    for k in range(c.last + 1, stop):
        w = words[k]
        for n, name in enumerate(names):
            attached = bool(name) and w[:1] == "ب" and w[1:] == name[0]      # "بسراقب"
            if name and (attached or linked and w == name[0]) and tuple(words[k + 1:k + len(name)]) == name[1:]:
                return n
        linked = linked or w in WORDS.toll_town_links or w[:1] == "ب" and w[1:] in PLACE_WORDS
    return 0
