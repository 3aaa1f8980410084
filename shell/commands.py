"""The shell commands, each registered once with its help and completion kinds."""
from __future__ import annotations

from incidents.query.model import Query
from incidents.query.parser import Command, did_you_mean, suggest
from incidents.shell.registry import (ACTOR, CHOICE, COMMAND, DATE, INCIDENT, NUMBER, PATH, PLACE,
                            CommandError, Quit, command, help_text)

FORMATS = ("table", "json", "jsonl", "csv", "tsv", "md")


def _no_args(cmd: Command, example: str) -> None:
    if cmd.args:
        raise CommandError(f"unexpected '{cmd.args[0]}'; e.g. {example}")


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


def find(session, q: Query) -> list[dict]:
    """Run a query against the store; unknown names become 'did you mean' errors."""
    found = list(session.store.find_incidents(q))
    if q.limit is not None:
        found = found[:q.limit]
    if q.actors or q.places:
        _check_names(session, q, found)
    return found


@command("search", usage="[TEXT] [CLAUSES]", summary="incidents matching the clauses; with TEXT, articles and quotes containing it",
         help="A line that starts with a clause runs a search, so 'search' is only needed to list "
              "everything.\nClauses: actor NAME, where PLACE, between DATE DATE, since DATE, "
              "until DATE, limit N.\n"
              "search الدفاع الوطني      full-text search (any hamza, ta marbuta or diacritics spelling); "
              "quote a phrase to keep its words together; clauses narrow it to the documents and "
              "quotes of matching incidents.", complete=(COMMAND,))
def cmd_search(session, cmd: Command) -> None:
    if cmd.args:
        from incidents.shell.commands_analysis import full_text
        full_text(session, cmd)
        return
    from incidents.render.formats import render_incidents
    found = find(session, cmd.query)
    session.last_result = {"kind": "incidents", "rows": found, "columns": []}
    render_incidents(found, session.fmt, session.out, terminal=session.terminal, bidi=session.bidi)


@command("actor", usage="NAME", clause=True, complete=(ACTOR,), repeat=True,
         summary="incidents involving an actor (English or Arabic, any alias)",
         help="actor NDF\nactor الدفاع الوطني\nactor \"Syrian Democratic Forces\" actor قسد   (either)\n"
              "A parent actor includes its sub-units (SDF finds Asayish).")
def _actor(session, cmd: Command) -> None:  # pragma: no cover - lines starting with a clause parse as search
    cmd_search(session, cmd)


@command("where", usage="PLACE", clause=True, complete=(PLACE,), repeat=True,
         summary="incidents at a place; a governorate includes its towns",
         help="where Deir ez-Zor\nwhere الميادين\nwhere \"Al-Hasakah\"")
def _where(session, cmd: Command) -> None:  # pragma: no cover
    cmd_search(session, cmd)


@command("between", usage="DATE DATE", clause=True, complete=(DATE, DATE),
         summary="incidents dated in a range (ISO prefixes, both ends inclusive)",
         help="between 2021 2024\nbetween 2022-04 2022-06\nbetween 2022-04-01 2022-04-30")
def _between(session, cmd: Command) -> None:  # pragma: no cover
    cmd_search(session, cmd)


@command("since", usage="DATE", clause=True, complete=(DATE,), summary="incidents on or after a date",
         help="since 2023\nsince 2023-09-01")
def _since(session, cmd: Command) -> None:  # pragma: no cover
    cmd_search(session, cmd)


@command("until", usage="DATE", clause=True, complete=(DATE,), summary="incidents up to a date (inclusive)",
         help="until 2022\nuntil 2022-06")
def _until(session, cmd: Command) -> None:  # pragma: no cover
    cmd_search(session, cmd)


@command("limit", usage="N", clause=True, complete=(NUMBER,), summary="show at most N incidents",
         help="actor NDF limit 5")
def _limit(session, cmd: Command) -> None:  # pragma: no cover
    cmd_search(session, cmd)


@command("show", usage="ID", complete=(INCIDENT,),
         summary="one incident in full: fields, citations with evidence, quotes",
         help="show i-3f9c2a   (a unique prefix of the id is enough)")
def cmd_show(session, cmd: Command) -> None:
    if len(cmd.args) != 1 or not cmd.query.is_empty():
        raise CommandError("show needs one incident id, e.g. show i-3f9c2a")
    inc = session.store.get_incident(cmd.args[0])
    if inc is None:
        try:
            ids = [r[0] for r in session.store.db.execute("SELECT id FROM incidents").fetchall()]
        except Exception:
            ids = []
        raise CommandError(f"no incident '{cmd.args[0]}'{did_you_mean(suggest(cmd.args[0], ids))}")
    from incidents.render.formats import render_detail
    session.last_result = {"kind": "incidents", "rows": [inc], "columns": []}
    render_detail(inc, session.fmt, session.out, terminal=session.terminal, bidi=session.bidi)


@command("export", usage="incidents|quotes|FILE [--format acled] [CLAUSES]", complete=(CHOICE,),
         choices=("incidents", "quotes"),
         summary="contract JSON Lines on stdout, or the last result / the clauses' incidents to FILE",
         help="export incidents\nexport quotes\nexport incidents actor NDF between 2021 2022\n"
              "Quotes with clauses are those supporting the matching incidents.\n"
              "export results.csv               the last result shown (csv, tsv, json, jsonl, md by extension)\n"
              "export ndf.acled.csv actor NDF   ACLED's CSV columns (or --format acled)\n"
              "CSV cells that start with = + - @ get a leading ' so spreadsheets keep them as text.")
def cmd_export(session, cmd: Command) -> None:
    from incidents.render.formats import write_jsonl
    if len(cmd.args) != 1 or cmd.args[0].lower() not in ("incidents", "quotes"):
        if not cmd.args:
            raise CommandError("export needs incidents, quotes or a file, e.g. export incidents")
        from incidents.shell.commands_sql import export_file
        export_file(session, cmd)
        return
    what = cmd.args[0].lower()
    store = session.store
    if cmd.query.is_empty() and cmd.query.limit is None:
        rows = store.export_incidents() if what == "incidents" else store.export_quotes()
    else:
        incidents = find(session, cmd.query)
        if what == "incidents":
            rows = iter(incidents)
        else:
            ids = {i["id"] for i in incidents}
            rows = (q for q in store.export_quotes() if q.get("incident") in ids)
    write_jsonl(rows, session.out)
    session.out.flush()


@command("help", usage="[COMMAND]", complete=(COMMAND,), aliases=("?",),
         summary="list commands, or explain one")
def cmd_help(session, cmd: Command) -> None:
    width = session.width
    if width is None and session.terminal:
        import shutil
        width = shutil.get_terminal_size((100, 24)).columns
    session.out.write(help_text(cmd.args[0] if cmd.args else None, width=width))


@command("quit", aliases=("exit",), summary="leave the shell (Ctrl-D also quits)")
def cmd_quit(session, cmd: Command) -> None:
    raise Quit()


@command("stats", summary="how many documents, incidents and quotes the store holds")
def cmd_stats(session, cmd: Command) -> None:
    _no_args(cmd, "stats")
    c = session.store.counts()
    session.out.write(f"{session.db_path}: {c.get('documents', 0)} documents, "
                      f"{c.get('incidents', 0)} incidents, {c.get('quotes', 0)} quotes\n")


@command("format", usage="[FORMAT]", complete=(CHOICE,), choices=FORMATS,
         summary="show or set the output format: " + ", ".join(FORMATS))
def cmd_format(session, cmd: Command) -> None:
    if not cmd.args:
        session.out.write(f"{session.fmt}\n")
        return
    fmt = cmd.args[0].lower()
    if fmt not in FORMATS or len(cmd.args) > 1:
        raise CommandError(f"unknown format '{' '.join(cmd.args)}'"
                           f"{did_you_mean(suggest(cmd.args[0], FORMATS))}; choose one of {', '.join(FORMATS)}")
    session.fmt = fmt


@command("ingest", usage="PATH...", complete=(PATH,), repeat=True,
         summary="add articles (files, folders, .jsonl corpora) to the store",
         help="ingest ~/articles\ningest corpus.jsonl more.txt\nAlready-ingested texts are skipped.")
def cmd_ingest(session, cmd: Command) -> None:
    if not cmd.args:
        raise CommandError("ingest needs a path, e.g. ingest ~/articles")
    import os
    from incidents.extract.gazetteer import GazetteerError
    from incidents.store.ingest import ingest_paths
    paths = [os.path.expanduser(p) for p in cmd.args]
    try:
        gazetteer = session.gazetteer()
    except GazetteerError as e:
        raise CommandError(str(e)) from None
    summary = ingest_paths(session.store, paths, progress=session.terminal, gazetteer=gazetteer)
    session._names.clear()
    session.out.write(f"{summary.new} new, {summary.unchanged} unchanged, {summary.failed} failed; "
                      f"{summary.incidents} incidents, {summary.quotes} quotes\n")
    if summary.failed:
        raise CommandError(f"{summary.failed} input(s) failed")


# The analyst commands live in their own modules; importing them registers them, so
# help and completion (which import this module) see every command.
from incidents.shell import commands_analysis, commands_browse, commands_sql  # noqa: E402,F401
