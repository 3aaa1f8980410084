"""The extraction result: plain dataclasses shared by extract, store, query and render.

Every field that comes from the text carries the character offsets of its
evidence in the original (un-normalised) document text, so a citation can
always be traced back to the words of the source.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Span:
    """Evidence: `text` is exactly `document_text[start:end]`."""
    start: int
    end: int
    text: str


@dataclass
class DocMeta:
    """What we know about a document besides its text."""
    doc: str                      # file name or corpus id: names it in exports
    outlet: Optional[str] = None
    title: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = None   # ISO date, if known


@dataclass
class ActorRef:
    name: str                      # English canonical (ACLED-style)
    name_ar: str                   # Arabic canonical
    side: Optional[int]            # 1, 2 or None
    mention: str                   # the words of the text
    span: Optional[Span] = None
    actor_id: Optional[str] = None  # gazetteer id, None for ad-hoc actors
    kind: Optional[str] = None
    affiliation: Optional[str] = None


@dataclass
class PlaceRef:
    name: str                      # English
    name_ar: str
    admin1: Optional[str]          # governorate, OCHA/ACLED spelling
    lat: Optional[float]
    lon: Optional[float]
    mention: str
    span: Optional[Span] = None
    place_id: Optional[str] = None
    geo_precision: int = 1         # ACLED: 1 the place, 2 near it, 3 the region
    along: list[str] = field(default_factory=list)   # a road's two ends ("طريق طفس – المزيريب"): place ids
    within: Optional[str] = None   # a place the gazetteer lacks, told inside a known one ("قرية X التابعة لمدينة Y"): Y's id


@dataclass
class Citation:
    """One piece of evidence for an incident; `field` says what it supports."""
    start: int
    end: int
    quote: str
    field: str = "event"           # event | actor | location | date | killed | injured


@dataclass
class Incident:
    event_type: str
    sub_event_type: str
    actors: list[ActorRef]
    location: Optional[PlaceRef]
    date: Optional[str] = None
    date_precision: Optional[str] = None   # day | week | month | year
    date_inferred: bool = False            # year inferred from weekday + day + month
    killed: Optional[int] = None
    injured: Optional[int] = None
    casualties_combined: Optional[int] = None  # "قتل وجرح 18": not split
    background: bool = False
    citations: list[Citation] = field(default_factory=list)
    id: str = ""                            # set by assign_ids()
    weekday: Optional[int] = None           # the weekday the text names (0 Monday), dated or not
    doc: str = ""


@dataclass
class Quote:
    speaker: str
    speaker_kind: str              # person|organisation|outlet|correspondent|anonymous|social_media
    text: str
    start: int
    end: int
    incident: Optional[str] = None  # incident id
    speaker_span: Optional[Span] = None
    id: str = ""
    doc: str = ""


@dataclass
class Extraction:
    incidents: list[Incident] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
