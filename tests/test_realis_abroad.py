"""An act that the clause of its word places in another country ("في بلدة شبعا جنوبي لبنان",
"في منطقة القائم العراقية", "في ولاية هكاري جنوب تركيا") is no incident of Syria, though a
Syrian article tells it; the Syrian act told beside it stays (segmentation.json abroad_*).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from extracted import incidents

ABROAD = [
    "استهدفت غارة إسرائيلية سيارة في بلدة شبعا جنوبي لبنان مساء اليوم.",
    "شنت طائرات أمريكية غارات على مواقع لفصائل عراقية في منطقة القائم العراقية قرب الحدود السورية.",
    "قتل جنديان تركيان في هجوم لحزب العمال الكردستاني على قاعدة عسكرية في ولاية هكاري جنوب تركيا.",
]


@pytest.mark.parametrize("text", ABROAD)
def test_an_act_abroad_is_no_incident(text):
    assert incidents(text, "2024-01-21") == []


def test_the_syrian_act_beside_it_stays():
    found = incidents("قتل جنديان تركيان في هجوم على قاعدة في ولاية هكاري جنوب تركيا، "
                      "وردت القوات التركية بقصف مواقع قسد في ريف تل رفعت شمالي حلب.", "2024-01-22")
    assert len(found) == 1 and found[0].location.admin1 == "Aleppo"


def test_turkish_forces_shelling_a_syrian_village_stay_an_incident():
    found = incidents("قصفت القوات التركية المتمركزة داخل الأراضي التركية قرية الدبس في ريف جرابلس شرقي حلب.",
                      "2024-01-23")
    assert len(found) == 1
