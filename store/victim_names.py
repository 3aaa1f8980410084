"""Victims told by name, as a merge's evidence: "اغتيال الشاب “إبراهيم صالح الفالوجي”".

A man is killed once. Two reports that name one victim killed tell one killing, however
their pages are dated (or not); two reports of a single killing that each name their
victim, and never the same man, tell two killings ("محمود بديوي الزعبي" shot on Sunday,
his cousin "أحمد الزعبي" on Tuesday: one family, one town, two incidents). A name is read
where the event's own words quote it right after a word for a person with the article
("الشاب", "الشيخ": the people words of casualties.json), in the report's event citations,
unless a speech verb stands before that word ("وقال الناشط “…”": the source).
"""
from __future__ import annotations

import re
from functools import lru_cache

NAME_WORDS = (1, 4)             # a quoted name has this many words at least / at most
_QUOTED = re.compile(r'[“"«]([^”"»\n]{2,60})[”"»]')
_CLITICS = ("و", "ف", "ب", "ل", "ك")


def _person_words() -> frozenset[str]:
    from incidents.extract.casualty_words import LANG
    return LANG.person_singular


def _person_word(word: str, persons: frozenset[str]) -> bool:
    """"الشاب", "والشيخ", "بالقيادي": a word for one person with the article, whom the quoted
    name stands beside (not "قائد “كتيبة الصقور”", "عضو “اللجنة المركزية”": whose unit)."""
    from incidents.extract.normalise import fold
    w = fold(word)
    if w.startswith(_CLITICS) and not w.startswith("ال"):
        w = w[1:]
    return w.startswith("ال") and w[2:] in persons


def _says(word: str) -> bool:
    """"وقال الناشط “…”", "بحسب الصحفي “…”": the man named is the source, not a victim (the
    speech verbs and 'according to' words of speech.json)."""
    from incidents.extract.normalise import fold, word_forms
    from incidents.extract.speech_words import SPEECH
    return bool(set(word_forms(fold(word))) & (SPEECH.verbs | SPEECH.according_to))


def victim_names(rep: dict) -> tuple[frozenset[str], ...]:
    """Each name the report's event citations quote after a person word, as its folded
    words; read once a report (clustering asks it of every pair)."""
    cached = rep.get("_victims")
    if cached is None:
        texts = tuple(c.get("text") or "" for c in rep["data"].get("citations", ()) if c.get("field") == "event")
        cached = rep["_victims"] = _names_in(texts)
    return cached


@lru_cache(maxsize=1 << 16)     # a settle loads a component's reports again: their texts are the same
def _names_in(texts: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    from incidents.extract.normalise import fold
    persons = _person_words()
    names = []
    for text in texts:
        for m in _QUOTED.finditer(text):
            before = text[:m.start()].split()
            words = fold(m.group(1)).split()
            if before and NAME_WORDS[0] <= len(words) <= NAME_WORDS[1] and _person_word(before[-1], persons) \
                    and not (len(before) > 1 and _says(before[-2])):
                names.append(frozenset(words))
    return tuple(dict.fromkeys(names))


def _one_man(x: frozenset[str], y: frozenset[str]) -> bool:
    """"كيوان" and "محمد قاسم كيوان": one name inside the other is one man."""
    return x <= y or y <= x


def same_victim(a: dict, b: dict) -> bool:
    """Both reports tell of a killing and name one man among their victims."""
    if not (a["data"].get("killed") or 0) or not (b["data"].get("killed") or 0):
        return False
    na, nb = victim_names(a), victim_names(b)
    return any(_one_man(x, y) for x in na for y in nb)


def other_victims(a: dict, b: dict) -> bool:
    """Two reports of one victim each (or no count) that both name their victims, and never
    the same man: two killings, not one."""
    if any((r["data"].get("killed") or 0) > 1 for r in (a, b)):
        return False        # of several dead, each outlet may name another
    na, nb = victim_names(a), victim_names(b)
    return bool(na and nb) and not any(_one_man(x, y) for x in na for y in nb)
