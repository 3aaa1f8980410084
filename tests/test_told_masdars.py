"""A masdar with بـ after a verb of reporting opens what was told ("أفاد نشطاء بقيام قوات
النظام بإعدام شاب"): the speaker's name ends before it, and the parties after it are the act's
(speech.json told_masdars). Sentences written for these tests."""
from __future__ import annotations

import pytest

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


@pytest.mark.parametrize("text,speaker,doer", [
    ("وأفاد نشطاء بقيام قوات النظام بإعدام شاب ميدانياً في قرية الحويجة.", "نشطاء", "Military Forces of Syria"),
    ("أفادت مصادر محلية بوقوع اشتباكات بين قسد ومسلحين من العشائر في بلدة ذيبان.", "مصادر محلية",
     "Syrian Democratic Forces"),
])
def test_the_speaker_ends_before_the_told_masdar(text: str, speaker: str, doer: str):
    out = extract_document(text, DocMeta("t.txt", published="2021-05-02"))
    assert [q.speaker for q in out.quotes] == [speaker]
    assert doer in {a.name for i in out.incidents for a in i.actors}
