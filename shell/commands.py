"""The core shell commands (search, show, help, stats, format, ingest, quit), each registered once with its help and completion kinds."""
from __future__ import annotations

from incidents.query.parser import Command, did_you_mean, suggest
from incidents.shell.registry import CHOICE, COMMAND, INCIDENT, PATH, CommandError, Quit, command, help_text
from incidents.shell.results import Later, count_found, find, find_iter, kept, no_args, plural, show_count, show_rows

FORMATS = ("table", "json", "jsonl", "csv", "tsv", "md")


@command("search", usage="[TEXT] [CLAUSES]", summary="incidents matching the clauses; with TEXT, articles and quotes containing it",
         help="A line that starts with a clause runs a search, so 'search' is only needed to list "
              "everything.\nClauses: actor NAME, where PLACE, between DATE DATE, since DATE, "
              "until DATE, type T, subtype S, killed >= N, injured > N, outlet NAME, sort FIELD, "
              "count, limit N.\nSeveral commands on one line: separate them with ';'.\n"
              "search الدفاع الوطني      full-text search (any hamza, ta marbuta or diacritics spelling); "
              "quote a phrase to keep its words together; clauses narrow it to the documents and "
              "quotes of matching incidents.", complete=(COMMAND,))
def cmd_search(session, cmd: Command) -> None:
    if cmd.args:
        from incidents.shell.fulltext import full_text
        full_text(session, cmd)
        return
    from incidents.render.formats import render_incidents
    if cmd.query.count:
        n = count_found(session, cmd.query)
        session.last_result = {"kind": "incidents", "rows": Later(lambda: find(session, cmd.query, explain=False)),
                               "columns": []}
        show_count(session, n, "incidents")
        return
    rows: list[dict] = []             # filled as the rows stream past (for `export FILE`)
    found = kept(find_iter(session, cmd.query), rows)
    session.last_result = {"kind": "incidents", "rows": rows, "columns": []}
    render_incidents(found, session.fmt, session.out, terminal=session.terminal, bidi=session.bidi)


@command("show", usage="ID", complete=(INCIDENT,),
         summary="one incident in full: fields, citations with evidence, quotes",
         help="show i-3f9c2a   (a unique prefix of the id is enough; a merged report's id shows its incident)\n"
              "show i-3f9c2a --format json   the contract shape, corrections applied")
def cmd_show(session, cmd: Command) -> None:
    args, fmt = list(cmd.args), session.fmt
    if "--format" in args:
        k = args.index("--format")
        if k + 1 >= len(args) or args[k + 1].lower() not in FORMATS:
            raise CommandError(f"--format needs one of {', '.join(FORMATS)}")
        fmt = args[k + 1].lower()
        del args[k:k + 2]
    if len(args) != 1 or not cmd.query.is_empty():
        raise CommandError("show needs one incident id, e.g. show i-3f9c2a")
    inc = session.store.get_incident(args[0])
    if inc is None and _retracted(session, args[0]):
        raise CommandError(f"incident '{args[0]}' was retracted; see history {args[0]}, or undo")
    if inc is None:
        try:
            ids = [r[0] for r in session.store.db.execute("SELECT id FROM incidents").fetchall()]
        except Exception:
            ids = []
        raise CommandError(f"no incident '{cmd.args[0]}'{did_you_mean(suggest(cmd.args[0], ids))}")
    from incidents.render.formats import render_detail
    session.last_result = {"kind": "incidents", "rows": [inc], "columns": []}
    render_detail(inc, fmt, session.out, terminal=session.terminal, bidi=session.bidi)


def _retracted(session, ident: str) -> bool:
    from incidents.store.corrections import CorrectionError, resolve
    db = getattr(session.store, "db", None)
    if db is None:
        return False
    try:
        resolve(db, ident)
    except CorrectionError:
        return False
    return True


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
    no_args(cmd, "stats")
    c = session.store.counts()
    counts = {k: c.get(k, 0) for k in ("documents", "incidents", "quotes")}
    if session.fmt == "table":
        session.out.write(f"{session.db_path}: {plural(counts['documents'], 'document')}, "
                          f"{plural(counts['incidents'], 'incident')}, {plural(counts['quotes'], 'quote')}\n")
    elif session.fmt == "json":
        from incidents.render.formats import to_json
        session.out.write(to_json({"store": session.db_path, **counts}, indent=2) + "\n")
    else:
        show_rows(session, [{"store": session.db_path, **counts}], ["store", *counts], empty="", kind="stats")


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
    from incidents.store.ingest import counted, in_store, ingest_paths
    paths = [os.path.expanduser(p) for p in cmd.args]
    try:
        gazetteer = session.gazetteer()
    except GazetteerError as e:
        raise CommandError(str(e)) from None
    summary = counted(lambda store: ingest_paths(store, paths, progress=session.terminal,
                                                 gazetteer=gazetteer))(session.store)
    session._names.clear()
    session.out.write(f"{summary.new} new, {summary.unchanged} unchanged, {summary.failed} failed; "
                      f"{summary.incidents} incidents, {summary.quotes} quotes{in_store(summary)}\n")
    if summary.failed:
        raise CommandError(f"{summary.failed} input(s) failed")

