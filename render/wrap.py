"""Text wrapped for the screen in reading order, in both bidi modes.

A cell or a citation is wrapped on word boundaries in logical order first and each
line is then made ready on its own: its Arabic runs isolated (a bidi terminal) or
reordered (--bidi, a terminal without bidi). So a wrapped Arabic sentence reads from
the top line down, no word is split by the terminal, and every line's isolates close
on that line. A search hit is marked ⟦…⟧ in the logical text; the marks move with
its word (inside the word's isolate) and on a terminal become a highlight.
"""
from __future__ import annotations

import re
import textwrap
from typing import Optional, Sequence

from incidents.render.escape import FSI, PDI, bidi_display, clean, isolate_arabic

OPEN, CLOSE = "⟦", "⟧"
_MARK = re.compile(f"[{OPEN}{CLOSE}]")
HIT_STYLE = "black on yellow"


class Hit(str):
    """A cell whose ⟦…⟧ marks a search hit: highlighted on a terminal, bracketed elsewhere."""


def wrap(text: object, width: Optional[int], indent: str = "") -> list[str]:
    """Logical-order lines of at most `width` columns, broken between words (a word longer
    than a line is cut); width None: one line."""
    s = clean(text, oneline=True)
    if not width:
        return [s]
    return textwrap.wrap(s, width=max(8, width), subsequent_indent=indent, break_long_words=True,
                         break_on_hyphens=False, drop_whitespace=True) or [""]


def _isolate(line: str) -> str:
    """isolate_arabic, with hit marks kept where they were: an opening mark after the
    isolate start at its place, a closing one before the isolate end (inside the word's run)."""
    marks = [(m.start() - n, m.group(0)) for n, m in enumerate(_MARK.finditer(line))]
    if not marks:
        return isolate_arabic(line)
    iso = isolate_arabic(_MARK.sub("", line))
    out, pos, at = [], 0, dict()
    for where, mark in marks:
        at.setdefault(where, []).append(mark)
    for ch in iso:
        if ch == FSI or ch == PDI:
            if ch == PDI:
                out += [m for m in at.pop(pos, []) if m == CLOSE]
            out.append(ch)
            continue
        pending = at.pop(pos, [])
        out += [m for m in pending if m == CLOSE] + [m for m in pending if m == OPEN]
        out.append(ch)
        pos += 1
    for where in sorted(at):
        out += at[where]
    return "".join(out)


def screen_line(line: str, bidi: bool) -> str:
    """One logical line as the terminal should get it."""
    return bidi_display(line) if bidi else _isolate(line)


def screen_lines(text: object, width: Optional[int], bidi: bool, indent: str = "") -> list[str]:
    """`text` wrapped in reading order at `width`, each line isolated or reordered."""
    return [screen_line(line, bidi) for line in wrap(text, width, indent)]


def to_text(lines: Sequence[str], highlight: bool = False, style: str = ""):
    """A rich Text of screen lines; with `highlight`, ⟦…⟧ become the hit style."""
    from rich.text import Text
    t = Text(style=style)
    inside = False
    for n, line in enumerate(lines):
        if n:
            t.append("\n")
        if not highlight:
            t.append(line)
            continue
        for part in re.split(f"([{OPEN}{CLOSE}])", line):
            if part in (OPEN, CLOSE):
                inside = not inside
            elif part:
                t.append(part, HIT_STYLE if inside else "")
    return t


def cell(value: object, width: Optional[int], bidi: bool, terminal: bool = False):
    """A table cell wrapped in reading order (a Hit highlighted on a terminal)."""
    return to_text(screen_lines(value, width, bidi), highlight=terminal and isinstance(value, Hit))


def citation_lines(label: str, quote: str, width: Optional[int], bidi: bool) -> list[str]:
    """'[1] doc, chars 5–80: «…»' wrapped on words at `width`, later lines indented."""
    return screen_lines(f"{label} «{clean(quote, oneline=True)}»", width, bidi, indent="    ")


def column_widths(rows: Sequence[Sequence[str]], headers: Sequence[str], total: int,
                  fixed: Sequence[bool] = ()) -> list[int]:
    """Widths for a table of `total` columns (3 between columns): each column its widest
    cell when all fit, else the narrow and `fixed` ones keep theirs and the rest share
    what is left evenly (never below their header)."""
    from rich.cells import cell_len
    n = len(headers)
    natural = [max([cell_len(h)] + [cell_len(clean(r[i], oneline=True)) for r in rows]) for i, h in enumerate(headers)]
    avail = max(n * 4, total - 3 * (n - 1))
    if sum(natural) <= avail:
        return natural
    widths = list(natural)
    flexible = [i for i in range(n) if not (fixed[i] if i < len(fixed) else False)]
    left = avail - sum(natural[i] for i in range(n) if i not in flexible)
    while flexible:
        share = max(1, left // len(flexible))
        keep = [i for i in flexible if natural[i] <= share]
        if not keep:
            break
        for i in keep:
            flexible.remove(i)
            left -= natural[i]
    if flexible:
        share = max(1, left // len(flexible))
        for i in flexible:
            widths[i] = max(cell_len(headers[i]), share, 8)
    return widths
