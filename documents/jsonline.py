"""One JSON Lines record read safely: whatever a line holds, the answer is a value or one
reason, never an exception (issue 8, item 4).

json.loads lets through what Python cannot store or hash (a lone surrogate "\\ud800"
is a str that UTF-8 cannot encode) and raises what is not a JSONDecodeError (a
RecursionError for arrays nested 1,000 deep, a ValueError for an integer of more
than 4,300 digits). Both the corpus reader and `incidents load` read lines here, so
each bad line is one `file:line: reason` and the others are still read.
"""
from __future__ import annotations

import json
import sys
from typing import Any


def lone_surrogate(value: Any) -> str | None:
    """Where `value` (parsed JSON) holds a lone surrogate, as "\\ud800 in "text"" (the
    first found), or None. Walks without recursion: a value may be nested deep."""
    stack: list[tuple[Any, str]] = [(value, "")]
    while stack:
        v, where = stack.pop()
        if isinstance(v, str):
            try:
                v.encode("utf-8")
            except UnicodeEncodeError as e:
                place = f' in "{where}"' if where else ""
                return f"\\u{ord(v[e.start]):04x}{place} (character {e.start + 1})"
        elif isinstance(v, dict):
            for k, item in reversed(list(v.items())):
                stack.append((k, where or "a key"))
                stack.append((item, where or str(k)))
        elif isinstance(v, list):
            stack.extend((item, where) for item in reversed(v))
    return None


def decode_line(raw: bytes) -> tuple[str | None, str | None]:
    """(line, None) for UTF-8 bytes (a BOM dropped), else (None, reason)."""
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as e:
        return None, f"not UTF-8 (invalid byte 0x{raw[e.start]:02x} at byte offset {e.start} of the line)"


def parse_line(line: str) -> tuple[Any, str | None]:
    """(value, None) for a line of JSON that holds only text UTF-8 can store, else (None, reason)."""
    try:
        value = json.loads(line)
    except json.JSONDecodeError as e:
        return None, f"not JSON: {e.msg} (column {e.colno})"
    except RecursionError:
        return None, "not read: JSON nested too deeply"
    except ValueError:          # int() refuses more digits than sys.get_int_max_str_digits()
        limit = getattr(sys, "get_int_max_str_digits", lambda: 4300)()
        return None, f"not read: a number of more than {limit:,} digits"
    bad = lone_surrogate(value)
    if bad:
        return None, f"not text: a lone surrogate {bad}, which UTF-8 cannot hold"
    return value, None
