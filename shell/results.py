"""What every shell command shares: the incidents a line's clauses select, and
showing rows (and remembering them for `export FILE`).

This module sits below the command modules: they import it, never each other.
"""
from __future__ import annotations

import dataclasses
import itertools
from typing import Any, Iterable, Iterator, Optional

from incidents.query.model import Query
from incidents.query.parser import Command, did_you_mean
from incidents.shell.registry import CommandError


def plural(n: int, word: str) -> str:
    """'1 document', '2 documents'."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def no_args(cmd: Command, example: str) -> None:
    if cmd.args:
        raise CommandError(f"unexpected '{cmd.args[0]}'; e.g. {example}")


def words(cmd: Command) -> str:
    return " ".join(cmd.args).strip()


def folded_has(needle: str, *values: Any) -> bool:
    """Does any value contain `needle`, both folded (hamza, ta marbuta, diacritics)?"""
    from incidents.extract.normalise import fold
    n = fold(needle).strip()
    return any(n in fold(str(v)) for v in values if v)


# -- finding incidents --------------------------------------------------------
def _mentions(inc: dict, kind: str, name: str) -> bool:
    """Does a found incident carry `name` (folded) on an actor / its place?"""
    from incidents.extract.normalise import key_text
    k = key_text(name)
    if not k:
        return False
    if kind == "actor":
        fields = [a.get(f) for a in inc.get("actors") or [] for f in ("name", "name_ar", "mention")]
    else:
        loc = inc.get("location") or {}
        fields = [loc.get(f) for f in ("name", "name_ar", "mention", "admin1")]
    return any(k in key_text(f) for f in fields if isinstance(f, str))


def _check_names(session, q: Query, found: list[dict]) -> None:
    """Names that resolve to nothing: an error when nothing was found, else a note."""
    for kind, names, resolve in (("actor", q.actors, session.store.resolve_actor),
                                 ("place", q.places, session.store.resolve_place)):
        for name in names:
            if resolve(name) or any(_mentions(inc, kind, name) for inc in found):
                continue
            msg = f"no {kind} '{name}'{did_you_mean(session.suggest_names(kind, name))}"
            if not found:
                raise CommandError(msg)
            session.warn(msg)


NAME_CHECK = 50          # an unresolved name is looked for in the first incidents found


def find_iter(session, q: Query, explain: bool = True) -> Iterator[dict]:
    """The query's incidents as the store reads them (a big result starts rendering at
    once); unknown names become 'did you mean' errors before anything is shown.
    In a table, one line above it says what each name resolved to."""
    store = session.store
    found = store.iter_incidents(q) if hasattr(store, "iter_incidents") else iter(store.find_incidents(q))
    if q.limit is not None:
        found = itertools.islice(found, q.limit)
    if q.actors or q.places:
        head = list(itertools.islice(found, NAME_CHECK))
        _check_names(session, q, head)
        found = itertools.chain(head, found)
        if explain and session.fmt == "table":
            said = store.explain(q)
            if said:
                from incidents.render.escape import display
                session.out.write(display("; ".join(said), bidi=session.bidi) + "\n")
    return found


def find(session, q: Query, explain: bool = True) -> list[dict]:
    """Run a query against the store; unknown names become 'did you mean' errors."""
    return list(find_iter(session, q, explain))


def count_found(session, q: Query) -> int:
    """How many incidents the query selects, counted by the store without building them;
    names are checked (and explained) as for a listing."""
    store = session.store
    if not hasattr(store, "count_incidents"):
        return len(find(session, q))
    if q.actors or q.places:
        find_iter(session, q)            # its name check, and the line saying what names meant
    return store.count_incidents(q)


class Later:
    """Rows made when first read: the incidents of a `count` line, for a later `export FILE`."""

    def __init__(self, make):
        self._make, self._rows = make, None

    def __iter__(self) -> Iterator[dict]:
        if self._rows is None:
            self._rows = self._make()
        return iter(self._rows)


def kept(rows: Iterable[dict], into: list) -> Iterator[dict]:
    """`rows` passed on one by one, each also appended to `into` (the last result)."""
    for row in rows:
        into.append(row)
        yield row


def scope_ids(session, cmd: Command) -> Optional[list[str]]:
    """Ids of the incidents the line's clauses select, or None for "all incidents".
    `limit`, `sort` and `count` act on the rows a listing shows, not on this scope.
    Unknown names become the usual 'did you mean' error."""
    q = cmd.query
    if q.is_empty():
        return None
    q = dataclasses.replace(q, limit=None, sort=None, count=False)
    if not hasattr(session.store, "incident_ids"):
        return [inc["id"] for inc in find(session, q)]
    if q.actors or q.places:
        find_iter(session, q)            # for its name check (and the line saying what names meant)
    return list(session.store.incident_ids(q))


# -- showing rows -------------------------------------------------------------
def remember(session, kind: str, rows: list[dict], columns: Optional[list[str]] = None) -> None:
    """Keep the last result so `export FILE` can write what the user just saw."""
    session.last_result = {"kind": kind, "rows": rows, "columns": list(columns or [])}


NOUNS = {"hits": "hit", "actors": "actor", "places": "place", "quotes": "quote", "sources": "document",
         "dyads": "dyad", "timeline": "period", "sql": "row", "incidents": "incident"}


def shaped(session, rows: list[dict]) -> list[dict]:
    """The line's `sort` (on a column the rows have) and `limit` (rows shown) applied."""
    q = getattr(session.command, "query", None)
    if q is None:
        return rows
    if q.sort and rows and q.sort.lstrip("-") in rows[0]:
        col = q.sort.lstrip("-")
        known = [r for r in rows if r.get(col) is not None]
        known.sort(key=lambda r: r[col], reverse=q.sort.startswith("-"))
        rows = known + [r for r in rows if r.get(col) is None]
    return rows[:q.limit] if q.limit is not None else rows


def show_stream(session, rows: Iterable[dict], columns: list[str], *, empty: str, noun: str,
                kind: str = "rows") -> None:
    """show_rows for a result read as it comes (a cursor over a big table): without
    `sort` or `count` on the line the rows are rendered while they are read, so the first
    screen does not wait for the last row; the footer counts what was shown."""
    q = getattr(session.command, "query", None)
    if q is not None and (q.sort or q.count):
        rows = list(rows)
        show_rows(session, rows, columns, empty=empty, footer=plural(len(rows), noun), kind=kind)
        return
    if q is not None and q.limit is not None:
        rows = itertools.islice(rows, q.limit)
    shown: list[dict] = []
    remember(session, kind, shown, columns)
    from incidents.render.rows import render_rows
    render_rows(kept(rows, shown), columns, session.fmt, session.out, terminal=session.terminal,
                bidi=session.bidi, empty=empty, footer=lambda n: plural(n, noun))


def show_count(session, n: int, kind: str) -> bool:
    """With `count` on the line: say how many rows there are instead of showing them."""
    q = getattr(session.command, "query", None)
    if q is None or not q.count:
        return False
    if session.fmt == "table":
        session.out.write(plural(n, NOUNS.get(kind, "row")) + "\n")
    else:
        from incidents.render.rows import render_rows
        render_rows([{"count": n}], ["count"], session.fmt, session.out, terminal=session.terminal,
                    bidi=session.bidi, empty="", footer="")
    return True


def show_rows(session, rows: list[dict], columns: list[str], *, empty: str, footer: str = "",
              kind: str = "rows", total: Optional[int] = None) -> None:
    """Render rows through the shared renderer in the session's format (after the line's
    sort, limit and count), and remember them. `total`: how many rows there are when
    `rows` holds only the first of them (a limit already applied)."""
    from incidents.render.rows import render_rows
    total, rows = (len(rows) if total is None else total), shaped(session, rows)
    if len(rows) < total:
        footer = f"{footer}; showing {len(rows)} of {total} (limit)" if footer else f"showing {len(rows)} of {total}"
    remember(session, kind, rows, columns)
    if show_count(session, len(rows), kind):
        return
    render_rows(rows, columns, session.fmt, session.out, terminal=session.terminal,
                bidi=session.bidi, empty=empty, footer=footer)
