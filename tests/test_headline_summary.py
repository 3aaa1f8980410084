"""A headline names the story's act in fewer, other words: an arrest over a raid that also
killed, "a blast" over an IED. Told only in the headline, such an act is the story's act
when the story tells one at its place or inside it, and adds no incident of its own.
Sentences written for these tests."""
from __future__ import annotations

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document

STORY = ("ألقت الجهات المختصة القبض على متزعم خلية إرهابية، وقتلت عنصراً آخر في محيط مدينة نوى "
         "بريف درعا الغربي.\n\nوقال مصدر أمني إن العملية جرت بعد رصد تحركات الخلية في المنطقة.")


def _incidents(text: str):
    return extract_document(text, DocMeta(doc="headline", published="2023-05-10")).incidents


def test_an_act_told_only_in_the_headline_at_the_storys_place_is_the_storys_act():
    alone = _incidents(STORY)
    headed = _incidents("القبض على متزعم خلية إرهابية بريف درعا\n\n" + STORY)
    assert len(alone) == 1
    assert [(i.event_type, i.location.name) for i in headed] == [(i.event_type, i.location.name) for i in alone]


def test_a_headline_act_elsewhere_is_its_own_incident():
    """The headline's act at a place the story does not reach is no summary of it."""
    headed = _incidents("مقتل مدنيين اثنين بقصف على مدينة معرة النعمان بريف إدلب\n\n" + STORY)
    assert len(headed) == 2
    assert {i.location.admin1 for i in headed} == {"Idleb", "Dar'a"}
