"""Tab completion generated from the registry: command words, each argument's
kind (choices, incident ids, paths, a command's own values), and actor/place
names in both scripts with their other-script name and incident count, so the
menu shows `الدفاع الوطني  National Defence Forces (7)`.

The logic is a pure function (`complete`) so it is tested without a terminal;
prompt_toolkit is only imported by `make_completer`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable, NamedTuple, Optional

from incidents.query.parser import CLAUSES
from incidents.shell import registry
from incidents.shell.registry import ACTOR, CHOICE, COMMAND, INCIDENT, PATH, PLACE

NAME_CLAUSES = {"actor": ACTOR, "where": PLACE}
_SEP = re.compile(r"[-_\s]+")
_COMMA = re.compile(r"[,،]")


class Candidate(NamedTuple):
    text: str              # what is inserted
    start: int             # start_position (<= 0) relative to the cursor
    display: str = ""      # what the menu shows (default: text)
    meta: str = ""         # the grey column: other-script name and count, or help


@dataclass
class Entry:
    name: str
    meta: str
    count: int
    keys: tuple[str, ...]


@dataclass
class _Tok:
    start: int
    end: int
    text: str
    quote: str = ""        # the opening quote character, if any
    closed: bool = True    # False for a quote still open at the cursor

    @property
    def keyword(self) -> Optional[str]:
        low = self.text.lower()
        return low if not self.quote and low in CLAUSES else None


def loose(text: str) -> str:
    """Folded (hamza, ta marbuta, case…) with hyphens/underscores as spaces."""
    from incidents.extract.normalise import fold
    return _SEP.sub(" ", fold(text or "")).lstrip()


def _keys(name: str) -> tuple[str, ...]:
    from incidents.extract.normalise import key_text
    keys = [loose(name)]
    k = loose(key_text(name))
    if k and k not in keys:
        keys.append(k)
    return tuple(keys)


def _rows(session: Any, kind: str) -> Optional[list[dict]]:
    """Actor/place rows with incident counts: store.stats, else one query here."""
    db = getattr(getattr(session, "store", None), "db", None)
    if db is None:
        return None
    try:
        from incidents.store import stats
        return (stats.actor_rows if kind == ACTOR else stats.place_rows)(db)
    except ImportError:
        pass
    except Exception:
        return None
    sql = ("SELECT a.id, a.name, a.name_ar, (SELECT count(DISTINCT incident_id) FROM incident_actors "
           "WHERE actor_id = a.id) AS incidents FROM actors a ORDER BY incidents DESC, a.name"
           if kind == ACTOR else
           "SELECT p.id, p.name, p.name_ar, (SELECT count(*) FROM incidents WHERE place_id = p.id) "
           "AS incidents FROM places p ORDER BY incidents DESC, p.name")
    try:
        cur = db.execute(sql)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]
    except Exception:
        return None


def name_entries(session: Any, kind: str) -> list[Entry]:
    """Every completable name of a kind, most used first: canonical names in
    both scripts, then the gazetteer's aliases, each with its other-script name."""
    from incidents.render.escape import has_arabic
    rows = _rows(session, kind)
    out: list[Entry] = []
    seen: set[str] = set()

    def add(name: Any, meta: str, count: int) -> None:
        if isinstance(name, str) and name.strip() and loose(name) not in seen:
            seen.add(loose(name))
            out.append(Entry(name.strip(), meta, count, _keys(name.strip())))

    if rows is None:  # a store without tables: the session's names, no counts
        for name in (session.known_names(kind) or {}).values():
            add(name, "", 0)
        return out

    def meta(row: dict, other: Any) -> str:
        n = row.get("incidents") or 0
        return f"{other} ({n})" if other else f"({n})"

    by_id = {r.get("id"): r for r in rows}
    for r in sorted(rows, key=lambda r: r.get("kind") != "governorate"):   # a bare name is the governorate
        add(r.get("name"), meta(r, r.get("name_ar")), r.get("incidents") or 0)
        add(r.get("name_ar"), meta(r, r.get("name")), r.get("incidents") or 0)
    if kind == PLACE:
        for name, other, r in namesake_cities(rows):
            add(name, meta(r, other), r.get("incidents") or 0)
    try:
        gaz = session.gazetteer()
        records = gaz.actors if kind == ACTOR else gaz.places
    except Exception:
        records = {}
    aliases: list[tuple[int, str, str]] = []
    for rec_id, rec in records.items():
        r = by_id.get(rec.get("id", rec_id))
        if r is None:
            continue
        for alias in list(rec.get("aliases_en") or []) + list(rec.get("aliases_ar") or []):
            if isinstance(alias, str):
                other = r.get("name") if has_arabic(alias) else (r.get("name_ar") or r.get("name"))
                aliases.append((r.get("incidents") or 0, alias, meta(r, other)))
    for count, alias, m in sorted(aliases, key=lambda a: -a[0]):
        add(alias, m, count)
    out.sort(key=lambda e: -e.count)   # stable: canonical names stay before aliases
    return out


def namesake_cities(rows: list[dict]) -> list[tuple[str, str, dict]]:
    """('Idleb city', 'مدينة إدلب', row) and ('مدينة إدلب', 'Idleb city', row) for each town
    that bears its governorate's name: the bare name means the governorate
    (store.names.place_ids), so the city needs an entry of its own to be picked."""
    govs = {r.get("admin1"): r for r in rows if r.get("kind") == "governorate"}
    out = []
    for r in rows:
        gov = govs.get(r.get("admin1"))
        if gov is None or r.get("kind") not in ("city", "town") or loose(r.get("name")) != loose(gov.get("name")):
            continue
        en, ar = f"{r.get('name')} city", f"مدينة {r.get('name_ar')}" if r.get("name_ar") else ""
        out.append((en, ar, r))
        if ar:
            out.append((ar, en, r))
    return out


def match(entries: Iterable[Entry], prefix: str) -> list[Entry]:
    """Entries whose name starts with the typed prefix (folded), then those with a
    later word that does (`Zor` finds `Deir ez-Zor`)."""
    p = loose(prefix)
    first, later = [], []
    for e in entries:
        if any(k.startswith(p) for k in e.keys):
            first.append(e)
        elif len(p) >= 2 and any(w.startswith(p) for k in e.keys for w in k.split(" ")[1:]):
            later.append(e)
    return first + later


def _tokens(text: str) -> list[_Tok]:
    """The parser's tokens, tolerant of a quote still open at the cursor."""
    toks: list[_Tok] = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        if text[i] in "\"'":
            end = text.find(text[i], i + 1)
            if end < 0:
                toks.append(_Tok(i, n, text[i + 1:], text[i], closed=False))
                break
            toks.append(_Tok(i, end + 1, text[i + 1:end], text[i]))
            i = end + 1
            continue
        j = i
        while j < n and not text[j].isspace():
            j += 1
        toks.append(_Tok(i, j, text[i:j]))
        i = j
    return toks


def _needs_quotes(name: str) -> bool:
    """Would the parser split this name if it were typed plain?"""
    return bool(_COMMA.search(name)) or name[:1] in "\"'" or \
        any(w.lower() in CLAUSES for w in name.split())


class Completions:
    """Completion state for one session: name entries cached until `refresh`."""

    def __init__(self, session: Any):
        registry.load_commands()
        self.session = session
        self._entries: dict[str, list[Entry]] = {}

    def refresh(self) -> None:
        """Forget cached names (after an ingest: new actors, new counts)."""
        self._entries.clear()

    def entries(self, kind: str) -> list[Entry]:
        if kind not in self._entries:
            self._entries[kind] = name_entries(self.session, kind)
        return self._entries[kind]

    def _show(self, text: str) -> str:
        if getattr(self.session, "bidi", False):
            from incidents.render.escape import bidi_display
            return bidi_display(text)
        return text

    # -- the entry point -------------------------------------------------
    def complete(self, text: str) -> list[Candidate]:
        """Candidates for the text before the cursor."""
        toks = _tokens(text)
        at_space = not text or (text[-1].isspace() and (not toks or toks[-1].closed))
        partial = None if at_space else toks[-1]
        done = toks if partial is None else toks[:-1]
        named = self._names(text, done, partial)
        if named is not None:
            return named
        return self._words(done, partial)

    def _names(self, text: str, done: list[_Tok], partial: Optional[_Tok]) -> Optional[list[Candidate]]:
        """After actor/where: the whole (possibly multi-word) name being typed."""
        k = max((i for i, t in enumerate(done) if t.keyword), default=None)
        if k is None or done[k].keyword not in NAME_CLAUSES:
            return None
        kind = NAME_CLAUSES[done[k].keyword]
        after = done[k + 1:]
        begin = done[k].end
        for t in after:                      # a closed quoted name or a comma ends a name
            if t.quote:
                begin = t.end
            elif _COMMA.search(t.text):
                begin = t.start + max(m.end() for m in _COMMA.finditer(t.text))
        if partial is not None and _COMMA.search(partial.text) and not partial.quote:
            begin = max(begin, partial.start + max(m.end() for m in _COMMA.finditer(partial.text)))
        rest = text[begin:].lstrip()
        out: list[Candidate] = []
        if partial is not None and partial.quote and not partial.closed:
            for e in match(self.entries(kind), partial.text):
                q = partial.quote
                out.append(Candidate(f"{q}{e.name}{q}", -len(rest), self._show(e.name), self._show(e.meta)))
            return out
        if partial is not None and partial.quote:      # `actor "NDF"` + Tab: nothing to add
            return []
        for e in match(self.entries(kind), rest):
            shown = f'"{e.name}"' if _needs_quotes(e.name) else e.name
            out.append(Candidate(shown, -len(rest), self._show(e.name), self._show(e.meta)))
        if after or (partial is not None and rest != partial.text):
            # some name is already typed: the next clause may start here
            word = partial.text if partial is not None else ""
            out += [Candidate(c, -len(word), c, "clause") for c in CLAUSES if c.startswith(word.lower())]
        return out

    def _words(self, done: list[_Tok], partial: Optional[_Tok]) -> list[Candidate]:
        word = partial.text if partial is not None else ""
        start = -(partial.end - partial.start) if partial is not None else 0
        quote = partial.quote if partial is not None else ""
        if not done:
            return self._pool(self._commands(), word, start, quote)
        k = max((i for i, t in enumerate(done) if t.keyword), default=0)
        spec = registry.lookup(done[k].text)
        if spec is None:
            return []
        pos = len(done) - k - 1
        pool: list[tuple[str, str]] = []
        if spec.argcomplete is not None and k == 0:
            try:
                pool = list(spec.argcomplete([t.text for t in done[1:]]))
            except Exception:
                pool = []
        elif spec.complete and spec.usage.strip() != "[CLAUSES]":
            kinds = spec.complete
            kind = kinds[pos] if pos < len(kinds) else (kinds[-1] if spec.repeat else None)
            if kind == PATH:   # a command's fixed words (export incidents), else files
                fixed = self._pool([(c, "") for c in spec.choices], word, start, quote)
                return fixed or self._paths(word, start)
            pool = self._kind(kind, spec, word) if kind else []
        wants_clauses = (spec.clause and pos >= len(spec.complete)) or "CLAUSES" in spec.usage
        if wants_clauses and not quote:
            pool += [(c, "clause") for c in CLAUSES]
        return self._pool(pool, word, start, quote)

    def _pool(self, pool: Iterable[tuple[str, str]], word: str, start: int, quote: str) -> list[Candidate]:
        p = loose(word)
        out, seen = [], set()
        for text, meta in pool:
            if not loose(text).startswith(p) or text in seen:
                continue
            seen.add(text)
            shown = f"{quote or chr(34)}{text}{quote or chr(34)}" if (quote or " " in text) else text
            out.append(Candidate(shown, start, self._show(text), self._show(meta)))
        return out

    def _commands(self) -> list[tuple[str, str]]:
        return [(n, registry.REGISTRY[n].summary) for n in registry.names(include_aliases=False)]

    def _kind(self, kind: str, spec: Any, word: str) -> list[tuple[str, str]]:
        if kind == COMMAND:
            return self._commands()
        if kind == CHOICE:
            return [(c, "") for c in spec.choices]
        if kind in (ACTOR, PLACE):
            return [(e.name, e.meta) for e in self.entries(kind)]
        if kind == INCIDENT:
            return self._incidents(word)
        return []

    def _incidents(self, word: str) -> list[tuple[str, str]]:
        db = getattr(getattr(self.session, "store", None), "db", None)
        if db is None:
            return []
        try:
            rows = db.execute("SELECT id, date, coalesce(location_name, ''), coalesce(sub_event_type, '') "
                              "FROM incidents WHERE id LIKE ? ORDER BY date DESC LIMIT 200",
                              [word.replace("%", "").replace("_", "") + "%"]).fetchall()
        except Exception:
            return []
        return [(r[0], " ".join(str(x) for x in r[1:] if x)) for r in rows]

    def _paths(self, word: str, start: int) -> list[Candidate]:
        from prompt_toolkit.completion import PathCompleter
        from prompt_toolkit.document import Document
        out = []
        for c in PathCompleter(expanduser=True).get_completions(Document(word), None):
            out.append(Candidate(word + c.text, start, c.display_text, ""))
        return out


def make_completer(session: Any, state: Optional[Completions] = None):
    """A prompt_toolkit Completer over `Completions` (imported only by the shell)."""
    from prompt_toolkit.completion import Completer, Completion

    comp = state or Completions(session)

    class RegistryCompleter(Completer):
        completions = comp

        def get_completions(self, document, complete_event):
            for c in comp.complete(document.text_before_cursor):
                yield Completion(c.text, start_position=c.start, display=c.display or c.text,
                                 display_meta=c.meta or None)

    return RegistryCompleter()
