"""Make article text safe to print: article text is data, never terminal input.

A scraped article can carry ESC sequences, C1 controls (CSI 0x9B), bidi
overrides or rich markup like "[bold]"; none of it may reach the terminal as
anything but literal characters. Every string that comes from an article goes
through `clean` (plain text / rich Text) or `safe` (rich markup strings).
"""
from __future__ import annotations

import re

ESC_SHOWN = "\u241b"   # ␛ SYMBOL FOR ESCAPE
FSI, PDI = "\u2068", "\u2069"

# C0 (but tab/newline handled separately), DEL, C1; and bidi embeddings/
# overrides/isolates that the article itself carries (we add our own isolates).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1a\x1c-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_ARABIC = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
# An Arabic run: Arabic letters, possibly joined by spaces, digits, and
# in-word punctuation, so "قوات الدفاع الوطني" is one isolate, not three.
_ARABIC_RUN = re.compile(rf"[{_ARABIC}]+(?:[\s\d.,\-/()«»\"']*[{_ARABIC}]+)*")
_HAS_ARABIC = re.compile(rf"[{_ARABIC}]")


def clean(text: object, *, oneline: bool = False) -> str:
    """Replace ESC with ␛, drop other control characters and bidi controls.
    With `oneline`, tabs and newlines become single spaces (for table cells)."""
    if text is None:
        return ""
    s = str(text).replace("\x1b", ESC_SHOWN)
    s = _CONTROL.sub("", s)
    if oneline:
        s = re.sub(r"[\t\r\n]+", " ", s)
    else:
        s = s.replace("\r", "")
    return s


_SHOWN = {c: chr(0x2400 + c) for c in range(0x20)} | {0x7f: "\u2421"}     # ␀ … ␟ and ␡
_SHOWN.update({c: f"\\x{c:02x}" for c in range(0x80, 0xa0)})             # C1: \x9b as text
_SHOWN.update({c: "" for c in (*range(0x202a, 0x202f), *range(0x2066, 0x206a), 0x2028, 0x2029)})


def message(text: object) -> str:
    """A line for stderr built from outside words (file names, paths, what a reader or
    SQLite said): ESC shows as ␛ like in article text, every other control as its
    picture (a newline as ␊, so a name never splits an error line), bidi controls
    dropped, and a name that is not UTF-8 (surrogate escapes) as its bytes."""
    s = str(text)
    if any("\udc80" <= ch <= "\udcff" for ch in s):       # os.fsdecode of bytes that are not UTF-8
        s = s.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return s.translate(_SHOWN)


def safe(text: object, *, oneline: bool = False) -> str:
    """`clean`, then escape rich markup so "[bold]" prints literally."""
    from rich.markup import escape
    return escape(clean(text, oneline=oneline))


def has_arabic(text: str) -> bool:
    return bool(_HAS_ARABIC.search(text or ""))


def isolate_arabic(text: str) -> str:
    """Wrap each Arabic run in FSI…PDI so bidi terminals keep columns aligned."""
    return _ARABIC_RUN.sub(lambda m: f"{FSI}{m.group(0)}{PDI}", text)


def bidi_display(text: str) -> str:
    """Visual reordering for terminals without bidi support (--bidi)."""
    if not has_arabic(text):
        return text
    from bidi import get_display  # lazy: only with --bidi
    return "\n".join(get_display(line, base_dir="L") for line in text.split("\n"))


def display_wrapped(text: object, width: int) -> str:
    """--bidi cells: wrap in logical order first, then reorder each line, so a
    wrapped Arabic phrase still reads top to bottom."""
    import textwrap
    s = clean(text, oneline=True)
    lines = textwrap.wrap(s, width=max(8, width), break_long_words=True, break_on_hyphens=False) or [""]
    return "\n".join(bidi_display(line) for line in lines)


def display(text: object, *, bidi: bool = False, oneline: bool = True) -> str:
    """Article text ready for a plain-text cell: cleaned, then isolated or reordered."""
    s = clean(text, oneline=oneline)
    return bidi_display(s) if bidi else isolate_arabic(s)
