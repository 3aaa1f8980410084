"""The date language, read once from data/dates.json (schema: dates.schema.json).

Month and weekday names, ordinal days and the words of "yesterday", "last" and "ago"
are data: a new month spelling or relative word is one line in the file, not an edit of
the patterns in dates.py. Words are folded here as the text is (ى→ي, ة→ه, أ→ا), so the
file is written in plain spelling.
"""
from __future__ import annotations

import re

from .normalise import fold
from .wordlists import DATA_DIR, read_data

DATA = DATA_DIR / "dates.json"


def alternatives(words) -> str:
    """A regex alternation of folded words, longest first (so "امس الاول" wins over "امس")."""
    return "|".join(sorted((re.escape(w).replace("\\ ", r"\s+") for w in words), key=len, reverse=True))


class DateWords:
    """Folded words of the date grammar, one attribute per list of the data file."""

    def __init__(self, raw: dict) -> None:
        self.months = {fold(k): v for k, v in raw["months"].items()}
        self.weekdays = {fold(k): v for k, v in raw["weekdays"].items()}
        self.ordinal_days = {fold(k): v for k, v in raw["ordinal_days"].items()}
        self.months_en = {k.lower(): v for k, v in raw["months_en"].items()}
        self.said_reach: int = raw["said_reach"]
        self.anniversary_of = [fold(w) for w in raw.get("anniversary_of", [])]
        self.day_after_told = {fold(k): v for k, v in raw.get("day_after_told", {}).items()}
        for name in ("parts_of_day", "today", "yesterday", "day_before_yesterday", "past", "past_feminine",
                     "current", "next", "year_words", "ago", "two_days", "few_days", "week", "month", "year",
                     "within", "hours", "latest", "part_of_period", "day_units", "week_units", "two_weeks", "weekday_openers",
                     "ambiguous_weekdays", "weekday_not_after", "earlier", "about", "one_day", "numeric_day_openers", "since"):
            setattr(self, name, [fold(w) for w in raw[name]])


DATE_WORDS = DateWords(read_data(DATA))
