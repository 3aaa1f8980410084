"""A readable Latin form for a place name the gazetteer lacks ("مساكن الحرس" Masakin al-Haris).

Arabic writes no short vowels, so any Latin form of an unknown name is a guess; this one aims
to be sayable and close to how English reporting spells Syrian places: the words that begin
many names have their usual spelling ("أم" Umm, "تل" Tell, "خربة" Khirbet), long vowels are read
as vowels (و, ي between consonants), "ية" is -iyah, and a cluster Arabic would break with a short
vowel gets one. Word lists are data: extract/data/transliteration.json.
"""
from __future__ import annotations

from .wordlists import DATA_DIR, read_data

_RAW = read_data(DATA_DIR / "transliteration.json")
_WORDS: dict[str, str] = _RAW["words"]
_CONSONANTS: dict[str, str] = _RAW["consonants"]
_INITIAL: dict[str, str] = _RAW["initial"]
_FUSED: tuple[str, ...] = tuple(_RAW["fused_heads"])
_VOWEL_LETTERS = set("اويىة")
_MARKS = "\"“”«»'()[]"


def transliterate(name_ar: str) -> str:
    """The Latin form of an Arabic place name: "Al-" on a first word with the article, "al-" later."""
    words: list[str] = []
    for w in name_ar.strip(_MARKS).split():
        w = w.strip(_MARKS + "،,.")
        if not w:
            continue
        head = next((h for h in _FUSED if w.startswith(h) and len(w) > len(h) + 1), None)
        parts = [head, w[len(head):]] if head else [w]
        for part in parts:
            words.append(_word(part, first=not words))
    return " ".join(words) or name_ar


def _word(w: str, first: bool) -> str:
    if w in _WORDS:
        latin = _WORDS[w]
        return latin[0].upper() + latin[1:] if first else latin
    article = w.startswith("ال") and len(w) > 3
    body = w[2:] if article else w
    if body in _WORDS:
        latin = _WORDS[body]
    else:
        latin = _letters(body)
    latin = latin[:1].upper() + latin[1:]
    return (("Al-" if first else "al-") if article else "") + latin


def _letters(body: str) -> str:
    """Letters to sounds: (latin, is_vowel) units, then the short vowels a cluster needs."""
    units: list[tuple[str, bool]] = []
    n = len(body)
    for k, c in enumerate(body):
        nxt = body[k + 1] if k + 1 < n else ""
        prev_vowel = bool(units) and units[-1][1]
        if k == 0 and c in _INITIAL:
            units.append((_INITIAL[c].lower(), True))
        elif c in "اى":
            units.append(("a", True))
        elif c == "آ":
            units.append(("'a", True))
        elif c == "ة" or c == "ه" and k + 1 == n and k > 1:     # "حبوبه": a final ه often writes ة
            units.append(("ah" if units and units[-1][0] == "iy" else "a", True))
        elif c in "وي":
            glide = k == 0 or nxt in _VOWEL_LETTERS and nxt != "ة" or prev_vowel
            if c == "ي" and nxt == "ة" and k + 2 == n:
                units.append(("iy", True))
            elif glide:
                units.append(("w" if c == "و" else "y", False))
            else:
                units.append(("ou" if c == "و" else "i", True))
        elif c in _CONSONANTS:
            units.append((_CONSONANTS[c], False))
    units = _break_clusters(units)
    return "".join(u for u, _ in units).strip("'") or body


def _break_clusters(units: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """A word that starts with two consonants takes an a between them ("حسرات" Hasrat), one that
    ends in two different ones an i ("مساكن" Masakin), and a run of three an a after the second."""
    out: list[tuple[str, bool]] = []
    run = 0
    for k, (u, vowel) in enumerate(units):
        if not vowel:
            if (k == 1 and run == 1) or run == 2:
                out.append(("a", True))
                run = 0
            elif k == len(units) - 1 and run == 1 and out and out[-1][0] != u:
                out.append(("i", True))
            run += 1
        else:
            run = 0
        out.append((u, vowel))
    return out
