"""Trigger kinds for ACLED event types (their words are data: data/triggers.json), and the small closed word lists the rules use.

Words are folded (normalise.fold) and article-stripped, as matcher keys are.
A trigger's rank breaks ties inside one sentence: the more specific event wins
(a suicide car bomb is not just an explosion; a raid that turns into an
exchange of fire is a clash, not an arrest).
"""
from __future__ import annotations

from pathlib import Path

from .wordlists import DATA_DIR, read_data

B, E, V, S, P, R = "Battles", "Explosions/Remote violence", "Violence against civilians", \
    "Strategic developments", "Protests", "Riots"

# (event_type, sub_event_type, rank): higher rank wins within a sentence.
SUB = {
    "clash": (B, "Armed clash", 50),
    "overtake": (B, "Non-state actor overtakes territory", 55),
    "ied": (E, "Remote explosive/landmine/IED", 70),
    "suicide": (E, "Suicide bomb", 80),
    "explosion": (E, "Remote explosive/landmine/IED", 45),   # an explosion, no device named
    "air": (E, "Air/drone strike", 75),
    "shelling": (E, "Shelling/artillery/missile attack", 65),
    "grenade": (E, "Grenade", 72),
    "attack": (V, "Attack", 40),
    "killing": (V, "Attack", 36),      # a killing with no weapon named: attack, or a clash if the target is armed
    "shooting": (V, "Attack", 37),     # "أطلق مجهولون النار على شخص": the act; a death it caused is its toll
    "abduction": (V, "Abduction/forced disappearance", 45),
    "arrests": (S, "Arrests", 30),
    "agreement": (S, "Agreement", 20),
    "transfer": (S, "Non-violent transfer of territory", 25),
    "looting": (S, "Looting/property destruction", 28),
    "protest": (P, "Peaceful protest", 35),
    "protest_force": (P, "Protest with intervention", 38),
    "disrupted": (S, "Disrupted weapons use", 85),   # a bomb defused, a drone shot down
    "base": (S, "Headquarters or base established", 22),   # "أنشأت القوات التركية قاعدة عسكرية"
    "incursion": (S, "Other", 24),     # "توغلت قوة إسرائيلية في قرية X": a ground incursion, no fight told
    "none": (S, "Other", 0),      # words that look like triggers but name no act ("فض الاشتباك")
}

# The act trigger words are data (data/triggers.json, schema triggers.schema.json):
# a new verb form or masdar of an act is one line there.
TRIGGERS_DATA = DATA_DIR / "triggers.json"


def load_triggers(path: Path = TRIGGERS_DATA, data: dict | None = None) -> dict[str, list[str]]:
    """Trigger words by kind, as written (plain spelling); every kind must be one of SUB's.
    `data`: the file already read (the module reads it once for its results too)."""
    data = read_data(path) if data is None else data
    raw = data["triggers"]
    compounds = data.get("compounds", [])
    unknown = (set(raw) | {c["kind"] for c in compounds}) - set(SUB)
    if unknown:
        raise ValueError(f"{path.name}: trigger kinds not in lexicon.SUB: {sorted(unknown)}")
    out = {kind: list(words) for kind, words in raw.items()}
    for c in compounds:     # a verb paradigm before its object nouns, written once
        out.setdefault(c["kind"], []).extend(f"{v} {o}" for v in c["verbs"] for o in c["objects"])
    if "results" in data:   # casualty nouns: a killing unless a result verb governs them
        out.setdefault(data["results"]["kind"], []).extend(data["results"]["words"])
    for p in data.get("paradigms", []):     # a verb written once, its past forms by agreement
        out.setdefault(p["kind"], []).extend(f for v in p["verbs"] for f in past_forms(v))
    return out


def present_forms(verb: str) -> list[str]:
    """The present forms of a verb given in its past he-form, as a headline tells a past act
    ('قسد تعتقل ناشطين', 'مجهولون يغتالون شاباً'): he, she, they. The present drops the
    leading alef of a derived form ('اعتقل' → 'تعتقل', 'أعدم' → 'يعدم'); a final ى/ي is
    kept as ي ('اعتدى' → 'يعتدي', 'يعتدون')."""
    stem = verb[1:] if verb[0] in "اأإ" else verb
    weak = stem.endswith(("ى", "ي"))
    stem = stem[:-1] if weak else stem
    one = stem + "ي" if weak else stem
    return ["ي" + one, "ت" + one, "ي" + stem + "ون"]


def past_forms(verb: str) -> list[str]:
    """The past forms a report uses of a verb given in its he-form: he, she (a force, a
    patrol: 'اقتادت دورية'), they ('سرقوا'); the passive is spelled the same. A verb ending in
    ى/ي drops it ('اعتدى' → 'اعتدت', 'اعتدوا')."""
    stem = verb[:-1] if verb.endswith(("ى", "ي")) else verb
    return [verb, stem + "ت", stem + "وا"]


_TRIGGERS_RAW = read_data(TRIGGERS_DATA)
TRIGGERS: dict[str, list[str]] = load_triggers(TRIGGERS_DATA, _TRIGGERS_RAW)
# (kind, verbs) of each paradigm: their present forms are act words in a headline (headline_acts.py)
PARADIGMS: list[tuple[str, list[str]]] = [(p["kind"], p["verbs"]) for p in _TRIGGERS_RAW.get("paradigms", [])]
# the past forms of the paradigm verbs whose first actor is the doer (sides.py); a verb read as
# often in the passive ("قُتلت امرأة") is left out
PARADIGM_VERBS: frozenset[str] = frozenset(
    f for p in _TRIGGERS_RAW.get("paradigms", []) if p.get("doer_first", True)
    for v in p["verbs"] for f in past_forms(v))
# "وسلمت الفصائل جثث عنصرين": a compound with a window also takes its object a few words on,
# past the subject (VSO): (kind, verbs, objects, window), folded below
SPREAD_COMPOUNDS: list[tuple[str, set[str], set[str], int]] = [
    (c["kind"], set(c["verbs"]), set(c["objects"]), c["window"])
    for c in _TRIGGERS_RAW.get("compounds", []) if c.get("window")]
_RESULTS = _TRIGGERS_RAW.get("results", {})
RESULT_NOUNS: set[str] = set(_RESULTS.get("words", []))     # "مقتل": the toll of the act before, or an act
RESULT_REACH: int = _RESULTS.get("reach", 0)

# The closed word lists the rules use are data too (data/lexicon.json, schema
# lexicon.schema.json), written in plain spelling and folded here as the tokens are.
LEXICON_DATA = DATA_DIR / "lexicon.json"
_RAW = read_data(LEXICON_DATA)

BACKGROUND: list[str] = _RAW["background"]          # an earlier event recalled as context
IRREALIS: list[str] = _RAW["irrealis"]              # threats, plans, expectations: no act (yet)
# "كانت تخطط": after one of these, an irrealis word is the intent of the people of an act told before
INTENT_COPULAS: set[str] = set(_RAW["irrealis_intent_copulas"])
END_MARKERS: list[str] = _RAW["end_markers"]        # page clutter: the text stops at the first line with one
ACTOR_PREFIXES: set[str] = set(_RAW["actor_prefixes"])   # generic words of a mention, not of the name
PLACE_WORDS: dict[str, str] = dict(_RAW["place_words"])  # "بلدة X" names a place the gazetteer may lack
DUAL_HEADS: dict[str, str] = dict(_RAW.get("dual_heads", {}))   # "وزارتي": "وزارة" (dual_names.py)
DEFECTED_FROM: set[str] = set(_RAW.get("defected_from", []))   # "منشق عن قوات النظام": left it
MEANS: set[str] = set(_RAW["means"])        # means and forces a nationality can qualify ("مسيرة تركية")
OWNED_BY: set[str] = set(_RAW["owned_by"])  # tie a name to its owner ("وكالة هاوار التابعة لقسد")
NOT_PLACES: set[tuple[str, str]] = {tuple(p) for p in _RAW["not_places"]}   # "الحراك الشعبي": a noun phrase
LANDMARK_WORDS: set[str] = set(_RAW["landmark_words"])   # a place name after these is a landmark in town
DIRECTIONS: dict[str, str] = dict(_RAW["directions"])
PRONOUN_SUFFIXES: tuple[str, ...] = tuple(_RAW.get("pronoun_suffixes", ()))   # "غاراتها": the raids, its
SUFFIXED_ACT_VERBS: frozenset[str] = frozenset(_RAW.get("suffixed_act_verbs", ()))
SUFFIXED_ACT_WINDOW: int = int(_RAW.get("suffixed_act_window", 3))
ASSASSINATION: frozenset[str] = frozenset(_RAW["assassination"])   # of one person, no toll: one killed


def _fold_all() -> None:
    """Write the lists by hand in plain spelling; match them folded (ى→ي, ة→ه, أ→ا)."""
    from .normalise import fold
    g = globals()
    for name in ("ACTOR_PREFIXES", "RESULT_NOUNS", "INTENT_COPULAS", "SUFFIXED_ACT_VERBS"):
        g[name] = {fold(w) for w in g[name]}
    for name in ("BACKGROUND", "IRREALIS", "END_MARKERS"):
        g[name] = [fold(w) for w in g[name]]
    g["PLACE_WORDS"] = {fold(k): v for k, v in PLACE_WORDS.items()}
    g["LANDMARK_WORDS"] = {fold(w) for w in LANDMARK_WORDS}
    g["MEANS"] = {fold(w) for w in MEANS}
    g["DEFECTED_FROM"] = {fold(w) for w in DEFECTED_FROM}
    g["DUAL_HEADS"] = {fold(k): fold(v) for k, v in DUAL_HEADS.items()}
    g["DIRECTIONS"] = {fold(k): v for k, v in DIRECTIONS.items()}
    for kind, words in TRIGGERS.items():
        TRIGGERS[kind] = [fold(w) for w in words]
    g["SPREAD_COMPOUNDS"] = [(k, {fold(w) for w in vs}, {fold(w) for w in os}, n) for k, vs, os, n in SPREAD_COMPOUNDS]


_fold_all()
