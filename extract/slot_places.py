"""A name the gazetteer lacks, told where reporting puts a village: after a word that
introduces a place ("في", "قرب") and right before the countryside or the side of a place it
names ("في الشعارة بريف درعا", "قرب خربة الشياب غربي مدينة درعا"), or listed with a known
place ("على الحويجة والعنكاوي", "على العنكاوي والحويجة بريف حماة"). Without a place word
("بلدة X", mentions.unknown_place_after) the slot is the only sign, so the name must be no
word the extractor's own word lists know ("في هجوم بريف درعا", "في ظروف غامضة بريف حماة");
the slot words are data (context_names.json slot_introducers, container_after).
"""
from __future__ import annotations

from functools import lru_cache

from . import lexicon
from .context_words import CONTEXT
from .mentions import _NAME_HEADS, _is_name_word
from .normalise import fold, strip_article, word_forms
from .text import Doc
from .wordlists import DATA_DIR, read_data

# Word lists of ordinary language: any word in them is no village name. Names live in
# places.json and actors.json; the other files hold the words of the news around them.
_LANGUAGE_FILES = ("triggers", "lexicon", "casualties", "targets", "sides", "event_types", "speech",
                   "segmentation", "dates", "act_frames", "name_words")
_PROSE_KEYS = {"comment", "description", "why", "note", "example", "examples"}


def _strings(value, key: str = ""):
    if key in _PROSE_KEYS:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from _strings(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v, key)


@lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
    """Every word of the extractor's language lists, folded and without its article."""
    words: set[str] = set()
    for name in _LANGUAGE_FILES:
        path = DATA_DIR / f"{name}.json"
        if not path.exists():
            continue
        for text in _strings(read_data(path)):
            for w in text.split():
                f = fold(w)
                words.update((f, strip_article(f)))
    return frozenset(w for w in words if len(w) > 1)


def _ordinary(word: str) -> bool:
    forms = set(word_forms(word))
    return bool(forms & (vocabulary() | CONTEXT.slot_not_names)) or bool(forms & set(lexicon.DIRECTIONS))


def _container_at(doc: Doc, k: int, placed: set[int]) -> int | None:
    """The last token of a name the container at k closes, or None: "X بريف", "X في ريف",
    "X غربي (مدينة) Y", "X قرب Y" (context_names.json container_after, a place of the sentence
    within three words), or a place joined to it ("على X والعنكاوي")."""
    w = doc.words[k]
    if k in placed and w.startswith("و") and len(w) > 3:
        return k - 1
    if not any(k < t <= k + 3 for t in placed):
        return None
    if w == "ريف" and k >= 2 and doc.words[k - 1] == "في":
        return k - 2
    return k - 1 if w in CONTEXT.container_after else None


@lru_cache(maxsize=1)
def _struck_verbs() -> frozenset[str]:
    return frozenset(fold(w) for w in read_data(DATA_DIR / "sides.json")["struck_verbs"])


def _struck_object(doc: Doc, start: int, actors: set[int]) -> bool:
    """"قصفت قوات النظام الزيادية بريف إدلب": right after the doer of a verb of striking
    (sides.json struck_verbs) the name is what it struck."""
    if start - 1 not in actors:
        return False
    j = start - 1
    while j - 1 in actors:
        j -= 1
    return j >= 1 and bool(set(word_forms(doc.words[j - 1])) & _struck_verbs())     # "وقصفت" too


def _introduced(doc: Doc, start: int, places: set[int], actors: set[int]) -> bool:
    """An introducer before the name ("في X"), a place it is listed after ("العنكاوي والزيادية"),
    or the doer of a verb of striking ("قصفت قوات النظام X")."""
    return fold(doc.words[start - 1]) in CONTEXT.slot_introducers or \
        (doc.words[start].startswith("و") and start - 1 in places) or _struck_object(doc, start, actors)


def _bare(word: str) -> str:
    return word[1:] if word.startswith("و") and len(word) > 3 else word


def slot_names(doc: Doc, first: int, last: int, known: set[int], placed: set[int],
               places: set[int]) -> list[tuple[int, int, int]]:
    """(name first, name last, container token) of each unknown name in the slot in tokens
    [first, last); `placed` are the tokens where a place of the sentence begins, `places` every
    token of one."""
    out: list[tuple[int, int, int]] = []
    for k in range(first + 2, last):
        end = _container_at(doc, k, placed)
        if end is None or end - 1 < first:
            continue
        start = end - 1 if doc.words[end - 1] in _NAME_HEADS or _bare(doc.words[end - 1]) in _NAME_HEADS else end
        if start - 1 < first or not _a_name(doc, start, end, known):
            continue
        if _introduced(doc, start, places, known - places):
            out.append((start, end, k))
        elif doc.words[start].startswith("و") and start - 2 >= first and _a_name(doc, start - 1, start - 1, known) \
                and _introduced(doc, start - 1, places, known - places):
            out += [(start - 1, start - 1, k), (start, end, k)]     # "على الزبيرات والحريجية بريف إدلب"
    return out


def _a_name(doc: Doc, start: int, end: int, known: set[int]) -> bool:
    """Tokens [start, end] may be a village name we lack: unknown, name words, no word of the
    news ("في هجوم بريف"), no pronoun ("في منزله بريف")."""
    names = [_bare(w) if n == 0 else w for n, w in enumerate(doc.words[start:end + 1])]
    if any(t in known for t in range(start, end + 1)) or not all(_is_name_word(w) for w in names):
        return False
    tok = doc.tokens[end]
    return not (_ordinary(names[-1]) or len(names[-1]) < 3 or doc.text[tok.start:tok.end].endswith("ه"))


def closed_third(doc: Doc, k: int) -> bool:
    """Token k is a third word of a name: a name word of no word list, unpunctuated, that a
    container word (context_names.json container_after, "في ريف") follows."""
    if k + 1 >= len(doc.words) or doc.folded[doc.tokens[k - 1].fend:doc.tokens[k].fstart].strip():
        return False
    after = fold(doc.words[k + 1])
    closed = after in CONTEXT.container_after or after == "في" and k + 2 < len(doc.words) and doc.words[k + 2] == "ريف"
    return closed and _is_name_word(doc.words[k]) and not _ordinary(doc.words[k]) and len(doc.words[k]) >= 3
