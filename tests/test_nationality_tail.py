"""A nationality after a place the gazetteer lacks ("بلدة عرسال اللبنانية") says which country
it is in; it is no second word of the name (context_names.json name_stop_tails). The act
told there is abroad and makes no incident of Syria (clauses.told_abroad), so the name is read
from the sentence's places. Sentences written for these tests."""
from __future__ import annotations

from incidents.extract.gazetteer import default_gazetteer
from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document
from incidents.extract.places import sentence_places
from incidents.extract.text import prepare

TEXT = "داهم الجيش اللبناني مخيمات للاجئين السوريين في بلدة عرسال اللبنانية واعتقل عشرين شاباً."


def test_the_nationality_ends_the_name():
    doc = prepare(TEXT)
    places = sentence_places(doc, default_gazetteer().for_document(), 0, len(doc.tokens), [], set(), None)
    assert [p.name_ar for p in places] == ["عرسال"]


def test_the_raid_abroad_is_no_incident_of_syria():
    assert extract_document(TEXT, DocMeta("t.txt", "Test", published="2019-07-02")).incidents == []
