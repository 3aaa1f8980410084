"""Arabic spelling folding for matching, with a map back to original offsets.

Matching happens on folded text (no diacritics or tatweel, one alef, ya for
alef maqsura, ha for ta marbuta, ASCII digits, lower-case Latin), but every
citation must point into the original text, so `fold_map` returns, for each
folded character, the index of the original character it came from.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

_DROP = set(range(0x610, 0x61B)) | set(range(0x64B, 0x660)) | {0x670, 0x640} | set(range(0x6D6, 0x6EE))
_MAP = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
        "ی": "ي", "ک": "ك", "ہ": "ه", "ۀ": "ه", "_": " ",
        **{chr(0x660 + i): str(i) for i in range(10)},
        **{chr(0x6F0 + i): str(i) for i in range(10)}}
_WORD = re.compile(r"\w+")
# A figure with thousands separators ("1,200", "٢٬٥٠٠") is one word, read without them.
_TOKEN = re.compile(r"و?\d{1,3}(?:[,\u066c]\d{3})+(?!\w)|\w+")
_SEPARATORS = str.maketrans("", "", ",\u066c")

# Attached particles: conjunctions (و ف), prepositions (ب ل ك) and their
# combinations, tried longest first. The article is handled separately.
CLITICS = ("وبال", "وكال", "فبال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل",
           "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")


def _fold_char(ch: str) -> str:
    cp = ord(ch)
    if cp in _DROP:
        return ""
    if ch in _MAP:
        return _MAP[ch]
    if cp < 0x80:
        return ch.lower()
    if 0x600 <= cp <= 0x6FF:
        return ch
    out = unicodedata.normalize("NFKC", ch)
    return "".join(_MAP.get(c, c) for c in out if ord(c) not in _DROP).lower()


class _FoldTable(dict):
    """str.translate table: code point -> folded string; built for the Arabic block and
    ASCII, filled on first sight for any other character (same result as _fold_char)."""

    def __missing__(self, cp: int) -> str:
        self[cp] = f = _fold_char(chr(cp))
        return f


_TABLE = _FoldTable((cp, _fold_char(chr(cp))) for cp in range(0x700))
# characters whose folded form is not exactly one character (dropped, or expanded by
# NFKC), and everything outside the prebuilt range: only these need fold_map's care
_ODD = re.compile("[" + "".join(re.escape(chr(cp)) for cp in range(0x700) if len(_TABLE[cp]) != 1)
                  + "\u0700-\U0010ffff]")


def fold_map(text: str) -> tuple[str, list[int]]:
    """Fold `text`; return (folded, index) where index[j] is the original offset
    of folded character j, and index[len(folded)] == len(text)."""
    index: list[int] = []
    prev = 0
    for m in _ODD.finditer(text):
        i = m.start()
        index.extend(range(prev, i))
        index.extend([i] * len(_TABLE[ord(text[i])]))
        prev = i + 1
    index.extend(range(prev, len(text)))
    index.append(len(text))
    return text.translate(_TABLE), index


def fold(text: str) -> str:
    """Folded text only (for keys, queries and comparisons)."""
    return (text or "").translate(_TABLE)


def strip_article(word: str) -> str:
    """Drop a leading ال when enough of the word is left to still be a word."""
    if word.startswith("ال") and len(word) > 3:
        return word[2:]
    return word


def drop_tanween(word: str, shortest: int = 1) -> str:
    """The word without a final alif of the accusative ("عنصراً" is "عنصر"), when it has at
    least `shortest` letters; callers that must keep a short word whole ("ما", "لا") raise it."""
    return word[:-1] if len(word) >= shortest and word.endswith("ا") else word


@lru_cache(maxsize=1 << 17)
def word_forms(word: str) -> tuple[str, ...]:
    """Candidate stems of a folded word: as written, without ال, and without an
    attached particle (و ب ل ف ك and combinations). The bare form comes first.
    Cached: every rule asks about the same few thousand words."""
    forms = [word]
    bare = strip_article(word)
    if bare != word:
        forms.append(bare)
    for clitic in CLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= 2:
            rest = word[len(clitic):]
            if clitic.endswith("ال") or clitic.endswith("لل"):
                rest_forms = [rest]
            else:
                rest_forms = [rest, strip_article(rest)]
            for f in rest_forms:
                if f not in forms:
                    forms.append(f)
    if len(word) >= 4 and word.endswith("ا") and word[-2] not in "اوي":
        forms.append(word[:-1])      # accusative tanween: "اقتتالا" is "اقتتال"
    return tuple(forms)


def folded(words) -> frozenset:
    """A word list written in plain spelling, as the folded forms it is matched against."""
    return frozenset(fold(w) for w in words)


def key(name: str) -> tuple[str, ...]:
    """Matching key of a gazetteer name or query: folded words without ال."""
    return tuple(strip_article(w) for w in _WORD.findall(fold(name)))


def key_text(name: str) -> str:
    """`key` as one space-joined string (for indexes and lookups)."""
    return " ".join(key(name))


class Token(NamedTuple):
    """A word of the document: folded form and original character offsets (an immutable
    tuple: a text has a token per word, and a tuple is made five times faster than a
    frozen dataclass)."""
    text: str          # folded
    start: int         # offset in the original text
    end: int
    fstart: int        # offset in the folded text
    fend: int


def tokenize(text: str, folded: str | None = None, index: list[int] | None = None) -> list[Token]:
    """Words of `text` with offsets in both the folded and the original text."""
    if folded is None or index is None:
        folded, index = fold_map(text)
    return [Token(_word(folded, s, e), index[s], index[e - 1] + 1, s, e) for s, e in map(_span, _TOKEN.finditer(folded))]


def _word(folded: str, s: int, e: int) -> str:
    """The token's text: "1,200" is the figure 1200 (the separators dropped)."""
    w = folded[s:e]
    return w.translate(_SEPARATORS) if "," in w or "\u066c" in w else w


_span = re.Match.span
