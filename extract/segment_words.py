"""The segmentation language, read once from data/segmentation.json (schema:
segmentation.schema.json).

Which acts told for a list of towns are one incident per town, the words that
carry such a list on, the fronted time phrases that move the story to an earlier act,
the words that make an act a habit, the relative pronouns of a context clause and the
demonstratives and result verbs that point back at an act, and 'another' that starts a
second one, the words that open a clause of its own inside a sentence, and the marker of a photo caption, are data: a new list word or kind is one line in the file,
not a branch in roundup.py or the pipeline. Words are folded here as the tokens
are (ى→ي, ة→ه, أ→ا), so the file is written in plain spelling.
"""
from __future__ import annotations

from pathlib import Path

from .normalise import fold
from .wordlists import DATA_DIR, folded, read_data

DATA = DATA_DIR / "segmentation.json"



class Segmentation:
    """Folded word sets of the segmentation grammar, one attribute per list of the data file."""

    def __init__(self, raw: dict) -> None:
        self.roundup_kinds = frozenset(raw["roundup_kinds"])
        self.list_goes_on = folded(raw["list_goes_on"])
        self.locator_words = folded(raw["locator_words"], bare=True)
        self.list_item_heads = folded(raw["list_item_heads"], bare=True)
        self.region_plurals = folded(raw["region_plurals"])
        self.within_town_kinds = frozenset(raw["within_town_kinds"])
        self.referent_kinds = frozenset(raw.get("referent_kinds", ["city"]))
        self.unnamed_towns = folded(raw["unnamed_towns"])
        self.unnamed_towns_after = folded(raw["unnamed_towns_after"])
        self.fronted_window = int(raw["fronted_window"])
        self.background_anywhere = folded(raw["background_anywhere"])
        self.earlier_time = folded(raw["earlier_time"])
        self.habitual = folded(raw["habitual"])
        self.ongoing_verbs = folded(raw.get("ongoing_verbs", []))
        self.since = folded(raw.get("since", []))
        self.long_since_units = folded(raw.get("long_since_units", []))
        self.tally_periods = tuple(tuple(fold(w).split()) for w in raw.get("tally_periods", []))
        self.tally_window = int(raw.get("tally_window", 0))
        self.span_superlatives = folded(raw.get("span_superlatives", []))
        self.span_window = int(raw.get("span_window", 0))
        self.abroad_fronts = folded(raw.get("abroad_fronts", []))
        self.abroad_directions = folded(raw.get("abroad_directions", []))
        self.abroad_heads = folded(raw.get("abroad_heads", []), bare=True)
        self.abroad_adjectives = folded(raw.get("abroad_adjectives", []))
        self.abroad_reach = int(raw.get("abroad_reach", 0))
        self.denials = folded(raw.get("denials", []))
        self.denial_window = int(raw.get("denial_window", 0))
        self.contents_verbs = folded(raw.get("contents_verbs", []))
        self.contents_window = int(raw.get("contents_window", 0))
        self.accusations = folded(raw.get("accusations", []))
        self.accusation_window = int(raw.get("accusation_window", 0))
        self.act_negators = folded(raw.get("act_negators", []))
        self.negated_act_fillers = folded(raw.get("negated_act_fillers", []), bare=True)
        self.denied_acts = folded(raw.get("denied_acts", []), bare=True)
        self.tally_heads = folded(raw.get("tally_heads", []), bare=True)
        self.naming_from_afar = folded(raw.get("naming_from_afar", []), bare=True)
        self.naming_window = int(raw.get("naming_window", 0))
        self.relative_pronouns = folded(raw["relative_pronouns"])
        self.demonstratives = folded(raw["demonstratives"])
        self.result_verbs = folded(raw["result_verbs"])
        self.another = folded(raw["another"])
        self.another_window = int(raw["another_window"])
        self.elided_acts = folded(raw.get("elided_acts", []))
        self.elided_act_nouns = folded(raw.get("elided_act_nouns", []))
        self.section_fronts = folded(raw["section_fronts"])
        self.section_front_reach = int(raw.get("section_front_reach", 5))
        self.act_year_between = folded(raw["act_year"]["between"])
        self.act_year_reach = int(raw["act_year"]["reach"])
        former = raw["former_control"]
        self.former_control_copulas = folded(former["copulas"])
        self.former_control_nouns = folded(former["nouns"])
        self.former_control_reach = int(former["reach"])
        self.elided_window = int(raw.get("elided_window", 0))
        self.toll_town_links = folded(raw.get("toll_town_links", []))
        self.toll_town_reach = int(raw.get("toll_town_reach", 0))
        self.clause_openers = tuple(fold(w) for w in raw["clause_openers"])
        self.toll_clause_openers = tuple(fold(w) for w in raw.get("toll_clause_openers", []))
        self.clause_openers_without_comma = tuple(fold(w) for w in raw["clause_openers_without_comma"])
        self.clause_act_verbs = tuple(fold(w) for w in raw.get("clause_act_verbs", []))
        self.clause_doers = tuple(fold(w) for w in raw.get("clause_doers", []))
        self.clause_event_verbs = tuple(fold(w) for w in raw.get("clause_event_verbs", []))
        self.reporting_participles = tuple(fold(w) for w in raw.get("reporting_participles", []))
        self.resume_verbs = tuple(fold(w) for w in raw.get("resume_verbs", []))
        self.coordinated_tolls = tuple(fold(w) for w in raw.get("coordinated_tolls", []))
        self.toll_causes = tuple(fold(w) for w in raw.get("toll_causes", []))
        self.later_times = tuple(fold(w) for w in raw.get("later_times", []))
        self.condemnations = folded(raw.get("condemnations", []))
        self.condemnation_window = int(raw.get("condemnation_window", 0))
        self.event_nouns = folded(raw["event_nouns"])
        self.separate_acts = folded(raw["separate_acts"])
        self.enumerated_acts = tuple(fold(w) for w in raw.get("enumerated_acts", []))
        self.grievance_marks = folded(raw.get("grievance_marks", []))
        self.response_verbs = folded(raw.get("response_verbs", []))
        self.scene_shifts = folded(raw.get("scene_shifts", []))
        self.scene_shift_window = int(raw.get("scene_shift_window", 0))
        self.caption_markers = tuple(fold(w) for w in raw["caption_markers"])
        self.photo_credits = frozenset(fold(w).lower() for w in raw.get("photo_credits", []))
        self.caption_max_words = int(raw.get("caption_max_words", 0))
        self.naming_heads = folded(raw["naming_heads"])
        self.people_of_towns = folded(raw["people_of_towns"])
        self.accompanying = folded(raw["accompanying"])
        self.progress_verbs = folded(raw["progress_verbs"])
        means = raw.get("retold_means", {"nouns": [], "verbs": []})
        self.retold_means = (frozenset(tuple(fold(n).split()) for n in means["nouns"]), folded(means["verbs"]))
        self.partitives = folded(raw["partitives"])
        self.tally_units = folded(raw.get("tally_units", []))
        self.generic_act_nouns = folded(raw.get("generic_act_nouns", []))
        self.remote_strike_kinds = frozenset(raw["remote_strike_kinds"])
        self.unclaimed_means = frozenset(raw.get("unclaimed_means", []))
        self.harmless_kinds = frozenset(raw.get("harmless_kinds", []))
        # trigger kind -> its means family (segmentation.json means_families)
        self.means_family = {k: n for n, family in enumerate(raw.get("means_families", [])) for k in family}
        self.deal_between = folded(raw.get("deal_between", []))
        self.talks_marks = tuple(tuple(fold(w).split()) for w in raw.get("talks_marks", []))
        self.talks_window = int(raw.get("talks_window", 0))
        self.amid = folded(raw.get("amid", []))
        self.deal_between_window = int(raw.get("deal_between_window", 0))
        self.earlier_marks = folded(raw["earlier_marks"])
        self.earlier_mark_window = int(raw["earlier_mark_window"])
        self.earlier_act_nouns = folded(raw["earlier_act_nouns"], bare=True)
        self.later_clause_openers = tuple(tuple(fold(w).split()) for w in raw["later_clause_openers"])
        self.pointing_verbs = folded(raw["pointing_verbs"])
        self.retelling_verbs = folded(raw.get("retelling_verbs", []))
        self.civilian_words = folded(raw["civilian_words"])
        self.protest_events = folded(raw["protest_events"])


def load(path: Path = DATA) -> Segmentation:
    """The language of one data file (tests load edited copies)."""
    return Segmentation(read_data(path))


WORDS = load()
