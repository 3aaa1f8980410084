"""Names whose force depends on the date: "الجيش السوري", "الأمن العام", "القوات الحكومية"
were Assad's forces (or HTS's security service) before December 2024 and the
transitional government's after. The table is data (data/actor_eras.json); a
document that says "النظام البائد" or "الحكومة الانتقالية" is after the fall, else its
date picks the era; with neither, the gazetteer decides.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional, Sequence

from .matcher import Matcher
from .normalise import fold, key, word_forms
from .wordlists import DATA_DIR, read_data

DATA = DATA_DIR / "actor_eras.json"


@lru_cache(maxsize=1)
def _table() -> tuple[str, list[str], Matcher, list[str]]:
    raw = read_data(DATA)
    names = Matcher()
    for row in raw["names"]:
        area = (row["after_in_area"], tuple(fold(c) for c in row["area_cues"])) if "after_in_area" in row else None
        for name in row["names_ar"]:
            names.add(key(name), (row["before"], row["after"], area))
    return (raw["cutover"], [fold(c) for c in raw["after_cues"]], names,
            [fold(c) for c in raw.get("undated_after_cues", [])])


CUTOVER_YEAR = int(_table()[0][:4])


def era(folded_text: str, date: Optional[str]) -> Optional[str]:
    """"before" or "after" the cutover, or None when neither the text nor the date tells.
    Words that only an article after the fall uses ("النظام البائد") win over a date; a date
    as precise as the text gives ("2024", "2024-12") decides only if it is clear of the cutover,
    and words an older article may use too ("سقوط النظام", "الحكومة الانتقالية") only if it is not."""
    cutover, cues, _, weak = _table()
    if any(c in folded_text for c in cues):
        return "after"
    if date:
        here = cutover[:len(date)]
        if date < here:
            return "before"
        if date > here:
            return "after"
    return "after" if any(c in folded_text for c in weak) else None


def resolve(doc, mentions: list, date: Optional[str]) -> None:
    """Give each era-dependent actor mention the force of the document's era (in place); after
    the cutover a name whose force differs by area is the area's force where the document
    names that area ("قوى الأمن الداخلي": the Asayish where it names al-Hasakeh, else the
    Interior Ministry's)."""
    when = era(doc.folded, date)
    if when is None:
        return
    names = _table()[2]
    for mention in mentions:     # only the actor names found, not the whole text, are read again
        found = names.find(doc.tokens[mention.first:mention.last + 1])
        if found and found[0].first == 0 and found[0].last == mention.last - mention.first:
            before, after, area = found[0].payloads[0]
            if when == "after" and area and any(c in doc.folded for c in area[1]):
                after = area[0]     # "قوى الأمن الداخلي" in an article about al-Hasakeh: the Asayish
            mention.ids = [before if when == "before" else after]


def era_ids(words: list[str], ids: list, folded_text: str, date: Optional[str]) -> list:
    """The force a name written as `words` ("وزارة الدفاع") is in the document's era, as `resolve`
    reads a mention; `ids` (the gazetteer's) when the name did not change or the era is not told."""
    when = era(folded_text, date)
    found = _table()[2].find([], words) if when else []
    if not found or found[0].first != 0 or found[0].last != len(words) - 1:
        return ids
    before, after, _ = found[0].payloads[0]
    return [before if when == "before" else after]


@lru_cache(maxsize=1)
def _generic() -> tuple[Matcher, str, str, frozenset, tuple]:
    raw = read_data(DATA)["generic"]
    names = Matcher()
    for name in raw["names_ar"]:
        names.add(key(name), True)
    naming = tuple(tuple(fold(w).split()) for w in raw["naming_words"])
    return names, raw["before"], raw["after"], frozenset(key(q)[0] for q in raw["own_qualifiers"]), naming


def generic_forces(doc, taken: set[int], date: Optional[str],
                   adjectives: dict[str, str]) -> Sequence[tuple[int, int, str]]:
    """"ألقت الجهات المختصة القبض على …", "السلطات صادرت مستودعي أسلحة": words that name the
    state's forces without naming a force are those of the document's era (undated: before
    the cutover). A nationality after them is that country's ("السلطات التركية", by the
    adjectives of actors.json); another qualifier ("السلطات الكردية") is no state's."""
    names, before, after, own, naming = _generic()
    force = after if era(doc.folded, date) == "after" else before
    out = []
    for m in names.find(doc.tokens, doc.words):
        if any(i in taken for i in range(m.first, m.last + 1)) or _named_after(doc.words, m.last, naming):
            continue
        nxt = doc.words[m.last + 1] if m.last + 1 < len(doc.words) else ""
        qualifier = nxt[2:] if nxt.startswith("ال") and len(nxt) > 4 else ""
        if qualifier in adjectives:
            out.append((m.first, m.last + 1, adjectives[qualifier]))
        elif not (qualifier and qualifier.endswith(("يه", "ي")) and qualifier not in own):
            out.append((m.first, m.last, force))
    return out


@lru_cache(maxsize=1)
def _unnamed() -> tuple[dict, frozenset, frozenset]:
    raw = read_data(DATA).get("unnamed") or {}
    rows = {key(name): (row["before"], row.get("after")) for row in raw.get("names", ()) for name in row["names_ar"]}
    return rows, frozenset(fold(w) for w in raw.get("anaphora_words", ())), \
        frozenset(fold(w) for w in raw.get("clause_words", ()))


def unnamed_forces(doc, weak: list, named: list, taken: set[int], date: Optional[str]
                   ) -> Sequence[tuple[int, int, str]]:
    """"دارت اشتباكات بين قوات النظام والفصائل": a weak alias (matches `weak`) of which the article
    names no bearer is the force it meant in the document's era (undated: before the cutover), if
    any: only definite (the article on its last word: "قوات الجيش"), not pointing back ("تلك
    الفصائل": those just told) and with no qualifier of its own after it ("الفصائل المحلية",
    "الفصائل الموالية لها"); one inside a longer name ("قوات الجيش التركي") is that name's. A bearer
    the article named otherwise (`named`: mentions found so far, "الطائرات الحربية الروسية" by its
    adjective) is the one meant: the one named last before it."""
    rows, anaphora, clause = _unnamed()
    when = era(doc.folded, date)
    words = doc.words
    out = []
    for m in weak:
        row = rows.get(m.name_key)
        if row is None:
            continue
        told = [(n.first, aid) for n in named for aid in n.ids if aid in m.payloads and n.first < m.first]
        force = max(told)[1] if told else row[1] if when == "after" else row[0]
        nxt = words[m.last + 1] if m.last + 1 < len(words) else ""
        if not force or any(i in taken for i in range(m.first, m.last + 1)) or "ال" not in words[m.last][:4]:
            continue
        if m.first and not anaphora.isdisjoint(word_forms(words[m.first - 1])):
            continue     # "تلك الفصائل": the groups just told
        if nxt.startswith("ال") and nxt not in clause:
            continue     # "الفصائل المحلية": another force
        out.append((m.first, m.last, force))
    return out


def _named_after(words: list[str], last: int, naming: tuple) -> bool:
    """"قوات الأمن الخاصة المسماة الأسايش": a naming word right after the generic words (or after
    one qualifier) gives the force its name; the generic words are none of their own."""
    for start in (last + 1, last + 2):
        if any(tuple(words[start:start + len(n)]) == n for n in naming):
            return True
    return False
