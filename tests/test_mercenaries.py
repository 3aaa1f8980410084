"""Kurdish outlets call the Turkish-backed factions the mercenaries of the Turkish occupation
("مرتزقة جيش الاحتلال التركي", "مرتزقة الدولة التركية"): the Syrian National Army, not Turkey's
army (actors.json aliases). Sentences written for these tests."""
from __future__ import annotations

import pytest

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


@pytest.mark.parametrize("who", ["مرتزقة جيش الاحتلال التركي", "مرتزقة الدولة التركية"])
def test_the_mercenaries_are_the_national_army(who):
    inc = extract_document(f"استهدف {who} بالقذائف قرية مرعناز في ريف حلب الشمالي.",
                           DocMeta("t.txt", "Test", published="2021-03-02")).incidents[0]
    assert [a.name for a in inc.actors if a.side == 1] == ["Syrian National Army"]
