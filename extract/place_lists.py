"""Lists of town names the gazetteer may lack, read after a plural or dual place noun ("قرى
مرعناز وعين دقنة وتل رفعت", "قريتي كفرعمة وتقاد", "قرى وبلدات «الصفصافية، خربة دامس، وتل سكين»"):
each name becomes a place of the sentence (places.sentence_places); the list nouns are data
(context_names.json list_heads, dual_list_heads)."""
from __future__ import annotations

from . import lexicon
from .context_words import CONTEXT
from .mentions import _NAME_HEADS, _is_name_word, _of_origin
from .normalise import word_forms
from .text import Doc


def _broken(doc: Doc, j: int) -> bool:
    """True when punctuation stands between token j-1 and token j: a list of names ends there."""
    return bool(set(doc.folded[doc.tokens[j - 1].fend:doc.tokens[j].fstart]) & CONTEXT.list_breaks)


def unknown_list_after(doc: Doc, i: int) -> list[tuple[int, int, str]]:
    """"قرى مرعناز وعين دقنة وتل رفعت": each name of the list (known ones are skipped later)."""
    kind = next((CONTEXT.list_heads[f] for f in word_forms(doc.words[i]) if f in CONTEXT.list_heads), None)
    if not kind or _of_origin(doc, i) or "ال" in doc.words[i][:4]:
        return []       # "القرى الحدودية": the villages already meant, not a list of names
    items: list[tuple[int, int, str]] = []
    j, n = i + 1, len(doc.words)
    first_comma, joined_by_and = None, False    # "«الصفصافية، خربة دامس، وتل سكين»": commas, then "و"
    dual = bool(set(word_forms(doc.words[i])) & CONTEXT.dual_list_heads)
    while j < n and len(items) < 10:
        w = doc.words[j]
        if _broken(doc, j):
            break
        if not items and j == i + 1 and w.startswith("و") and set(word_forms(w[1:])) & CONTEXT.list_heads.keys():
            j += 1      # "قرى وبلدات A، B": two list words, one list
            continue
        if items:
            if w == "و" and j + 1 < n:
                j += 1
                w = doc.words[j]
            elif w.startswith("و") and (len(w) > 3 or w[1:] in _NAME_HEADS):     # "وتل عمار"
                w = w[1:]
            elif "،" in doc.folded[doc.tokens[j - 1].fend:doc.tokens[j].fstart]:
                first_comma = len(items) if first_comma is None else first_comma
            else:
                break
        if not _is_name_word(w) or w in lexicon.DIRECTIONS:
            break
        last = j + 1 if w in _NAME_HEADS and j + 1 < n and _is_name_word(doc.words[j + 1]) else j
        items.append((j, last, kind))
        joined_by_and = joined_by_and or (first_comma is not None and len(items) > first_comma + 1
                                          and doc.words[j].startswith("و"))
        j = last + 1
    if first_comma is not None and not joined_by_and:
        items = items[:first_comma]     # "A، B، وC" ends on "و"; a comma alone may end the list
    return items[:2] if dual else items
