"""A toll the text says it learnt later ("لاحقاً", "في وقت لاحق") is told anew: its figures
replace the first ones, as "في حصيلة جديدة" does. Every sentence and article is written for
these tests."""
from __future__ import annotations

from casualty_text import totals
from extracted import incidents


def test_later_toll_replaces_the_first() -> None:
    text = ("قتل أربعة مدنيين في غارة على مدينة سرمين. "
            "وأفاد الدفاع المدني لاحقاً بأن حصيلة الغارة بلغت ستة قتلى وعشرة جرحى.")
    assert totals(text) == (6, 10)


def test_later_in_a_phrase() -> None:
    text = ("أصيب ثلاثة عناصر في الهجوم على الحاجز. "
            "وفي وقت لاحق قالت مصادر طبية إن حصيلة المصابين بلغت سبعة.")
    assert totals(text) == (None, 7)


def test_two_reports_without_later_keep_the_lowest() -> None:
    text = ("قتل أربعة مدنيين في غارة على مدينة سرمين. "
            "وقالت مصادر محلية إن حصيلة الغارة بلغت ستة قتلى.")
    assert totals(text) == (4, None)


def test_article_later_toll() -> None:
    text = ("غارة على مدينة سرمين\nقتل أربعة مدنيين في غارة على مدينة سرمين شرقي إدلب. "
            "وأفاد الدفاع المدني لاحقاً بأن حصيلة الغارة بلغت ستة قتلى وعشرة جرحى.")
    [inc] = incidents(text)
    assert (inc.killed, inc.injured) == (6, 10)
