"""Days the text counts from a day it told before ("مساء الاثنين … وفي اليوم التالي"):
their date is that day's, moved by the days the words say (data/dates.json day_after_told)."""
from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:     # dates.py imports this module; the hint only
    from .dates import DateExpr


def count_from_told(dates: list[DateExpr]) -> None:
    """Date each told-day expression from the nearest day dated before it in the text, and
    take that day's standing (a recollection's next day is a recollection too). With no day
    before it, it stays undated: "اليوم التالي" is never today."""
    last = None
    for d in sorted(dates, key=lambda x: x.start):
        if d.after_told is not None:
            if last is None:
                continue
            d.value = (date.fromisoformat(last.value) + timedelta(days=d.after_told)).isoformat()
            d.precision, d.explicit, d.relative, d.inferred = "day", last.explicit, last.relative, last.inferred
        if d.value and d.precision == "day":
            last = d
