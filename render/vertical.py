"""One record per block (mysql's \\G): for rows too wide to read as a table.

Plain text, no rich: each field on its own line under a numbered header, labels
right-aligned, long values wrapped under their own column so a narrow terminal
never scrambles a record. Article text goes through `display` like every view.
"""
from __future__ import annotations

import shutil
import textwrap
from typing import IO, Any, Iterable, Optional

from incidents.render import cells
from incidents.render.escape import clean, display, display_wrapped

STAR = "*"


def incident_fields(inc: dict, cites: "cells.Citations") -> list[tuple[str, str]]:
    """The table's columns of one incident as (label, text) pairs."""
    fields = [("id", inc.get("id") or ""), ("date", cells.date_cell(inc)),
              ("place", cells.place_cell(inc)), ("actors", cells.actors_cell(inc)),
              ("type", cells.type_cell(inc)), ("killed", cells.killed_cell(inc)),
              ("injured", cells.injured_cell(inc))]
    if inc.get("casualties_combined") is not None:
        fields.append(("killed+injured", str(inc["casualties_combined"])))
    fields.append(("cites", cites.mark(inc)))
    return fields


def _width(width: Optional[int]) -> int:
    return width or shutil.get_terminal_size((100, 24)).columns


def write_block(n: int, title: str, fields: Iterable[tuple[str, Any]], out: IO[str], *,
                bidi: bool = False, width: Optional[int] = None) -> None:
    """One numbered block: '***** 3. title *****' then 'label: value' lines."""
    fields = [(clean(k, oneline=True), "" if v is None else str(v)) for k, v in fields]
    total = _width(width)
    head = f" {n}. {clean(title, oneline=True)} "
    side = max(3, (min(total, 80) - len(head)) // 2)
    out.write(f"{STAR * side}{head}{STAR * side}\n")
    label_w = max((len(k) for k, _ in fields), default=0)
    value_w = max(20, total - label_w - 2)
    pad = " " * (label_w + 2)
    for key, value in fields:
        if bidi:
            lines = display_wrapped(value, value_w).split("\n")
        else:
            lines = textwrap.wrap(display(value), value_w, break_on_hyphens=False) or [""]
        out.write(f"{key:>{label_w}}: {lines[0]}".rstrip() + "\n")
        for more in lines[1:]:
            out.write(f"{pad}{more}".rstrip() + "\n")


def write_incidents(incidents: Iterable[dict], out: IO[str], *, bidi: bool = False,
                    width: Optional[int] = None) -> None:
    """Incidents one block each (written as they come), then the numbered citations they share."""
    cites = cells.Citations()
    n = 0
    for n, inc in enumerate(incidents, 1):
        write_block(n, inc.get("id") or "", incident_fields(inc, cites), out, bidi=bidi, width=width)
    if not n:
        out.write("no incidents match\n")
        return
    if cites.items:
        out.write("\n")
    from incidents.render.wrap import citation_lines
    for label, quote in cites.lines():
        out.write("\n".join(citation_lines(label, quote, _width(width), bidi)) + "\n")
    out.write(f"{n} incident{'s' if n != 1 else ''}\n")


def write_rows(rows: list[dict], out: IO[str], *, title_key: Optional[str] = None, bidi: bool = False,
               width: Optional[int] = None) -> None:
    """Any list of flat dicts (actors, places, counts…) one block per row."""
    for n, row in enumerate(rows, 1):
        title = str(row.get(title_key, "")) if title_key else ""
        write_block(n, title or "row", [(k, _flat(v)) for k, v in row.items()], out, bidi=bidi, width=width)
    out.write(f"{len(rows)} row{'s' if len(rows) != 1 else ''}\n")


def _flat(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, (list, tuple)):
        return ", ".join(_flat(x) for x in v)
    if isinstance(v, dict):
        return ", ".join(f"{k}={_flat(x)}" for k, x in v.items() if x not in (None, ""))
    return str(v)
