"""The part a named place plays in its sentence: where the act happened, or only where a party
stands or fires from, where someone comes from, what a person answers for, where an advance
heads, where the report was filed, or where the wounded were taken. Phrases are data:
context_names.json (schema: context_names.schema.json)."""
from __future__ import annotations

from .context_words import CONTEXT
from .lexicon import PLACE_WORDS
from .model import PlaceRef
from .normalise import word_forms
from .text import Doc


def mark_roles(doc: Doc, placed: list[tuple[int, PlaceRef]]) -> None:
    """Mark each place (its token, its record) with the part it plays; roundup reads the marks."""
    goal = -10
    for t, r in sorted(placed, key=lambda p: p[0]):
        r._tok = t  # type: ignore[attr-defined]
        if heads_for(doc, t) or (0 < t - goal <= 3 and _next_item(doc, t)):
            goal = t    # "للتقدم نحو اللطامنة وكفرزيتا": the goal and the towns listed with it
        r._aside = positioned(doc, t) or from_person(doc, t) or role_domain(doc, t) \
            or dateline(doc, r)  # type: ignore[attr-defined]
        r._goal = goal == t  # type: ignore[attr-defined]
        r._taken_to = taken_to(doc, t)  # type: ignore[attr-defined]


def positioned(doc: Doc, t: int) -> bool:
    """"قوات النظام المتمركزة في معسكر جورين قصفت قرية زيزون": the place at token t (or the place
    word before it) follows a phrase that says where a party stands or fires from, not where
    the act lands (context_names.json positioned_at)."""
    return _after_phrase(doc, t, CONTEXT.positioned_at)


DATELINE_CHARS = 400        # a dateline opens a line this near the top (as dates.DATELINE_CHARS)


def dateline(doc: Doc, r: PlaceRef) -> bool:
    """"درعا - قتل شاب برصاص مجهولين بريف درعا الشمالي": a place that opens a line near the top
    and a dash follows is where the report was filed (its dateline), not where the act happened
    when the sentence names another place (roundup sets it aside then, as a `positioned` one)."""
    if r.span is None or r.span.start > DATELINE_CHARS:
        return False
    line = doc.text.rfind("\n", 0, r.span.start) + 1
    return not doc.text[line:r.span.start].strip() and doc.text[r.span.end:r.span.end + 3].lstrip()[:1] in "-–—"


def role_domain(doc: Doc, t: int) -> bool:
    """"قتل القيادي المسؤول عن منطقة الجزيرة بغارة قرب القامشلي": the place at token t (or its place
    word) follows a person's role (context_names.json role_domain): what the person answers for,
    not where the act happened."""
    return _after_phrase(doc, t, CONTEXT.role_domain)


def from_person(doc: Doc, t: int) -> bool:
    """"اغتال مسلحون شاباً من بلدة الحراك في مدينة درعا": the place at token t (or its place
    word) follows "من" after a person noun or a verb of descent (context_names.json
    person_origin): where someone comes from, not where the act happened; so is a name that
    goes on the list ("ينحدرون من بلدتي الحراك وداعل")."""
    def after_person(t: int) -> bool:
        k = t - 1
        if k >= 0 and set(word_forms(doc.words[k])) & set(PLACE_WORDS):
            k -= 1
        return k >= 1 and doc.words[k] == "من" and bool(set(word_forms(doc.words[k - 1])) & CONTEXT.person_origin)
    return after_person(t) or (t > 2 and _next_item(doc, t) and any(after_person(j) for j in (t - 1, t - 2)))


def heads_for(doc: Doc, t: int) -> bool:
    """"سيطرت قوات النظام على قرية الزكاة في محاولة للتقدم نحو اللطامنة": the place at token t is
    where an advance heads (context_names.json heading_for), not where the act took place."""
    return _after_phrase(doc, t, CONTEXT.heading_for)


def _next_item(doc: Doc, t: int) -> bool:
    """The place at token t goes on a list: "وكفرزيتا", "، كفرزيتا"."""
    return doc.words[t].startswith("و") or "،" in doc.text[doc.tokens[t - 1].end:doc.tokens[t].start]


def _after_phrase(doc: Doc, t: int, phrases: tuple) -> bool:
    """A phrase of the list right before the name at token t, or before its place word.
    Only the phrases whose last word stands there are compared (each place of a text asked
    every phrase of three lists)."""
    words = doc.words
    index, empty = _by_last(phrases)
    if empty:
        return t >= 0       # the empty phrase stands before any name
    for end in (t, t - 1):      # right before the name, or before its place word ("معسكر")
        if end >= 1:
            for c in index.get(words[end - 1], ()):
                k = end - len(c)
                if k >= 0 and tuple(words[k:end]) == c:
                    return True
    return False


_BY_LAST: dict[int, tuple] = {}


def _by_last(phrases: tuple) -> tuple[dict[str, list[tuple]], bool]:
    """The phrases by last word, and whether the empty phrase is one (kept with the list)."""
    known = _BY_LAST.get(id(phrases))
    if known is None or known[0] is not phrases:
        index: dict[str, list[tuple]] = {}
        for c in phrases:
            if c:
                index.setdefault(c[-1], []).append(c)
        known = _BY_LAST[id(phrases)] = (phrases, index, () in phrases)
    return known[1], known[2]


VIA_WORDS = 4       # hospital nouns, place words and "في" between "إلى" and the name
VERB_REACH = 6      # how far before "إلى" the verb of taking or fleeing may stand


def taken_to(doc: Doc, t: int) -> bool:
    """The place named at token t is where people or bodies were taken or fled to."""
    def forms(i: int) -> set[str]:
        return set(word_forms(doc.words[i]))
    k, via = t - 1, CONTEXT.taken_via | set(PLACE_WORDS)
    while k >= 0 and t - 1 - k < VIA_WORDS and forms(k) & via:
        k -= 1
    if k < 0 or not forms(k) & CONTEXT.taken_to:
        return False
    return any(forms(j) & CONTEXT.taken_by for j in range(max(0, k - VERB_REACH), k))
