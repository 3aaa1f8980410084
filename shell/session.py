"""A shell session: the open store, output settings, and running one line.

The interactive shell, piped stdin, -c and -f all go through `Session.run`, so
a command behaves the same wherever it is typed; only error reporting differs.
"""
from __future__ import annotations

import sys
from typing import IO, Any, Optional, Sequence

from incidents.query.parser import ParseError, parse, split_commands
from incidents.shell import registry
from incidents.shell.registry import CommandError, Quit


class Session:
    """Holds the store (opened on first use) and how results are rendered."""

    def __init__(self, db_path: str, fmt: str = "table", bidi: bool = False,
                 out: Optional[IO[str]] = None, err: Optional[IO[str]] = None,
                 terminal: bool = False, store: Any = None, gazetteers: Sequence[str] = ()):
        self.db_path = str(db_path)
        self.fmt = fmt
        self.bidi = bidi
        self.out = out or sys.stdout
        self.err = err or sys.stderr
        self.terminal = terminal          # colour/ANSI allowed on self.out
        self.pager = "auto"               # on | off | auto (see shell/settings.py, render/pager.py)
        self.width: Optional[int] = None  # table width; None: the terminal's (or $COLUMNS)
        self.vertical = False             # one block per record (`set vertical on`, or a trailing \G)
        self._store = store
        self._names: dict[str, dict[str, str]] = {}
        self.gazetteer_paths = list(gazetteers)   # the analyst's own files (--gazetteer, config.toml)
        self._gazetteer: Any = None
        self.command: Any = None          # the command being run (query.parser.Command)

    def gazetteer(self):
        """Our gazetteer plus the analyst's files, loaded once; raises GazetteerError."""
        if self._gazetteer is None:
            from incidents.shell.config import load_gazetteer_files
            self._gazetteer = load_gazetteer_files(self.gazetteer_paths)
        return self._gazetteer

    @property
    def store(self):
        if self._store is None:
            from incidents.store.db import open_store
            self._store = open_store(self.db_path)
        return self._store

    def close(self) -> None:
        if self._store is not None and hasattr(self._store, "close"):
            self._store.close()

    # -- names for suggestions and completion -------------------------------
    def known_names(self, kind: str) -> dict[str, str]:
        """{key_text: display name} of every actor/place name we know, in both
        scripts (store tables, then gazetteer aliases), cached per session."""
        if kind in self._names:
            return self._names[kind]
        from incidents.extract.normalise import key_text
        table = "actors" if kind == "actor" else "places"
        found: dict[str, str] = {}

        def add(name: Any) -> None:
            if isinstance(name, str) and name.strip():
                found.setdefault(key_text(name), name.strip())

        try:
            for row in self.store.db.execute(f"SELECT name, name_ar FROM {table}").fetchall():
                add(row[0])
                add(row[1])
        except Exception:  # an older/partial store: suggestions are best effort
            pass
        try:
            gaz = self.gazetteer()
            for rec in (gaz.actors if kind == "actor" else gaz.places).values():
                for n in [rec.get("name"), rec.get("name_ar")] + list(rec.get("aliases_en") or []) \
                        + list(rec.get("aliases_ar") or []):
                    add(n)
        except Exception:
            pass
        self._names[kind] = found
        return found

    def suggest_names(self, kind: str, name: str, n: int = 3) -> list[str]:
        from incidents.extract.normalise import key_text
        from incidents.query.parser import suggest
        known = self.known_names(kind)
        hits = suggest(key_text(name) or name, list(known), n=n)
        out: list[str] = []
        for h in hits:
            if known[h] not in out:
                out.append(known[h])
        return out

    # -- running lines -------------------------------------------------------
    def execute(self, line: str) -> None:
        """Parse and run one line; raises ParseError/CommandError/Quit.
        A trailing \\G (as in mysql) renders this one result vertically."""
        registry.load_commands()
        from incidents.render.table import view
        stripped = line.rstrip()
        vertical = self.vertical
        if stripped.endswith("\\G"):
            line, vertical = stripped[:-2], True
        cmd = parse(line, registry.names())
        if not cmd.name:
            return
        spec = registry.lookup(cmd.name)
        if spec is None:  # pragma: no cover - parse() already checked
            raise CommandError(f"unknown command '{cmd.name}'")
        self.command = cmd                  # show_rows reads its limit, sort and count
        with view(width=self.width, vertical=vertical):
            spec.func(self, cmd)

    def run(self, line: str, where: str = "") -> bool:
        """Run a line (commands separated by ';' run in turn) and report any error as
        one line on stderr; False if one failed. Quit propagates."""
        ok = True
        for part in split_commands(line):
            ok = self._run_one(part, where) and ok
        return ok

    def _run_one(self, line: str, where: str) -> bool:
        try:
            self.execute(line)
            return True
        except Quit:
            raise
        except (ParseError, CommandError) as e:
            self.report(str(e), where)
        except (BrokenPipeError, KeyboardInterrupt):
            raise                  # the shell reports Ctrl-C and goes on; -c, -f and stdin exit 130
        except Exception as e:  # never a traceback, never an exception's class name
            self.report(" ".join(str(e).split()) or "the command failed", where)
        return False

    def report(self, message: str, where: str = "") -> None:
        from incidents.render.escape import message as escaped
        msg = escaped(" ".join(message.split()))       # outside words: one line, no control codes
        prefix = f"{escaped(where)}: " if where else ""
        if self.terminal and getattr(self.err, "isatty", lambda: False)():
            self.err.write(f"\x1b[31m{prefix}error:\x1b[0m {msg}\n")
        else:
            self.err.write(f"{prefix}error: {msg}\n")
        self.err.flush()

    def warn(self, message: str) -> None:
        from incidents.render.escape import message as escaped
        self.err.write(f"note: {escaped(' '.join(message.split()))}\n")
        self.err.flush()
