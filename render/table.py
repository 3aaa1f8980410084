"""The rich views: the incident table with numbered citations, and `show` detail.

Cells are rich Text objects built from cleaned strings, so nothing from an
article is ever parsed as markup. When output is not a terminal the console
emits no colour and no ANSI codes at all, at a fixed width.
"""
from __future__ import annotations

import itertools
import os
from contextlib import contextmanager
from typing import IO, Any, Iterable, Iterator, Optional

from incidents.render import cells
from incidents.render.escape import display


#: Below this many columns the incident table would squash its text columns to a
#: letter each, so results are shown one block per incident instead.
MIN_TABLE_WIDTH = 110
#: How the current command's results are laid out (set by Session.execute from `set`).
VIEW: dict = {"width": None, "vertical": False}


@contextmanager
def view(width: Optional[int] = None, vertical: bool = False) -> Iterator[dict]:
    """Lay out results with this width / vertically for the duration of one command."""
    saved = dict(VIEW)
    VIEW.update(width=width, vertical=vertical)
    try:
        yield VIEW
    finally:
        VIEW.update(saved)


def _console_class():
    """rich's Console, except that a reader gone away (the pager quit while a result
    streams into it) is a BrokenPipeError for the shell to handle: rich's own answer
    is to point stdout at /dev/null and exit."""
    from rich.console import Console

    class PipeConsole(Console):
        def on_broken_pipe(self) -> None:
            self.quiet = True
            raise BrokenPipeError

    return PipeConsole


def make_console(out: IO[str], terminal: Optional[bool] = None, width: Optional[int] = None):
    """A rich Console: colour only on a real terminal; fixed width otherwise."""
    Console = _console_class()
    if width is None:
        width = VIEW["width"]
    if terminal is None:
        terminal = bool(getattr(out, "isatty", lambda: False)())
    if terminal:
        return Console(file=out, force_terminal=True, width=width, highlight=False, emoji=False,
                       markup=False, soft_wrap=False)
    if width is None:
        try:
            width = int(os.environ.get("COLUMNS", "")) or 160
        except ValueError:
            width = 160
    return Console(file=out, force_terminal=False, no_color=True, color_system=None,
                   width=width, highlight=False, emoji=False, markup=False,
                   force_jupyter=False, force_interactive=False)


def _t(text: str, bidi: bool, style: str = ""):
    from rich.text import Text
    return Text(display(text, bidi=bidi), style=style)


#: Column gaps of the incident table (padding and divider: 3 between 8 columns).
GAPS = 3 * 7
CITES_MAX = 16
CITES_NARROW = 11     # '[3] [4] [5]'
DATE_WRAPPED = 11          # '2023-09-21*' over 'day'


def _text_widths(rows: list[tuple], total: int) -> tuple[bool, int, tuple[int, int, int]]:
    """Whether the date column wraps, the cites column's width, and the widths left for
    place, actors and type (2:3:2) once id, date, killed and injured have what they need.
    On a narrow screen the date and the citation marks wrap before the text columns shrink."""
    from rich.cells import cell_len

    def need(i: int, head: str, cap: int = 10 ** 6) -> int:
        return min(cap, max([cell_len(head)] + [cell_len(r[i]) for r in rows]))

    fixed = need(0, "id") + need(5, "killed") + need(6, "injured") + GAPS
    date, cites = need(1, "date"), need(7, "cites", CITES_MAX)
    date_wrap = total - fixed - date - cites < 45 and date > DATE_WRAPPED
    if date_wrap:
        date = DATE_WRAPPED
    if total - fixed - date - cites < 45:
        cites = need(7, "cites", CITES_NARROW)
    avail = max(30, total - fixed - date - cites)
    place, kind = max(10, avail * 2 // 7), max(10, avail * 2 // 7)
    return date_wrap, cites, (place, max(10, avail - place - kind), kind)


#: A streamed result is laid out from its first page and printed a page at a time.
PAGE = 50


def _row(inc: dict, cites: "cells.Citations") -> tuple:
    return (inc.get("id") or "", cells.date_cell(inc), cells.place_cell(inc), cells.actors_cell(inc),
            cells.type_cell(inc), cells.killed_cell(inc), cells.injured_cell(inc),
            " ".join(x for x in (cites.mark(inc), cells.corroboration_mark(inc)) if x))


def _layout(rows: list[tuple], total: int, fixed: bool) -> dict:
    """Column settings for the incident table. `fixed`: every column gets the exact width
    the first page needs (capped as usual), so later pages line up under it."""
    from rich.cells import cell_len
    date_wrap, cites_w, (place_w, actors_w, type_w) = _text_widths(rows, total)
    caps = (None, DATE_WRAPPED if date_wrap else None, place_w, actors_w, type_w, None, None, cites_w)
    widths = [None] * len(caps)
    if fixed:
        for i, (head, cap) in enumerate(zip(HEADERS, caps)):
            need = max([cell_len(head)] + [cell_len(r[i]) for r in rows])
            widths[i] = min(cap, need) if cap else need
    return {"date_wrap": date_wrap, "caps": caps, "widths": widths}


HEADERS = ("id", "date", "place", "actors", "type", "killed", "injured", "cites")


def _table(rows: list[tuple], layout: dict, bidi: bool):
    from rich import box
    from rich.table import Table
    caps, widths = layout["caps"], layout["widths"]
    place_w, actors_w, type_w, cites_w = caps[2], caps[3], caps[4], caps[7]
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, header_style="bold", pad_edge=False)
    table.add_column("id", style="cyan", no_wrap=widths[0] is None, width=widths[0], overflow="fold")
    table.add_column("date", no_wrap=not layout["date_wrap"], width=widths[1],
                     max_width=DATE_WRAPPED if layout["date_wrap"] else None)
    # The text columns get at most what the fixed columns leave, so rich never has to
    # crop the row at the screen edge (which used to cut the last citation marks).
    table.add_column("place", max_width=place_w, width=widths[2], no_wrap=bidi, overflow="fold")
    table.add_column("actors", max_width=actors_w, width=widths[3], no_wrap=bidi, overflow="fold")
    table.add_column("type", max_width=type_w, width=widths[4], overflow="fold")
    table.add_column("killed", justify="right", no_wrap=True, width=widths[5])
    table.add_column("injured", justify="right", no_wrap=True, width=widths[6])
    table.add_column("cites", style="magenta", max_width=cites_w, width=widths[7], min_width=3)

    from incidents.render.wrap import cell

    def arabic_cell(text: str, width: int):   # wrapped in reading order by us, in both modes
        return cell(text, width, bidi)

    for ident, date, place, actors, kind, killed, injured, marks in rows:
        table.add_row(_t(ident, False), _t(date, False), arabic_cell(place, widths[2] or place_w),
                      arabic_cell(actors, widths[3] or actors_w), _t(kind, bidi),
                      _t(killed, False), _t(injured, False), _t(marks, False))
    return table


def print_incidents(incidents: Iterable[dict], console, *, bidi: bool = False) -> None:
    """Table of incidents, then the numbered citations under it. A result of more than
    PAGE incidents is streamed: each page (laid out like the first) and its new
    citations are printed as soon as its incidents arrive."""
    from rich.text import Text

    rest = iter(incidents)
    page = list(itertools.islice(rest, PAGE))
    if not page:
        console.print(Text("no incidents match"))
        return
    more = list(itertools.islice(rest, 1))
    rest = itertools.chain(more, rest)
    cites = cells.Citations()
    layout = None
    n = shown = 0
    while page:
        rows = [_row(inc, cites) for inc in page]
        layout = layout or _layout(rows, console.width, fixed=bool(more))
        console.print(_table(rows, layout, bidi))
        print_citations(cites, console, bidi=bidi, start=shown)
        n, shown = n + len(rows), len(cites.items)
        page = list(itertools.islice(rest, PAGE))
    console.print(Text(f"{n} incident{'s' if n != 1 else ''}", style="dim"))


def print_citations(cites: "cells.Citations", console, *, bidi: bool = False, start: int = 0) -> None:
    """Each citation wrapped on words at the console's width (`set width`), in reading
    order in both bidi modes, so the terminal never breaks an Arabic word."""
    from rich.text import Text

    from incidents.render.wrap import citation_lines
    for label, quote in cites.lines(start):
        lines = citation_lines(label, quote, console.width, bidi)
        for n, line in enumerate(lines):
            text = Text()
            if n == 0 and line.startswith(label):
                text.append(label, style="magenta")
                line = line[len(label):]
            text.append(line)
            console.print(text, overflow="ignore", crop=False, no_wrap=True)


def _kv(grid, key: str, value: Any, bidi: bool, style: str = "") -> None:
    from rich.text import Text
    if value is None or value == "" or value == []:
        value = cells.DASH
    grid.add_row(Text(key, style="bold"), _t(str(value), bidi, style))


def print_detail(inc: dict, console, *, bidi: bool = False) -> None:
    """One incident in full: every field, every citation, every quote."""
    from rich.table import Table
    from rich.text import Text

    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True)
    grid.add_column()
    _kv(grid, "id", inc.get("id"), False, "cyan")
    _kv(grid, "event type", inc.get("event_type"), bidi)
    _kv(grid, "sub-event type", inc.get("sub_event_type"), bidi)
    _kv(grid, "date", cells.date_line(inc), bidi)
    if inc.get("date_inferred"):
        _kv(grid, "", "* year inferred from the weekday, day and month", False, "dim")
    _kv(grid, "background", "yes" if inc.get("background") else "no", False)
    loc = inc.get("location") or {}
    _kv(grid, "place", cells.place_cell(inc), bidi)
    if loc:
        coords = (f"{loc.get('lat')}, {loc.get('lon')}" if loc.get("lat") is not None else None)
        _kv(grid, "  coordinates", coords, False)
        _kv(grid, "  mention", loc.get("mention"), bidi)
        if inc.get("geo_precision") is not None:
            _kv(grid, "  geo precision", inc.get("geo_precision"), False)
    for a in inc.get("actors") or []:
        side = a.get("side")
        label = f"actor (side {side})" if side in (1, 2) else "actor"
        name = " ".join(x for x in (a.get("name"), a.get("name_ar")) if x)
        mention = a.get("mention")
        _kv(grid, label, f"{name} — «{mention}»" if mention else name, bidi)
    if not inc.get("actors"):
        _kv(grid, "actors", None, False)
    _kv(grid, "killed", inc.get("killed"), False)
    _kv(grid, "injured", inc.get("injured"), False)
    if inc.get("casualties_combined") is not None:
        _kv(grid, "killed + injured", inc.get("casualties_combined"), False)
    for line in cells.figures_range(inc):
        _kv(grid, "  reports say", line, False)
    if (inc.get("corroboration") or 1) > 1:
        _kv(grid, "corroboration", f"{inc['corroboration']} outlets", False)
    if inc.get("corrected"):
        _kv(grid, "corrected", ", ".join(inc["corrected"]), False, "yellow")
    console.print(grid)
    reports = inc.get("reports") or []
    if len(reports) > 1:
        console.print(Text("\nreports", style="bold"))
        for rep in reports:
            console.print(Text("  " + display(cells.report_line(rep), bidi=bidi)))

    cites = cells.Citations()
    cites.mark(inc)
    if cites.items:
        console.print(Text("\nsources", style="bold"))
        print_citations(cites, console, bidi=bidi)
    quotes = inc.get("quotes") or []
    if quotes:
        console.print(Text("\nquotes", style="bold"))
    for n, q in enumerate(quotes, 1):
        head = Text(f"({n}) ", style="magenta")
        head.append(display(f"{q.get('speaker') or cells.DASH}", bidi=bidi), style="bold")
        head.append(f" [{display(q.get('speaker_kind') or '?')}], {display(q.get('doc'))}, "
                    f"chars {q.get('start')}–{q.get('end')}:")
        console.print(head)
        from incidents.render.wrap import screen_lines   # on words, in reading order (as citations)
        for line in screen_lines(f"    «{q.get('text') or ''}»", console.width, bidi, indent="    "):
            console.print(Text(line), overflow="ignore", crop=False, no_wrap=True)
