"""State media name a foreign force's strike as its 'aggression' ("العدوان الإسرائيلي استهدف",
"عدوان تركي على القرى"): the nationality adjective after that noun names the force, as after a
means of attack (lexicon.json means: عدوان، اعتداء، توغل). Sentences written for these tests."""
from __future__ import annotations

from extracted import incidents


def _actors(text: str) -> set[str]:
    return {a.name for i in incidents(text, "2022-06-01") for a in i.actors}


def test_an_aggression_names_its_force():
    text = "وقالت وكالة سانا إن العدوان الإسرائيلي استهدف نقاطاً عسكرية في محيط مدينة القنيطرة فجر اليوم."
    assert "Military Forces of Israel" in _actors(text)


def test_an_aggression_of_no_force_names_none():
    text = "وقالت وكالة سانا إن العدوان استهدف نقاطاً عسكرية في محيط مدينة القنيطرة فجر اليوم."
    assert "Military Forces of Israel" not in _actors(text)

