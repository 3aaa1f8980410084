"""Two acts by means of different families (a shell, an air strike, a mine or bomb), each told at
a place of its own, are two incidents though no party tells them apart: ACLED codes a shelling
and a landmine apart (segmentation.json means_families, segment.other_means). An explosion with
no device named may be the shell's own, so it joins. Sentences written for these tests."""
from __future__ import annotations

from extracted import incidents


def _told(text: str) -> list[tuple[str, str]]:
    return sorted((i.sub_event_type, i.location.name) for i in incidents(text))


def test_a_mine_then_a_shelling_at_two_places():
    text = "أصيب طفل بانفجار لغم في ريف حلب الغربي، وقتلت امرأة بقصف صاروخي على بلدة كفرنوران."
    assert [sub for sub, _ in _told(text)] == ["Remote explosive/landmine/IED", "Shelling/artillery/missile attack"]


def test_a_drone_after_artillery_at_another_village():
    text = ("قصفت القوات التركية قرية أم الكيف بريف تل تمر، واستهدفت طائرة مسيرة دراجة نارية "
            "في ريف عامودا.")
    assert [sub for sub, _ in _told(text)] == ["Air/drone strike", "Shelling/artillery/missile attack"]


def test_two_means_at_one_place_are_one_attack():
    text = "شنت طائرات حربية غارات على بلدة كفرنبل، وانفجر لغم في البلدة ذاتها."
    assert len(incidents(text)) == 1
