"""A text far longer than any article is extracted piece by piece, so extraction time
stays linear in the length of the text (issue 8, item 5).

Several stages compare each sentence, quote or mention with the others of the
document; on a news article (a few thousand characters) that costs nothing, on a
5 MB paste it is quadratic. A text over PIECE characters is cut at paragraph breaks
(else sentence stops, else spaces) into pieces of at most PIECE characters; each is
extracted alone, its offsets shifted back into the whole text and its ids made
unique within it (and stable: the same text always gives the same ids).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from typing import Callable, Iterator

from .model import Citation, Extraction, Span

PIECE = 20_000      # characters; twenty times the longest article of the shared corpora
_BREAKS = (re.compile(r"\n\s*"), re.compile(r"[.!?؟]\s*"), re.compile(r"\s+"))


def cuts(text: str, size: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of consecutive pieces covering `text`, each at most `size` (PIECE) long,
    cut after the last paragraph break of its second half, else the last stop, else space."""
    size = size or PIECE
    start = 0
    while len(text) - start > size:
        window = text[start + size // 2:start + size]
        end = start + size
        for pattern in _BREAKS:
            found = [m.end() for m in pattern.finditer(window) if m.end() < len(window)]
            if found:
                end = start + size // 2 + found[-1]
                break
        yield start, end
        start = end
    yield start, len(text)


def _span(s: Span | None, offset: int) -> Span | None:
    return None if s is None else replace(s, start=s.start + offset, end=s.end + offset)


def _new_id(old: str, sha: str, offset: int) -> str:
    return old[:2] + hashlib.sha1(f"{sha}:{offset}:{old}".encode()).hexdigest()[:10]


def shifted(ex: Extraction, offset: int, sha: str) -> Extraction:
    """A piece's extraction with offsets into the whole text and ids unique in it."""
    ids = {}
    for inc in ex.incidents:
        ids[inc.id] = _new_id(inc.id, sha, offset)
        inc.id = ids[inc.id]
        inc.citations = [Citation(c.start + offset, c.end + offset, c.quote, c.field) for c in inc.citations]
        for a in inc.actors:
            a.span = _span(a.span, offset)
        if inc.location is not None:
            inc.location.span = _span(inc.location.span, offset)
    for q in ex.quotes:
        q.id = _new_id(q.id, sha, offset)
        q.start, q.end = q.start + offset, q.end + offset
        q.speaker_span = _span(q.speaker_span, offset)
        q.incident = ids.get(q.incident, q.incident)
    return ex


def too_long(text: str) -> bool:
    """Whether `text` is extracted in pieces."""
    return len(text) > PIECE


def extract_in_pieces(text: str, meta, gazetteer, extract_one: Callable[..., Extraction]) -> Extraction:
    """extract_one over each piece of a long `text`, as one Extraction of the whole."""
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    out = Extraction()
    for start, end in cuts(text):
        ex = shifted(extract_one(text[start:end], meta, gazetteer), start, sha)
        out.incidents += ex.incidents
        out.quotes += ex.quotes
    return out
