"""One entry point that renders any result in any output format.

table (rich), json (one array), jsonl, csv, tsv, md. JSON keeps article text
exact (it is data, scripts read it) but escapes C1 controls and line
separators so that even raw JSON on a terminal cannot carry control codes.
"""
from __future__ import annotations

import json
import re
from typing import IO, Iterable, Optional

from incidents.render import cells
from incidents.render.escape import clean, display

FORMATS = ("table", "json", "jsonl", "csv", "tsv", "md")
COLUMNS = ("id", "date", "date_precision", "date_inferred", "date_text", "event_type", "sub_event_type",
           "place", "place_ar", "admin1", "lat", "lon", "actors", "actors_ar",
           "killed", "injured", "casualties_combined", "background", "sources")
_UNSAFE_JSON = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def to_json(obj: object, indent: Optional[int] = None) -> str:
    """json.dumps with Arabic unescaped, C1/bidi controls as \\u escapes."""
    s = json.dumps(obj, ensure_ascii=False, indent=indent)
    return _UNSAFE_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", s)


def write_jsonl(rows: Iterable[dict], out: IO[str]) -> int:
    n = 0
    for row in rows:
        out.write(to_json(row) + "\n")
        n += 1
    return n


def write_json_array(rows: Iterable[dict], out: IO[str]) -> None:
    """Exactly to_json(list(rows), indent=2), written a row at a time."""
    first = True
    for row in rows:
        out.write(("[\n" if first else ",\n") + "\n".join("  " + line for line in to_json(row, indent=2).split("\n")))
        first = False
    out.write("[]\n" if first else "\n]\n")


def _flat(inc: dict) -> dict:
    """An incident as one flat row (csv/tsv, export FILE.csv); a cell with nothing in it is empty."""
    loc = inc.get("location") or {}
    row = {
        "id": inc.get("id"), "date": inc.get("date"), "date_precision": inc.get("date_precision"),
        "date_inferred": inc.get("date_inferred"), "date_text": inc.get("date_text"),
        "event_type": inc.get("event_type"),
        "sub_event_type": inc.get("sub_event_type"), "place": loc.get("name"),
        "place_ar": loc.get("name_ar"), "admin1": loc.get("admin1"), "lat": loc.get("lat"),
        "lon": loc.get("lon"), "actors": cells.actors_cell(inc, "en"),
        "actors_ar": cells.actors_cell(inc, "ar"), "killed": inc.get("killed"),
        "injured": inc.get("injured"), "casualties_combined": inc.get("casualties_combined"),
        "background": inc.get("background"), "sources": cells.sources_text(inc),
    }
    return {k: (None if v == cells.DASH else v) for k, v in row.items()}


def write_delimited(incidents: Iterable[dict], out: IO[str], delimiter: str) -> None:
    """csv / tsv on stdout: the one CSV writer (render.rows.write_csv) that `export FILE.csv`
    uses too, so a cell a spreadsheet would read as a formula is neutralised everywhere."""
    from incidents.render.rows import write_csv
    write_csv((_flat(inc) for inc in incidents), COLUMNS, out, delimiter)


def _md(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")


def write_md(incidents: Iterable[dict], out: IO[str], *, bidi: bool = False) -> None:
    """A GitHub-flavoured markdown table plus the numbered citations."""
    cites = cells.Citations()
    out.write("| id | date | place | actors | type | killed | injured | cites |\n")
    out.write("|---|---|---|---|---|--:|--:|---|\n")
    for inc in incidents:
        row = [inc.get("id") or "", cells.date_line(inc), cells.place_cell(inc), cells.actors_cell(inc),
               cells.type_cell(inc), cells.killed_cell(inc), cells.injured_cell(inc), cites.mark(inc)]
        out.write("| " + " | ".join(_md(display(c, bidi=bidi)) for c in row) + " |\n")
    if cites.items:
        out.write("\n")
        for label, quote in cites.lines():
            out.write(f"- {_md(label)} «{_md(display(quote, bidi=bidi))}»\n")


def render_incidents(incidents: Iterable[dict], fmt: str, out: IO[str], *, terminal: Optional[bool] = None,
                     bidi: bool = False, width: Optional[int] = None) -> None:
    """Render a search result in `fmt` to `out`, row by row as `incidents` yields them
    (a generator from the store is written before its last row is read)."""
    if fmt == "json":
        write_json_array(incidents, out)
    elif fmt == "jsonl":
        write_jsonl(incidents, out)
    elif fmt == "csv":
        write_delimited(incidents, out, ",")
    elif fmt == "tsv":
        write_delimited(incidents, out, "\t")
    elif fmt == "md":
        write_md(incidents, out, bidi=bidi)
    else:
        from incidents.render.table import MIN_TABLE_WIDTH, VIEW, make_console, print_incidents
        console = make_console(out, terminal, width)
        if VIEW["vertical"] or console.width < MIN_TABLE_WIDTH:   # too narrow: blocks, not a squashed table
            from incidents.render.vertical import write_incidents
            write_incidents(incidents, out, bidi=bidi, width=console.width)
            return
        print_incidents(incidents, console, bidi=bidi)


def render_detail(incident: dict, fmt: str, out: IO[str], *, terminal: Optional[bool] = None,
                  bidi: bool = False, width: Optional[int] = None) -> None:
    """Render one incident in full (`show`): every field, citation and quote."""
    if fmt == "json":
        out.write(to_json(incident, indent=2) + "\n")
    elif fmt == "jsonl":
        write_jsonl([incident], out)
    elif fmt in ("csv", "tsv", "md"):
        render_incidents([incident], fmt, out, bidi=bidi)
        quotes = incident.get("quotes") or []
        if fmt == "md" and quotes:
            out.write("\n")
            for q in quotes:
                out.write(f"- **{_md(display(q.get('speaker'), bidi=bidi))}** "
                          f"({_md(clean(q.get('speaker_kind'), oneline=True))}): "
                          f"«{_md(display(q.get('text'), bidi=bidi))}»\n")
    else:
        from incidents.render.table import make_console, print_detail
        print_detail(incident, make_console(out, terminal, width), bidi=bidi)
