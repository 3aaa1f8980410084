"""Soldiers counted in the accusative ("مقتل 23 جندياً", "قتل 4 ضباطاً وعسكرياً") are armed
victims: the event is a battle, the army (of the document's era) is hit, and the force named
after the cause is the doer. The nisba nouns keep their ي before the tanween alif, which the
generic tanween rule leaves alone ("سوريا" is no "سوري"), so their forms are data
(event_types.json armed_victims, sides.json victim_markers). Sentences written for these tests."""
from __future__ import annotations

from extracted import incidents


def test_soldiers_counted_are_the_armys_and_a_battle():
    inc = incidents("لقي 17 جندياً حتفهم بهجوم لتنظيم الدولة على حافلة عسكرية في بادية السخنة.", "2022-12-30")[0]
    assert inc.event_type == "Battles"
    assert {(a.side, a.name) for a in inc.actors} == {(1, "Islamic State (Syria)"), (2, "Military Forces of Syria")}


def test_soldiers_of_a_named_force_are_its_victims():
    inc = incidents("قتل 9 جندياً من قوات النظام بهجوم لخلايا تنظيم الدولة قرب مدينة السخنة.", "2022-12-30")[0]
    assert {(a.side, a.name) for a in inc.actors} == {(1, "Islamic State (Syria)"), (2, "Military Forces of Syria")}
