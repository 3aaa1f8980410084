"""Find gazetteer names in tokenised text, longest match first.

Names are keyed by folded, article-stripped words (normalise.key). A text word
matches a key word in any of its `word_forms` (as written, without ال, or
without an attached و ب ل ف ك), so "بالميادين" and "والدفاع الوطني" match
"الميادين" and "الدفاع الوطني". Only the first word of a name may carry a
particle; later words may only drop their article.

The names are a trie of key words (a node per word of a name), so a text word that
starts hundreds of names ("قوات", "بلدة", "تل") costs a walk along the words that
follow it, not a test of every name it starts.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .normalise import Token, strip_article, word_forms


@dataclass
class Match:
    first: int          # index of the first token
    last: int           # index of the last token (inclusive)
    payloads: list[Any]  # every entry that has this name
    name_key: tuple[str, ...]


# A trie node: [children by key word, the name ending here or None]; a name is
# (rank, name_key, payloads), rank its order of addition (the earlier of two equally
# long names that both match wins, as in a list of names sorted longest first).
_Node = list


class Matcher:
    """A trie of names by key word, with a per-word cache of the nodes a text word starts."""

    def __init__(self) -> None:
        self._roots: dict[str, _Node] = {}
        self._names: dict[tuple[str, ...], list[Any]] = {}
        # per text word: the nodes its forms start, with whether the form is a risky short
        # stem; most words start none, and find() skips them at one lookup
        self._starts: dict[str, tuple] = {}
        # generic head words ("بلدة") of names like "بلدة الغارية": a name of its own that starts
        # right after such a head and runs further ("الغارية الغربية") wins over the headed one
        self.yield_heads: frozenset[str] = frozenset()

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
        node = self._roots.setdefault(name_key[0], [{}, None])
        for word in name_key[1:]:
            node = node[0].setdefault(word, [{}, None])
        node[1] = (len(self._names), name_key, payloads)

    def _starts_of(self, word: str) -> tuple:
        found = []
        for form in word_forms(word):
            root = self._roots.get(form)
            if root:
                # a particle-stripped form of a short word is too risky alone (ل+بنان), but
                # fine as the head of a longer name ("وتل واسط")
                short = form != word and form != strip_article(word) and len(form) < 3
                found.append((short, root))
        self._starts[word] = found = tuple(found)
        return found

    def find(self, tokens: list[Token], words: Optional[list[str]] = None) -> list[Match]:
        """Non-overlapping matches, scanning left to right, longest name wins. `words`: the
        tokens' texts when the caller has them (Doc.words)."""
        if words is None:
            words = [t.text for t in tokens]
        starts = self._starts
        get, learn = starts.get, self._starts_of
        out: list[Match] = []
        free, n = 0, len(words)
        # the words that start a name (most start none: one lookup each, a new word learned once)
        for i in [i for i, w in enumerate(words) if (h := get(w)) or (h is None and learn(w))]:
            if i < free:
                continue        # inside the name matched before
            best: Optional[tuple] = None
            best_size = 0
            for short, root in starts[words[i]]:
                size, name = _longest(root, words, i, n, short)
                if size > best_size:     # a later form only with a longer name
                    best, best_size = name, size
            if best and best_size > 1 and best[1][0] in self.yield_heads and self._runs_further(words, i, best_size):
                continue        # "بلدة الغارية الغربية": the name after the head, not "بلدة الغارية"
            if best:
                end = self._run_on(words, i, i + best_size, best)
                out.append(Match(i, end - 1, best[2], best[1]))
                free = end
        return out

    def _runs_further(self, words: list[str], i: int, size: int) -> bool:
        """A name starts right after the head at i and ends past the headed name of `size` words."""
        n = len(words)
        return any(_longest(root, words, i + 1, n, short)[0] > size - 1
                   for short, root in self._starts.get(words[i + 1]) or self._starts_of(words[i + 1]))

    def _run_on(self, words: list[str], i: int, end: int, outer: tuple) -> int:
        """Where a name matched at i..end-1 ends once a longer name of the same entry that starts
        inside it runs on ("تنظيم الدولة الإسلامية" + "الدولة الإسلامية في العراق والشام"): one
        mention of the whole, so the tail of the name ("والشام") is read as no name of its own."""
        n, j = len(words), i + 1
        while j < end:
            for short, root in self._starts.get(words[j]) or self._starts_of(words[j]):
                size, name = _longest(root, words, j, n, short)
                if name and j + size > end and name[1] != outer[1] and any(p in outer[2] for p in name[2]):
                    end = j + size
            j += 1
        return end


def _longest(root: _Node, words: list[str], i: int, n: int, short: bool) -> tuple[int, Optional[tuple]]:
    """(size, name) of the longest name from `root` matching words[i:], the earliest added
    among equally long ones; a later word matches as written or without its article."""
    best_size, best = 0, None
    stack = [(root, 1)]
    while stack:
        node, size = stack.pop()
        name = node[1]
        if name is not None and not (short and size == 1) and (
                size > best_size or size == best_size and name[0] < best[0]):
            best_size, best = size, name
        children = node[0]
        if children and i + size < n:
            word = words[i + size]
            child = children.get(word)
            if child is not None:
                stack.append((child, size + 1))
            for form in _later_forms(word):
                child = children.get(form)
                if child is not None:
                    stack.append((child, size + 1))
    return best_size, best


def _later_forms(word: str) -> tuple[str, ...]:
    """A later word of a name without its article, or without the alif of the accusative: an
    adjective agrees with its noun ("برميلاً متفجراً" is "برميل متفجر", "قصفاً مدفعياً"; a nisba
    in -يًّا too, which word_forms keeps whole for the first word, "سوريا")."""
    forms = []
    bare = strip_article(word)
    if bare != word:
        forms.append(bare)
    if len(word) >= 4 and word.endswith("ا") and word[-2] not in "او":
        forms.append(word[:-1])
    return tuple(forms)
