"""`incidents import acled FILE.csv`: ACLED's CSV (as ACLED's export tool and our own
`export FILE.acled.csv` write it) into the store, so the analyst can compare ACLED's
record with what the articles say.

The file itself is stored as one document (outlet "ACLED"): every row becomes a report
of it, cited by the words of its `notes` cell (or the whole row when notes are empty),
with exact character offsets into the file. Rows of one file never merge with each
other (ACLED has already told its events apart); they may merge with reports of
articles, like any two documents. Exporting an imported incident in ACLED's layout
gives back the row it came from, every column as written (fields the analyst
corrected since are filled from the store), so export → import → export is lossless.
"""
from __future__ import annotations

import bisect
import datetime as dt
import os
import re
from dataclasses import dataclass
from typing import Iterator, Optional

from incidents.render.acled import COLUMNS

OUTLET = "ACLED"
REQUIRED = ("event_id_cnty", "event_date", "event_type")
PRECISION = {"1": "day", "2": "week", "3": "month"}
FORMULA_START = ("=", "+", "-", "@")
_ID = re.compile(r"[^A-Za-z0-9_-]+")


@dataclass
class Record:
    """One CSV record of a file: its character span, first line, values and value spans."""
    start: int
    end: int
    line: int
    values: list[str]
    spans: list[tuple[int, int]]


def csv_records(text: str) -> Iterator[Record]:
    """Every record of CSV `text` (RFC 4180: quoted fields may hold commas, newlines and
    doubled quotes) with offsets into `text`; blank lines are skipped."""
    i, n, line = 0, len(text), 1
    while i < n:
        start, first_line = i, line
        values: list[str] = []
        spans: list[tuple[int, int]] = []
        while True:
            if i < n and text[i] == '"':
                j, parts = i + 1, []
                while True:
                    k = text.find('"', j)
                    if k < 0:
                        k = n
                    parts.append(text[j:k])
                    if k + 1 < n and text[k + 1] == '"':
                        parts.append('"')
                        j = k + 2
                        continue
                    break
                line += text.count("\n", i, min(k, n))
                spans.append((i + 1, k))
                value = "".join(parts)
                i = k + 1
                stop = i
                while stop < n and text[stop] not in ",\r\n":   # junk after a closing quote: kept
                    stop += 1
                value += text[i:stop]
                i = stop
            else:
                stop = i
                while stop < n and text[stop] not in ",\r\n":
                    stop += 1
                spans.append((i, stop))
                value = text[i:stop]
                i = stop
            values.append(value)
            if i < n and text[i] == ",":
                i += 1
                continue
            end = i
            if i < n and text[i] == "\r":
                i += 1
            if i < n and text[i] == "\n":
                i += 1
                line += 1
            break
        if values != [""]:
            yield Record(start, end, first_line, values, spans)


def _unformula(value: str) -> str:
    """Undo the leading ' our CSV export puts before a cell a spreadsheet would compute."""
    return value[1:] if value.startswith("'") and value[1:].startswith(FORMULA_START) else value


def _date(value: str, year: str, precision: str) -> tuple[Optional[str], Optional[str]]:
    """(ISO date, precision) of event_date: '2023-09-21' or ACLED's '21 September 2023'."""
    value = value.strip()
    if not value:
        return (year.strip(), "year") if re.fullmatch(r"\d{4}", year.strip()) else (None, None)
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d/%m/%Y"):
        try:
            day = dt.datetime.strptime(value, fmt).date().isoformat()
            break
        except ValueError:
            continue
    else:
        raise ValueError(f"event_date '{value}' is not a date (2023-09-21 or 21 September 2023)")
    prec = PRECISION.get(precision.strip(), "day")
    return (day[:7] if prec == "month" else day), prec


def _int(value: str, column: str) -> Optional[int]:
    value = value.strip()
    if not value:
        return None
    if not value.isdigit():
        raise ValueError(f"{column} '{value}' is not a whole number")
    return int(value)


def _float(value: str, column: str) -> Optional[float]:
    value = value.strip()
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        raise ValueError(f"{column} '{value}' is not a number") from None


class _Names:
    """ACLED's actor and place names resolved against the store's gazetteer (cached)."""

    def __init__(self, store, text: str):
        self.store, self.text = store, text
        self.actors: dict[str, Optional[dict]] = {}
        self.places: dict[tuple[str, str], Optional[dict]] = {}
        self.governorates: dict[str, str] = {}

    def actor(self, name: str) -> Optional[dict]:
        if name not in self.actors:
            found = self.store.resolve_actor(name)
            self.actors[name] = found[0] if len(found) == 1 else None
        return self.actors[name]

    def admin1(self, name: str) -> str:
        if name not in self.governorates:
            found = [p for p in self.store.resolve_place(name) if p.get("kind") == "governorate"] if name else []
            self.governorates[name] = found[0]["admin1"] if found else name
        return self.governorates[name]

    def place(self, name: str, admin1: str) -> Optional[dict]:
        key = (name, admin1)
        if key not in self.places:
            found = [p for p in self.store.resolve_place(name) if p.get("admin1") == admin1] if name else []
            self.places[key] = found[0] if found else None
        return self.places[key]


def _incident(row: dict, spans: dict, record: Record, names: _Names):
    """The Incident (extract.model) of one ACLED row; ValueError says what is wrong."""
    from incidents.extract.model import ActorRef, Citation, Incident, PlaceRef, Span
    from incidents.query.filters import acled_types, canonical
    types = acled_types()
    event_type = canonical(row["event_type"], list(types)) if row["event_type"].strip() else None
    if event_type is None:
        raise ValueError(f"event_type '{row['event_type']}' is not one of ACLED's ({', '.join(types)})")
    sub = row.get("sub_event_type", "").strip()
    sub_type = canonical(sub, types[event_type]) if sub else event_type
    if sub_type is None:
        raise ValueError(f"sub_event_type '{sub}' is not one of {event_type}'s")
    date, precision = _date(row["event_date"], row.get("year", ""), row.get("time_precision", ""))
    killed = _int(row.get("fatalities", ""), "fatalities")
    lat, lon = _float(row.get("latitude", ""), "latitude"), _float(row.get("longitude", ""), "longitude")
    geo = _int(row.get("geo_precision", ""), "geo_precision") or 1

    def span(column: str) -> Optional[Span]:
        s = spans.get(column)
        return Span(s[0], s[1], names.text[s[0]:s[1]]) if s else None

    actors = []
    for side, columns in ((1, ("actor1", "assoc_actor_1")), (2, ("actor2", "assoc_actor_2"))):
        for column in columns:
            for name in (n.strip() for n in row.get(column, "").split(";")):
                if not name:
                    continue
                known = names.actor(name)
                actors.append(ActorRef(name=known["name"] if known else name,
                                       name_ar=(known or {}).get("name_ar") or "", side=side, mention=name,
                                       span=span(column), actor_id=(known or {}).get("id"),
                                       kind=(known or {}).get("kind"),
                                       affiliation=(known or {}).get("affiliation")))
    location = None
    where, admin1 = row.get("location", "").strip(), names.admin1(row.get("admin1", "").strip())
    if where or admin1:
        known = names.place(where or admin1, admin1)
        location = PlaceRef(name=known["name"] if known else (where or admin1),
                            name_ar=(known or {}).get("name_ar") or "", admin1=admin1 or None,
                            lat=lat if lat is not None else (known or {}).get("lat"),
                            lon=lon if lon is not None else (known or {}).get("lon"),
                            mention=where or admin1, span=span("location"),
                            place_id=(known or {}).get("id"), geo_precision=geo)
    notes = spans.get("notes")
    start, end = notes if notes and notes[1] > notes[0] else (record.start, record.end)
    ident = _ID.sub("-", row["event_id_cnty"].strip()) or f"row{record.line}"
    return Incident(event_type=event_type, sub_event_type=sub_type, actors=actors, location=location,
                    date=date, date_precision=precision, killed=killed,
                    citations=[Citation(start, end, names.text[start:end], "event")], id=f"i-{ident}")


def read_acled(store, path: str, text: str, report) -> "tuple[object, str, object] | None":
    """(Document, sha256, Extraction) of an ACLED CSV's text; each bad row is one
    `FILE:LINE: reason` error through `report`. None when the file is no ACLED CSV."""
    from incidents.documents.model import Document
    from incidents.extract.model import DocMeta, Extraction
    from incidents.store.save import text_sha256
    text = text.lstrip("\ufeff")
    records = csv_records(text)
    header = next(records, None)
    columns = [c.strip().lower() for c in header.values] if header else []
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        report.error(f"{path}:1: not an ACLED CSV: no {', '.join(missing)} column "
                     f"(ACLED's export has {len(COLUMNS)}: {', '.join(COLUMNS[:3])} …)")
        return None
    names = _Names(store, text)
    incidents = []
    for rec in records:
        if len(rec.values) != len(columns):
            report.error(f"{path}:{rec.line}: {len(rec.values)} fields, the header has {len(columns)}")
            continue
        row = {c: _unformula(v) for c, v in zip(columns, rec.values)}
        spans = dict(zip(columns, rec.spans))
        try:
            incidents.append(_incident(row, spans, rec, names))
        except ValueError as e:
            report.error(f"{path}:{rec.line}: {e}")
    name = os.path.basename(path)
    meta = DocMeta(doc=name, outlet=OUTLET, title=f"ACLED data: {name}")
    return Document(meta, text, path, None), text_sha256(text), Extraction(incidents=incidents)


def import_acled(store, paths: list[str], gazetteer=None):
    """Import every ACLED CSV of `paths`; an IngestSummary (errors counted as failed rows)."""
    from incidents.store.ingest import IngestSummary, _default_gazetteer, _Reporter, save_all
    from incidents.store.save import document_exists
    store.require_writable()
    store.sync_gazetteer(gazetteer if gazetteer is not None else _default_gazetteer())
    summary = IngestSummary()
    with _Reporter(False, summary) as report:
        def rows():
            for path in paths:
                try:
                    with open(path, encoding="utf-8", newline="") as f:
                        text = f.read()
                except (OSError, UnicodeDecodeError) as e:
                    report.error(f"{path}: {(getattr(e, 'strerror', None) or str(e)).lower()}")
                    continue
                got = read_acled(store, path, text, report)
                if got is None:
                    continue
                if document_exists(store.db, got[1]):
                    summary.unchanged += 1
                    continue
                yield got
        save_all(store, rows(), summary, report)
    return summary


def main_import(db_path: str, paths: list[str], gazetteer=None) -> int:
    """`incidents import acled FILE…`: 0 when every row of every file was imported."""
    import sys

    from incidents.store.ingest import _err, _exit, _guarded, _n
    summary = _guarded(db_path, "import", lambda store: import_acled(store, paths, gazetteer))
    if summary is None:
        return _guarded.rc
    _err(f"imported {_n(summary.incidents, 'ACLED row')} from {_n(summary.new, 'file')} "
         f"({summary.unchanged} unchanged, {summary.failed} failed) → {os.path.abspath(db_path)}")
    sys.stderr.flush()
    return _exit(summary, "input")


# -- export: the row an imported incident came from ---------------------------

class Originals:
    """The ACLED rows imported incidents came from, found by their citation's offsets
    (each imported file is read once per export)."""

    def __init__(self, db):
        self.db = db
        self._files: dict[str, list] = {}

    def _records(self, doc: str) -> list:
        if doc not in self._files:
            files = []
            for (text,) in self.db.execute("SELECT text FROM documents WHERE doc = ? AND outlet = ?",
                                           [doc, OUTLET]).fetchall():
                recs = list(csv_records(text))
                if recs:
                    columns = [c.strip().lower() for c in recs[0].values]
                    files.append((text, columns, recs[1:], [r.start for r in recs[1:]]))
            self._files[doc] = files
        return self._files[doc]

    def row(self, inc: dict) -> Optional[dict]:
        """The original row of an incident told by one ACLED row alone, else None."""
        sources = inc.get("sources") or []
        if len(inc.get("reports") or []) > 1 or len(sources) != 1 or sources[0].get("outlet") != OUTLET:
            return None
        src = sources[0]
        for text, columns, recs, starts in self._records(src.get("doc") or ""):
            if src.get("start") is None or text[src["start"]:src["end"]] != src.get("quote"):
                continue
            k = bisect.bisect_right(starts, src["start"]) - 1
            if k >= 0 and recs[k].start <= src["start"] <= recs[k].end:
                return {c: _unformula(v) for c, v in zip(columns, recs[k].values)}
        return None
