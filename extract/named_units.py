"""Armed groups the actor gazetteer lacks, named after a unit word: "كتيبة الصقور",
"لواء «درع الشهباء»", "سرايا القنص الحراري".

A unit word (data: context_names.json unit_words) without the article, followed by a name
(a word with the article, or an idafa "درع الشهباء", or a quoted name) that is no description
of the unit (generic_after_unit: "مجموعة المسلحين", "فصيل معارض", "لواء الركن"), names an
armed group. It gets an actor record of its own in the document's view of the gazetteer
(Gazetteer.for_document / add_found_actor: kind militia, affiliation unknown) so that the later
stages treat it as any armed actor; the English name is its Arabic name. The record stays with
the document: the next one is read with the gazetteer as our files give it.
"""
from __future__ import annotations

from .context_words import CONTEXT
from .gazetteer import Gazetteer
from .normalise import word_forms
from .text import Doc

def named_units(doc: Doc, g: Gazetteer, taken: set[int]) -> list:
    """Mentions of unit-word names not already taken by a gazetteer actor."""
    from .mentions import Mention
    out = []
    words, n = doc.words, len(doc.words)
    for i, w in enumerate(words):
        if i in taken or CONTEXT.unit_words.isdisjoint(word_forms(w)) or "ال" in w[:4] or i + 1 >= n:
            continue
        span = _name_after(doc, i)
        if span is None or any(t in taken for t in range(span[0], span[1] + 1)):
            continue
        first, last = span
        s, e = doc.token_span(i, last)
        name_ar = _plain(doc.text[s:e], w)
        aid = "named:" + " ".join(words[i:last + 1])
        if g.add_found_actor(aid, name_ar):
            out.append(Mention("actor", first, last, [aid], i))
    return out


def _name_after(doc: Doc, i: int):
    """(first, last) of the name after the unit word at i, or None."""
    words, n = doc.words, len(doc.words)
    gap = doc.folded[doc.tokens[i].fend:doc.tokens[i + 1].fstart]
    quoted = bool(CONTEXT.quotes & set(gap))
    if gap.strip(" " + "".join(CONTEXT.quotes)):
        return None
    first = i + 1
    if _generic(words[first]) or words[first].isdigit():
        return None
    if quoted:
        last = first
        while last + 1 < n and last - first < 3 and not CONTEXT.quotes & set(
                doc.folded[doc.tokens[last].fend:doc.tokens[last + 1].fstart]):
            last += 1
        return first, last
    if words[first].startswith("ال"):
        last = first
        if first + 1 < n and words[first + 1].startswith("ال") and not _generic(words[first + 1]) \
                and _joined(doc, first):
            last = first + 1       # "سرايا القنص الحراري"
        return first, last
    if first + 1 < n and words[first + 1].startswith("ال") and not _generic(words[first + 1]) and _joined(doc, first):
        return first, first + 1    # "كتيبة درع الشهباء"
    return None


def _plain(text: str, unit: str) -> str:
    """"ولواء «الأنصار»" -> "لواء الأنصار": no attached particle, no quote marks."""
    text = "".join(c for c in text if c not in CONTEXT.quotes).strip()
    if unit[:1] in ("و", "ب", "ل", "ف") and unit[1:] in CONTEXT.unit_words:
        text = text[1:]
    return " ".join(text.split())


def _joined(doc: Doc, j: int) -> bool:
    gap = doc.folded[doc.tokens[j].fend:doc.tokens[j + 1].fstart]
    return not gap.strip()


def _generic(word: str) -> bool:
    return bool(set(word_forms(word)) & CONTEXT.generic_after_unit)
