"""Blocking reads only the undated reports whose page can tell of a dated report's days
(store.merge.UNDATED_OF_THE_DAY): every undated report that dates_agree would let agree
with the dated one must still be read, whatever its page's date looks like."""
import datetime as dt
import random
import sqlite3

from incidents.store.merge import _undated_of_the_day, dates_agree, day_range

PAGES = [None, "", "2021-10", "2021-13", "2021-02-30", "2020-02-29", "2021-02-29", "0000-01-01",
         "2021-W40-1", "not a day", "2021-10-05T10:00", "٢٠٢١-١٠-٠٥"]


def _report(date: str | None, precision: str | None, published: str | None, background: bool) -> dict:
    lo, hi = day_range(date, precision)
    return {"date": date, "day_lo": lo, "day_hi": hi, "published": published, "background": background,
            "data": {}}


def _day(rng: random.Random) -> str:
    return (dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(-500, 500))).isoformat()


def _selected(db, dated: dict, undated: dict) -> bool:
    where, params = _undated_of_the_day(dated)
    db.execute("DELETE FROM reports")
    db.execute("INSERT INTO reports VALUES (?, ?, ?)",
               [undated["day_lo"], undated["published"], int(undated["background"])])
    return db.execute(f"SELECT count(*) FROM reports WHERE {where}", params).fetchone()[0] == 1


def test_every_undated_report_that_may_agree_is_read():
    rng = random.Random(7)
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE reports (day_lo TEXT, published TEXT, background INTEGER)")
    kept = dropped = 0
    for _ in range(4000):
        day = _day(rng)
        dated = _report(rng.choice([day, day, day[:7]]), rng.choice([None, "week"]), _day(rng), False)
        near = (dt.date.fromisoformat(day) + dt.timedelta(days=rng.randrange(-3, 420))).isoformat()
        page = rng.choice(PAGES + [near, near, near[:7], _day(rng)])
        undated = _report(None, None, page, rng.random() < 0.5)
        chosen = _selected(db, dated, undated)
        if dates_agree(dated, undated) is not None:
            assert chosen, (dated, undated)
        kept += chosen
        dropped += not chosen
    assert dropped > 1000 and kept > 500       # the filter does drop pages of other times


def test_the_calendar_s_last_day_agrees_without_raising():
    """A record's page of 9999-12-31 (incidents load takes it as written) raised OverflowError
    in dates_agree, and the document was not saved; the window stops at the last day."""
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE reports (day_lo TEXT, published TEXT, background INTEGER)")
    dated = _report("9999-12-31", None, "9999-12-31", False)
    undated = _report(None, None, "9999-12-31", False)
    assert dates_agree(dated, undated) == 0
    assert _selected(db, dated, undated)
    assert dates_agree(_report("0001-01-01", None, "0001-01-02", False), _report(None, None, "0001-01-01", True)) is None


def test_pairs_apart_in_time_are_refused_by_dates_agree():
    """store.clustering skips the pairs store.merge_dates.apart_in_time finds (a component seen
    for the first time was scored pair by pair, its square): each must be one dates_agree refuses."""
    from incidents.store.merge_dates import apart_in_time, told_days
    rng = random.Random(11)
    skipped = 0

    def report() -> dict:
        day = _day(rng)
        date = rng.choice([day, day, day[:7], None, None])
        page = rng.choice(PAGES + [_day(rng), _day(rng), day, day[:7]])
        return _report(date, rng.choice([None, "week"]), page, rng.random() < 0.3)

    for _ in range(20000):
        a, b = report(), report()
        if apart_in_time(told_days(a), told_days(b)):
            skipped += 1
            assert dates_agree(a, b) is None, (a, b)
    assert skipped > 5000
