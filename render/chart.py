"""Horizontal bar charts in the terminal (`timeline`), drawn with unicode block
characters in eighths so small differences stay visible at any width; plain text,
so the chart survives pipes, logs and copy-paste.
"""
from __future__ import annotations

from typing import IO, Optional, Sequence

EIGHTHS = " ▏▎▍▌▋▊▉█"


def bar(value: float, scale_max: float, width: int) -> str:
    """A bar of `value` out of `scale_max` in `width` cells; any non-zero value shows."""
    if scale_max <= 0 or value <= 0 or width <= 0:
        return ""
    eighths = max(1, round(value / scale_max * width * 8))
    full, rest = divmod(min(eighths, width * 8), 8)
    return "█" * full + (EIGHTHS[rest] if rest else "")


def bar_lines(items: Sequence[tuple[str, int]], width: int = 80) -> list[str]:
    """One line per (label, count): label, count right-aligned, then the bar,
    scaled so the largest count fills what is left of `width`."""
    if not items:
        return []
    lw = max(len(label) for label, _ in items)
    cw = max(len(str(v)) for _, v in items)
    room = max(10, width - lw - cw - 3)
    top = max(v for _, v in items)
    return [f"{label:<{lw}} {v:>{cw}} {bar(v, top, room)}".rstrip() for label, v in items]


def print_chart(items: Sequence[tuple[str, int]], out: IO[str], *, terminal: bool = False,
                width: Optional[int] = None, title: str = "", footer: str = "") -> None:
    """Write the chart; on a terminal the bars are coloured and fill its width."""
    import os
    import shutil
    if width is None:
        if terminal:
            width = shutil.get_terminal_size((100, 24)).columns
        else:
            try:
                width = int(os.environ.get("COLUMNS", "")) or 100
            except ValueError:
                width = 100
    lines = bar_lines(items, width - 1)
    if terminal:
        from rich.text import Text

        from incidents.render.table import make_console
        console = make_console(out, True, width)
        if title:
            console.print(Text(title, style="bold"))
        head = max(len(label) for label, _ in items) + max(len(str(v)) for _, v in items) + 2 if items else 0
        for line in lines:
            t = Text(line[:head])
            t.append(line[head:], style="cyan")
            console.print(t, soft_wrap=True)
        if footer:
            console.print(Text(footer, style="dim"))
        return
    if title:
        out.write(title + "\n")
    for line in lines:
        out.write(line + "\n")
    if footer:
        out.write(footer + "\n")
