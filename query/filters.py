"""The filter clauses beyond names and dates: ACLED type and sub-event type,
casualty comparisons, outlet, sort order and count.

Type names are ACLED's (extract/data/acled_types.json); a typed name matches
case-insensitively, or by a unique start ("type explosions"), else the parser
says which names are near.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

OPERATORS = (">=", "<=", "!=", "==", "=", ">", "<")
SORTS = ("date", "-date", "killed", "-killed", "injured", "-injured")
_COMPARISON = re.compile(r"^(killed|injured)(>=|<=|!=|==|=|>|<)(\d*)$", re.I)
_OP_NUMBER = re.compile(r"^(>=|<=|!=|==|=|>|<)(\d+)$")


@lru_cache(maxsize=1)
def acled_types() -> dict[str, list[str]]:
    """ACLED event type -> its sub-event types, in the codebook's order."""
    from incidents.extract.gazetteer import DATA
    return json.loads((DATA / "acled_types.json").read_text(encoding="utf-8"))["event_types"]


def event_type_names() -> list[str]:
    return list(acled_types())


def sub_event_type_names() -> list[str]:
    return [s for subs in acled_types().values() for s in subs]


def canonical(name: str, choices: list[str]) -> str | None:
    """ACLED's spelling of `name`: same words ignoring case, else a unique prefix."""
    low = " ".join(name.lower().split())
    exact = [c for c in choices if c.lower() == low]
    if exact:
        return exact[0]
    starts = [c for c in choices if c.lower().startswith(low)]
    return starts[0] if len(starts) == 1 else None


def split_comparison(text: str) -> list[str]:
    """'killed>=5' -> ['killed', '>=', '5']; '>=5' -> ['>=', '5']; else [text]."""
    m = _COMPARISON.match(text)
    if m:
        return [p for p in m.groups() if p]
    m = _OP_NUMBER.match(text)
    return list(m.groups()) if m else [text]


def comparison(words: list[str], clause: str) -> tuple[tuple[str, int], int]:
    """((operator, number), words used) from `>= 5`, `5` (exactly), `> 0`."""
    from incidents.query.parser import ParseError
    example = f"e.g. {clause} >= 5, {clause} > 0, {clause} 3"
    if not words:
        raise ParseError(f"{clause} needs a number, {example}")
    op, used = "=", 0
    if words[0] in OPERATORS:
        op, used = ("=" if words[0] == "==" else words[0]), 1
    if used >= len(words) or not words[used].isdecimal():
        got = words[used] if used < len(words) else "nothing"
        raise ParseError(f"{clause}: '{got}' is not a whole number; {example}")
    if len(words[used].lstrip("0")) > 18:      # SQLite integers are 64 bits; no toll comes near 10^18
        raise ParseError(f"{clause}: '{words[used]}' is too large a number; {example}")
    return (op, int(words[used])), used + 1
