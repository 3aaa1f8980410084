"""What merging knows of the store's actors and places (kinds, parents, place scopes), read
once per store and kept in step with every actor or place written, so that comparing two
reports never queries the actors or places tables."""
from __future__ import annotations

import json
from typing import Iterable

GENERIC_KINDS = frozenset({"unidentified"})   # name no one in particular
GENERIC_IDS = frozenset({"civilians"})         # civilians at large (a civilian group is someone)


def _ids_param(ids: Iterable[str]) -> str:
    return json.dumps(sorted(set(ids)))


_CONTEXTS: dict = {}


def context(db) -> "Context":
    """The Context of `db`, read again when its actors or places changed (store.names bumps
    the `context_version` meta key on every write to them, the gazetteer's sync included)."""
    from incidents.store.names import CONTEXT_VERSION
    row = db.execute("SELECT value FROM meta WHERE key = ?", [CONTEXT_VERSION]).fetchone()
    key = row[0] if row else None
    cached = _CONTEXTS.get(id(db))
    if cached is None or cached[0] != key or cached[1].db is not db:
        _CONTEXTS.clear()
        _CONTEXTS[id(db)] = cached = (key, Context(db))
    return cached[1]


def context_added(db, kind: str, record: dict, key: str) -> None:
    """One actor or place was just inserted (store.names.ensure_*) and the version bumped to
    `key`: a cached Context one version behind takes the row in place of being read again
    (reading every actor and place again was 0.5 CPU s of a 1,000-document load)."""
    cached = _CONTEXTS.get(id(db))
    if cached is None or cached[1].db is not db or int(cached[0] or 0) + 1 != int(key):
        return
    cached[1].add(kind, record)
    _CONTEXTS[id(db)] = (key, cached[1])


class Context:
    """Actor kinds and parents, place kinds and parents (see context() for a cached one)."""

    def __init__(self, db):
        self.db = db
        self.actor_kind: dict[str, str | None] = {}
        self.actor_parent: dict[str, str | None] = {}
        for aid, kind, parent in db.execute("SELECT id, kind, parent FROM actors").fetchall():
            self.actor_kind[aid], self.actor_parent[aid] = kind, parent
        self.place_parent: dict[str, str | None] = {}
        self.place_kind: dict[str, str | None] = {}
        self.children: dict[str, list[str]] = {}
        for pid, parent, kind in db.execute("SELECT id, parent, kind FROM places").fetchall():
            self.place_parent[pid], self.place_kind[pid] = parent, kind
            if parent:
                self.children.setdefault(parent, []).append(pid)
        self._chains: dict[str, tuple[str, ...]] = {}
        self._scopes: dict[tuple[str, ...], str] = {}

    def add(self, kind: str, record: dict) -> None:
        """A new actor or place row (the columns __init__ reads), as if read with the rest."""
        if kind == "actor":
            self.actor_kind[record["id"]], self.actor_parent[record["id"]] = record["kind"], record["parent"]
            return
        pid, parent = record["id"], record["parent"]
        self.place_parent[pid], self.place_kind[pid] = parent, record["kind"]
        if parent:
            self.children.setdefault(parent, []).append(pid)
        self._chains.clear()
        self._scopes.clear()

    def place_chain(self, pid: str | None) -> tuple[str, ...]:
        """The place and its ancestors, innermost first."""
        if not pid:
            return ()
        if pid not in self._chains:
            chain, seen = [], set()
            cur = pid
            while cur and cur not in seen:
                chain.append(cur)
                seen.add(cur)
                cur = self.place_parent.get(cur)
            self._chains[pid] = tuple(chain)
        return self._chains[pid]

    def place_scope(self, pid: str) -> list[str]:
        """Places that are this one, inside it or around it (what blocking looks up)."""
        out = set(self.place_chain(pid))
        stack = [pid]
        while stack:
            for child in self.children.get(stack.pop(), ()):
                if child not in out:
                    out.add(child)
                    stack.append(child)
        return sorted(out)

    def scope_param(self, places: tuple[str, ...]) -> str:
        """The place_scope of every place in `places` as one bound JSON list, kept: a
        governorate's scope is thousands of ids, sorted and encoded once, not per report."""
        if places not in self._scopes:
            self._scopes[places] = _ids_param(p for pid in places for p in self.place_scope(pid))
        return self._scopes[places]

    def actor_chain(self, aid: str) -> tuple[str, ...]:
        chain, cur, seen = [], aid, set()
        while cur and cur not in seen:
            chain.append(cur)
            seen.add(cur)
            cur = self.actor_parent.get(cur)
        return tuple(chain)

    def named(self, actor_ids: Iterable[str]) -> set[str]:
        return {a for a in actor_ids if a not in GENERIC_IDS and self.actor_kind.get(a) not in GENERIC_KINDS}
