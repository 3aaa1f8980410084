"""A full date that is its line's only words near the top ("الثلاثاء 3 أيار 2022") is the
report's day when the page's `published` is a day later (posted late): "أمس" counts from it."""
from extracted import incidents

TEXT = ("الثلاثاء 3 أيار 2022\nقتل مدني أمس برصاص عناصر حاجز لقوات النظام في مدينة الصنمين بريف درعا. "
        "وشيع الأهالي الضحية اليوم.")


def _dates(text: str, published: str) -> list:
    return [i.date for i in incidents(text, published) if any("الصنمين" in c.quote for c in i.citations)]


def test_yesterday_counts_from_the_date_line_of_a_page_posted_a_day_late():
    assert _dates(TEXT, "2022-05-04")[:1] == ["2022-05-02"]


def test_a_date_line_far_from_published_leaves_published():
    assert _dates(TEXT, "2022-05-10")[:1] == ["2022-05-09"]


def test_a_date_inside_a_sentence_is_no_date_line():
    text = ("قصف في درعا\nقتل مدني في 3 أيار 2022 برصاص عناصر حاجز لقوات النظام في مدينة الصنمين بريف درعا، "
            "وأصيب آخر أمس بانفجار في مدينة الصنمين.")
    assert "2022-05-03" in _dates(text, "2022-05-04")
