"""A verb of resuming ("وعاودت قصف البلدة", "وجددت قوات النظام قصفها") tells the act again on
another day: an incident of its own, by the doer of the act it resumes when it names none
(segmentation.json resume_verbs). Sentences written for these tests."""
from __future__ import annotations

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


def test_a_resumed_shelling_on_another_day_keeps_its_doer():
    text = ("قصفت قوات النظام بلدة كفرنبل جنوبي إدلب مساء أمس الأربعاء، "
            "وعاودت قصف البلدة صباح اليوم الخميس ما أدى لإصابة امرأة.")
    got = extract_document(text, DocMeta("t.txt", "Test", published="2024-05-16")).incidents
    by_day = {i.date: ({a.name for a in i.actors if a.side == 1}, i.injured) for i in got}
    assert by_day == {"2024-05-15": ({"Military Forces of Syria"}, None),
                      "2024-05-16": ({"Military Forces of Syria"}, 1)}
