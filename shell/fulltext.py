"""`search TEXT [CLAUSES]`: the articles and quotes containing a phrase, in any spelling.

The implementation behind the `search` command when it has words; the folded
search itself is the store's (store/search.py).
"""
from __future__ import annotations

from incidents.query.parser import Command
from incidents.shell.results import plural, scope_ids, show_rows


def full_text(session, cmd: Command) -> None:
    """`search TEXT [CLAUSES]`: articles and quotes containing every phrase (folded)."""
    import json

    from incidents.render.escape import clean
    from incidents.store.search import PER_TEXT
    phrases = [" ".join(a.strip() for a in cmd.args if a.strip())]   # the words as one phrase
    db = session.store.reader                 # a query never writes (nor takes the write lock)
    hits, _ = session.store.search(phrases, limit=1000)
    ids = scope_ids(session, cmd)
    if ids is not None:
        docs = {r[0] for r in db.execute(     # every document an incident's evidence is cited from
            "SELECT document FROM incidents WHERE id IN (SELECT value FROM json_each(?1)) UNION "
            "SELECT document FROM citations WHERE incident_id IN (SELECT value FROM json_each(?1))",
            [json.dumps(ids)]).fetchall()}
        keep = set(ids)
        hits = [h for h in hits if (h.kind == "article" and h.ref in docs) or h.incident in keep]
    styled = session.fmt == "table"
    q = cmd.query
    # without `sort` a `limit` shows the first hits only: the rest are counted, never
    # located in their texts nor drawn (1,000 hits on a big store for a page of 50)
    shown = hits[:q.limit] if q.limit is not None and not q.sort and not q.count else hits
    rows = []
    for h in shown:
        row = {"kind": h.kind, "doc": h.doc, "start": h.start, "end": h.end,
               "context": clean(h.before + h.match + h.after, oneline=True), "match": h.match,
               "speaker": h.speaker, "incident": h.incident}
        if styled:
            row["context"] = _highlight(h, session)
        rows.append(row)
    texts = len({(h.kind, h.ref) for h in hits})
    more = f" in {texts} text{'s' if texts != 1 else ''} (at most {PER_TEXT} shown per text)" if texts else ""
    columns = ["kind", "doc", "start", "end", "context", "speaker", "incident"]
    show_rows(session, rows, columns if styled else columns[:4] + ["match"] + columns[4:],
              empty=f"no article or quote contains {' + '.join(repr(p) for p in phrases)}",
              footer=plural(len(hits), "hit") + more, kind="hits", total=len(hits))


def _highlight(hit, session):
    """The hit in its context, marked ⟦…⟧ inside its word (render.wrap turns the marks
    into a highlight on a terminal and keeps the word in one isolate)."""
    from incidents.render.escape import clean
    from incidents.render.wrap import CLOSE, OPEN, Hit
    return Hit(("…" if hit.before else "") + clean(hit.before, oneline=True) + OPEN
               + clean(hit.match, oneline=True) + CLOSE + clean(hit.after, oneline=True)
               + ("…" if hit.after else ""))
