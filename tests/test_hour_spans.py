"""A span of hours counted back from the report ("خلال الساعات الـ24 الماضية", "في الساعات الـ48
الأخيرة") is the report's day; a number before a feminine "الماضية" counts hours, not the day of
last month ("في 12 الماضي" is). Sentences written for these tests."""
from __future__ import annotations

import pytest

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


def date_of(text: str, published: str = "2022-06-09") -> str | None:
    return extract_document(text, DocMeta("t.txt", "Test", published=published)).incidents[0].date


@pytest.mark.parametrize("span", ["خلال الساعات الـ24 الماضية", "في الساعات الـ 48 الأخيرة",
                                  "خلال الـ24 ساعة الماضية", "خلال 72 ساعة الماضية"])
def test_hours_counted_back_are_the_reports_day(span):
    assert date_of(f"وثق ناشطون مقتل ثلاثة مدنيين بقصف مدفعي لقوات النظام على بلدة سرجة {span}.") == "2022-06-09"


def test_a_day_before_the_masculine_word_is_last_months():
    assert date_of("قتل شاب برصاص مجهولين في مدينة الصنمين في 12 الماضي.") == "2022-05-12"
