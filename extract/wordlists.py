"""What every word-list module of the extractor shares: reading its data file and
folding a list the way the tokens are folded (ى→ي, ة→ه, أ→ا), so a data file is
written in plain spelling and a new word is one line of it."""
from __future__ import annotations

import json
from pathlib import Path

from .normalise import fold, strip_article

DATA_DIR = Path(__file__).resolve().parent / "data"


def read_data(path: Path) -> dict:
    """A data file (extract/data/NAME.json) as JSON."""
    return json.loads(path.read_text(encoding="utf-8"))


def folded(values, bare: bool = False) -> frozenset[str]:
    """The words folded; with `bare`, also each without its article (الحدودية, حدودية)."""
    out = {fold(w) for w in values}
    if bare:
        out |= {strip_article(w) for w in out}
    return frozenset(out)
