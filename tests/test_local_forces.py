"""Generic words for local armed groups are the local force of the area the article is about
(data/local_forces.json). Sentences written for these tests."""
from __future__ import annotations

from extracted import incidents


def _sides(text: str, published: str = "2025-06-01") -> set[str]:
    return {a.name for i in incidents(text, published) for a in i.actors}


def test_local_armed_groups_in_sweida_are_sweidas_factions():
    names = _sides("اندلعت اشتباكات بين قوات الأمن العام ومجموعات محلية مسلحة في بلدة عرى بريف السويداء الغربي.")
    assert "Druze Ethnic Militia (Syria)" in names and "Communal Militia (Daraa)" not in names


def test_local_armed_groups_in_daraa_stay_daraas():
    names = _sides("اندلعت اشتباكات بين قوات الأمن العام ومجموعات محلية مسلحة في مدينة طفس بريف درعا الغربي.")
    assert "Communal Militia (Daraa)" in names
