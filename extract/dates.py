"""Find date expressions in folded text and resolve them against the published date.

Precision follows ACLED: day when the day is known, week when the text says
"a few days ago" or "last week", month for a named month or "last month",
year for a bare year. A year inferred from weekday + day + month is marked.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Optional

from .date_words import DATE_WORDS, alternatives

if TYPE_CHECKING:     # text.py does not import dates; the hint only
    from .text import Doc

W = DATE_WORDS
MONTHS = W.months
WEEKDAYS = W.weekdays
ORDINAL_DAYS = W.ordinal_days
_MONTH_RE = alternatives(MONTHS)
_WD_RE = alternatives(WEEKDAYS)
_PAST_RE = alternatives(W.past)
_REL_RE = alternatives(W.current + W.past)      # this or last (الجاري، الماضي)
_YEAR_W = alternatives(W.year_words)
_P = r"(?:^|(?<=[\s\W]))[وفب]?"   # a word start, allowing an attached particle


def _starting(pattern: str, *word_lists, chars: str = "", digit: bool = False, space: bool = False) -> re.Pattern:
    """`pattern`, told the characters a match can start with (the first letters of the words
    that can open it, `chars`, a digit, a space): the regex engine then passes over every
    other position at one test instead of trying each alternative there. Same matches."""
    words = [w for ws in word_lists for w in ws]
    if any(not w for w in words):
        return re.compile(pattern)      # an empty word opens anywhere
    first = set(chars) | {w[0] for w in words}
    space = space or any(c.isspace() for c in first)
    lead = "".join(re.escape(c) for c in sorted(first) if not c.isspace()) + (r"\d" if digit else "") \
        + (r"\s" if space else "")
    return re.compile(f"(?=[{lead}])(?:{pattern})")


EXPLICIT = _starting(
    rf"(?:(?P<wd>{_WD_RE})\s+)?(?P<day>\d{{1,2}})\s+(?:من\s+)?(?:شهر\s+)?(?P<mon>{_MONTH_RE})"
    rf"(?:\s*/\s*(?:{_MONTH_RE}))?(?:\s*[،,]?\s+(?:(?:{_YEAR_W})\s+)?(?P<year>(?:19|20)\d\d))?"
    rf"(?:\s+(?P<rel>{_REL_RE}))?",
    WEEKDAYS, digit=True)
# a full date with its year, as a dateline writes it ("23 ابريل 2021", "3 يونيو، 2019")
NAMED_DATE = _starting(
    rf"(?<!\d)(?P<day>\d{{1,2}})\s+(?:من\s+)?(?:شهر\s+)?(?P<mon>{_MONTH_RE})(?:\s*/\s*(?:{_MONTH_RE}))?"
    rf"\s*[،,]?\s+(?:(?:{_YEAR_W})\s+)?(?P<year>(?:19|20)\d\d)(?!\d)",
    digit=True)
MONTH_YEAR = _starting(
    rf"(?:شهر\s+)?(?<!\d\s)(?P<mon>{_MONTH_RE})(?:\s*/\s*(?:{_MONTH_RE}))?"
    rf"\s+(?:من\s+)?(?:عام\s+)?(?P<year>(?:19|20)\d\d)",
    MONTHS, chars="ش")
NUMERIC = _starting(
    r"(?<!\d)(?P<y>20\d\d)[./-](?P<m>\d{1,2})[./-](?P<d>\d{1,2})(?!\d)"
    r"|(?<!\d)(?P<d2>\d{1,2})[./-](?P<m2>\d{1,2})[./-](?P<y2>20\d\d)(?!\d)",
    digit=True)
RELATIVE = _starting(
    rf"{_P}(?:ال)?(?P<part>{alternatives(W.parts_of_day)})?\s*"
    rf"(?:(?P<ams>{alternatives(W.day_before_yesterday + W.yesterday)})|(?P<today>{alternatives(W.today)})"
    rf"|(?P<wd>{_WD_RE}))"
    rf"(?:(?:\s*[-–]\s*|\s+)(?P<wd2>{_WD_RE}))?(?:\s+(?P<past>{_PAST_RE}))?",
    W.parts_of_day, W.day_before_yesterday, W.yesterday, W.today, WEEKDAYS, chars="وفبا", space=True)
_ORD_RE = alternatives(ORDINAL_DAYS)
ORDINAL_DATE = _starting(
    rf"{_P}(?P<ord>{_ORD_RE})\s+من\s+(?:شهر\s+)?(?P<mon>{_MONTH_RE})",
    ORDINAL_DAYS, chars="وفب")
_MONTH_W = alternatives(W.month)
# "السابع من الشهر الحالي": an ordinal day of this month or the last
ORDINAL_THIS_MONTH = _starting(
    rf"{_P}(?P<ord>{_ORD_RE})\s+من\s+(?:هذا\s+)?(?:{_MONTH_W})\s*(?P<rel>{_REL_RE})?",
    ORDINAL_DAYS, chars="وفب")
THIS_MONTH = _starting(
    rf"(?P<day>\d{{1,2}})\s+من\s+(?:هذا\s+)?(?:{_MONTH_W})\s*(?P<rel>{_REL_RE})?",
    digit=True)
MONTH_REL = _starting(
    rf"(?:شهر\s+)?(?<!\d\s)(?P<mon>{_MONTH_RE})\s+(?P<rel>{_REL_RE})",
    MONTHS, chars="ش")
YEAR_ONLY = _starting(
    rf"(?:{alternatives(W.year_words + W.year)})\s+(?P<year>(?:19|20)\d\d)",
    W.year_words, W.year)
_AGO = alternatives(W.ago)
VAGUE = _starting(
    rf"(?P<two>(?:{_AGO})\s+(?:{alternatives(W.two_days)}))"
    rf"|(?P<days>(?:{_AGO})\s+(?:{alternatives(W.few_days)}))"
    rf"|(?P<week>(?:{alternatives(W.week)})\s+(?:{_PAST_RE}))"
    rf"|(?P<month>(?:{_MONTH_W})\s+(?:{_PAST_RE}))"
    rf"|(?P<year>(?:{alternatives(W.year)})\s+(?:{alternatives(W.past + W.past_feminine)}))",
    W.ago, W.week, W.month, W.year)


@dataclass
class DateExpr:
    start: int          # offsets in the folded text
    end: int
    value: Optional[str]
    precision: Optional[str]
    inferred: bool = False
    explicit: bool = False
    relative: bool = False      # اليوم، أمس، مساء الأربعاء: days close to the report
    dateline: bool = False      # the article's own date at its top: it dates the report, not an act
    day_key: str = ""           # which day it names, even when no published date resolves it
    weekday: Optional[int] = None   # the weekday it names (0 Monday): "أمس الثلاثاء" is a Tuesday


def _iso(d: date) -> str:
    return d.isoformat()


def _parse_pub(published: Optional[str]) -> Optional[date]:
    if not published:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", published)
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
    except ValueError:
        return None


def infer_year(day: int, month: int, weekday: int, latest: date | int) -> Optional[int]:
    """The most recent year (2011 on) in which day/month falls on weekday, the date not after
    `latest` (the article's date; a bare year means its 31 December). Never the clock's year:
    without an article date the triple is ambiguous and the caller leaves it unresolved."""
    if isinstance(latest, int):
        latest = date(latest, 12, 31)
    for year in range(latest.year, 2010, -1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if d <= latest and d.weekday() == weekday:
            return year
    return None


def _last_weekday(pub: date, weekday: int) -> date:
    return pub - timedelta(days=(pub.weekday() - weekday) % 7)


def find_dates(folded: str, published: Optional[str]) -> list[DateExpr]:
    """Every date expression in the text, resolved where the text allows."""
    pub = _parse_pub(published)
    out: list[DateExpr] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(expr: DateExpr) -> None:
        out.append(expr)
        taken.append((expr.start, expr.end))

    for m in NUMERIC.finditer(folded):
        y, mo, d = (m.group("y"), m.group("m"), m.group("d")) if m.group("y") else (m.group("y2"), m.group("m2"), m.group("d2"))
        try:
            add(DateExpr(m.start(), m.end(), _iso(date(int(y), int(mo), int(d))), "day", explicit=True))
        except ValueError:
            pass
    for m in EXPLICIT.finditer(folded):
        if not free(m.start(), m.end()):
            continue
        day, month = int(m.group("day")), MONTHS[m.group("mon")]
        year, inferred = None, False
        if m.group("year"):
            year = int(m.group("year"))
        elif pub:
            year = pub.year if month <= pub.month or m.group("rel") in W.current else pub.year - 1
            if m.group("wd") and infer_year(day, month, WEEKDAYS[m.group("wd")], pub) in (year, year - 1):
                year, inferred = infer_year(day, month, WEEKDAYS[m.group("wd")], pub), True
        if year is None:
            add(DateExpr(m.start(), m.end(), None, None, weekday=WEEKDAYS.get(m.group("wd") or "")))
            continue
        try:
            add(DateExpr(m.start(), m.end(), _iso(date(year, month, day)), "day", inferred, explicit=True))
        except ValueError:
            pass
    for m in MONTH_YEAR.finditer(folded):
        if free(m.start(), m.end()):
            add(DateExpr(m.start(), m.end(), f"{m.group('year')}-{MONTHS[m.group('mon')]:02d}", "month", explicit=True))
    for m in ORDINAL_DATE.finditer(folded):         # "في الثالث من حزيران"
        if free(m.start(), m.end()):
            month = MONTHS[m.group("mon")]
            year = (pub.year if month <= pub.month else pub.year - 1) if pub else None
            add(DateExpr(m.start(), m.end(), _iso(date(year, month, ORDINAL_DAYS[m.group("ord")])) if year else None,
                         "day" if year else None, explicit=bool(year)))
    for pattern in (THIS_MONTH, ORDINAL_THIS_MONTH):    # "في 12 من الشهر الجاري", "السابع من الشهر الحالي"
        for m in pattern.finditer(folded):
            if free(m.start(), m.end()) and pub:
                first = pub.replace(day=1)
                if m.group("rel") in W.past:
                    first = (first - timedelta(days=1)).replace(day=1)
                day = int(m.group("day")) if "day" in m.groupdict() else ORDINAL_DAYS[m.group("ord")]
                try:
                    add(DateExpr(m.start(), m.end(), _iso(first.replace(day=day)), "day", explicit=True))
                except ValueError:
                    pass
    for m in MONTH_REL.finditer(folded):            # "في شهر آذار الماضي"
        if free(m.start(), m.end()) and pub:
            month = MONTHS[m.group("mon")]
            year = pub.year if month < pub.month or (month == pub.month and m.group("rel") in W.current) \
                else pub.year - 1
            add(DateExpr(m.start(), m.end(), f"{year}-{month:02d}", "month", explicit=True))
    for m in YEAR_ONLY.finditer(folded):            # "عام 2019": the year is all the text says
        if free(m.start(), m.end()):
            add(DateExpr(m.start(), m.end(), m.group("year"), "year", explicit=True))
    for m in RELATIVE.finditer(folded):
        if not free(m.start(), m.end()):
            continue
        if m.group("wd") and not (m.group("part") or m.group("wd2") or m.group("past")) \
                and not _weekday_context(folded, m.start()):
            continue
        value = None
        back = 0 if not m.group("ams") else 2 if " ".join(m.group("ams").split()) in W.day_before_yesterday else 1
        if pub:
            if m.group("today"):
                d = pub
            elif m.group("ams"):
                d = pub - timedelta(days=back)
            else:
                d = _last_weekday(pub, WEEKDAYS[m.group("wd")])
                if m.group("past") and d == pub:
                    d -= timedelta(days=7)      # "الأحد الماضي" written on a Sunday: a week ago
            value = _iso(d)
        day_key = ("today" if m.group("today") else f"-{back}" if m.group("ams")
                   else f"wd{WEEKDAYS[m.group('wd')]}")
        named = m.group("wd2") or m.group("wd")
        add(DateExpr(m.start(), m.end(), value, "day" if value else None, relative=True, day_key=day_key,
                     weekday=WEEKDAYS[named] if named else None))
    for m in VAGUE.finditer(folded):
        if not free(m.start(), m.end()):
            continue
        value, precision = None, None
        if pub:
            if m.group("two"):
                value, precision = _iso(pub - timedelta(days=2)), "day"     # "قبل يومين": two days back
            elif m.group("days"):
                value, precision = _iso(pub - timedelta(days=3)), "week"
            elif m.group("week"):
                value, precision = _iso(pub - timedelta(days=7)), "week"
            elif m.group("month"):
                prev = pub.replace(day=1) - timedelta(days=1)
                value, precision = f"{prev.year}-{prev.month:02d}", "month"
            else:
                value, precision = str(pub.year - 1), "year"
        add(DateExpr(m.start(), m.end(), value, precision))
    out.sort(key=lambda e: e.start)
    return out


def _weekday_context(folded: str, start: int) -> bool:
    """A bare weekday name is a date only after يوم/ليل/مساء… or a preposition."""
    before = folded[max(0, start - 8):start]
    return bool(re.search(r"(يوم|ليل|ليله|مساء|صباح|فجر|ظهر|عصر|في|منذ)\s*$", before))


DATELINE_CHARS = 400     # a dateline stands this near the top


def report_date(doc: Doc, dates: list[DateExpr]) -> Optional[DateExpr]:
    """A dateline or "اليوم الخميس 21 أيلول" near the top stands for the publication date."""
    for d in dates:
        if d.start < DATELINE_CHARS and d.explicit and d.value and d.precision == "day":
            return d
    return None


def resolve_dates(doc: Doc, published: Optional[str]) -> tuple[list[DateExpr], Optional[str]]:
    """The text's dates resolved against the article's date (the one given, else its dateline);
    the dateline itself is marked so that it dates no act when the sentence names another day."""
    dates = find_dates(doc.readable(), published)
    if not published:
        report = report_date(doc, dates)
        if report:
            published = report.value
            dates = find_dates(doc.readable(), published)
            for d in dates:
                d.inferred = d.inferred or report.inferred
    top = next((d for d in dates if d.start < DATELINE_CHARS and d.explicit and d.precision == "day"), None)
    if top is not None and published and top.value == published[:10] and not top.inferred:
        top.dateline = True
    return dates, published


def lede_date(doc: Doc, dates: list[DateExpr]) -> Optional[DateExpr]:
    """The day the opening lines give ("… يوم أمس"): it dates the acts told after without a date."""
    body = [s for s in doc.sentences if s.last - s.first >= LEDE_WORDS][:2]   # past headline and logo lines
    if len(doc.sentences) < 2 or not body:
        return None
    end = body[-1].fend
    return next((d for d in dates if d.start < end and d.value and d.precision == "day" and d.relative), None)


LEDE_WORDS = 8     # a sentence this long is the story's, not a headline's
