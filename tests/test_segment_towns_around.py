"""An act told at towns "around" a town it does not name yet ("سيطرت على ثلاث قرى بمحيط مدينة
X", "قصفت قرى في محيط مدينة Y") is the incidents of the towns named next, not one more at the
reference town; territory taken without a fight and taken after battles is one act there.
Sentences written for these tests."""
from __future__ import annotations

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


def _places(text: str) -> list[str]:
    return sorted(i.location.name for i in extract_document(text, DocMeta("t.txt", published="2021-03-04")).incidents)


def test_villages_taken_around_a_town_then_named_are_those_villages():
    assert _places("سيطرت قوات النظام على ثلاث قرى بمحيط مدينة دير حافر شرقي حلب. وقال ناشطون إن قوات "
                   "النظام سيطرت على قريتي زبيدة وخساف بعد معارك مع تنظيم داعش.") == ["Khasaf", "Zubayda"]


def test_villages_shelled_in_the_surroundings_of_a_town_then_named():
    assert _places("قصفت القوات التركية قرى في محيط مدينة تل رفعت بريف حلب الشمالي. "
                   "وطال القصف قريتي الشيخ عيسى وحربل.") == ["Harbal", "Sheikh Issa"]


def test_a_strike_on_the_town_itself_stays():
    assert "Tall Rifaat" in _places("قصفت القوات التركية مدينة تل رفعت بريف حلب الشمالي. "
                                    "وطال القصف قريتي الشيخ عيسى وحربل.")
