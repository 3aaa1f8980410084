"""A fight told between a pair of one unnamed party ("بين مجموعتين مسلحتين", "بين عشيرتين",
"بين مسلحين مجهولين") has that party on both sides, as ACLED codes it, toll or not; an
attack by unknown gunmen with no fight or toll told is still none. Sentences written for these
tests."""
from __future__ import annotations

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


def _run(text: str):
    return extract_document(text, DocMeta("t.txt", published="2021-03-04")).incidents


def test_clashes_between_two_armed_groups_are_a_battle():
    [inc] = _run("اندلعت اشتباكات بين مجموعتين مسلحتين في مدينة جاسم بريف درعا الشمالي مساء اليوم.")
    assert inc.event_type == "Battles" and {a.side for a in inc.actors} == {1, 2}
    assert {a.name for a in inc.actors} == {"Unidentified Armed Group (Syria)"}


def test_clashes_between_two_clans_are_a_battle():
    [inc] = _run("اندلعت اشتباكات بين عشيرتين في بلدة ذيبان بريف دير الزور الشرقي.")
    assert {a.name for a in inc.actors} == {"Unidentified Tribal Militia (Syria)"} and len(inc.actors) == 2


def test_unknown_gunmen_storming_a_town_with_no_toll_is_still_none():
    assert not _run("هاجم مسلحون مجهولون بلدة صيدا بريف درعا الشرقي.")
