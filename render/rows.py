"""Rendering of plain result rows (actors, places, dyads, sql, ...) in every output format.

The incident renderer (render.formats) knows the contract shape; the analyst commands
produce flat rows with their own columns, and they must honour --format just the same:
a rich table on a terminal, json / jsonl / csv / tsv / md for scripts. Values that come
from articles are cleaned (no control codes) and never parsed as markup; CSV cells that
a spreadsheet would read as a formula are prefixed with a quote.
"""
from __future__ import annotations

import csv
from itertools import chain, islice
from typing import IO, Any, Callable, Iterable, Optional, Sequence

from incidents.render.escape import clean, display

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: Any) -> str:
    """A cleaned one-line cell; text starting like a formula gets a leading quote so a
    spreadsheet shows it as text (numbers stay numbers)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    s = clean(value, oneline=True)
    return "'" + s if s.startswith(FORMULA_START) else s


def write_csv(rows: Iterable[dict], columns: Sequence[str], out: IO[str], delimiter: str = ",") -> None:
    """CSV/TSV with a header, formula-safe cells."""
    if delimiter == ",":
        w = csv.writer(out, lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            w.writerow([csv_safe(r.get(c)) for c in columns])
        return
    out.write("\t".join(columns) + "\n")
    for r in rows:
        out.write("\t".join(csv_safe(r.get(c)).replace("\t", " ") for c in columns) + "\n")


def _md(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")


def write_md(rows: Iterable[dict], columns: Sequence[str], out: IO[str], *, bidi: bool = False) -> None:
    out.write("| " + " | ".join(_md(c) for c in columns) + " |\n")
    out.write("|" + "|".join("--:" if c in NUMERIC_HINT else "---" for c in columns) + "|\n")
    for r in rows:
        cells = ["" if r.get(c) is None else display(r.get(c), bidi=bidi) for c in columns]
        out.write("| " + " | ".join(_md(x) for x in cells) + " |\n")


def _plain(v: Any) -> Any:
    """A rich Text cell (a highlighted hit) as its plain string."""
    return v.plain if hasattr(v, "plain") and not isinstance(v, str) else v


NUMERIC_HINT = {"incidents", "here", "killed", "quotes", "count", "start", "end"}


PAGE_ROWS = 200          # a long result is drawn a page at a time, laid out like the first
FIRST_PAGE_ROWS = 50     # the first page, which lays the table out: about a screen, so it shows at
                         # once (200 rows of search hits took longer to draw than the search)


def render_rows(rows: Iterable[dict], columns: Sequence[str], fmt: str, out: IO[str], *,
                terminal: Optional[bool] = None, bidi: bool = False, width: Optional[int] = None,
                empty: str = "no rows", footer: "str | Callable[[int], str]" = "") -> None:
    """Render `rows` (dicts keyed by `columns`) in `fmt`. `footer` is a summary line
    shown under tables only (scripts get just the data); a callable gets the number of
    rows shown. Rows may be an iterator: every format but json and the vertical view
    writes them as they come, so a big result starts printing at once."""
    from incidents.render.formats import to_json, write_jsonl
    if fmt == "json":
        out.write(to_json([{c: r.get(c) for c in columns} for r in rows], indent=2) + "\n")
    elif fmt == "jsonl":
        write_jsonl(({c: r.get(c) for c in columns} for r in rows), out)
    elif fmt in ("csv", "tsv"):
        write_csv(rows, columns, out, "," if fmt == "csv" else "\t")
    elif fmt == "md":
        write_md(rows, columns, out, bidi=bidi)
    else:
        from incidents.render.table import VIEW
        if VIEW.get("vertical"):      # `set vertical on` or a trailing \G
            rows = list(rows)
            if rows:
                from incidents.render.vertical import write_rows
                write_rows([{c: _plain(r.get(c)) for c in columns} for r in rows], out, title_key=columns[0],
                           bidi=bidi, width=width or VIEW.get("width"))
                return
        print_table(rows, columns, out, terminal=terminal, bidi=bidi, width=width, empty=empty, footer=footer)


def _numeric(value: Any) -> bool:
    return value is None or (isinstance(value, (int, float)) and not isinstance(value, bool))


def print_table(rows: Iterable[dict], columns: Sequence[str], out: IO[str], *, terminal: Optional[bool] = None,
                bidi: bool = False, width: Optional[int] = None, empty: str = "no rows",
                footer: "str | Callable[[int], str]" = "") -> None:
    """A rich table whose cells are Text built from cleaned strings (never markup). More
    than FIRST_PAGE_ROWS rows are printed a page at a time (FIRST_PAGE_ROWS, then PAGE_ROWS),
    each page with the first page's column widths and no header of its own, so it reads as
    one table."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from incidents.render.table import make_console
    from incidents.render.wrap import cell, column_widths
    console = make_console(out, terminal, width)
    rest = iter(rows)
    page = list(islice(rest, FIRST_PAGE_ROWS))
    if not page:
        console.print(Text(empty))
        return
    more = list(islice(rest, 1))
    rest = chain(more, rest)
    numeric = [all(_numeric(r.get(c)) for r in page) for c in columns]
    texts = [["" if r.get(c) is None else str(_plain(r.get(c))) for c in columns] for r in page]
    # we wrap every cell ourselves, on words in reading order (rich would wrap the reordered
    # or isolated text, and a terminal would break Arabic words at the screen edge)
    one_word = [all(len(t[i].split()) <= 1 and len(t[i]) <= 40 for t in texts) for i in range(len(columns))]
    widths = column_widths(texts, columns, console.width, fixed=[a or b for a, b in zip(numeric, one_word)])
    on_terminal = bool(console.is_terminal)
    shown = 0
    while page:
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, header_style="bold", pad_edge=False,
                      show_header=not shown)
        for c, num, w in zip(columns, numeric, widths):
            table.add_column(c, justify="right" if num else "left", no_wrap=True, width=w, overflow="crop")
        for r in page:
            table.add_row(*[v if isinstance(v, Text) else cell("" if v is None else v, w, bidi, on_terminal)
                            for v, w in zip((r.get(c) for c in columns), widths)])
        console.print(table)
        shown += len(page)
        page = list(islice(rest, PAGE_ROWS))
    footer = footer(shown) if callable(footer) else footer
    if footer:
        console.print(Text(footer, style="dim"))
