"""Find gazetteer names in tokenised text, longest match first.

Names are keyed by folded, article-stripped words (normalise.key). A text word
matches a key word in any of its `word_forms` (as written, without ال, or
without an attached و ب ل ف ك), so "بالميادين" and "والدفاع الوطني" match
"الميادين" and "الدفاع الوطني". Only the first word of a name may carry a
particle; later words may only drop their article.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .normalise import Token, strip_article, word_forms


@dataclass
class Match:
    first: int          # index of the first token
    last: int           # index of the last token (inclusive)
    payloads: list[Any]  # every entry that has this name
    name_key: tuple[str, ...]


class Matcher:
    """A dict from first key word to the names starting with it, longest first."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], list[Any]]]] = {}
        self._names: dict[tuple[str, ...], list[Any]] = {}
        # per text word: its forms that start a name, with whether the form is a risky short
        # stem, and their buckets; most words start none, and find() skips them at one lookup
        self._starts: dict[str, tuple] = {}

    def add(self, name_key: tuple[str, ...], payload: Any) -> None:
        if not name_key:
            return
        if name_key in self._names:
            if payload not in self._names[name_key]:
                self._names[name_key].append(payload)
            return
        payloads = [payload]
        self._names[name_key] = payloads
        self._starts.clear()
        bucket = self._by_first.setdefault(name_key[0], [])
        bucket.append((name_key, payloads))
        if len(bucket) > 1 and len(bucket[-2][0]) < len(name_key):
            bucket.sort(key=lambda item: -len(item[0]))


    def _starts_of(self, word: str) -> tuple:
        found = []
        for form in word_forms(word):
            bucket = self._by_first.get(form)
            if bucket:
                # a particle-stripped form of a short word is too risky alone (ل+بنان), but
                # fine as the head of a longer name ("وتل واسط")
                short = form != word and form != strip_article(word) and len(form) < 3
                found.append((short, bucket))
        self._starts[word] = found = tuple(found)
        return found

    def find(self, tokens: list[Token]) -> list[Match]:
        """Non-overlapping matches, scanning left to right, longest name wins."""
        out: list[Match] = []
        starts = self._starts
        i, n = 0, len(tokens)
        while i < n:
            word = tokens[i].text
            heads = starts.get(word)
            if heads is None:
                heads = self._starts_of(word)
            if not heads:
                i += 1
                continue
            best: Match | None = None
            for short, bucket in heads:
                for name_key, payloads in bucket:
                    size = len(name_key)
                    if (short and size == 1) or i + size > n or (best and size <= best.last - best.first + 1):
                        continue
                    if all(_word_matches(tokens[i + k].text, name_key[k]) for k in range(1, size)):
                        best = Match(i, i + size - 1, payloads, name_key)
                        break
            if best:
                out.append(best)
                i = best.last + 1
            else:
                i += 1
        return out


def _word_matches(word: str, key_word: str) -> bool:
    return word == key_word or strip_article(word) == key_word

