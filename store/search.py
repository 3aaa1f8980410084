"""Full-text search over articles and quotes, spelling-normalised like every other match.

Arabic writers spell the same word with or without hamza, with ta marbuta or ha, with
or without diacritics; names already match through extract.normalise.fold, and so must
free text. The store keeps a folded copy of each text (text_folded, schema 2) indexed by a
trigram FTS5 table; the query is folded the same way. Trigrams match substrings, so a
word also matches with an attached particle (و ب ل ال) in front of it.

Folding removes characters (diacritics, tatweel), so offsets in the folded text are not
offsets in the article: each hit is mapped back through fold_map to the original
characters, and the context shown is the article's own spelling.
"""
from __future__ import annotations

import itertools
import json
import re
import sqlite3
from typing import Iterator

FOLD_FUNCTION = "incidents_fold"
MIN_TRIGRAM = 3          # shorter terms cannot use the trigram index: matched with instr()
CONTEXT = 60             # characters of article text either side of a hit
PER_TEXT = 5             # hits shown per document or quote


def _register(db) -> None:
    from incidents.extract.normalise import fold
    db.conn.create_function(FOLD_FUNCTION, 1, lambda s: None if s is None else fold(s), deterministic=True)


def fill_folded(db) -> int:
    """Fold every text whose text_folded is missing (new rows, changed texts); the
    triggers index them. Returns how many rows were folded. The UPDATEs run inside
    db.atomic(), so no transaction is ever left open behind them (an open one would
    swallow every later write of the session); inside a caller's transaction they
    are a savepoint of it. A read-only store is left as it is."""
    _register(db)
    n = 0
    try:
        with db.atomic():
            for t in ("documents", "quotes"):
                cur = db.conn.execute(f"UPDATE {t} SET text_folded = {FOLD_FUNCTION}(text) WHERE text_folded IS NULL")
                n += max(cur.rowcount, 0)
    except sqlite3.OperationalError as e:
        if "readonly" not in str(e) and "read-only" not in str(e):
            raise
    return n


def rebuild(db) -> None:
    """Rebuild both folded indexes from their tables (after a VACUUM renumbered rowids)."""
    for t in ("documents", "quotes"):
        db.conn.execute(f"INSERT INTO {t}_fold_fts ({t}_fold_fts) VALUES ('rebuild')")


def query_terms(text: str) -> list[str]:
    """The folded terms of a search: each quoted phrase or word, folded; punctuation
    other than inside words is dropped."""
    from incidents.extract.normalise import fold
    terms = []
    for part in text:
        f = " ".join(re.findall(r"\w+", fold(part)))
        if f:
            terms.append(f)
    return terms


def _fts_query(terms: list[str]) -> str:
    """An FTS5 expression: every long term as a quoted string (ANDed). The terms are
    bound as one parameter, and quoting makes FTS5 syntax in them literal."""
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms if len(t) >= MIN_TRIGRAM)


class _Matched:
    """One matched text: where the first term occurs in its folded copy (the store's
    text_folded, which the index matched; folded here when there is none), mapped back to
    the article's offsets (fold_map, the costly part) only when a hit of it is looked at:
    a search counts up to 1,000 hits for its footer, and a page shows 50 of them."""

    __slots__ = ("text", "base", "spans", "_pattern", "_index")

    def __init__(self, text: str, terms: list[str], base: int, folded: str | None = None):
        from incidents.extract.normalise import fold
        self.text, self.base, self._index = text, base, None
        self._pattern = re.compile(re.escape(terms[0]).replace(r"\ ", r"\W+"))
        self.spans = self._find(fold(text) if folded is None else folded)

    def _find(self, folded: str) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in self._pattern.finditer(folded)]

    def span(self, k: int) -> tuple[int, int]:
        """The k-th occurrence's offsets in the article; the end takes the diacritics of
        the last letter."""
        if self._index is None:
            from incidents.extract.normalise import fold_map
            folded, self._index = fold_map(self.text)
            fresh = self._find(folded)
            if fresh != self.spans:      # a copy folded by older rules: the offsets are today's fold's
                self.spans = fresh or [(0, 0)]
        s, e = self.spans[min(k, len(self.spans) - 1)]
        return self.base + self._index[s], self.base + self._index[e]


class Hit:
    """One occurrence: what it is in at once (kind "article" or "quote", doc, ref: the
    document's sha256 or the quote's id, incident, speaker); where it is (start, end:
    offsets in the article) and its context (before, match, after) when first asked."""

    __slots__ = ("kind", "doc", "ref", "incident", "speaker", "_matched", "_k", "_span")

    def __init__(self, kind: str, doc: str, ref: str, matched: _Matched, k: int,
                 incident: str | None = None, speaker: str | None = None):
        self.kind, self.doc, self.ref, self.incident, self.speaker = kind, doc, ref, incident, speaker
        self._matched, self._k, self._span = matched, k, None

    def _where(self) -> tuple[int, int]:
        if self._span is None:
            self._span = self._matched.span(self._k)
        return self._span

    @property
    def start(self) -> int:
        return self._where()[0]

    @property
    def end(self) -> int:
        return self._where()[1]

    def _local(self) -> tuple[str, int, int]:
        s, e = self._where()
        return self._matched.text, s - self._matched.base, e - self._matched.base

    @property
    def before(self) -> str:
        text, ls, _ = self._local()
        return text[max(0, ls - CONTEXT):ls]

    @property
    def match(self) -> str:
        text, ls, le = self._local()
        return text[ls:le]

    @property
    def after(self) -> str:
        text, _, le = self._local()
        return text[le:le + CONTEXT]

    def __repr__(self) -> str:
        return f"Hit({self.kind}, {self.doc}, {self.start}-{self.end}, {self.match!r})"


def _unfolded(db, table: str, select: str, join: str, terms: list[str]) -> list[tuple]:
    """Matching rows whose folded copy is missing (written by an older version, or a text
    changed since): folded here, on the fly, so a search never needs to write and a
    read-only store is searched completely. The partial index idx_{table}_unfolded
    keeps finding them cheap."""
    conds = " AND ".join(f"instr({FOLD_FUNCTION}(t.text), ?) > 0" for _ in terms)
    return db.execute(f"SELECT {select} FROM {table} t{join} WHERE t.text_folded IS NULL AND {conds}",
                      terms).fetchall()


RANKED_CHUNK = 50         # texts read at a time, best ranked first


def _ranked(db, table: str, select: str, join: str, fts: str, conds: list[str], params: list) -> Iterator[tuple]:
    """The rows matching `fts` (and `conds`), best ranked first, their texts read a chunk at a
    time as they are used: the rank orders the rowids alone (sorting the matches with their
    texts read all 6,617 matched articles of a million-incident store, 100 MB, for the 200
    whose hits are shown)."""
    ranked = [r[0] for r in db.execute(f"SELECT rowid FROM {table}_fold_fts WHERE {table}_fold_fts MATCH ? "
                                       f"ORDER BY rank, rowid", [fts])]
    more = "".join(" AND " + c for c in conds)
    for n in range(0, len(ranked), RANKED_CHUNK):
        chunk = ranked[n:n + RANKED_CHUNK]
        rows = {r[0]: r[1:] for r in db.execute(
            f"SELECT t.rowid, {select} FROM {table} t{join} WHERE t.rowid IN (SELECT value FROM json_each(?)){more}",
            [json.dumps(chunk)] + params)}
        yield from (rows[rowid] for rowid in chunk if rowid in rows)


def search(db, phrases: list[str], limit: int = 200) -> tuple[list[Hit], int]:
    """Hits for `phrases` (ANDed, each folded) in articles and quotes, best ranked
    first; returns (hits, number of texts matched). The shown hits are occurrences of
    the first phrase, at most PER_TEXT per text and `limit` in all."""
    terms = query_terms(phrases)
    if not terms:
        return [], 0
    _register(db)          # for texts not folded yet (see _unfolded); registering is no write
    fts = _fts_query(terms)
    short = [t for t in terms if len(t) < MIN_TRIGRAM]
    hits: list[Hit] = []
    texts = 0
    for kind, table in (("article", "documents"), ("quote", "quotes")):
        conds = ["instr(t.text_folded, ?) > 0" for _ in short]
        params: list = list(short)
        if table == "documents":
            select = "t.sha256, t.doc, t.text, 0, NULL, NULL, t.text_folded"
        else:
            select = "t.id, d.doc, t.text, t.start, t.incident_id, t.speaker, t.text_folded"
        join = "" if table == "documents" else " JOIN documents d ON d.sha256 = t.document"
        if fts:
            rows = _ranked(db, table, select, join, fts, conds, params)
        else:
            sql = (f"SELECT {select} FROM {table} t{join} WHERE {' AND '.join(conds)} "
                   f"ORDER BY {'t.doc' if table == 'documents' else 'd.doc, t.start'}")
            rows = db.execute(sql, params)
        for ref, doc, text, base, incident, speaker, folded in itertools.chain(
                rows, _unfolded(db, table, select, join, terms)):
            texts += 1
            base = base or 0
            matched = _Matched(text, terms, base, folded)
            for k in range(min(len(matched.spans), PER_TEXT)):
                hits.append(Hit(kind, doc, ref, matched, k, incident, speaker))
                if len(hits) >= limit:
                    return hits, texts
    return hits, texts
