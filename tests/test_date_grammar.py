"""The date shapes Arabic newswire uses, each resolved against an article date given in DocMeta,
as a table: sentences written for these tests, one act each, whose incident must take the day
(or week, month) the words name. 2021-03-17, the article's date throughout, is a Wednesday."""
from __future__ import annotations

import pytest

from incidents.documents.published import published_date
from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document

PUB = "2021-03-17"
ACT = "قتل ثلاثة مدنيين {} بقصف مدفعي لقوات النظام على بلدة كفرنبل بريف إدلب الجنوبي."

DAYS = [
    # days near the report
    ("أمس", "2021-03-16"), ("يوم أمس", "2021-03-16"), ("البارحة", "2021-03-16"), ("مساء الأمس", "2021-03-16"),
    ("ليلة أمس", "2021-03-16"), ("صباح أمس", "2021-03-16"), ("مساء أمس الثلاثاء", "2021-03-16"),
    ("أمس الأول", "2021-03-15"), ("أول أمس", "2021-03-15"),
    ("اليوم", "2021-03-17"), ("فجر اليوم", "2021-03-17"), ("ظهر اليوم الأربعاء", "2021-03-17"),
    ("قبل ساعات", "2021-03-17"), ("خلال الساعات الماضية", "2021-03-17"),
    ("منذ يومين", "2021-03-15"), ("قبل يومين", "2021-03-15"), ("قبل ثلاثة أيام", "2021-03-14"),
    # weekdays, alone or with a part of the day, a night across two, "last"
    ("الأحد", "2021-03-14"), ("الثلاثاء", "2021-03-16"), ("يوم الاثنين", "2021-03-15"), ("يوم الإثنين", "2021-03-15"),
    ("مساء الأحد", "2021-03-14"), ("صباح يوم الأحد", "2021-03-14"), ("فجر السبت", "2021-03-13"),
    ("فجر الثلاثاء", "2021-03-16"), ("عصر الإثنين", "2021-03-15"), ("ليلة الجمعة", "2021-03-12"),
    ("ليل السبت-الأحد", "2021-03-13"), ("ليل السبت – الأحد", "2021-03-13"), ("ليل الأحد/الاثنين", "2021-03-14"),
    ("الاثنين الفائت", "2021-03-15"), ("يوم الثلاثاء الماضي", "2021-03-16"), ("صباح الجمعة الماضية", "2021-03-12"),
    ("يوم الجمعة الفائت", "2021-03-12"), ("مساء السبت الماضي", "2021-03-13"),
    # weekday + day, day + month in both month systems, with and without من / الماضي / الجاري
    ("الاثنين 15 آذار", "2021-03-15"), ("يوم الاثنين 15 آذار", "2021-03-15"), ("الأحد 14 مارس", "2021-03-14"),
    ("الأحد (14 آذار)", "2021-03-14"), ("يوم الأحد، 14 آذار", "2021-03-14"), ("يوم الأحد الموافق 14 آذار", "2021-03-14"),
    ("15 آذار", "2021-03-15"), ("في 15 آذار/مارس", "2021-03-15"), ("في 15 من آذار الجاري", "2021-03-15"),
    ("يوم 15 مارس الجاري", "2021-03-15"), ("في 14 من شهر آذار", "2021-03-14"), ("في 1 آذار", "2021-03-01"),
    ("في 28 شباط الماضي", "2021-02-28"), ("في 3 كانون الثاني/يناير الماضي", "2021-01-03"),
    ("في 3 يناير/كانون الثاني الماضي", "2021-01-03"), ("في 20 تشرين الأول/أكتوبر الماضي", "2020-10-20"),
    ("في 5 آب/أغسطس", "2020-08-05"), ("في 5 أغسطس الماضي", "2020-08-05"), ("في 25 آذار", "2020-03-25"),
    ("في الخامس عشر من آذار", "2021-03-15"), ("في 14 آذار 2021", "2021-03-14"), ("في 14 مارس/آذار 2021", "2021-03-14"),
    ("في 14 آذار (مارس) 2021", "2021-03-14"),
    # digits, Arabic-Indic digits
    ("في 15/3/2021", "2021-03-15"), ("بتاريخ 2021-03-15", "2021-03-15"), ("في 15-03-2021", "2021-03-15"),
    ("في 2021/3/14", "2021-03-14"), ("في 14.3.2021", "2021-03-14"), ("الأحد الموافق 14/3/2021", "2021-03-14"),
    ("في ١٥ آذار ٢٠٢١", "2021-03-15"), ("في ١٥/٣/٢٠٢١", "2021-03-15"), ("يوم ١٥ آذار", "2021-03-15"),
    ("يوم ٢٠٢١/٠٣/١٤", "2021-03-14"),
    # a day of this month
    ("في الـ 15 من الشهر الجاري", "2021-03-15"), ("في الـ15 من الشهر الجاري", "2021-03-15"),
    ("في 15 الجاري", "2021-03-15"), ("في الرابع من الشهر الجاري", "2021-03-04"),
    # weeks and months
    ("الأسبوع الماضي", "2021-03-10"), ("منذ أسبوع", "2021-03-10"), ("قبل أيام", "2021-03-14"),
    ("منتصف الأسبوع الجاري", "2021-03-17"), ("الشهر الماضي", "2021-02"), ("أواخر شباط الماضي", "2021-02"),
    ("مطلع الشهر الجاري", "2021-03"),
    # counted back with "about", in hours, one day; digits spaced out
    ("قبل نحو أسبوع", "2021-03-10"), ("قبل قرابة ثلاثة أيام", "2021-03-14"), ("منذ نحو يومين", "2021-03-15"),
    ("قبل يوم واحد", "2021-03-16"), ("قبل يوم", "2021-03-16"), ("قبل 48 ساعة", "2021-03-15"),
    ("في 16 - 3 - 2021", "2021-03-16"), ("بتاريخ 16-3-2021م", "2021-03-16"),
    # more of the same shapes
    ("صباح الثلاثاء 16 آذار الجاري", "2021-03-16"), ("في ساعة متأخرة من ليل الاثنين", "2021-03-15"),
    ("في الساعات الأولى من صباح اليوم", "2021-03-17"), ("منتصف ليل الأحد", "2021-03-14"),
    ("يوم السبت الفائت 13 آذار", "2021-03-13"), ("فجر يوم أمس", "2021-03-16"), ("الثلاثاء (16 آذار/مارس)", "2021-03-16"),
    ("في 16 آذار/ مارس الجاري", "2021-03-16"), ("عشية الاثنين", "2021-03-15"), ("أمس الثلاثاء الموافق 16 آذار", "2021-03-16"),
    ("في السادس عشر من آذار الجاري", "2021-03-16"), ("ليلة السبت/الأحد", "2021-03-13"), ("في ١٦ من آذار الجاري", "2021-03-16"),
    # a day and month in digits, the year understood; last night
    ("يوم 16/3", "2021-03-16"), ("بتاريخ 14/3", "2021-03-14"), ("الأحد 14/3", "2021-03-14"),
    ("مساء 28/2", "2021-02-28"), ("في 20/10", "2020-10-20"),
    ("الليلة الماضية", "2021-03-16"), ("خلال الليلة الماضية", "2021-03-16"),
    # an ordinal day with both month names and a year; Maghreb month names
    ("في الخامس عشر من آذار/مارس 2021", "2021-03-15"), ("في الثالث من شباط 2020", "2020-02-03"),
    ("في 14 مارس 2021", "2021-03-14"), ("في 3 جانفي الماضي", "2021-01-03"), ("في 5 أوت الماضي", "2020-08-05"),
]


@pytest.mark.parametrize("words,want", DAYS)
def test_each_shape_dates_the_act_it_tells(words: str, want: str) -> None:
    incs = extract_document(ACT.format(words), DocMeta("t.txt", published=PUB)).incidents
    assert incs and all((i.date or "").startswith(want) for i in incs), [i.date for i in incs]
    assert all(len(want) != 10 or i.date_precision in ("day", "week") for i in incs)
    # the words that date it are cited: the day was read, not the report's week taken for it
    assert all(any(c.field == "date" for c in i.citations) for i in incs)


@pytest.mark.parametrize("words,want", [("الجمعة، 5 آذار", "2021-03-05"), ("يوم السبت، 27 شباط 2021", "2021-02-27"),
                                        ("الأحد، 7 آذار/مارس", "2021-03-07")])
def test_a_weekday_set_off_by_a_comma_before_its_date_is_that_date(words: str, want: str) -> None:
    # at the end of the sentence the weekday alone was the latest such day before the report
    text = "قتل ثلاثة مدنيين بقصف مدفعي لقوات النظام على بلدة كفرنبل بريف إدلب الجنوبي " + words + "."
    incs = extract_document(text, DocMeta("t.txt", published=PUB)).incidents
    assert incs and all(i.date == want for i in incs), [i.date for i in incs]


def test_a_day_counted_back_is_not_a_day_before_another() -> None:
    from incidents.extract.dates import find_dates
    from incidents.extract.normalise import fold
    assert [d.value for d in find_dates(fold("وصل قبل يوم الجمعة"), PUB)] == ["2021-03-12"]    # Friday itself
    assert find_dates(fold("قبل يوم من الهجوم"), PUB) == []


def test_digits_with_a_slash_are_a_day_only_after_a_day_word() -> None:
    # a ratio or a number pair is no date; a full numeric date is read whole, not as day/month
    from incidents.extract.dates import find_dates
    from incidents.extract.normalise import fold
    assert find_dates(fold("صوت 16/3 من أعضاء المجلس"), PUB) == []
    assert [d.value for d in find_dates(fold("في 15/3/2021"), PUB)] == ["2021-03-15"]


def test_a_month_name_is_a_whole_word() -> None:
    # "أبناء" (sons) begins with the letters of "آب" (August) once folded: no 6 August in it
    from incidents.extract.dates import find_dates
    from incidents.extract.normalise import fold
    assert find_dates(fold("قتل 6 من أبناء عشيرة واحدة"), PUB) == []
    assert [d.value for d in find_dates(fold("قتل في 6 من آب الماضي"), PUB)] == ["2020-08-06"]


@pytest.mark.parametrize("words", ["أمس", "الاثنين 15 آذار", "مساء الأحد", "في 15 من الشهر الجاري"])
def test_without_an_article_date_a_day_without_its_year_stays_unresolved(words: str) -> None:
    # never the computer's clock: the date is null and the words that named it are kept
    incs = extract_document(ACT.format(words), DocMeta("t.txt")).incidents
    assert incs and all(i.date is None for i in incs)


PUBLISHED = [
    ("2021-03-17", "2021-03-17"), ("2021-03-17T10:00:00Z", "2021-03-17"), ("2021-03-17 10:00:00+03:00", "2021-03-17"),
    (" 2021-03-17 ", "2021-03-17"), ("2021/03/17", "2021-03-17"), ("2021.03.17", "2021-03-17"),
    ("2021-3-17", "2021-03-17"), ("20210317", "2021-03-17"), ("٢٠٢١-٠٣-١٧", "2021-03-17"),
    ("17/03/2021", "2021-03-17"), ("17.03.2021", "2021-03-17"), ("3/17/2021", "2021-03-17"),
    ("Wed, 17 Mar 2021 10:00:00 GMT", "2021-03-17"), ("March 17, 2021", "2021-03-17"),
    ("Mar 17, 2021 10:00 AM", "2021-03-17"), ("17-Mar-2021", "2021-03-17"),
    ("17 مارس 2021", "2021-03-17"), ("17 آذار 2021", "2021-03-17"), ("الأربعاء 17 آذار 2021", "2021-03-17"),
    ("2021-03", "2021-03"), ("2021", "2021"), ("", None), ("unknown", None), ("1615975200", None),
]


@pytest.mark.parametrize("value,want", PUBLISHED)
def test_the_published_field_in_its_formats(value: str, want: str | None) -> None:
    assert published_date(value, None, "نص")[0] == want


DATELINES = [
    ("دمشق - 17 آذار 2021 (سانا) - ", "2021-03-17"), ("دمشق-سانا\n", None),
    ("الأربعاء 17 آذار 2021\n", "2021-03-17"), ("الأربعاء، 17 مارس 2021 - 10:30\n", "2021-03-17"),
    ("17 مارس، 2021\n", "2021-03-17"), ("آخر تحديث: 17/03/2021\n", "2021-03-17"),
    ("نشر في 2021-03-17\n", "2021-03-17"), ("17-03-2021 | 10:30\n", "2021-03-17"),
    ("2021/03/17 10:30 م\n", "2021-03-17"), ("٢٠٢١-٠٣-١٧\n", "2021-03-17"), ("الأربعاء ١٧ آذار ٢٠٢١\n", "2021-03-17"),
    ("إدلب - خاص\nالأربعاء 17 آذار/مارس 2021\n", "2021-03-17"), ("ريف إدلب – 17 آذار 2021 – عنب بلدي\n", "2021-03-17"),
    ("17 آذار (مارس) 2021\n", "2021-03-17"), ("الأربعاء - 4 شعبان 1442 هـ - 17 مارس 2021\n", "2021-03-17"),
    ("تاريخ النشر: 17 آذار 2021م\n", "2021-03-17"), ("الأربعاء 17-3-2021\n", "2021-03-17"),
    ("نشر في 17 - 03 - 2021\n", "2021-03-17"), ("2021 - 03 - 17 | 10:30\n", "2021-03-17"),
    ("17 مارس 2021\n", "2021-03-17"),
]


@pytest.mark.parametrize("head,want", DATELINES)
def test_a_dateline_at_the_top_is_the_articles_date_and_dates_yesterday(head: str, want: str | None) -> None:
    text = "قصف على كفرنبل\n" + head + ACT.format("أمس")
    published, _ = published_date(None, None, text)
    assert published == want
    for meta in (DocMeta("t.txt", published=published), DocMeta("t.txt")):   # from the ingest, or read by the extractor
        assert [i.date for i in extract_document(text, meta).incidents] == [None if want is None else "2021-03-16"]


@pytest.mark.parametrize("head,want", [
    ("17-Mar-2021 10:30\n", "2021-03-17"), ("الخميس 17 جوان 2021\n", "2021-06-17"),
    ("17 ماي 2021\n", "2021-05-17"), ("17 أفريل 2021 - 10:30\n", "2021-04-17"), ("17 فيفري، 2021\n", "2021-02-17"),
])
def test_a_dateline_with_an_english_or_maghreb_month(head: str, want: str) -> None:
    assert published_date(None, None, "قصف على كفرنبل\n" + head + ACT.format("أمس"))[0] == want


URLS = [
    ("https://x.example/2021/03/17/slug", "2021-03-17"), ("https://x.example/news/2021-03-17-slug", "2021-03-17"),
    ("https://x.example/ar/20210317/slug-1050.html", "2021-03-17"), ("https://x.example/2021/03/slug", "2021-03"),
    ("https://x.example/article/2021/3/17/slug", "2021-03-17"), ("https://x.example/2021_03_17/slug", "2021-03-17"),
    ("https://x.example/ar/news/syria/2021/03/17/%D8%B3", "2021-03-17"),
    ("https://x.example/archives/123456", None), ("https://x.example/?p=2021031", None),
]


@pytest.mark.parametrize("url,want", URLS)
def test_a_url_path_dates_the_article(url: str, want: str | None) -> None:
    assert published_date(None, url, "نص")[0] == want


TOLD = [
    # the day of the saying, told between the verb and what is said, is the report's
    ("أفاد المرصد السوري لحقوق الإنسان اليوم الأربعاء بمقتل ثلاثة عناصر من قوات النظام بهجوم لتنظيم داعش على "
     "نقطة عسكرية في بادية الميادين بريف دير الزور مساء الاثنين.", ["2021-03-15"]),
    ("ذكرت شبكة فرات بوست، اليوم، أن ثلاثة عناصر من قوات النظام قتلوا أمس الأول بهجوم لتنظيم داعش على نقطة "
     "عسكرية في بادية الميادين بريف دير الزور.", ["2021-03-15"]),
    ("قتل شاب برصاص مجهولين في مدينة طفس بريف درعا الغربي يوم الاثنين 15 آذار، بحسب ما أفاد تجمع أحرار حوران "
     "اليوم الأربعاء.", ["2021-03-15"]),
    # with no other day, the saying's day is all the sentence gives
    ("أعلنت قوات سوريا الديمقراطية، الثلاثاء، مقتل ثلاثة من عناصرها بهجوم لتنظيم داعش في بلدة الشحيل بريف دير "
     "الزور الشرقي.", ["2021-03-16"]),
    # an older day in what is said is a recollection: the saying's day stays the news
    ("قال ناشطون أمس إن ثلاثة مدنيين قتلوا بقصف مدفعي لقوات النظام على بلدة كفرنبل بريف إدلب الجنوبي.",
     ["2021-03-16"]),
    # a later clause ("بعد أن كان قد نجا من محاولة اغتيال") tells the victim's past, not the act
    ("قتل شاب أمس برصاص مجهولين في مدينة طفس بريف درعا الغربي، بعد أن كان قد نجا من محاولة اغتيال في 3 كانون "
     "الثاني الماضي.", ["2021-03-16"]),
]


@pytest.mark.parametrize("text,want", TOLD)
def test_the_act_takes_its_own_day_not_the_day_it_was_told(text: str, want: list[str]) -> None:
    assert [i.date for i in extract_document(text, DocMeta("t.txt", published=PUB)).incidents] == want


def test_pointing_out_that_opens_what_is_said_not_a_later_clause() -> None:
    from incidents.extract.clauses import in_later_clause
    from incidents.extract.text import prepare
    doc = prepare("قصفت قوات النظام بلدة كفرنبل مشيرة إلى أن الفصائل ردت على مصادر النيران")
    assert not in_later_clause(doc, 0, 8)      # "الفصائل": what is said, after "مشيرة إلى أن"
    doc = prepare("قصفت قوات النظام بلدة كفرنبل إلى أن ردت الفصائل على مصادر النيران")
    assert in_later_clause(doc, 0, 7)       # "الفصائل": the subject of the clause "إلى أن" opens


def test_a_full_date_in_the_lede_dates_the_acts_told_after_without_one() -> None:
    text = ("اغتيالات في ريف درعا\n"
            "قتل شاب برصاص مسلحين مجهولين في مدينة طفس بريف درعا الغربي يوم الاثنين 15 آذار.\n"
            "وفي سياق متصل، اغتال مسلحون مجهولون عنصراً من قوات النظام في بلدة اليادودة بريف درعا الغربي.")
    incs = extract_document(text, DocMeta("t.txt", published=PUB)).incidents
    assert [i.date for i in incs] == ["2021-03-15", "2021-03-15"]
    # a recollection in the lede dates nothing after it
    old = text.replace("يوم الاثنين 15 آذار", "في 3 كانون الثاني الماضي")
    assert extract_document(old, DocMeta("t.txt", published=PUB)).incidents[-1].date != "2021-01-03"


@pytest.mark.parametrize("words", ["منذ مطلع الشهر الجاري", "منذ بداية الشهر", "ومنذ أول الأسبوع الجاري"])
def test_a_span_up_to_the_report_dates_no_act_of_it(words: str) -> None:
    # "the third killed in the town since the start of the month": how long, not when; the report's day
    text = f"قتل شاب برصاص قناص قرب بلدة قسطون في سهل الغاب، وهو ثالث قتيل في البلدة {words}."
    incs = extract_document(text, DocMeta("t.txt", published=PUB)).incidents
    assert [i.date for i in incs] == [PUB]
    # the same part of the month with no since is when the act was
    text = text.replace(f"، وهو ثالث قتيل في البلدة {words}", " مطلع الشهر الجاري")
    assert [i.date for i in extract_document(text, DocMeta("t.txt", published=PUB)).incidents] == ["2021-03"]


def test_earlier_without_saying_when_is_the_reports_month() -> None:
    text = ("وفي وقتٍ سابق، اندلعت اشتباكات متقطعة بين فصائل الجيش الوطني ومجلس منبج العسكري على محور قرية "
            "الياشلي شمال غربي مدينة منبج.")
    incs = extract_document(text, DocMeta("t.txt", published=PUB)).incidents
    assert [(i.date, i.date_precision) for i in incs] == [("2021-03", "month")]
    assert extract_document(text, DocMeta("t.txt")).incidents[0].date is None     # no article date, no month
    text = text.replace("وفي وقتٍ سابق،", "وفي وقت سابق اليوم،")
    assert [i.date for i in extract_document(text, DocMeta("t.txt", published=PUB)).incidents] == ["2021-03-17"]
