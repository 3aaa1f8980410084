"""A day and month in digits after a day word, with a slash or a dash ("يوم 15-3"): the
year is the article's; a full date or a range of counts is not read so."""
from incidents.extract.dates import find_dates
from incidents.extract.normalise import fold

PUB = "2022-03-17"


def _values(text: str) -> list:
    return [d.value for d in find_dates(fold(text), PUB)]


def test_dash_day_month_after_a_day_word():
    assert _values("هاجم مسلحون يوم 15-3 حاجزاً") == ["2022-03-15"]
    assert _values("قصفت قسد بتاريخ 15/3 مدينة مارع") == ["2022-03-15"]


def test_full_dash_date_is_read_whole():
    assert _values("هاجم مسلحون يوم 15-3-2021 حاجزاً") == ["2021-03-15"]


def test_dash_numbers_without_a_day_word_are_no_date():
    assert _values("أصيب 15-3 عناصر") == []
