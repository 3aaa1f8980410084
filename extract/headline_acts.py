"""A headline tells a past act in the present tense ("قسد تعتقل ناشطين في الرقة", "مجهولون
يغتالون شاباً بريف درعا"): in the lines over the story the present forms of the paradigm verbs
(triggers.json paradigms) are act words. In the story a present verb tells what goes on, is
habitual or threatened, not an act done, so they count only there."""
from __future__ import annotations

from functools import lru_cache

from . import lexicon
from .headline import headline_lines
from .matcher import Matcher
from .normalise import key
from .text import Doc


@lru_cache(maxsize=1)
def _present_matcher() -> Matcher:
    m = Matcher()
    for kind, verbs in lexicon.PARADIGMS:
        for v in verbs:
            for form in lexicon.present_forms(v):
                m.add(key(form), kind)
    return m


def headline_acts(doc: Doc, taken: set[int]) -> list[tuple[int, int, list[str]]]:
    """(first, last, trigger kinds) of each present act verb in the headline outside `taken`."""
    out = []
    for s in headline_lines(doc):
        for m in _present_matcher().find(doc.tokens[s.first:s.last], doc.words[s.first:s.last]):
            first, last = s.first + m.first, s.first + m.last
            if not any(i in taken for i in range(first, last + 1)):
                out.append((first, last, list(m.payloads)))
    return out
