"""Where an act happened, told apart from the act: a sentence that only says where the act
just told took place ("ووقع الهجوم بالقرب من مدينة X", act_frames.json `happened`), and a
village the gazetteer lacks told inside a known town ("قرية X التابعة لمدينة Y"), which
another outlet's report at the town can then merge with (store.merge). Sentences and
articles written for these tests."""
from __future__ import annotations

from functools import lru_cache

import pytest

from incidents.extract.gazetteer import load_gazetteer
from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document
from test_merge import ingest_in_orders


@lru_cache(maxsize=None)
def _incidents(text: str):
    return extract_document(text, DocMeta(doc="t", outlet="o"), load_gazetteer()).incidents


def test_a_sentence_that_only_tells_where_the_attack_happened_gives_it_its_place():
    first = "قتل 7 عناصر من قوات النظام بهجوم لمسلحين على حاجز عسكري شرق سوريا، أمس الخميس."
    (alone,) = _incidents(first)
    assert alone.location is None
    (placed,) = _incidents(first + " ووقع الهجوم بالقرب من مدينة البوكمال في ريف دير الزور الشرقي.")
    assert placed.location.name_ar == "البوكمال" and placed.location.admin1 == "Deir-ez-Zor"
    assert placed.killed == 7 and placed.event_type == alone.event_type


def test_a_sentence_that_tells_where_and_the_toll_gives_the_act_both():
    # "ووقع الهجوم … وأسفر عن": the toll goes on (pipeline._toll_goes_on), and the place with it
    (act,) = _incidents("قتل 7 عناصر من قوات النظام بهجوم لمسلحين على حاجز عسكري شرق سوريا، أمس الخميس. "
                        "ووقع الهجوم بالقرب من مدينة البوكمال، وأسفر أيضاً عن إصابة 3 آخرين.")
    assert act.location.name_ar == "البوكمال" and (act.killed, act.injured) == (7, 3)


def test_a_summary_line_with_one_party_and_no_toll_gets_no_place_to_become_an_act():
    # "استهدف الهجوم سيارة": the attack named as a summary; a place would make it a fight to code
    assert _incidents("استهدف الهجوم سيارة عسكرية تقل عناصر من قوات النظام. "
                      "ووقع الهجوم بالقرب من مدينة البوكمال في ريف دير الزور.") == []


@pytest.mark.parametrize("verb", ["ووقع", "وجرى"])
def test_the_verbs_of_happening_are_data(verb):
    from incidents.extract.act_frames import FRAMES
    from incidents.extract.normalise import fold, word_forms
    assert set(word_forms(fold(verb))) & FRAMES.happened


VILLAGE_DOCS = [
    {"id": "v1", "outlet": "Outlet V",
     "text": "قتل 9 عناصر من قوات النظام، أمس الخميس، بهجوم شنه مسلحون مجهولون على حافلة عسكرية قرب قرية "
             "الغنيمية التابعة لمدينة البوكمال شرقي دير الزور."},
    {"id": "v2", "outlet": "Outlet W",
     "text": "قتل 8 عناصر من قوات النظام، يوم الخميس، بهجوم لمسلحين على حافلة عسكرية في مدينة البوكمال "
             "بريف دير الزور."},
    {"id": "v3", "outlet": "Outlet X",
     "text": "قتل 4 عناصر من قوات النظام، يوم الأحد، بهجوم لمسلحين على حافلة عسكرية في مدينة البوكمال "
             "بريف دير الزور."},
]


def test_a_village_we_lack_told_inside_a_town_is_one_incident_with_the_town_s_report():
    (village,) = _incidents(VILLAGE_DOCS[0]["text"])
    assert village.location.place_id is None and village.location.within == "dez-abu-kamal-town"


def test_the_village_s_report_merges_with_the_town_s_in_any_order_and_not_with_another_day(tmp_path):
    docs = VILLAGE_DOCS
    orders = [[docs], [docs[::-1]], [[d] for d in docs], [[d] for d in docs[::-1]]]
    snaps = ingest_in_orders(tmp_path, docs, orders)
    assert all(s == snaps[0] for s in snaps[1:])
    rows = [r for r in snaps[0] if "reports" in r]
    assert sorted(sorted(x["doc"] for x in r["reports"]) for r in rows) == [["v1", "v2"], ["v3"]]
    merged = next(r for r in rows if len(r["reports"]) == 2)
    assert merged["killed"] == 8        # the lowest figure; each report keeps its own
    assert sorted(x["killed"] for x in merged["reports"]) == [8, 9]


@pytest.mark.parametrize("text, where", [
    # the victim's home town after "شاب من"; the act is in the city named after it
    ("قتل مسلحون مجهولون شاباً من بلدة الجيزة في مدينة درعا، مساء أمس.", "درعا"),
    ("عثر الأهالي على جثة رجل من قرية المسيفرة مقتولاً بالرصاص قرب مدينة بصرى الشام.", "بصرى الشام"),
    # a list of home towns after a verb of descent: every item is where they come from
    ("اعتقلت قوات النظام أربعة شبان ينحدرون من بلدتي الحراك وداعل على حاجز في مدينة إزرع.", "إزرع"),
])
def test_a_person_s_home_town_is_not_where_the_act_happened(text, where):
    (act,) = _incidents(text)
    assert act.location.name_ar == where


def test_a_home_town_alone_and_a_place_left_are_still_where_it_happened():
    (alone,) = _incidents("قتل طفل من بلدة داعل بانفجار لغم أرضي.")
    assert alone.location.name_ar == "داعل"
    (left,) = _incidents("انسحبت قوات النظام من بلدة الحراك بعد اشتباكات مع فصائل المعارضة.")
    assert left.location.name_ar == "الحراك"


@pytest.mark.parametrize("text, where", [
    # what a commander answers for, after his role; the strike is at the city named after it
    ("قتل القيادي في حزب العمال الكردستاني المسؤول عن منطقة الجزيرة بغارة لمسيرة تركية قرب مدينة القامشلي.", "القامشلي"),
    ("اعتقلت الشرطة العسكرية أمير الرقة السابق في التنظيم خلال مداهمة في مدينة الباب.", "الباب"),
])
def test_the_domain_of_a_person_s_role_is_not_where_the_act_happened(text, where):
    acts = _incidents(text)
    assert acts and all(a.location.name_ar == where for a in acts)
