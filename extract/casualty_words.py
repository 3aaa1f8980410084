"""The casualty language, read once from data/casualties.json (schema: casualties.schema.json).

Numbers, people nouns and casualty predicates are data: a new verb, noun or
number word is one line in the file, not a branch in casualties.py. Every word
is folded here as the tokens are (ى→ي, ة→ه, أ→ا), so the file is written in
plain spelling.
"""
from __future__ import annotations

from pathlib import Path

from .normalise import fold
from .wordlists import DATA_DIR, folded, read_data

DATA = DATA_DIR / "casualties.json"
FIELDS = ("killed", "injured")



def _numbers(table: dict) -> dict[str, int]:
    return {fold(w): int(n) for w, n in table.items()}


def _phrases(values) -> tuple[tuple[str, ...], ...]:
    """Multi-word frame words ("فضلا عن", "في حين") as folded word tuples."""
    return tuple(tuple(fold(v).split()) for v in values)


def _inflected(verbs: list[str], suffixes: list[str]) -> frozenset[str]:
    """A verb in every person the news tells it in: قتل، قتلت، قتلوا."""
    return frozenset(fold(v) + fold(x) for v in verbs for x in [""] + suffixes)


def _sound_plurals(singular: frozenset[str], people: dict) -> frozenset[str]:
    """Sound plurals of the person nouns that take them: مدني → مدنيين/مدنيون، ناشطة → ناشطات."""
    endings = tuple(fold(e) for e in people["sound_plural_endings"])
    starts = tuple(fold(e) for e in people["sound_plural_starts"])
    out = set()
    for w in singular:
        if w.endswith("ه"):
            out.add(w[:-1] + "ات")
        elif w.endswith(endings) or (w.startswith(starts) and len(w) > 3):
            out.update({w + "ين", w + "ون"})
    return frozenset(out)


class _Language:
    """Folded word sets of the casualty grammar, one attribute per list of the data file."""

    def __init__(self, raw: dict) -> None:
        num, people, frame = raw["numbers"], raw["people"], raw["frame"]
        self.units = _numbers(num["units"])
        self.tens = _numbers(num["tens"])
        self.hundreds = _numbers(num["hundreds"])
        self.thousands = _numbers(num.get("thousands", {}))
        self.thousand_times = folded(num.get("thousand_times", []))
        self.teen_second = folded(num["teen_second"])
        self.eleven = folded(num["eleven"])
        self.twelve = folded(num["twelve"])
        self.ordinal_values = _numbers(num["ordinals"])
        self.ordinals = frozenset(self.ordinal_values)
        self.lower_bound = folded(num["lower_bound"])
        self.range_between = folded(num.get("range_between", []))
        self.max_count = int(num["max_count"])
        self.year_words = folded(num["year_words"])
        self.person_singular = folded(people["singular"])
        self.plural_people = folded(people["plural"]) | _sound_plurals(self.person_singular, people)
        self.one_of = folded(people["one_of"])
        self.things = folded(raw["things"])
        self.dual_stems = tuple(sorted(folded(people["dual_stems"])))
        self.ambiguous_plurals = folded(people["ambiguous_plurals"])
        self.subject_nouns = folded(people["subject_nouns"])
        self.kin = folded(people["kin"])
        self.kin_dual = folded(people["kin_dual"])
        self.kin_plural = folded(people["kin_plural"])
        self.name_words = int(people["name_words"])
        self.given_names = folded(people.get("given_names", []))
        pred = raw["predicates"]
        verbs = {f: _inflected(pred[f]["verbs"], raw["verb_suffixes"]) for f in FIELDS}
        self.count_after = {f: folded(pred[f]["count_after"] + pred[f]["agent_verbs"]) | verbs[f] for f in FIELDS}
        self.count_before = {f: folded(pred[f]["count_before"]) for f in FIELDS}
        self.verbs = _inflected([w for f in FIELDS for w in pred[f]["verbs"]], raw["verb_suffixes"])
        self.agent_verbs = folded(w for f in FIELDS for w in pred[f]["agent_verbs"])   # not the dual: قتلا
        self.dual_verbs = {fold(w): f for f in FIELDS for w in pred[f]["dual_verbs"]}
        self.single = {fold(w): f for f in FIELDS for w in pred[f]["single"]}
        self.single_indefinite = {fold(w): f for f in FIELDS for w in pred[f].get("single_indefinite", [])}
        self.subset = folded(frame["subset"])
        self.additive = folded(frame["additive"])
        also = frame["also_marks"]
        self.also_words = folded(also["words"])
        self.also_reach = int(also["reach"])
        self.among = folded(frame["among"])
        self.skip = folded(frame["skip"])
        self.by_hand = _phrases(frame.get("by_hand", []))
        self.skip_phrases = _phrases(frame.get("skip_phrases", []))
        self.when = folded(frame["when"])
        self.died_of = folded(frame["died_of"])
        self.own_wound_after = folded(frame.get("own_wound_after", []))
        self.list_end = folded(frame["list_end"])
        self.hearsay = folded(frame["hearsay"])
        self.rise = folded(frame["rise"])
        self.combined_between = folded(frame["combined_between"])
        self.also = _phrases(frame["also"])
        self.along = folded(frame["along"])
        self.against = folded(frame.get("against", []))
        self.together_with = folded(frame.get("together_with", []))
        self.attempt = folded(frame["attempt"])
        self.eliminate = _phrases(frame["eliminate"])
        self.survived = folded(frame["survived"])
        self.name_marks = tuple(frame["name_marks"])
        self.contrast = _phrases(frame["contrast"])
        self.clause_openers = folded(frame["clause_openers"])
        self.subject_reach = int(frame["subject_reach"])
        self.aside_reach = int(frame["aside_reach"])
        self.fell = folded(frame["fell"])
        self.handover = folded(frame["handover"])
        self.undergo_verbs = folded(frame["undergo"]["verbs"])
        self.undergo_nouns = folded(frame["undergo"]["nouns"])
        self.bare_subject_after = folded(frame["bare_subject_after"])
        self.relative_subject = folded(frame.get("relative_subject", []))
        self.detail_openers = folded(frame.get("detail_openers", []))
        self.plural_owners = tuple(fold(w) for w in frame.get("plural_owners", []))
        self.fate_nouns = folded(frame.get("fate_nouns", []))
        self.cause = folded(frame["cause"])
        self.struck_verbs = folded(frame.get("struck_by", {}).get("verbs", []))
        self.struck_means = folded(frame.get("struck_by", {}).get("means", []))
        self.another = _numbers(frame["another"])
        self.elided_people = folded(frame.get("elided_another", {}).get("people", []))
        self.elided_at = folded(frame.get("elided_another", {}).get("at", []))
        earlier = frame["earlier_wounds"]
        self.wounds_received = folded(earlier["received"])
        self.wounds_at = folded(earlier["at"])
        self.wounds_times = folded(earlier["times"])
        self.wounds_reach = int(earlier["reach"])
        self.cause_reach = int(frame["cause_reach"])
        evac = frame.get("evacuated", {})
        self.evacuate_verbs = folded(evac.get("verbs", []))
        self.evacuate_to = folded(evac.get("to", []))
        self.evacuate_places = folded(evac.get("places", []))
        self.evacuate_reach = int(evac.get("reach", 0))
        self.each_side = _phrases(frame.get("each_side", []))
        self.victim_of_reach = int(frame.get("victim_of_reach", frame["cause_reach"]))
        toll = raw["toll"]
        self.toll_heads = folded(toll["heads"])
        self.toll_nouns = {f: folded(toll[f]) for f in FIELDS}
        self.toll_to = folded(toll["to"])
        self.toll_reached = folded(toll["reached"])
        self.toll_reach = int(toll["reach"])
        self.toll_complement = int(toll["complement_reach"])
        self.toll_relatives = folded(toll["relatives"])
        self.toll_tally = folded(toll["tally"])
        self.toll_copula = folded(toll["copula"])
        self.restated_heads = folded(toll["restated"]["heads"])
        self.rise_after = folded(toll.get("rise_by", {}).get("after", []))
        self.wide_scope = folded(toll.get("wide", {}).get("scope", []))
        self.wide_reach = int(toll.get("wide", {}).get("reach", 0))
        self.rise_new_deaths = folded(toll.get("rise_by", {}).get("deaths", []))
        self.restated_new = folded(toll["restated"]["new"])
        self.restated_before = folded(toll["restated"]["before"])
        self.restated_later = folded(toll["restated"].get("later", []))
        none = raw["none"]
        self.none_negators = folded(none["negators"])
        self.none_links = folded(none["links"])
        self.none_nouns = tuple(tuple(fold(n).split()) for n in none["nouns"])
        self.none_reach = int(none["reach"])
        self.none_unknown = folded(none["unknown"])
        self.none_harm_verbs = folded(none["harm_verbs"])
        self.none_nobody = _phrases(none["nobody"])
        self.limited_heads = folded(none["limited"]["heads"])
        self.limited_material = folded(none["limited"]["material"])
        self.limited_only = folded(none["limited"]["only"])
        self.limited_reach = int(none["limited"]["reach"])
        several = raw["several"]
        self.several_acts = folded(several["acts"])
        self.several_plurals = folded(several["plural_acts"])
        self.several_apart = folded(several["apart"])
        self.several_reach = int(several["reach"])
        self.headline_lines = int(raw["headline"]["lines"])
        self.crosshead_words = int(raw["headline"].get("crosshead_words", 0))
        groups = raw["groups"]
        self.group_in = folded(groups["in"])
        self.group_ranks = folded(groups["ranks"])
        self.group_stops = folded(groups["stops"])
        self.group_generic = folded(groups["generic"])
        self.group_words = int(groups["words"])
        life = raw["life"]
        self.life_heads = folded(life["heads"])
        self.life_tails = _numbers(life["tails"])
        self.life_reach = int(life["reach"])


def phrase_at(words: list[str], i: int, phrases: tuple[tuple[str, ...], ...], last: int) -> int:
    """How many words of one of the phrases start at words[i] ("فضلا عن" is 2), 0 if none.
    Only the phrases whose first word is words[i] are tried (asked of every token)."""
    if i >= last or i >= len(words):
        return 0
    for p in _by_first_word(phrases).get(words[i], ()):
        if i + len(p) <= last and tuple(words[i:i + len(p)]) == p:
            return len(p)
    return 0


_FIRST_WORDS: dict[int, tuple] = {}


def _by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    """The phrases by their first word, in their order (kept per phrase list, with the list)."""
    known = _FIRST_WORDS.get(id(phrases))
    if known is None or known[0] is not phrases:
        index: dict[str, list[tuple[str, ...]]] = {}
        for p in phrases:
            if not p:
                break       # an empty phrase matches anywhere: those after it were never tried
            index.setdefault(p[0], []).append(p)
        known = _FIRST_WORDS[id(phrases)] = (phrases, index)
    return known[1]


def phrase_before(words: list[str], i: int, phrases: tuple[tuple[str, ...], ...], first: int) -> bool:
    """One of the phrases ends right before words[i] ("في حين قتل")."""
    return any(i - len(p) >= first and tuple(words[i - len(p):i]) == p for p in phrases)


def load(path: Path = DATA) -> _Language:
    """The casualty language of one data file (the bundled one unless told)."""
    return _Language(read_data(path))


LANG = load()
