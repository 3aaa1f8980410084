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
from .normalise import strip_article, word_forms
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
    return out + _named_again(doc, out, taken)


def _named_again(doc: Doc, units: list, taken: set[int]) -> list:
    """"فصيل حراس القرى" then "نقطة عسكرية لـ «حراس القرى»"; "سرايا القنص الحراري" then
    "السرايا قنصت": a unit named once is named again later by its name alone (of two words
    or more: "الصقور" alone is a word) or by its unit word with the article ("السرايا",
    "الكتيبة"), which is the unit last named with that word."""
    from .mentions import Mention
    if not units:
        return []
    words, out = doc.words, []
    used = taken | {t for m in units for t in range(m.shown_first, m.last + 1)}
    names = [(m, [words[m.first]] + [strip_article(w) for w in words[m.first + 1:m.last + 1]])
             for m in units if m.last > m.first]
    by_unit = sorted(((m.shown_first, _unit_word(words[m.shown_first]), m) for m in units), key=lambda u: u[0])
    for j, w in enumerate(words):
        if j in used:
            continue
        for m, name in names:
            end = j + len(name) - 1
            if j > m.last and end < len(words) and name[0] in word_forms(w) and \
                    all(strip_article(x) == y for x, y in zip(words[j + 1:end + 1], name[1:])) and \
                    not any(t in used for t in range(j, end + 1)):
                out.append(Mention("actor", j, end, list(m.ids), j))
                used |= set(range(j, end + 1))
                break
        else:
            bare = next((f[2:] for f in word_forms(w) if f.startswith("ال") and f[2:] in CONTEXT.unit_words), None)
            if bare is None or (j + 1 < len(words) and _generic(words[j + 1])):
                continue
            last = next((m for at, unit, m in reversed(by_unit) if at < j and unit == bare), None)
            if last is not None:
                out.append(Mention("actor", j, j, list(last.ids), j))
    return out


def _unit_word(word: str) -> str:
    """The bare unit word ("ولواء" -> "لواء")."""
    return next((f for f in word_forms(word) if f in CONTEXT.unit_words), word)


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


def of_named(g: Gazetteer, words: list[str], mentions: list) -> list:
    """"مسلحين من دولة الإسلام", "مسلحون من تنظيم داعش": unnamed gunmen of a named group are
    that group's, not unknown attackers, so the unknown mention goes ("مسلحون من قرية ناحتة"
    names no group: they stay unknown)."""
    starts = {m.first: m for m in mentions}

    def kind(m) -> str:
        return g.actors.get(m.ids[0], {}).get("kind", "")
    return [m for m in mentions if not (kind(m) == "unidentified" and m.last + 2 < len(words)
                                        and words[m.last + 1] == "من" and m.last + 2 in starts
                                        and kind(starts[m.last + 2]) not in ("unidentified", "civilians"))]
