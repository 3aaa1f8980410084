"""Whose dead a figure counts: the group named after it ("7 عناصر من قوات النظام", "4 من
مقاتلي الفصائل", "3 قتلى في صفوف قسد"). Two figures of one field told in one sentence that
name different groups are the dead of both sides, summed (otherwise two figures of a field
are two reports of one toll, the lowest kept). Across sentences, and a people noun as the
group ("5 مدنيين"), were tried and dropped: figures of other acts merged into one incident
were summed too (check killed 0.74 -> 0.71). The words are data (casualties.json, "groups")."""
from __future__ import annotations

from .casualty_words import LANG as L, phrase_at, phrase_before
from .normalise import strip_article
from .numbers import names_people, owned_people, strip_and
from .victims import kind_of


def _content(word: str) -> str:
    return strip_article(strip_and(word))


def group_after(words: list[str], e: int, last: int) -> frozenset[str]:
    """The group a figure ending before token e names: the content words of "من X" or "في
    صفوف X" right after it (past its people noun); empty when it names none."""
    noun = e < last and words[e] != "من" and names_people(words[e])
    k = e + noun
    if k < last and words[k] == "من":
        k += 1
    elif k + 1 < last and strip_and(words[k]) in L.group_in and _content(words[k + 1]) in L.group_ranks:
        k += 2
    else:
        return frozenset()
    out: list[str] = []
    while k < last and len(out) < L.group_words:
        w = words[k]
        if kind_of(w) or strip_and(w) in L.group_stops or w.isdigit():
            break
        c = _content(w)
        if c not in L.group_generic:
            out.append(c)
        k += 1
    return frozenset(out)


def other_groups(counts: list) -> None:
    """Within one sentence, a figure of a group other than the one an earlier figure of its
    field named ("مقتل 7 عناصر من قوات النظام، ومقتل 4 من مقاتلي الفصائل") is the other
    side's dead: marked `other`, added to the toll rather than read as a second report of it."""
    for k, c in enumerate(counts):
        if c.group and not c.other and any(o.field == c.field and o.group and not o.group & c.group
                                           for o in counts[:k]):
            c.other = True


def died_of_the_wounded(words: list[str], counts: list) -> None:
    """"وتوفي اثنان من الجرحى لاحقاً": the dead told as a part of the wounded are more dead of
    the act, added to those killed outright (not a lower report of them)."""
    for c in counts:
        k = c.last + 1
        if c.field == "killed" and k + 1 < len(words) and words[k] == "من" and \
                words[k + 1] in L.toll_nouns["injured"]:
            c.additive = True


def contrasted(words: list[str], i: int, first: int) -> bool:
    """"في حين قتل خمسة من المعارضة", "فيما قتل كل من A وB": a figure set against another."""
    prev = strip_and(words[i - 1]) if i > first else ""      # "وفيما قتل"
    return phrase_before(words, i, L.contrast, first) or (prev,) in L.contrast


def added_to(words: list[str], i: int, first: int, kind: str, counts: list) -> bool:
    """"مقتل عنصرين وإصابة ثالث، إضافة إلى مقتل أحد المهاجمين": more of a count of the sentence
    (alone, "فضلاً عن إصابة 14" may be another report of the toll, not added to it)."""
    return phrase_before(words, i, L.also, first) and any(c.field == kind for c in counts)


_OWNERS = ("هما", "هم", "ها", "نا", "ه")


def own_men(words: list[str], e: int, last: int) -> bool:
    """"أعلن الحزب مصرع 3 من عناصره": a figure of a party's own men, told by the pronoun of
    their owner: that party's part of the toll, not a lower report of the act's whole toll."""
    k = e + 1 if e < last and words[e] == "من" else e
    return k < last and owned_people(words[k]) and words[k].endswith(_OWNERS)


def each_side(words: list[str], e: int, last: int) -> int:
    """How many tokens "من كل طرف" takes right after a count, or past its people noun ("مقتل
    عنصرين من كل جانب"): the count is told once for each of the two sides. 0 when none."""
    k = e + (e < last and words[e] != "من" and names_people(words[e]))
    size = phrase_at(words, k, L.each_side, last)
    return k + size - e if size else 0
