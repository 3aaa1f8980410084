"""The date grammar as patterns over folded text, built once from the words of
data/dates.json (date_words.py): which shapes of a day, month, week or span the text
may use. dates.py resolves what they match against the article's date.
"""
from __future__ import annotations

import re

from .casualty_words import LANG
from .date_words import DATE_WORDS, alternatives

W = DATE_WORDS
MONTHS = W.months
WEEKDAYS = W.weekdays
ORDINAL_DAYS = W.ordinal_days
NUMBER_WORDS = {w: n for w, n in LANG.units.items() if 3 <= n <= 10}    # "قبل يومين" is read apart
_MONTH_RE = alternatives(MONTHS)
# "أيلول/سبتمبر", "أيلول (سبتمبر)": one month in both series
# a month name is a whole word: "6 من أبناء" is no 6 آب
_MON = rf"(?P<mon>{_MONTH_RE})(?!\w)(?:\s*/\s*(?:{_MONTH_RE})(?!\w)|\s*\(\s*(?:{_MONTH_RE})\s*\))?"
_WD_RE = alternatives(WEEKDAYS)
_PAST_RE = alternatives(W.past)
_REL_RE = alternatives(W.current + W.past)      # this or last (الجاري، الماضي)
_YEAR_W = alternatives(W.year_words)
_AGO = alternatives(W.ago)
_P = r"(?:^|(?<=[\s\W]))[وفب]?"   # a word start, allowing an attached particle


BARE: dict[re.Pattern, str] = {}     # each pattern _starting led, and its bare source (a test compares them)


def _starting(pattern: str, *word_lists, chars: str = "", digit: bool = False, space: bool = False,
              word_start: bool = False) -> re.Pattern:
    """`pattern`, told how a match can start (the first two letters of the words that can open
    it; `chars`, a digit or a space, then anything): the regex engine then passes over every
    other position at one or two tests instead of trying each alternative there. Arabic's
    commonest letters open some word of most lists, so one letter alone passed most positions
    (MONTH_REL's months open with 13 letters). `word_start`: every branch opens with _P, so a
    match starts where no letter stands before, then an optional particle (و, ف, ب: the
    commonest letters; a test of each passed nearly every word). Same matches."""
    words = [w for ws in word_lists for w in ws]
    if any(not w for w in words):
        return re.compile(pattern)      # an empty word opens anywhere
    single = set(chars) | {w[0] for w in words if len(w) < 2 or w[0].isspace()}
    space = space or any(c.isspace() for c in single)
    lead = "".join(re.escape(c) for c in sorted(single) if not c.isspace()) + (r"\d" if digit else "") \
        + (r"\s" if space else "")
    pairs: dict[str, set[str]] = {}
    for w in words:
        if w[0] not in single:
            pairs.setdefault(w[0], set()).add(r"\s" if w[1].isspace() else re.escape(w[1]))
    opens = ([f"[{lead}]"] if lead else []) + [f"{re.escape(c)}[{''.join(sorted(nxt))}]"
                                               for c, nxt in sorted(pairs.items())]
    lead = f"(?<!\\w)(?=[وفب]?(?:{'|'.join(opens)}))" if word_start else f"(?={'|'.join(opens)})"
    compiled = re.compile(f"{lead}(?:{pattern})")
    BARE[compiled] = pattern
    return compiled


EXPLICIT = _starting(
    rf"(?:(?P<wd>{_WD_RE})\s*[،,]?\s+)?(?P<day>\d{{1,2}})\s+(?:من\s+)?(?:شهر\s+)?{_MON}"
    rf"(?:\s*[،,]?\s+(?:(?:{_YEAR_W})\s+)?(?P<year>(?:19|20)\d\d))?"
    rf"(?:\s+(?P<rel>{_REL_RE}))?",
    WEEKDAYS, digit=True)
# a full date with its year, as a dateline writes it ("23 ابريل 2021", "3 يونيو، 2019")
NAMED_DATE = _starting(
    rf"(?<!\d)(?P<day>\d{{1,2}})\s+(?:من\s+)?(?:شهر\s+)?{_MON}"
    rf"(?:\s*[،,]\s*|\s+)(?:(?:{_YEAR_W})\s+)?(?P<year>(?:19|20)\d\d)(?!\d)",
    digit=True)
# the month first, as page templates write it ("فبراير 12, 2022")
MONTH_FIRST_DATE = _starting(
    rf"(?<!\w)(?P<mon>{_MONTH_RE})\s+(?P<day>\d{{1,2}})\s*[،,]\s*(?P<year>(?:19|20)\d\d)(?!\d)",
    MONTHS)
MONTH_YEAR = _starting(
    rf"(?:شهر\s+)?(?<!\d\s){_MON}"
    rf"\s+(?:من\s+)?(?:عام\s+)?(?P<year>(?:19|20)\d\d)",
    MONTHS, chars="ش")
NUMERIC = _starting(      # "2021-03-15", "15/3/2021", "15 - 3 - 2021"
    r"(?<!\d)(?P<y>20\d\d)\s?[./-]\s?(?P<m>\d{1,2})\s?[./-]\s?(?P<d>\d{1,2})(?!\d)"
    r"|(?<!\d)(?P<d2>\d{1,2})\s?[./-]\s?(?P<m2>\d{1,2})\s?[./-]\s?(?P<y2>20\d\d)(?!\d)",
    digit=True)
# "يوم 16/3", "بتاريخ 3/11", "يوم 15-3": a day and month in digits, the year understood (after an opener only)
DAY_MONTH = _starting(
    rf"{_P}(?:{alternatives(W.numeric_day_openers + list(WEEKDAYS))})\s+(?P<d>\d{{1,2}})\s?[/-]\s?(?P<m>\d{{1,2}})(?![\d/-]|\s?[./-]\s?\d)",
    W.numeric_day_openers, WEEKDAYS, word_start=True)
RELATIVE = _starting(
    rf"{_P}(?:ال)?(?P<part>{alternatives(W.parts_of_day)})?\s*"
    rf"(?:(?P<ams>{alternatives(W.day_before_yesterday + W.yesterday)})|(?P<today>{alternatives(W.today)})"
    rf"|(?P<wd>{_WD_RE}))"
    rf"(?:(?:\s*[-–(،,/]\s*|\s+(?:علي|الي)\s+|\s+و?)(?P<wd2>{_WD_RE})\)?)?(?:\s+(?:(?P<past>{alternatives(W.past + W.past_feminine)})|(?P<next>{alternatives(W.next)})))?",
    W.parts_of_day, W.day_before_yesterday, W.yesterday, W.today, WEEKDAYS, chars="ا", space=True, word_start=True)
# "وفي اليوم التالي", "صباح اليوم نفسه": a day counted from the day told before it (date_anaphora.py)
TOLD_DAY = _starting(
    rf"{_P}(?:(?:{alternatives(W.parts_of_day)})\s+)?(?P<told>{alternatives(W.day_after_told)})(?!\w)",
    W.parts_of_day, W.day_after_told, word_start=True)
_ORD_RE = alternatives(ORDINAL_DAYS)
# "في الثالث من حزيران", "في التاسع من حزيران/يونيو 2022"
ORDINAL_DATE = _starting(
    rf"{_P}(?P<ord>{_ORD_RE})\s+من\s+(?:شهر\s+)?{_MON}"
    rf"(?:\s*[،,]?\s+(?:(?:{_YEAR_W})\s+)?(?P<year>(?:19|20)\d\d)(?!\d))?",
    ORDINAL_DAYS, word_start=True)
# "منذ مطلع الشهر الجاري": a span up to the report (dates.py marks it since)
SINCE_BEFORE = re.compile(rf"(?:^|[\s\W])[وف]?(?:{alternatives(W.since)})\s*$")
_MONTH_W = alternatives(W.month)
# "السابع من الشهر الحالي": an ordinal day of this month or the last
ORDINAL_THIS_MONTH = _starting(
    rf"{_P}(?P<ord>{_ORD_RE})\s+من\s+(?:هذا\s+)?(?:{_MONTH_W})\s*(?P<rel>{_REL_RE})?",
    ORDINAL_DAYS, word_start=True)
THIS_MONTH = _starting(
    rf"(?P<day>\d{{1,2}})\s+من\s+(?:هذا\s+)?(?:{_MONTH_W})\s*(?P<rel>{_REL_RE})?",
    digit=True)
# "في 15 الجاري", "يوم 3 الماضي": the month is understood
DAY_OF_REL = _starting(
    rf"(?<!\d)(?P<day>\d{{1,2}})\s+(?:من\s+)?(?P<rel>{_REL_RE})(?!\w)",
    digit=True)
# "خلال الـ 24 ساعة الماضية", "خلال الساعات الـ48 الماضية", "منذ ساعات": the report's own day
HOURS = _starting(
    rf"{_P}(?:(?:{alternatives(W.within)})\s+(?:ال\s*)?(?:\d{{1,3}}\s*)?(?:{alternatives(W.hours)})\s+"
    rf"(?:ال\s*\d{{1,3}}\s+)?(?:{alternatives(W.past_feminine + W.latest)})|(?:{_AGO})\s+(?:{alternatives(W.hours)}))",
    W.within, W.ago, word_start=True)
MONTH_REL = _starting(
    rf"(?:شهر\s+)?(?<!\d\s)(?P<mon>{_MONTH_RE})\s+(?P<rel>{_REL_RE})",
    MONTHS, chars="ش")
_PERIOD = alternatives(W.part_of_period)
# "منتصف آذار", "في شهر آذار", "مطلع الشهر الجاري", "أواخر الأسبوع الماضي": a month or a week, no day
PERIOD = _starting(
    rf"{_P}(?:(?:{_PERIOD})\s+(?:شهر\s+)?|شهر\s+){_MON}(?:\s+(?P<rel>{_REL_RE}))?"
    rf"|{_P}(?:{_PERIOD})\s+(?:(?P<month>{_MONTH_W})|(?P<week>{alternatives(W.week)}))(?:\s+(?P<prel>{_REL_RE}))?",
    W.part_of_period, chars="ش", word_start=True)
# "قبل ثلاثة أيام", "منذ 4 أيام", "قبل أسبوعين": days or weeks counted back from the report
# (not "قبل ثلاثة أيام من الهجوم": counted from another day)
# "قبل نحو ثلاثة أيام", "قبل يوم", "قبل 48 ساعة" (not "قبل يوم الجمعة": before Friday)
_ABOUT = rf"(?:(?:{alternatives(W.about)})\s+)?"
COUNTED = _starting(
    rf"(?:{_AGO})\s+{_ABOUT}(?:(?:(?P<n>\d{{1,2}})|(?P<nw>{alternatives(NUMBER_WORDS)}))\s+(?P<unit>{alternatives(W.day_units + W.week_units)})"
    rf"|(?P<h>\d{{1,3}})\s+(?:{alternatives(W.hours)})"
    rf"|(?P<two>{alternatives(W.two_weeks)})|(?P<one>{alternatives(W.week_units)})"
    rf"|(?P<day>{alternatives(W.one_day)})(?!\w|\s+(?:{_WD_RE}|{alternatives(W.yesterday)})))(?!\s+(?:من|على)(?:\s|$))",
    W.ago)
YEAR_ONLY = _starting(
    rf"(?:{alternatives(W.year_words + W.year)})\s+(?P<year>(?:19|20)\d\d)",
    W.year_words, W.year)
VAGUE = _starting(
    rf"(?P<earlier>{_P}(?:{alternatives(W.earlier)}))(?!\s+(?:من\s+)?(?:ال)?(?:{alternatives(W.today + W.month + W.week + W.year)}))"
    rf"|(?P<two>(?:{_AGO})\s+{_ABOUT}(?:{alternatives(W.two_days)}))"
    rf"|(?P<days>(?:{_AGO})\s+(?:{alternatives(W.few_days)}))"
    rf"|(?P<week>(?:{alternatives(W.week)})\s+(?:{_PAST_RE}))"
    rf"|(?P<month>(?:{_MONTH_W})\s+(?:{_PAST_RE}))"
    rf"|(?P<year>(?:{alternatives(W.year)})\s+(?:{alternatives(W.past + W.past_feminine)}))",
    W.ago, W.week, W.month, W.year, W.earlier, chars="وفب")

# a bare weekday: after a day word or preposition, or set off by commas (dates._weekday_context)
WD_BEFORE = re.compile(rf"(?:^|\s|[وف])(?:{alternatives(W.parts_of_day + W.weekday_openers)})\s*$|[،,(]\s*$")
WD_AFTER = re.compile(r"\s*[،,)]")
NOT_WD_BEFORE = re.compile(rf"(?:^|\s|[وفب])(?:{alternatives(W.weekday_not_after)})\s*$")
