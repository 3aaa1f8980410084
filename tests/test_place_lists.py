"""Lists of town names after a plural or dual place noun (extract/place_lists.py, the list nouns
in context_names.json list_heads): two list nouns joined ("قرى وبلدات"), names joined by commas
up to a last "و" ("«A، B، وC»"), a dual's two names. Sentences written for these tests."""
from __future__ import annotations

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document
from incidents.extract.place_lists import unknown_list_after
from incidents.extract.text import prepare


def listed(text: str) -> list[str]:
    doc = prepare(text)
    names = [doc.text[doc.tokens[a].start:doc.tokens[b].end] for i in range(len(doc.words))
             for a, b, _ in unknown_list_after(doc, i)]
    return list(dict.fromkeys(names))     # "قرى وبلدات": both list nouns read the one list


def test_names_joined_by_commas_up_to_a_last_and():
    text = "سقطت صواريخ على محيط قرى وبلدات «الصفصافية، خربة دامس، وتل عمار» شمال غرب حماة."
    assert listed(text) == ["الصفصافية", "خربة دامس", "وتل عمار"]


def test_a_comma_without_a_last_and_ends_the_list():
    # the words after the comma are the sentence going on, not more names
    assert listed("سقطت قذائف على قرى الصفصافية، مسببة أضراراً مادية.") == ["الصفصافية"]


def test_a_dual_lists_two_names():
    assert listed("قصفت المدفعية قريتي الجلاوي والطويلعة، وقرية ثالثة.") == ["الجلاوي", "والطويلعة"]


def test_each_town_of_the_list_is_an_incident():
    text = ("أطلقت المجموعات المسلحة اليوم عدداً من الصواريخ سقطت على قرى وبلدات «الصفصافية، خربة دامس، "
            "وتل عمار» بريف حماة الشمالي الغربي، دون إصابات.")
    incs = extract_document(text, DocMeta("t.txt", "Test", published="2024-06-14")).incidents
    assert len({i.location.name_ar for i in incs if i.location}) == 3


def test_the_centre_of_a_city_is_no_second_town():
    # "وسط" begins with و but is no و of a list: the square is in the city, one incident
    text = "قصفت طائرات حربية مبنى قرب ساحة الأمويين وسط دمشق اليوم، ما أدى إلى مقتل شخصين."
    incs = extract_document(text, DocMeta("t.txt", "Test", published="2024-06-14")).incidents
    assert len(incs) == 1 and incs[0].killed == 2
