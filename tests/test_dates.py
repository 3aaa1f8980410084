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


def test_levantine_months_without_the_article_and_compound_ordinal_days():
    # "تشرين ثاني" as Syrian writers often spell it; "الثالث عشر" is the 13th, not the 3rd
    assert values("قتل في 3 تشرين ثاني الماضي", "2021-09-17") == [("2020-11-03", "day")]
    assert values("قصفت الطائرات البلدة في الثالث عشر من حزيران", "2023-06-14") == [("2023-06-13", "day")]
    assert values("في الحادي والعشرين من كانون أول", "2023-06-14") == [("2022-12-21", "day")]
    assert values("في 5 تشرين\nالثاني 2019", None) == [("2019-11-05", "day")]    # a line break inside a name


def test_the_weekday_beside_yesterday_in_parentheses_or_after_a_comma():
    for text in ("قتل شاب برصاص قناص أمس (الثلاثاء)", "قتل شاب برصاص قناص يوم أمس، الثلاثاء،"):
        found = find_dates(fold(text), "2023-06-14")
        assert [(d.value, d.weekday) for d in found] == [("2023-06-13", 1)]


def test_a_weekday_named_beside_yesterday_wins_over_a_page_date_a_day_late():
    # 2021-09-17 is a Friday; "أمس الأربعاء" was written on the Thursday
    assert values("قتل شاب برصاص قناص أمس الأربعاء", "2021-09-17") == [("2021-09-15", "day")]
    assert values("قتل شاب برصاص قناص أمس الخميس", "2021-09-17") == [("2021-09-16", "day")]


def test_a_day_of_this_month_or_the_last_without_the_word_month():
    assert values("قتل شاب في 15 الجاري", "2021-09-17") == [("2021-09-15", "day")]
    assert values("قتل شاب يوم 28 الماضي", "2021-09-17") == [("2021-08-28", "day")]


def test_the_last_hours_are_the_reports_day_and_cover_the_evening_before():
    assert values("سيطر الفصيل على القرية خلال الـ 24 ساعة الماضية", "2022-04-15") == [("2022-04-15", "day")]
    assert values("قتل شاب منذ ساعات", "2022-04-15") == [("2022-04-15", "day")]
    assert values("تتوقع الأرصاد أمطاراً خلال الساعات المقبلة", "2022-04-15") == []
    text = ("سيطرت قوات سوريا الديمقراطية على مقار الأمن العسكري في مدينة القامشلي خلال الـ 24 ساعة الماضية.\n"
            "وقال مصدر إن عناصر قوات سوريا الديمقراطية تقدموا مساء أمس وسيطروا على ثلاثة أبنية في المدينة.")
    incs = extract_document(text, DocMeta("t.txt", published="2022-04-15")).incidents
    assert [i.date for i in incs] == ["2022-04-15"]


def test_a_part_of_a_month_or_week_is_that_month_or_week():
    # 2021-09-17 is a Friday
    assert values("قتل شاب منتصف آذار", "2021-09-17") == [("2021-03", "month")]
    assert values("قتل شاب في شهر تشرين الأول", "2021-09-17") == [("2020-10", "month")]
    assert values("قتل شاب مطلع الشهر الجاري", "2021-09-17") == [("2021-09", "month")]
    assert values("قتل شاب أواخر الأسبوع الماضي", "2021-09-17") == [("2021-09-10", "week")]
    assert values("قتل شاب منتصف آذار", None) == [(None, None)]     # no article date, no year


def test_days_and_weeks_counted_back_from_the_report():
    assert values("قتل شاب قبل ثلاثة أيام", "2021-09-17") == [("2021-09-14", "day")]
    assert values("قتل شاب منذ 4 أيام", "2021-09-17") == [("2021-09-13", "day")]
    assert values("قتل شاب قبل أسبوعين", "2021-09-17") == [("2021-09-03", "week")]
    assert values("وصل قبل ثلاثة أيام من الهجوم", "2021-09-17") == []    # counted from another day


def test_more_shapes_of_the_articles_own_date():
    body = "\nقتل شاب برصاص مجهولين أمس."
    assert published_date(None, None, "سمارت\nفبراير 12, 2022" + body) == ("2022-02-12", "dateline")
    assert published_date(None, None, "سمارت\n12 فبراير,2022" + body) == ("2022-02-12", "dateline")
    assert published_date(None, None, "Published: September 17, 2021" + body) == ("2021-09-17", "dateline")
    assert published_date(None, None, "17 Sep 2021 | 10:15" + body) == ("2021-09-17", "dateline")
    assert published_date(None, "https://x.example/news/2021-08-17-slug", body) == ("2021-08-17", "url")
    assert published_date(None, "https://x.example/20210817/slug-1050.html", body) == ("2021-08-17", "url")
    assert published_date(None, "https://x.example/p/20210817123", body) == (None, None)    # an id, not a date


def test_a_bare_weekday_as_news_writes_it():
    # 2021-09-17 is a Friday
    for text in ("قتل ثلاثة مدنيين، الأربعاء، بقصف مدفعي", "قتل ثلاثة مدنيين الأربعاء بقصف مدفعي"):
        assert values(text, "2021-09-17") == [("2021-09-15", "day")]
    assert values("قتل الاثنين برصاص قناص", "2021-09-17") == []        # "both", not Monday
    assert values("قتل شاب، الاثنين، برصاص قناص", "2021-09-17") == [("2021-09-13", "day")]
    assert values("خرجت مظاهرة بعد صلاة الجمعة", "2021-09-17") == []


def test_of_two_days_in_a_sentence_the_one_told_by_the_act_dates_it():
    text = ("قالت مصادر محلية، اليوم الجمعة، إن ثلاثة مدنيين قتلوا أمس بقصف مدفعي لقوات النظام على بلدة "
            "كنصفرة في ريف إدلب الجنوبي.")
    assert [i.date for i in extract_document(text, DocMeta("t.txt", published="2021-09-17")).incidents] == \
        ["2021-09-16"]


def test_a_weekday_and_today_of_one_known_day_are_one_incident():
    text = ("شن الطيران الحربي الإسرائيلي فجر، الثلاثاء، غارات على مرفأ اللاذقية.\n"
            "وقال مصدر عسكري إن الطيران الإسرائيلي استهدف فجر اليوم بعدة صواريخ ساحة الحاويات في مرفأ اللاذقية.")
    incs = extract_document(text, DocMeta("t.txt", published="2021-12-07")).incidents
    assert [i.date for i in incs] == ["2021-12-07"]


def test_the_day_before_yesterday_in_its_spellings():
    for text in ("قتل شاب أول أمس", "قتل شاب أول من أمس", "قتل شاب قبل أمس", "قتل شاب أمس الأول"):
        assert values(text, "2021-09-17") == [("2021-09-15", "day")]


def test_a_night_across_two_weekdays_in_any_separator():
    for text in ("ليلة الثلاثاء/الأربعاء", "ليل الثلاثاء على الأربعاء", "ليلة الثلاثاء والأربعاء"):
        assert values("قتل شاب " + text, "2021-09-17") == [("2021-09-14", "day")]


def test_a_day_in_the_reports_week_is_news_and_an_older_one_a_recollection():
    def background(text: str) -> list[bool]:
        return [i.background for i in extract_document(text, DocMeta("t.txt", published="2021-09-17")).incidents]
    act = "قتل مدنيان برصاص مسلحين مجهولين في بلدة طفس بريف درعا الغربي "
    assert background(act + "يوم الأربعاء 15 أيلول.") == [False]
    assert background(act + "في 3 آب الماضي.") == [True]


def test_a_feeds_date_in_the_published_field():
    assert published_date("Sat, 19 Jun 2021 10:00:00 GMT", None, "خبر") == ("2021-06-19", "metadata")
    assert published_date("19 يونيو 2021", None, "خبر") == ("2021-06-19", "metadata")


def test_a_coming_weekday_is_never_one_gone_by():
    # 2021-09-17 is a Friday
    assert values("تعقد الجولة يوم الأحد المقبل", "2021-09-17") == [("2021-09-19", "day")]
    assert values("تعقد الجولة الجمعة القادم", "2021-09-17") == [("2021-09-24", "day")]
    assert values("تعقد الجولة الجمعة المقبلة", "2021-09-17") == [("2021-09-24", "day")]
    assert values("قتل شاب الجمعة الماضية", "2021-09-17") == [("2021-09-10", "day")]    # a week before

def test_patterns_told_where_a_match_starts_find_what_the_bare_patterns_find():
    """date_patterns._starting puts a lookahead of the possible first characters before each
    pattern: the matches (spans and groups) must be those of the pattern without it."""
    import random
    import re

    from incidents.extract import date_patterns as D
    from incidents.extract.normalise import fold
    words = (list(D.MONTHS) + list(D.WEEKDAYS) + list(D.ORDINAL_DAYS) + list(D.W.past) + list(D.W.current)
             + list(D.W.ago) + list(D.W.week) + list(D.W.month) + list(D.W.year) + list(D.W.year_words)
             + list(D.W.yesterday) + list(D.W.today) + list(D.W.parts_of_day) + list(D.W.few_days)
             + list(D.W.within) + list(D.W.hours) + list(D.W.part_of_period) + list(D.W.next) + list(D.W.day_units)
             + list(D.W.week_units) + list(D.W.two_weeks) + list(D.NUMBER_WORDS) + ["24", "(", ")"]
             + ["من", "شهر", "عام", "هذا", "في", "و", "ب", "قصف", "،", "-", "/", ".", "\n"]
             + ["3", "17", "2021", "1999", "2024-05-06", "12/3/2023", "٢٠٢٢"])
    rng = random.Random(5)
    texts = [fold("قصفت طائرة حربية بلدة في ريف إدلب مساء الأربعاء 12 آذار 2025، وفي الثالث من شهر أيار الماضي"),
             fold("وقبل يومين قتل شاب، منذ أيام، صباح أمس الأول، الأسبوع الماضي، عام 2019، في 7 من الشهر الجاري")]
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 30))) for _ in range(600)]
    texts += ["".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(200)]    # no spaces
    texts += ["".join(rng.choice(["و", "ف", "ب", "ال", " ", "،"]) + rng.choice(words) for _ in range(rng.randint(1, 12)))
              for _ in range(200)]      # particles on words, and words run together
    assert len(D.BARE) >= 15
    for pattern, source in D.BARE.items():
        bare = re.compile(source)
        for text in texts:
            assert [(m.span(), m.groupdict()) for m in pattern.finditer(text)] == \
                   [(m.span(), m.groupdict()) for m in bare.finditer(text)], (pattern.pattern[:40], text)


def test_a_photo_captions_day_is_no_dateline():
    # the caption under the top photo, then "camera icon" and the same caption: the photo's day
    caption = "عناصر من الأمن العام ينتشرون في مدينة إعزاز - 29 آذار 2025 (محافظة حلب)"
    text = f"انفجار في حلب\n\n{caption}\n\ncamera icon{caption}\n\nفجر شخص نفسه اليوم الأحد في حي الميسر."
    assert published_date(None, None, text) == (None, None)
    assert published_date(None, None, f"14 نيسان 2018\n{caption}\ncamera icon{caption}") == ("2018-04-14", "dateline")
