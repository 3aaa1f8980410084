"""Browsing commands: actors, places, quotes, sources and one source's text.

An analyst first asks what the store holds (who, where, which articles, who said
what) before asking for incidents; each listing takes the same clauses as a search,
so `actors where Deir-ez-Zor between 2021 2024` counts only the incidents that match.
"""
from __future__ import annotations

from typing import Iterator, Optional

from incidents.query.parser import Command, did_you_mean, suggest
from incidents.shell.registry import ACTOR, CHOICE, PLACE, CommandError, command
from incidents.shell.results import folded_has, plural, scope_ids, show_rows, show_stream, words

QUOTE_KINDS = {          # what a user may type -> speaker_kind stored by the extractor
    "anonymous": "anonymous", "anonymous source": "anonymous", "source": "anonymous",
    "sources": "anonymous", "correspondent": "correspondent", "outlet": "outlet",
    "person": "person", "organisation": "organisation", "organization": "organisation",
    "social media": "social_media", "social_media": "social_media", "social": "social_media",
}
KIND_LABELS = {"anonymous": "anonymous source", "social_media": "social media"}
STATEMENT_WIDTH = 160    # quotes are trimmed to this in listings (json keeps them whole)


# -- actors, places ------------------------------------------------------------
def _listing(session, cmd: Command, rows_of, fields: tuple[str, ...]) -> list[dict]:
    """`actors` / `places`: the rows in the clauses' scope; `all` adds those with no incident,
    other words keep rows whose fields contain them (any spelling)."""
    text = words(cmd)
    show_all = text.lower() == "all"
    rows = rows_of(session.store.db, scope_ids(session, cmd), only_used=not (show_all or text))
    if text and not show_all:
        rows = [r for r in rows if folded_has(text, *(r[f] for f in fields))]
    return rows


@command("actors", usage="[all|NAME] [CLAUSES]", complete=(ACTOR,),
         summary="actors with their affiliation and how many incidents they are in",
         help="actors\nactors where Deir-ez-Zor between 2021 2024   (counts only matching incidents)\n"
              "actors all        (also actors with no incident)\nactors tribal     (name, kind or "
              "affiliation containing the words, any spelling)")
def cmd_actors(session, cmd: Command) -> None:
    from incidents.store.stats import actor_rows
    rows = _listing(session, cmd, actor_rows, ("name", "name_ar", "id", "kind", "affiliation"))
    total = sum(1 for r in rows if r["incidents"])
    show_rows(session, rows, ["name", "name_ar", "kind", "affiliation", "incidents", "id"],
              empty="no actors match", footer=plural(total, "actor") + " in incidents", kind="actors")


@command("places", usage="[all|NAME] [CLAUSES]", complete=(PLACE,),
         summary="places with their governorate and incidents at or below them",
         help="places\nplaces actor NDF\nplaces all\n'incidents' counts a place's own incidents and "
              "those in the places below it (a governorate counts its towns); 'here' only its own.")
def cmd_places(session, cmd: Command) -> None:
    from incidents.store.stats import place_rows
    rows = _listing(session, cmd, place_rows, ("name", "name_ar", "id", "admin1"))
    for r in rows:
        r["governorate"] = r.get("admin1")
    show_rows(session, rows, ["name", "name_ar", "kind", "governorate", "incidents", "here", "id"],
              empty="no places match", footer=plural(len(rows), "place"), kind="places")


# -- quotes ----------------------------------------------------------------------
def quote_rows(db, who: str = "", incident_ids: Optional[list[str]] = None) -> Iterator[dict]:
    """Quotes with their document, filtered by speaker (folded substring) or kind
    name, and by the incidents they support; read from a cursor as they are needed."""
    import json
    sql = ('SELECT q.id, q.speaker, q.speaker_kind, q.text, q.start, q."end", q.incident_id, d.doc '
           "FROM quotes q JOIN documents d ON d.sha256 = q.document")
    params: list = []
    if incident_ids is not None:
        sql += " WHERE q.incident_id IN (SELECT value FROM json_each(?))"
        params.append(json.dumps(incident_ids))
    sql += " ORDER BY d.doc, q.start, q.id"
    kind = QUOTE_KINDS.get(" ".join(who.lower().replace("_", " ").split()))
    for qid, speaker, skind, text, start, end, inc, doc in db.execute(sql, params):
        if who and not (kind == skind or (kind is None and folded_has(who, speaker))):
            continue
        yield {"speaker": speaker, "kind": KIND_LABELS.get(skind, skind), "statement": text,
               "doc": doc, "start": start, "end": end, "incident": inc, "id": qid}


def _trim(text: str, width: int = STATEMENT_WIDTH) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


@command("quotes", usage="[WHO] [CLAUSES]", complete=(CHOICE,),
         choices=("anonymous", "correspondent", "outlet", "person", "organisation", "social media"),
         summary="who said what: speaker, kind, statement, document, incident",
         help="quotes\nquotes anonymous          (a kind: anonymous, correspondent, outlet, person, "
              "organisation, social media)\nquotes الراوي             (a speaker, any spelling)\n"
              "quotes actor NDF          (statements supporting matching incidents)")
def cmd_quotes(session, cmd: Command) -> None:
    rows = quote_rows(session.store.db, words(cmd), scope_ids(session, cmd))
    if session.fmt == "table":
        rows = (dict(r, statement=_trim(r["statement"])) for r in rows)
    show_stream(session, rows, ["speaker", "kind", "statement", "doc", "incident"],
                empty="no quotes match", noun="quote", kind="quotes")


# -- sources ---------------------------------------------------------------------
@command("sources", usage="[CLAUSES]", summary="the stored articles: outlet, date, incidents and quotes",
         help="sources\nsources actor NDF     (articles behind the matching incidents)")
def cmd_sources(session, cmd: Command) -> None:
    import json
    ids = scope_ids(session, cmd)
    where, params = "", []
    if ids is not None:
        where = ("WHERE d.sha256 IN (SELECT document FROM incidents WHERE id IN (SELECT value FROM json_each(?1)) "
                 "UNION SELECT document FROM citations "       # every report of a merged incident
                 "WHERE incident_id IN (SELECT value FROM json_each(?1)))")
        params.append(json.dumps(ids))
    cur = session.store.db.execute(
        "SELECT d.doc, d.outlet, d.published, d.title, "
        "(SELECT count(*) FROM (SELECT id FROM incidents WHERE document = d.sha256 "
        "UNION SELECT incident_id FROM citations WHERE document = d.sha256)) AS incidents, "
        "(SELECT count(*) FROM quotes q WHERE q.document = d.sha256) AS quotes, "
        f"length(d.text) AS chars FROM documents d {where} ORDER BY d.doc, d.sha256", params)
    names = [c[0] for c in cur.description]
    rows = [dict(zip(names, r)) for r in cur.fetchall()]
    show_rows(session, rows, names, empty="no sources", footer=plural(len(rows), "document"), kind="sources")


def find_document(db, name: str) -> dict:
    """The document called `name`: exact doc name, else a unique prefix of its name or sha256."""
    cols = "sha256, doc, outlet, title, published, text"
    row = db.execute(f"SELECT {cols} FROM documents WHERE doc = ? ORDER BY sha256 LIMIT 2", [name]).fetchall()
    if len(row) != 1:
        row = db.execute(f"SELECT {cols} FROM documents WHERE substr(doc, 1, ?) = ? "
                         f"OR substr(sha256, 1, ?) = ? LIMIT 2",
                         [len(name), name, len(name), name.lower()]).fetchall()
    if len(row) == 1:
        return dict(zip(("sha256", "doc", "outlet", "title", "published", "text"), row[0]))
    docs = [r[0] for r in db.execute("SELECT doc FROM documents").fetchall()]
    what = "more than one document starts with" if row else "no document"
    raise CommandError(f"{what} '{name}'{did_you_mean(suggest(name, docs)) if not row else ''}")


def evidence_spans(db, sha: str) -> list[tuple[int, int, str]]:
    """(start, end, incident id) of every citation of an incident in the document,
    exactly as stored, in text order."""
    return [tuple(r) for r in db.execute(
        'SELECT c.start, c."end", c.incident_id FROM citations c WHERE c.document = ? '
        "AND c.start IS NOT NULL AND c.\"end\" IS NOT NULL ORDER BY c.start, c.\"end\", c.incident_id",
        [sha]).fetchall()]


@command("source", usage="DOC", complete=(CHOICE,),
         summary="an article's text with the evidence of its incidents highlighted",
         help="source 000_e072a23fd46f4790.txt   (a unique prefix of the name or sha256 is enough)\n"
              "Each evidence span is followed by the id of its incident; piped output marks "
              "spans as ⟦…⟧.")
def cmd_source(session, cmd: Command) -> None:
    if len(cmd.args) != 1 or not cmd.query.is_empty():
        raise CommandError("source needs one document name, e.g. source 000_e072a23fd46f4790.txt")
    doc = find_document(session.store.db, cmd.args[0])
    spans = evidence_spans(session.store.db, doc["sha256"])
    from incidents.render.source import render_source
    render_source(doc, spans, session.out, terminal=session.terminal, bidi=session.bidi,
                  fmt=session.fmt, pager=getattr(session, "pager", "on"))
