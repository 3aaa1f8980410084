"""A nationality after a place the gazetteer lacks ("بلدة عرسال اللبنانية") says which country
it is in; it is no second word of the name (context_names.json name_stop_tails). Sentences
written for these tests."""
from __future__ import annotations

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


def test_the_nationality_ends_the_name():
    inc = extract_document("داهم الجيش اللبناني مخيمات للاجئين السوريين في بلدة عرسال اللبنانية واعتقل عشرين شاباً.",
                           DocMeta("t.txt", "Test", published="2019-07-02")).incidents[0]
    assert inc.location.name_ar == "عرسال"
