"""The scores of the components last clustered (store.clustering), kept as their few
compatible pairs: a component of 508 reports holds 128,778 pairs of which 788 are
compatible, and each report it gains clustered it again. A pair of two reports last
clustered together is known from here (absent: not compatible), so a component that
gains one report costs its size in new comparisons, not its square in lookups.

A pair's score depends only on the two reports (their `_key`, store.merge._load) and the
Context, so what is known stays true while the Context is the same, whatever a component
later becomes. Memory is bounded: the least recently clustered components are forgotten
once LIMIT keys and pairs are held."""
from __future__ import annotations

from collections import OrderedDict

LIMIT = 1 << 16        # keys and compatible pairs held, over all remembered components
MIN_SIZE = 8           # smaller components are scored pair by pair (store.clustering.pair_score)


class Group:
    """The reports (keys) of one clustered component and its compatible pairs among them."""
    __slots__ = ("keys", "scores", "live")

    def __init__(self, keys: list[int], scores: list[tuple[int, int, float]]) -> None:
        self.keys, self.scores, self.live = keys, scores, 0


class Known:
    """Each report key's latest Group, least recently clustered first."""

    def __init__(self) -> None:
        self.clear()

    def clear(self, ctx=None) -> None:
        self.group_of: dict[int, Group] = {}
        self.order: OrderedDict[int, Group] = OrderedDict()
        self.size = 0
        self.ctx = ctx

    def groups(self, keys: list[int]) -> list[Group | None]:
        """The Group of each key (None: not known), each group used marked recent."""
        out = [self.group_of.get(k) for k in keys]
        for g in {id(g): g for g in out if g is not None}.values():
            self.order.move_to_end(id(g))
        return out

    def remember(self, keys: list[int], scores: list[tuple[int, int, float]]) -> None:
        """`scores`: every compatible pair of `keys`, as (key, key, score)."""
        group = Group(keys, scores)
        for k in keys:
            old = self.group_of.get(k)
            if old is not None:
                old.live -= 1
                if not old.live:
                    self._drop(old)
            self.group_of[k] = group
            group.live += 1
        self.order[id(group)] = group
        self.size += len(keys) + len(scores)
        while self.size > LIMIT and len(self.order) > 1:
            _, oldest = self.order.popitem(last=False)
            self.size -= len(oldest.keys) + len(oldest.scores)
            for k in oldest.keys:
                if self.group_of.get(k) is oldest:
                    del self.group_of[k]

    def _drop(self, group: Group) -> None:
        if self.order.pop(id(group), None) is not None:
            self.size -= len(group.keys) + len(group.scores)


KNOWN = Known()
