"""The article's own date and the days a text names against it. Sentences written for these tests."""
from __future__ import annotations

from incidents.documents.published import published_date
from incidents.extract.dates import find_dates
from incidents.extract.model import DocMeta
from incidents.extract.normalise import fold
from incidents.extract.pipeline import extract_document


def values(text: str, published: str | None) -> list[tuple]:
    return [(d.value, d.precision) for d in find_dates(fold(text), published)]


def test_a_dateline_with_a_month_name_dates_the_article():
    assert published_date(None, None, "خبر عاجل\nتم النشر بتاريخ : 9 آذار، 2020 10:15 ص\nقتل شاب") == \
        ("2020-03-09", "dateline")
    assert published_date(None, None, "العنوان\n\n14 نيسان 2018\nصورة") == ("2018-04-14", "dateline")


def test_a_url_month_yields_to_the_datelines_day_in_that_month():
    assert published_date(None, "https://x.example/2025/01/slug.html", "نشر 23 كانون الثاني 2025\nخبر") == \
        ("2025-01-23", "dateline")
    assert published_date(None, "https://x.example/2025/01/slug.html", "خبر بلا تاريخ") == ("2025-01", "url")


def test_a_named_weekday_last_week():
    # 2023-05-14 is a Sunday: "الأحد الماضي" is a week before, "الخميس الماضي" three days before
    assert values("وقعت الحادثة الأحد الماضي", "2023-05-14") == [("2023-05-07", "day")]
    assert values("وقعت الحادثة الخميس الماضي", "2023-05-14") == [("2023-05-11", "day")]


def test_two_days_ago_is_a_day_and_a_few_days_a_week():
    assert values("قتل قبل يومين برصاص قناص", "2023-05-14") == [("2023-05-12", "day")]
    assert values("قتل منذ أيام برصاص قناص", "2023-05-14") == [("2023-05-11", "week")]


def test_an_ordinal_day_of_this_month_or_the_last():
    assert values("في السابع من الشهر الحالي", "2023-05-14") == [("2023-05-07", "day")]
    assert values("في الـ 25 من الشهر الفائت", "2023-05-14") == [("2023-04-25", "day")]


def test_a_night_across_two_weekdays():
    assert values("ليل السبت – الأحد", "2023-05-15")[0] == ("2023-05-13", "day")


def test_the_dateline_does_not_date_an_act_the_sentence_dates_otherwise():
    text = "date 2023-05-15 اندلعت مساء الأحد اشتباكات عنيفة بين قوات النظام وتنظيم داعش في بادية الميادين بريف دير الزور."
    incs = extract_document(text, DocMeta("t.txt", published="2023-05-15")).incidents
    assert [i.date for i in incs] == ["2023-05-14"]


def test_an_undated_weekday_keeps_the_words_that_date_it():
    text = "قتل عنصران من قوات النظام في اشتباكات مع تنظيم داعش قرب الميادين بريف دير الزور، مساء الخميس 17 أيلول."
    inc = extract_document(text, DocMeta("t.txt")).incidents[0]
    assert inc.date is None
    assert [c.quote for c in inc.citations if c.field == "date"] == ["الخميس 17 أيلول"]


def test_the_lede_after_headline_lines_dates_the_acts_told_after():
    text = ("اشتباكات في الرقة\n\nماذا حدث؟\n\n"
            "شهدت مدينة الرقة، أمس، اشتباكات متقطعة بين شبان وعناصر من قوى الأمن الداخلي في ساحة المدينة.\n\n"
            "وأسفرت الاشتباكات عن مقتل شابين من المدينة برصاص عناصر الأسايش.")
    incs = extract_document(text, DocMeta("t.txt", published="2023-05-15")).incidents
    assert incs and all(i.date == "2023-05-14" for i in incs)


def test_the_date_words_are_data():
    from incidents.extract.date_words import DATE_WORDS
    assert DATE_WORDS.months["اذار"] == 3 and DATE_WORDS.weekdays["الجمعه"] == 4
    assert values("قتل أمس الأول", "2023-05-14") == [("2023-05-12", "day")]


def test_patterns_told_where_a_match_starts_find_what_the_bare_patterns_find():
    """dates._starting puts a lookahead of the possible first characters before each
    pattern: the matches (spans and groups) must be those of the pattern without it."""
    import random
    import re

    from incidents.extract import dates as D
    from incidents.extract.normalise import fold
    words = (list(D.MONTHS) + list(D.WEEKDAYS) + list(D.ORDINAL_DAYS) + list(D.W.past) + list(D.W.current)
             + list(D.W.ago) + list(D.W.week) + list(D.W.month) + list(D.W.year) + list(D.W.year_words)
             + list(D.W.yesterday) + list(D.W.today) + list(D.W.parts_of_day) + list(D.W.few_days)
             + ["من", "شهر", "عام", "هذا", "في", "و", "ب", "قصف", "،", "-", "/", ".", "\n"]
             + ["3", "17", "2021", "1999", "2024-05-06", "12/3/2023", "٢٠٢٢"])
    rng = random.Random(5)
    texts = [fold("قصفت طائرة حربية بلدة في ريف إدلب مساء الأربعاء 12 آذار 2025، وفي الثالث من شهر أيار الماضي"),
             fold("وقبل يومين قتل شاب، منذ أيام، صباح أمس الأول، الأسبوع الماضي، عام 2019، في 7 من الشهر الجاري")]
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 30))) for _ in range(600)]
    texts += ["".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(200)]    # no spaces
    led = [v for v in vars(D).values() if isinstance(v, re.Pattern) and v.pattern.startswith("(?=[")]
    assert len(led) >= 10
    for pattern in led:
        bare = re.compile(pattern.pattern[pattern.pattern.index("])(?:") + 5:-1])
        for text in texts:
            assert [(m.span(), m.groupdict()) for m in pattern.finditer(text)] == \
                   [(m.span(), m.groupdict()) for m in bare.finditer(text)], (pattern.pattern[:40], text)
