"""The act just told, named again by its definite noun with only its victims ("كما طال
القصف منازل المدنيين في قرية …"), hitting one more place: its doer did it, no unknown
gunman (frames.hits_more, Candidate.goes_on). Sentences written for these tests."""
from __future__ import annotations

import pytest

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


@pytest.mark.parametrize("text, doer", [
    ("قصفت القوات التركية بالمدفعية قرية الدندنية غرب مدينة منبج مساء أمس، ما أدى لإصابة ثلاثة مدنيين.\n"
     "كما طال القصف منازل المدنيين في قرية العوسجلي، وسقطت قذيفتان على مدرسة القرية.", "Military Forces of Turkey"),
    ("قصفت قوات النظام بالصواريخ بلدة كفرنبل جنوبي إدلب صباح اليوم، ما أدى لمقتل طفل.\n"
     "وطال القصف أيضاً الأراضي الزراعية للأهالي في قرية حاس.", "Military Forces of Syria"),
])
def test_the_act_named_again_on_one_more_place_is_by_its_doer(text, doer):
    incidents = extract_document(text, DocMeta("t.txt", "Test Outlet", published="2022-05-02")).incidents
    assert len(incidents) == 2
    assert all([a.name for a in i.actors if a.side == 1] == [doer] for i in incidents)
