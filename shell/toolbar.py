"""The bottom toolbar: which store is open, how big it is, and how results
will look (format, bidi, pager), so an analyst never wonders why output
changed. Counts are read once per command, not on every key press.
"""
from __future__ import annotations

from typing import Any, Optional


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def toolbar_text(session: Any, counts: Optional[dict]) -> str:
    """'~/x.db · 5 documents · 37 incidents · table · bidi off · pager auto'."""
    from incidents.shell.paths import pretty
    parts = [pretty(session.db_path)]
    if counts is not None:
        parts += [_plural(counts.get("documents", 0), "document"), _plural(counts.get("incidents", 0), "incident")]
    parts += [session.fmt + (" vertical" if getattr(session, "vertical", False) else ""),
              f"bidi {'on' if session.bidi else 'off'}", f"pager {getattr(session, 'pager', 'auto')}"]
    width = getattr(session, "width", None)
    if width:
        parts.append(f"width {width}")
    return " · ".join(parts)


class Status:
    """Store counts, refreshed after each command; `changed` says if new data came in."""

    def __init__(self, session: Any):
        self.session = session
        self.counts: Optional[dict] = None

    def refresh(self) -> bool:
        """Re-read the counts; True if they differ from before (e.g. after ingest)."""
        try:
            counts = dict(self.session.store.counts())
        except Exception:
            counts = None
        changed = counts != self.counts
        self.counts = counts
        return changed

    def text(self) -> str:
        return toolbar_text(self.session, self.counts)
