"""Names the gazetteer lacks, read from the words around them (extract/data/context_names.json):
what follows a place word, where a list of names stops, quoted names. Sentences written for these tests."""
from __future__ import annotations

from incidents.extract.mentions import unknown_list_after
from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document
from incidents.extract.text import prepare


def places(text: str) -> list[str]:
    incs = extract_document(text, DocMeta("t.txt", "Test", published="2024-06-14")).incidents
    return [i.location.name_ar for i in incs]


def listed(text: str) -> list[str]:
    doc = prepare(text)
    return [doc.text[doc.tokens[a].start:doc.tokens[b].end] for i in range(len(doc.words))
            for a, b, _ in unknown_list_after(doc, i)]


def test_a_plural_with_the_article_lists_no_names():
    # "القرى" is the villages already meant; the word after it is no village
    assert listed("تعرضت نقطة عسكرية لحراس القرى لهجوم بالأسلحة الرشاشة.") == []
    assert listed("قصفت المدفعية قرى مرعناز وعين دقنة.") == ["مرعناز", "وعين دقنة"]


def test_an_adjective_after_a_place_word_is_no_name():
    text = "قصفت القوات التركية القرى الحدودية والواقعة على خط التماس في ريف منبج بقذائف الهاون."
    found = places(text)
    assert not {"الحدودية", "الواقعة"} & set(found)


def test_a_list_of_names_stops_at_a_full_stop():
    text = "نفذت طائرة مسيرة مجهولة غارات على قريتي الجلاوي والطويلعة. ونقلت سيارات الإسعاف جثث القتلى."
    assert listed(text) == ["الجلاوي", "والطويلعة"]


def test_a_quoted_name_runs_to_its_closing_mark():
    text = 'أطلق مسلحون ملثمون النار على مختار قرية "حارة صالح" في ريف بانياس، ما أدى إلى مقتله.'
    assert places(text) == ["حارة صالح"]
