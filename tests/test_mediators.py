"""Who broke up or mediated a fight is no party to it ("تدخلت القوات الروسية لفض الاشتباك");
an agreement keeps its mediator (sides.json mediation_words). Sentences written for these tests."""
from __future__ import annotations

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


def _actors(text: str) -> set[str]:
    out = extract_document(text, DocMeta("t.txt", published="2021-06-10"))
    return {a.name for i in out.incidents for a in i.actors}


def test_the_force_that_broke_up_the_fight_is_no_party():
    names = _actors("اندلعت اشتباكات عنيفة بين الدفاع الوطني والأسايش في حي طي بمدينة القامشلي، "
                    "تدخلت على إثرها القوات الروسية لفض الاشتباك.")
    assert {"National Defence Forces", "Asayish"} <= names and "Military Forces of Russia" not in names


def test_an_agreement_keeps_its_mediator():
    names = _actors("توصلت قوات سوريا الديمقراطية ووجهاء العشائر إلى اتفاق بوساطة من التحالف الدولي في بلدة ذيبان.")
    assert "Global Coalition Against Daesh" in names
