""""في مثل هذا اليوم من عام 2013": the same day of the calendar in another year, not today; the
act so told is a recollection of that year (dates.json anniversary_of, segmentation.json
background_anywhere). Sentences written for these tests."""
from __future__ import annotations

from extracted import incidents


def test_on_this_day_years_ago_is_a_recollection():
    found = incidents("في مثل هذا اليوم من عام 2014، ألقت مروحيات النظام براميل متفجرة على حي الشعار في مدينة "
                      "حلب، ما أدى لمقتل 30 مدنياً.", "2021-02-02")
    assert len(found) == 1 and found[0].background and found[0].date == "2014"


def test_today_stays_today():
    found = incidents("ألقت مروحيات النظام اليوم براميل متفجرة على حي الشعار في مدينة حلب، ما أدى لمقتل 30 مدنياً.",
                      "2014-02-02")
    assert len(found) == 1 and not found[0].background and found[0].date == "2014-02-02"
