"""`incidents` command line: subcommands, -c / -f / stdin scripts, or the interactive shell.

Only the standard library is imported at module level so that start-up stays
fast; rich, prompt_toolkit and sqlite_utils load when a command needs them.
"""
from __future__ import annotations

import argparse
import os
import sys
from typing import Optional, Sequence

from incidents.render.escape import message

FORMATS = ("table", "json", "jsonl", "csv", "tsv", "md")
PROG = "incidents"


class UsageError(Exception):
    """A usage error of the command line itself (exit 2)."""


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line and exit 2, never a usage dump."""

    def error(self, message: str):  # type: ignore[override]
        raise UsageError(message)


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return int(value)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog=PROG, description="Arabic conflict reporting on Syria as a local, cited incident store.",
                epilog="With no subcommand: an interactive shell on a terminal, else commands read from stdin.")
    common = _Parser(add_help=False)
    common.add_argument("--db", metavar="FILE", default=argparse.SUPPRESS,
                        help="the store (default: $INCIDENTS_DB or ~/.local/share/incidents/incidents.db)")
    p.add_argument("--db", metavar="FILE", default=None,
                   help="the store (default: $INCIDENTS_DB or $XDG_DATA_HOME/incidents/incidents.db)")
    common.add_argument("--gazetteer", metavar="FILE", dest="sub_gazetteer", action="append",
                        default=argparse.SUPPRESS, help="your own gazetteer file (repeatable)")
    p.add_argument("--gazetteer", metavar="FILE", action="append", default=[],
                   help="your own actors/places gazetteer (JSON, see extract/data/README.md); repeatable; "
                        "added to the 'gazetteers' of ~/.config/incidents/config.toml and $INCIDENTS_GAZETTEER")
    from incidents import __version__
    p.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    p.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    p.add_argument("--bidi", action="store_true",
                   help="reorder Arabic for terminals without bidi support")
    p.add_argument("-c", metavar="COMMAND", dest="command", help="run one shell command and exit")
    p.add_argument("-f", metavar="FILE", dest="file", help="run a file of shell commands and exit")
    sub = p.add_subparsers(dest="sub", metavar="{ingest,seed,import,extract,load,export,reindex}", parser_class=_Parser)
    ing = sub.add_parser("ingest", parents=[common], help="add articles: files, folders, .jsonl corpora")
    ing.add_argument("paths", nargs="+", metavar="PATH")
    ing.add_argument("--workers", type=_positive, metavar="N", default=None,
                     help="processes extracting while one writes (default: the machine's cores)")
    sub.add_parser("seed", parents=[common], help="add the five bundled seed articles to the store")
    imp = sub.add_parser("import", parents=[common], help="ACLED's CSV export into the store (source: ACLED)")
    imp.add_argument("kind", choices=("acled",))
    imp.add_argument("paths", nargs="+", metavar="FILE.csv")
    ext = sub.add_parser("extract", parents=[common], help="extraction records (JSON Lines) on stdout, no store")
    ext.add_argument("paths", nargs="+", metavar="PATH")
    ext.add_argument("--workers", type=_positive, metavar="N", default=None,
                     help="extracting processes (default: the machine's cores)")
    for sp in (ing, ext):
        sp.add_argument("--dask", metavar="local|tcp://HOST:PORT", default=None,
                        help="extract on a Dask cluster (the dask extra): local, or a scheduler address")
    lod = sub.add_parser("load", parents=[common], help="write extraction records into the store")
    lod.add_argument("paths", nargs="+", metavar="RECORDS")
    exp = sub.add_parser("export", parents=[common], help="contract JSON Lines on stdout")
    exp.add_argument("what", choices=("incidents", "quotes"))
    sub.add_parser("reindex", parents=[common], help="re-extract every stored document")
    return p


EMPTY_STORE = f"{PROG}: empty store: `{PROG} ingest PATH` or `{PROG} seed`"


def _seed_if_empty(session, default_store: bool = True) -> None:
    """First run of the default store: ingest the bundled seed articles, and say so in
    one line. A store the analyst named (--db, $INCIDENTS_DB, config) starts empty and
    says so, once a run. Raises GazetteerError when the analyst's gazetteer cannot be read."""
    from incidents.shell.paths import pretty, seed_files
    store = session.store
    if store.counts().get("documents", 0):
        return
    if not default_store:
        sys.stderr.write(EMPTY_STORE + "\n")
        sys.stderr.flush()
        return
    files = seed_files()
    if not files:
        return
    from incidents.store.ingest import ingest_paths
    summary = ingest_paths(store, files, progress=False, gazetteer=session.gazetteer())
    session._names.clear()
    stored = store.counts()["incidents"]
    merged = "" if stored == summary.incidents else f", from {summary.incidents} reports"
    sys.stderr.write(message(f"{PROG}: first run, ingested {summary.new} seed articles "
                             f"({stored} incidents{merged}) into {pretty(session.db_path)}") + "\n")
    sys.stderr.flush()


def _run_script(session, lines, where: str) -> int:
    """Run lines (stdin or -f): no prompt, errors to stderr, 1 if any failed."""
    from incidents.shell.registry import Quit
    failed = False
    for n, line in enumerate(lines, 1):
        line = line.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            ok = session.run(line, where=f"{where}:{n}")
        except Quit:
            break
        failed |= not ok
        session.out.flush()
    return 1 if failed else 0


def _subcommand(args, db: str, gazetteers: list[str]) -> int:
    if args.sub == "export":
        from incidents.store.export import main_export
        return main_export(db, args.what)
    from incidents.extract.gazetteer import GazetteerError
    from incidents.shell.config import load_gazetteer_files
    try:                 # before the store is touched: a bad file changes nothing
        gazetteer = load_gazetteer_files(gazetteers)
    except GazetteerError as e:
        sys.stderr.write(message(f"error: {e}") + "\n")
        return 1
    if args.sub == "import":
        from incidents.store.acled_import import main_import
        return main_import(db, args.paths, gazetteer=gazetteer)
    if args.sub in ("extract", "load"):
        from incidents.store.load import main_extract, main_load
        if args.sub == "extract":
            return main_extract(args.paths, gazetteer=gazetteer, workers=args.workers, dask=args.dask)
        return main_load(db, args.paths, gazetteer=gazetteer)
    from incidents.store.ingest import main_ingest, main_reindex
    if args.sub == "seed":
        from incidents.shell.paths import seed_files
        return main_ingest(db, seed_files(), gazetteer=gazetteer, workers=1)
    if args.sub == "ingest":
        return main_ingest(db, args.paths, gazetteer=gazetteer, workers=args.workers, dask=args.dask)
    return main_reindex(db, gazetteer=gazetteer)


def run(argv: Optional[Sequence[str]] = None) -> int:
    """Parse arguments and run; returns the exit status."""
    try:
        args = build_parser().parse_args(argv)
        if args.command is not None and args.file is not None:
            raise UsageError("-c and -f cannot be used together")
        if args.sub and (args.command is not None or args.file is not None):
            raise UsageError(f"-c/-f cannot be combined with '{args.sub}'")
    except UsageError as e:
        sys.stderr.write(message(f"{PROG}: error: {e} (see {PROG} --help)") + "\n")
        return 2

    from incidents.shell.config import ConfigError, load_config
    from incidents.shell.paths import db_path, is_default_store
    try:
        config = load_config()
    except ConfigError as e:
        sys.stderr.write(message(f"error: {e}") + "\n")
        return 1
    db = str(db_path(args.db, config.db))
    gazetteers = config.gazetteers + args.gazetteer + getattr(args, "sub_gazetteer", [])
    if args.sub:
        return _subcommand(args, db, gazetteers)

    from incidents.shell.session import Session
    stdin_tty = sys.stdin.isatty() if sys.stdin else False
    interactive = args.command is None and args.file is None and stdin_tty
    script_mode = args.command is None and args.file is None and not stdin_tty
    terminal = bool(sys.stdout.isatty()) and not script_mode
    session = Session(db, fmt=args.format, bidi=args.bidi, terminal=terminal, gazetteers=gazetteers)
    try:
        from incidents.extract.gazetteer import GazetteerError
        try:
            _seed_if_empty(session, is_default_store(args.db, config.db))
        except GazetteerError as e:
            sys.stderr.write(message(f"error: {e}") + "\n")
            return 1
        if args.command is not None:
            return 0 if session.run(args.command) else 1
        if args.file is not None:
            try:
                with open(args.file, encoding="utf-8") as fh:
                    lines = fh.readlines()
            except (OSError, UnicodeDecodeError) as e:
                sys.stderr.write(message(f"{PROG}: {args.file}: {getattr(e, 'strerror', None) or e}") + "\n")
                return 1
            return _run_script(session, lines, args.file)
        if interactive:
            from incidents.shell.repl import run_interactive
            return run_interactive(session)
        return _run_script(session, sys.stdin, "<stdin>")
    finally:
        session.close()


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Console-script entry point: never a traceback, always an exit status."""
    try:
        code = run(argv)
        sys.stdout.flush()
    except KeyboardInterrupt:
        sys.stderr.write(f"\n{PROG}: interrupted\n")
        code = 130
    except BrokenPipeError:
        # The reader went away (`| head`): not an error; silence the flush at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = 0
    except Exception as e:  # e.g. a store that cannot be opened; never a class name
        sys.stderr.write(message(f"{PROG}: error: {' '.join(str(e).split()) or 'failed'}") + "\n")
        code = 1
    sys.exit(code)
