"""Publication date of a document: metadata first, then the URL, then a dateline, then
the date line of a post embedded in the text.

Extraction resolves relative dates ("yesterday", a weekday) against this date,
so a wrong guess is worse than none: every pattern checks that the date exists.
"""
from __future__ import annotations

import datetime as dt
import re

from incidents.extract.date_words import DATE_WORDS, alternatives
from incidents.extract.date_patterns import MONTH_FIRST_DATE, MONTHS, NAMED_DATE
from incidents.extract.dates import single_spaced
from incidents.extract.normalise import fold
from incidents.extract.text import caption_lines

_URL_DAY = re.compile(r"/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?:/|$|[^\d])")
# "/news/2021-08-17-slug", "/20210817/slug-1050.html" (eight digits only between slashes: not an id)
_URL_DASHED = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_](\d\d)[-_](\d\d)(?!\d)|/((?:19|20)\d\d)(\d\d)(\d\d)/")
_URL_MONTH = re.compile(r"/((?:19|20)\d\d)/(\d{1,2})(?:/|$)")
# "2022.04.15", "15/04/2022", "15 - 04 - 2022" (a space either side of the separator, as pages write it)
_YMD = re.compile(r"(?<!\d)((?:19|20)\d\d)\s?[.\-/]\s?(\d{1,2})\s?[.\-/]\s?(\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<!\d)(\d{1,2})\s?[.\-/]\s?(\d{1,2})\s?[.\-/]\s?((?:19|20)\d\d)(?!\d)")
_ISO_PREFIX = re.compile(r"^((?:19|20)\d\d)(?:-(\d\d)(?:-(\d\d))?)?")
_COMPACT = re.compile(r"^((?:19|20)\d\d)(\d\d)(\d\d)(?!\d)")
_DIGITS = str.maketrans({**{chr(0x660 + i): str(i) for i in range(10)},
                         **{chr(0x6F0 + i): str(i) for i in range(10)}})
DATELINE_CHARS = 400
_EN = DATE_WORDS.months_en
_EN_RE = alternatives(_EN)
_EN_DASHED = re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})[-/ ](?P<mon>{_EN_RE})\.?[-/ ](?P<y>(?:19|20)\d\d)(?!\d)", re.I)
# an embedded post as scraped pages keep it: "— RTARABIC (@RTarabic) December 28, 2021"
_EMBED = re.compile(rf"\(@\w{{1,30}}\)\s+(?P<mon>{_EN_RE})\s+(?P<d>\d{{1,2}}),\s+(?P<y>(?:19|20)\d\d)", re.I)
# a dateline in English: "September 17, 2021", "Sep. 17th, 2021", "17 September 2021"
_EN_DATE = re.compile(rf"(?<![a-z])(?P<mon>{_EN_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)(?!\d)"
                      rf"|(?<!\d)(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon2>{_EN_RE})\.?,?\s+(?P<y2>(?:19|20)\d\d)(?!\d)",
                      re.I)


def _day(y: str, m: str, d: str) -> str | None:
    try:
        return dt.date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def _month(y: str, m: str) -> str | None:
    return f"{int(y):04d}-{int(m):02d}" if 1 <= int(m) <= 12 else None


def _from_meta(value: object) -> str | None:
    """ISO date (or month/year prefix) from a metadata value such as
    "2021-06-19", "2021-06-19T10:00:00Z", "19/06/2021" or a feed's "Sat, 19 Jun 2021 10:00 GMT"."""
    if value is None:
        return None
    s = str(value).strip().translate(_DIGITS)
    m = _YMD.match(s) or _COMPACT.match(s)     # "2021-06-19T10:00", "2021/6/19", "2021.06.19", "20210619"
    if m:
        return _day(*m.groups())
    m = _DMY.search(s)
    if m:       # day first, as Arabic pages write it; "6/19/2021" can only be month first
        d, mo, y = m.groups()
        return _day(y, mo, d) or _day(y, d, mo)
    m = _ISO_PREFIX.match(s)
    if m and not m.group(3):        # "2021-06" or "2021": all the field says
        return _month(m.group(1), m.group(2)) if m.group(2) else m.group(1)
    m = _EN_DASHED.search(s)
    if m:       # "19-Jun-2021"
        return _day(m.group("y"), str(_EN[m.group("mon").lower()]), m.group("d"))
    return _from_dateline(s[:100])      # "Sat, 19 Jun 2021 10:00:00 GMT", "19 يونيو 2021"


def _from_url(url: str | None) -> str | None:
    if not url:
        return None
    m = _URL_DAY.search(url)
    if m and (d := _day(*m.groups())):
        return d
    for m in _URL_DASHED.finditer(url):
        if d := _day(*[g for g in m.groups() if g is not None]):
            return d
    m = _URL_MONTH.search(url)
    if m:
        return _month(*m.groups())
    return None


def _from_dateline(text: str | None) -> str | None:
    """The first full date near the top: "2022.04.15 | 12:50", "15/04/2022", "23 ابريل 2021",
    "تم النشر بتاريخ : 3 يونيو، 2019"."""
    head = _without_captions(text or "")[:DATELINE_CHARS].translate(_DIGITS)
    found = []
    for pattern in (NAMED_DATE, MONTH_FIRST_DATE):     # folded offsets are near enough to order them
        for m in pattern.finditer(fold(head)):
            if d := _day(m.group("year"), str(MONTHS[single_spaced(m.group("mon"))]), m.group("day")):
                found.append((m.start(), d))
    posts = {m.start("mon") for m in _EMBED.finditer(head)}     # an embedded post's line is no dateline
    for m in _EN_DATE.finditer(head):
        if m.start() in posts:
            continue
        mon, day, year = (m.group("mon"), m.group("d"), m.group("y")) if m.group("mon") else \
            (m.group("mon2"), m.group("d2"), m.group("y2"))
        if d := _day(year, str(_EN[mon.lower()]), day):
            found.append((m.start(), d))
    for m in _EN_DASHED.finditer(head):     # "15-Apr-2022"
        if d := _day(m.group("y"), str(_EN[m.group("mon").lower()]), m.group("d")):
            found.append((m.start(), d))
    for m in _YMD.finditer(head):
        if d := _day(*m.groups()):
            found.append((m.start(), d))
    for m in _DMY.finditer(head):
        if d := _day(m.group(3), m.group(2), m.group(1)):
            found.append((m.start(), d))
    return min(found)[1] if found else None


def _without_captions(text: str) -> str:
    """The text with its photo captions' lines emptied: "… - 29 آذار 2025 (محافظة حلب)" under
    a photo at the top is the photo's day, not the article's (extract.text.caption_lines)."""
    lines = text.split("\n")
    shown = caption_lines([fold(line) for line in lines])
    return "\n".join("" if k in shown else line for k, line in enumerate(lines)) if shown else text


def _from_embed(text: str | None) -> str | None:
    """The latest date an embedded post was sent: a page that embeds it was written that day or
    later, and news embeds the day's posts (an older post quoted for context is earlier, so the
    latest wins)."""
    days = [_day(m.group("y"), str(_EN[m.group("mon").lower()]), m.group("d"))
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
