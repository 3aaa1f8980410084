"""Publication date of a document: metadata first, then the URL, then a dateline, then
the date line of a post embedded in the text.

Extraction resolves relative dates ("yesterday", a weekday) against this date,
so a wrong guess is worse than none: every pattern checks that the date exists.
"""
from __future__ import annotations

import datetime as dt
import re

from incidents.extract.dates import MONTHS, NAMED_DATE
from incidents.extract.normalise import fold

_URL_DAY = re.compile(r"/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?:/|$|[^\d])")
_URL_MONTH = re.compile(r"/((?:19|20)\d\d)/(\d{1,2})(?:/|$)")
_YMD = re.compile(r"(?<!\d)((?:19|20)\d\d)[.\-/](\d{1,2})[.\-/](\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<!\d)(\d{1,2})[.\-/](\d{1,2})[.\-/]((?:19|20)\d\d)(?!\d)")
_ISO_PREFIX = re.compile(r"^((?:19|20)\d\d)(?:-(\d\d)(?:-(\d\d))?)?")
_DIGITS = str.maketrans({**{chr(0x660 + i): str(i) for i in range(10)},
                         **{chr(0x6F0 + i): str(i) for i in range(10)}})
DATELINE_CHARS = 400
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
# an embedded post as scraped pages keep it: "— RTARABIC (@RTarabic) December 28, 2021"
_EMBED = re.compile(r"\(@\w{1,30}\)\s+(?P<mon>" + "|".join(_MONTHS) + r")\s+(?P<d>\d{1,2}),\s+(?P<y>(?:19|20)\d\d)")


def _day(y: str, m: str, d: str) -> str | None:
    try:
        return dt.date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def _month(y: str, m: str) -> str | None:
    return f"{int(y):04d}-{int(m):02d}" if 1 <= int(m) <= 12 else None


def _from_meta(value: object) -> str | None:
    """ISO date (or month/year prefix) from a metadata value such as
    "2021-06-19", "2021-06-19T10:00:00Z" or "19/06/2021"."""
    if value is None:
        return None
    s = str(value).strip().translate(_DIGITS)
    m = _ISO_PREFIX.match(s)
    if m:
        y, mo, d = m.groups()
        if d:
            return _day(y, mo, d)
        if mo:
            return _month(y, mo)
        return y
    m = _DMY.search(s)
    if m:
        return _day(m.group(3), m.group(2), m.group(1))
    return None


def _from_url(url: str | None) -> str | None:
    if not url:
        return None
    m = _URL_DAY.search(url)
    if m and (d := _day(*m.groups())):
        return d
    m = _URL_MONTH.search(url)
    if m:
        return _month(*m.groups())
    return None


def _from_dateline(text: str | None) -> str | None:
    """The first full date near the top: "2022.04.15 | 12:50", "15/04/2022", "23 ابريل 2021",
    "تم النشر بتاريخ : 3 يونيو، 2019"."""
    head = (text or "")[:DATELINE_CHARS].translate(_DIGITS)
    found = []
    for m in NAMED_DATE.finditer(fold(head)):     # folded offsets are near enough to order them
        if d := _day(m.group("year"), str(MONTHS[m.group("mon")]), m.group("day")):
            found.append((m.start(), d))
    for m in _YMD.finditer(head):
        if d := _day(*m.groups()):
            found.append((m.start(), d))
    for m in _DMY.finditer(head):
        if d := _day(m.group(3), m.group(2), m.group(1)):
            found.append((m.start(), d))
    return min(found)[1] if found else None


def _from_embed(text: str | None) -> str | None:
    """The latest date an embedded post was sent: a page that embeds it was written that day or
    later, and news embeds the day's posts (an older post quoted for context is earlier, so the
    latest wins)."""
    days = [_day(m.group("y"), str(_MONTHS.index(m.group("mon")) + 1), m.group("d"))
            for m in _EMBED.finditer((text or "").translate(_DIGITS))]
    return max((d for d in days if d), default=None)


def published_date(meta_published: object, url: str | None, text: str | None) -> tuple[str | None, str | None]:
    """(ISO date or None, where it came from: "metadata" | "url" | "dateline" | "embed" | None).
    A URL that gives only the month yields to a dateline's day in that month."""
    meta = _from_meta(meta_published)
    if meta:
        return meta, "metadata"
    from_url, dateline = _from_url(url), _from_dateline(text)
    if from_url and (len(from_url) == 10 or not (dateline and dateline.startswith(from_url))):
        return from_url, "url"
    if dateline:
        return dateline, "dateline"
    embed = _from_embed(text)
    if embed:
        return embed, "embed"
    return None, None
