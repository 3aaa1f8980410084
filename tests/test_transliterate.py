"""Latin forms of place names the gazetteer lacks (extract/transliterate.py): readable and close
to how English reporting spells Syrian places. Names made up or common, written for these tests."""
from __future__ import annotations

import pytest

from incidents.extract.gazetteer import load_gazetteer
from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document
from incidents.extract.transliterate import transliterate


@pytest.mark.parametrize("name_ar,latin", [
    ("أم الكيف", "Umm al-Kif"),              # a head word in its usual spelling; "al-" inside a name
    ("الحاكورة", "Al-Hakoura"),               # و between consonants is a vowel
    ("مساكن الحرس", "Masakin al-Haris"),      # a word-final pair of consonants takes an i
    ("الصفصافية", "Al-Safsafiyah"),           # the suffix ية; two consonants at the start take an a
    ("خربة دامس", "Khirbet Damis"),
    ("كفرموس", "Kafr Mous"),                  # a head written joined to the name
    ("حوايج", "Hawayij"),                     # و and ي next to a vowel are glides
    ("الدغلباش", "Al-Daghlabash"),            # a run of three consonants is broken
    ("عرب سعيد", "Arab Sa'id"),               # ع starts a word as A, is ' inside one
    ("إنخل", "Inkhal"),
    ("حبوبه", "Habouba"),                   # a final ه that writes ة
])
def test_unknown_names_read_as_english_reporting_spells_them(name_ar: str, latin: str) -> None:
    assert transliterate(name_ar) == latin


def test_a_village_the_gazetteer_lacks_gets_the_readable_form() -> None:
    text = "قتل مدني أمس برصاص مسلحين مجهولين في قرية الحاكورة بريف حماة الغربي."
    (inc,) = extract_document(text, DocMeta("t.txt", published="2021-03-17"), load_gazetteer()).incidents
    assert (inc.location.name, inc.location.name_ar, inc.location.admin1) == ("Al-Hakoura", "الحاكورة", "Hama")
