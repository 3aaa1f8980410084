"""An act word with a pronoun, the object of a verb of carrying out or renewing ("شنت الطائرات
الروسية غاراتها"), is the act; elsewhere ("بعد اعتقالهم") it points back at one already told.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document
from incidents.extract.suffixed import suffixed_acts
from incidents.extract.text import prepare


def run(text: str):
    return extract_document(text, DocMeta("t.txt", published="2019-04-03")).incidents


@pytest.mark.parametrize("text,doer", [
    ("شنت الطائرات الروسية غاراتها على بلدة كفرنبل.", "Military Forces of Russia"),
    ("بدأت الولايات المتحدة أولى غاراتها الجوية على مواقع تنظيم الدولة الإسلامية في مدينة الرقة.",
     "Military Forces of the United States"),
])
def test_a_raid_carried_out_with_its_pronoun_is_a_raid(text: str, doer: str) -> None:
    (inc,) = run(text)
    assert inc.sub_event_type == "Air/drone strike"
    assert [a.name for a in inc.actors if a.side == 1] == [doer]


def test_an_act_word_with_a_pronoun_elsewhere_is_no_new_act() -> None:
    doc = prepare("طالب الأهالي بالإفراج عن الشبان بعد اعتقالهم في بلدة طفس.")
    assert suffixed_acts(doc.words, set()) == []
