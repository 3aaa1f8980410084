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

from .date_patterns import (COUNTED, DAY_MONTH, DAY_OF_REL, EXPLICIT, HOURS, MONTH_REL, MONTH_YEAR, MONTHS, NOT_WD_BEFORE,
                            NUMBER_WORDS, NUMERIC, ORDINAL_DATE, ORDINAL_DAYS, ORDINAL_THIS_MONTH, PERIOD, RELATIVE,
                            SINCE_BEFORE, THIS_MONTH, TOLD_DAY, VAGUE, WD_AFTER, WD_BEFORE, WEEKDAYS, YEAR_ONLY, W)

from .date_anaphora import count_from_told
from .saying import mark_said

if TYPE_CHECKING:     # text.py does not import dates; the hint only
    from .text import Doc


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
    span: int = 0               # days before it that it also covers ("خلال الساعات الماضية": 1)
    said: bool = False          # told with a verb of saying: the day of the report (saying.py)
    since: bool = False         # "منذ مطلع الشهر الجاري": how long something has gone on, up to the report
    after_told: Optional[int] = None    # "وفي اليوم التالي": days after the day told before it

    def covers(self, other: "DateExpr") -> bool:
        """Whether `other` falls in this expression's days (unknown days may)."""
        if not (self.value and other.value and len(self.value) == len(other.value) == 10):
            return True
        back = (date.fromisoformat(self.value) - date.fromisoformat(other.value)).days
        return 0 <= back <= self.span


def single_spaced(words: str) -> str:
    """A matched name as the tables spell it: "تشرين\nالثاني" is "تشرين الثاني"."""
    return " ".join(words.split())


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


LATE_PAGE_DAYS = 1     # a page's date may be a day behind the day it tells (time zones, late posting)


def _year_of(day: int, month: int, pub: date, current: bool) -> int:
    """The year of a day and month told without one: the article's, unless that day is still
    to come after it ("في 25 آذار" in an article of 17 March is last year's); "الجاري" says
    this year's month whatever the day."""
    if current:
        return pub.year
    try:
        ahead = date(pub.year, month, day) > pub + timedelta(days=LATE_PAGE_DAYS)
    except ValueError:      # 29 February of a year without one: the year before may have it
        ahead = month > pub.month
    return pub.year - 1 if ahead else pub.year


def _named_day(pub: date, back: int, weekday: Optional[str]) -> date:
    """The day "اليوم"/"أمس" counts back from the article's date, unless the weekday the text
    names beside it ("أمس (الثلاثاء)") says otherwise: then the day of that name nearest to it,
    not after the article (a page's date is often its posting or update, a day late)."""
    d = pub - timedelta(days=back)
    if weekday is None or d.weekday() == WEEKDAYS[weekday]:
        return d
    near = [d + timedelta(days=k) for k in range(-3, 4) if (d + timedelta(days=k)).weekday() == WEEKDAYS[weekday]]
    near = [n for n in near if n <= pub]
    return min(near, key=lambda n: abs((n - d).days)) if near else d


def _period(m: re.Match, pub: Optional[date]) -> DateExpr:
    """A month or week a part-of-period word names: the latest such month not after the
    article ("منتصف آذار"), this month or the last ("مطلع الشهر الجاري"), this week or the last.
    A named month before the article's is explicit (a recollection); this month and week are not."""
    rel = m.group("rel") or m.group("prel")
    past = rel in W.past
    if pub is None:
        return DateExpr(m.start(), m.end(), None, None)
    if m.group("mon"):
        month = MONTHS[single_spaced(m.group("mon"))]
        year = pub.year if month < pub.month or (month == pub.month and not past) else pub.year - 1
        return DateExpr(m.start(), m.end(), f"{year}-{month:02d}", "month",
                        explicit=(year, month) < (pub.year, pub.month))
    if m.group("month"):
        first = pub.replace(day=1)
        if past:
            first = (first - timedelta(days=1)).replace(day=1)
        return DateExpr(m.start(), m.end(), f"{first.year}-{first.month:02d}", "month")
    return DateExpr(m.start(), m.end(), _iso(pub - timedelta(days=7 if past else 0)), "week")


def _counted(m: re.Match, pub: Optional[date]) -> DateExpr:
    """Days or weeks counted back: "قبل ثلاثة أيام" is a day, "قبل أسبوعين" a week, "قبل 48
    ساعة" two days, "قبل يوم" one."""
    if m.group("two") or m.group("one"):
        days, precision = (14 if m.group("two") else 7), "week"
    elif m.group("day") or m.group("h"):
        days, precision = (1 if m.group("day") else int(m.group("h")) // 24), "day"
    else:
        n = int(m.group("n")) if m.group("n") else NUMBER_WORDS[m.group("nw")]
        weeks = single_spaced(m.group("unit")) in W.week_units
        days, precision = (n * 7, "week") if weeks else (n, "day")
    if pub is None:
        return DateExpr(m.start(), m.end(), None, None)
    return DateExpr(m.start(), m.end(), _iso(pub - timedelta(days=days)), precision)


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
    for m in DAY_MONTH.finditer(folded):           # "يوم 16/3": the year is the article's
        if pub and free(m.start(), m.end()):
            try:
                day, month = int(m.group("d")), int(m.group("m"))
                add(DateExpr(m.start(), m.end(), _iso(date(_year_of(day, month, pub, False), month, day)), "day",
                             explicit=True))
            except ValueError:
                pass
    for m in EXPLICIT.finditer(folded):
        if not free(m.start(), m.end()):
            continue
        day, month = int(m.group("day")), MONTHS[single_spaced(m.group("mon"))]
        year, inferred = None, False
        if m.group("year"):
            year = int(m.group("year"))
        elif pub:
            year = _year_of(day, month, pub, m.group("rel") in W.current)
            if m.group("wd") and infer_year(day, month, WEEKDAYS[m.group("wd")], pub) in (year, year - 1):
                year, inferred = infer_year(day, month, WEEKDAYS[m.group("wd")], pub), True
        if year is None:
            add(DateExpr(m.start(), m.end(), None, None, weekday=WEEKDAYS.get(m.group("wd") or "")))
            continue
        try:
            add(DateExpr(m.start(), m.end(), _iso(date(year, month, day)), "day", inferred, explicit=True))
        except ValueError:
            pass
    for m in ORDINAL_DATE.finditer(folded):         # "في الثالث من حزيران"
        if free(m.start(), m.end()):
            month = MONTHS[single_spaced(m.group("mon"))]
            day = ORDINAL_DAYS[single_spaced(m.group("ord"))]
            year = int(m.group("year")) if m.group("year") else _year_of(day, month, pub, False) if pub else None
            try:
                value = _iso(date(year, month, day)) if year else None
            except ValueError:      # "الثلاثين من شباط"
                continue
            add(DateExpr(m.start(), m.end(), value, "day" if value else None, explicit=bool(value)))
    for m in MONTH_YEAR.finditer(folded):
        if free(m.start(), m.end()):
            add(DateExpr(m.start(), m.end(), f"{m.group('year')}-{MONTHS[single_spaced(m.group('mon'))]:02d}", "month", explicit=True))
    for pattern in (THIS_MONTH, ORDINAL_THIS_MONTH, DAY_OF_REL):    # "في 12 من الشهر الجاري", "السابع من الشهر الحالي"
        for m in pattern.finditer(folded):
            if free(m.start(), m.end()) and pub:
                first = pub.replace(day=1)
                if m.group("rel") in W.past:
                    first = (first - timedelta(days=1)).replace(day=1)
                day = int(m.group("day")) if "day" in m.groupdict() else ORDINAL_DAYS[single_spaced(m.group("ord"))]
                try:
                    add(DateExpr(m.start(), m.end(), _iso(first.replace(day=day)), "day", explicit=True))
                except ValueError:
                    pass
    for m in MONTH_REL.finditer(folded):            # "في شهر آذار الماضي"
        if free(m.start(), m.end()) and pub:
            month = MONTHS[single_spaced(m.group("mon"))]
            year = pub.year if month < pub.month or (month == pub.month and m.group("rel") in W.current) \
                else pub.year - 1
            add(DateExpr(m.start(), m.end(), f"{year}-{month:02d}", "month", explicit=True))
    for m in PERIOD.finditer(folded):
        if free(m.start(), m.end()):
            expr = _period(m, pub)
            # "منذ مطلع الشهر الجاري": a span that runs to the report dates no act of it
            expr.since = bool(pub and expr.value and expr.value[:7] == pub.isoformat()[:7]
                              and SINCE_BEFORE.search(folded[max(0, m.start() - 8):m.start()]))
            add(expr)
    for m in COUNTED.finditer(folded):
        if free(m.start(), m.end()):
            add(_counted(m, pub))
    for m in YEAR_ONLY.finditer(folded):            # "عام 2019": the year is all the text says
        if free(m.start(), m.end()):
            add(DateExpr(m.start(), m.end(), m.group("year"), "year", explicit=True))
    for m in TOLD_DAY.finditer(folded):             # "وفي اليوم التالي": count_from_told dates it
        if free(m.start(), m.end()):
            add(DateExpr(m.start(), m.end(), None, None, after_told=W.day_after_told[single_spaced(m.group("told"))]))
    for m in RELATIVE.finditer(folded):
        if not free(m.start(), m.end()) or _anniversary(folded, m.start()):
            continue
        if m.group("wd") and not (m.group("part") or m.group("wd2") or m.group("past") or m.group("next")) \
                and not _weekday_context(folded, m.start("wd"), m.end("wd")):
            continue
        value = None
        back = 0 if not m.group("ams") else 2 if " ".join(m.group("ams").split()) in W.day_before_yesterday else 1
        if pub:
            if m.group("today") or m.group("ams"):
                d = _named_day(pub, back, m.group("wd2"))
            else:
                d = _last_weekday(pub, WEEKDAYS[m.group("wd")])
                if m.group("past") and d == pub:
                    d -= timedelta(days=7)      # "الأحد الماضي" written on a Sunday: a week ago
                elif m.group("next"):
                    d += timedelta(days=7)      # "الأحد المقبل": the coming one, no day gone by
            value = _iso(d)
        day_key = ("today" if m.group("today") else f"-{back}" if m.group("ams")
                   else f"wd{WEEKDAYS[m.group('wd')]}")
        named = m.group("wd2") or m.group("wd")
        add(DateExpr(m.start(), m.end(), value, "day" if value else None, relative=True, day_key=day_key,
                     weekday=WEEKDAYS[named] if named else None))
    for m in HOURS.finditer(folded):
        if free(m.start(), m.end()):
            add(DateExpr(m.start(), m.end(), _iso(pub) if pub else None, "day" if pub else None,
                         relative=True, span=1))
    for m in VAGUE.finditer(folded):
        if not free(m.start(), m.end()):
            continue
        value, precision = None, None
        if pub:
            if m.group("earlier"):     # "في وقت سابق": before the report, how long not said
                value, precision = f"{pub.year}-{pub.month:02d}", "month"
            elif m.group("two"):
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
    count_from_told(out)
    return out


def _weekday_context(folded: str, start: int, end: int) -> bool:
    """Whether a bare weekday name is a date. News writes it bare ("قتل ثلاثة مدنيين الأربعاء
    بقصف"), so a name that means nothing else is one unless a word such as صلاة stands before it;
    an ambiguous one ("الاثنين" is also "the two", "الجمعة" the prayer) only after يوم/مساء/في…
    or set off by commas ("، الاثنين،")."""
    if folded[start:end] not in W.ambiguous_weekdays:
        return not NOT_WD_BEFORE.search(folded[max(0, start - 12):start])
    return bool(WD_BEFORE.search(folded[max(0, start - 12):start]) or WD_AFTER.match(folded, end))


DATELINE_CHARS = 400     # a dateline stands this near the top


def report_date(doc: Doc, dates: list[DateExpr]) -> Optional[DateExpr]:
    """A dateline or "اليوم الخميس 21 أيلول" near the top stands for the publication date."""
    for d in dates:
        if d.start < DATELINE_CHARS and d.explicit and d.value and d.precision == "day":
            return d
    return None


def _date_line(folded: str, dates: list[DateExpr]) -> Optional[DateExpr]:
    """A full date that is all its line near the top says ("الثلاثاء 3 أيار 2022"): the report's."""
    for d in dates:
        if d.start < DATELINE_CHARS and d.explicit and d.value and d.precision == "day" and not d.inferred:
            a, b = folded.rfind("\n", 0, d.start) + 1, (folded.find("\n", d.end) + 1 or len(folded) + 1) - 1
            if not re.search(r"[^\W\d_]", folded[a:d.start] + folded[d.end:b]):
                return d
    return None


def resolve_dates(doc: Doc, published: Optional[str]) -> tuple[list[DateExpr], Optional[str]]:
    """The text's dates resolved against the article's date (the one given, else its dateline);
    the dateline itself is marked so that it dates no act when the sentence names another day."""
    dates = find_dates(doc.readable(), published)
    line = _date_line(doc.readable(), dates)
    pub = _parse_pub(published)
    if pub and line and 0 < (pub - date.fromisoformat(line.value)).days <= LATE_PAGE_DAYS:
        published = line.value      # a page posted late: its "أمس" counts from the date line
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
    mark_said(doc, dates)
    return dates, published


def lede_date(doc: Doc, dates: list[DateExpr], report: Optional[str] = None) -> Optional[DateExpr]:
    """The day the opening lines give ("… يوم أمس", "… يوم الاثنين 15 آذار"): it dates the acts
    told after without a date. A full date there counts unless it is the dateline or a
    recollection (more than RECENT_DAYS before the report)."""
    body = [s for s in doc.sentences if s.last - s.first >= LEDE_WORDS][:2]   # past headline and logo lines
    if len(doc.sentences) < 2 or not body:
        return None
    end = body[-1].fend
    return next((d for d in dates if d.start < end and d.value and d.precision == "day"
                 and (d.relative or d.explicit and not d.dateline and not (report and recalled(d.value, report)))),
                None)


LEDE_WORDS = 8     # a sentence this long is the story's, not a headline's


def era_date(report: Optional[str], dates: list[DateExpr], cutover_year: int) -> Optional[str]:
    """The date that picks the era of a name ("الجيش السوري"): the article's, else a day or month
    the text tells in a year after the cutover's (an article that tells of March 2025 was
    written after it; an older date tells nothing, an article may recall it)."""
    if report:
        return report
    years = [int(d.value[:4]) for d in dates if d.value and d.explicit and d.precision in ("day", "month")]
    latest = max(years, default=0)
    return str(latest) if latest > cutover_year else None


RECENT_DAYS = 7     # a day this close before the report is its news, not a recollection


def recalled(value: str, report: str) -> bool:
    """Whether an explicit date ends more than RECENT_DAYS before the report's: "في 3 آب الماضي"
    in a September article is a recollection, "يوم الأربعاء 15 أيلول" in one of the 17th is news."""
    pub = _parse_pub(report)
    if pub is None:
        return value[:len(report)] < report
    if len(value) == 10:
        end = date.fromisoformat(value)
    elif len(value) == 7:
        y, m = int(value[:4]), int(value[5:])
        end = date(y + m // 12, m % 12 + 1, 1) - timedelta(days=1)
    else:
        end = date(int(value[:4]), 12, 31)
    return end < pub - timedelta(days=RECENT_DAYS)


def _anniversary(folded: str, start: int) -> bool:
    """"في مثل هذا اليوم من عام 2013": the day of the calendar in another year, not today."""
    before = folded[max(0, start - 12):start].split()
    return any(before[-len(w.split()):] == w.split() for w in W.anniversary_of if len(before) >= len(w.split()))
