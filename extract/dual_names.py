"""Two bodies named by one dual head: "قوات تابعة لوزارتي الدفاع والداخلية" is the Defence
Ministry's and the Interior Ministry's forces, though neither name is written whole."""
from __future__ import annotations

from . import lexicon
from .matcher import Matcher
from .normalise import word_forms


def dual_names(words: list[str], names: Matcher, taken: set[int]) -> list[tuple[int, int, list[str], list]]:
    """(first, last, name words, ids) of each body a dual head names ("وزارتي الدفاع والداخلية":
    the head with its first complement, then the complement after و), read as the singular head
    with that complement ("وزارة الدفاع", "وزارة الداخلية") where `names` knows it whole."""
    out: list[tuple[int, int, list[str], list]] = []
    heads = lexicon.DUAL_HEADS
    for i, w in enumerate(words[:-2]):
        head = next((heads[f] for f in word_forms(w) if f in heads), None)
        second = words[i + 2]
        if head is None or not second.startswith("و") or taken & {i, i + 1, i + 2}:
            continue
        for first, last, complement in ((i, i + 1, words[i + 1]), (i + 2, i + 2, second[1:])):
            name = [head, complement]
            found = names.find([], name)
            if found and found[0].first == 0 and found[0].last == 1:
                out.append((first, last, name, list(found[0].payloads)))
    return out
