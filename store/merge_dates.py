"""When two reports can tell of one day (store.merge asks it of every candidate pair).

A report's date is a range of days (day_range: a day, a week, a month); a report without
one is bounded by its page's publication (an undated news report tells of the days just
before it, a recollection of up to BACKGROUND_WINDOW days before), and by the weekday it
names ("أمس الثلاثاء"). A report never tells of an event after its page's day.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

MONTH_SPAN = 31            # the widest date range blocked by day (month precision)
NEWS_WINDOW = 3            # an undated news report: published this many days before at most
BACKGROUND_WINDOW = 400    # an undated recollection: up to this many days before publication


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@lru_cache(maxsize=1 << 16)     # pure, and asked of every pair a component's clustering compares
def day_range(date: str | None, precision: str | None) -> tuple[str | None, str | None]:
    """First and last day a dated report can mean; (None, None) when too vague to block on."""
    if not date:
        return None, None
    try:
        if len(date) == 10:
            d = _day(date)
            if precision == "week":
                return (d - dt.timedelta(days=3)).isoformat(), (d + dt.timedelta(days=3)).isoformat()
            return date, date
        if len(date) == 7:
            first = _day(date + "-01")
            nxt = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            return first.isoformat(), (nxt - dt.timedelta(days=1)).isoformat()
    except ValueError:
        pass
    return None, None


_FIRST, _LAST = dt.date.min.toordinal(), dt.date.max.toordinal()


def shift_days(day: str, days: int) -> str:
    """The ISO day `days` after (or before) `day`, held to the calendar's first and last day:
    a page of 9999-12-31 raised OverflowError in dates_agree, and nothing is told after it.
    Cached per day, not per (day, shift): 10,000 entries at 1,000 documents grew to 2^16."""
    return _iso_of(min(max(_ordinal(day) + days, _FIRST), _LAST))


@lru_cache(maxsize=1 << 14)
def _ordinal(day: str) -> int:
    return _day(day).toordinal()


@lru_cache(maxsize=1 << 14)
def _iso_of(ordinal: int) -> str:
    return dt.date.fromordinal(ordinal).isoformat()


def published_range(rep: dict) -> tuple[str | None, str | None]:
    """First and last day the report's document can have been published ("2021-10" from a
    URL is any day of October)."""
    return day_range(rep["published"], None)


def _weekday(rep: dict) -> int | None:
    """The weekday a report names or its day falls on (0 Monday); None when neither is known."""
    if rep["day_lo"] and rep["day_lo"] == rep["day_hi"]:
        return _weekday_of(rep["day_lo"])
    return rep["data"].get("weekday")


@lru_cache(maxsize=1 << 16)
def _weekday_of(day: str) -> int:
    return _day(day).weekday()


def dates_agree(a: dict, b: dict) -> int | None:
    """2 when both are dated to the same day, 1 to overlapping dates, 0 when they may
    agree (one undated, or dated only by its year or month), None when they cannot.
    A report tells of what happened by its document's day: never of a later event."""
    for told, other in ((a, b), (b, a)):
        pub_hi = published_range(told)[1]
        if pub_hi and other["day_lo"] and other["day_lo"] > shift_days(pub_hi, 1):
            return None
    if a["day_lo"] and b["day_lo"]:
        slack = 1 if (a["published"] != b["published"] or not a["published"]) else 0
        if a["day_lo"] > shift_days(b["day_hi"], slack) or b["day_lo"] > shift_days(a["day_hi"], slack):
            return None
        return 2 if a["day_lo"] == a["day_hi"] == b["day_lo"] == b["day_hi"] else 1
    da, db_ = a["date"] or "", b["date"] or ""
    if da and db_ and not (da.startswith(db_) or db_.startswith(da)):
        return None
    wa, wb = _weekday(a), _weekday(b)
    if wa is not None and wb is not None and min((wa - wb) % 7, (wb - wa) % 7) > 1:
        return None         # "مساء الأحد" and "أمس الثلاثاء": two days, whatever the week
    for undated, other in ((a, b), (b, a)):
        pub_lo = published_range(undated)[0]
        if undated["day_lo"] or not pub_lo or not other["day_lo"]:
            continue
        window = BACKGROUND_WINDOW if undated["background"] else NEWS_WINDOW
        if other["day_hi"] < shift_days(pub_lo, -window):
            return None
        if undated["background"] and other["day_lo"] >= pub_lo:
            return None     # "وكان … قد نفّذ في وقت سابق": a recollection is not the day's news
    if wa is not None and wa == wb and not a["day_lo"] and not b["day_lo"] and a["background"] == b["background"]:
        return 1            # two undated news of "أمس الثلاثاء": the day they name agrees
    return 0


def told_days(rep: dict) -> tuple[int, int, bool] | None:
    """(first, last, dated): day ordinals a report can be one incident within, for a refusal
    without dates_agree. A dated report's days, its last a day later (the slack of two pages);
    an undated one's page window (store.clustering compares spans only when one is dated: two
    undated reports agree whatever their pages). None when there is no bound."""
    try:
        if rep["day_lo"]:
            return _ordinal(rep["day_lo"]), _ordinal(rep["day_hi"]) + 1, True
        pub_lo, pub_hi = published_range(rep)
        if pub_lo:
            window = BACKGROUND_WINDOW if rep["background"] else NEWS_WINDOW
            return _ordinal(pub_lo) - window + 1, _ordinal(pub_hi) + 1, False
    except (ValueError, TypeError):
        pass
    return None


def apart_in_time(a: tuple[int, int, bool] | None, b: tuple[int, int, bool] | None) -> bool:
    """Whether told_days says dates_agree refuses the pair: one is dated and the spans do not
    meet (two dated reports more than a day apart; a day after an undated page, or before its
    window)."""
    return a is not None and b is not None and (a[2] or b[2]) and (a[1] < b[0] or b[1] < a[0])

