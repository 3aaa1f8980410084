"""The interactive prompt_toolkit shell (only imported when stdin is a terminal).

A line's output is collected and then printed or paged (render/pager.py), so
the pager sees the whole result; errors go to stderr at once. Nothing a
command does can end the session except quit/exit and Ctrl-D.
"""
from __future__ import annotations

import os
from pathlib import Path

from incidents.shell import registry
from incidents.shell.registry import Quit
from incidents.shell.session import Session

registry.load_commands()

PROMPT = "incidents> "


def _completer(session: Session):
    """The registry completer (kept for callers that build one directly)."""
    from incidents.shell.completion import make_completer
    return make_completer(session)


def history_file() -> Path:
    """$INCIDENTS_HISTORY, else $XDG_STATE_HOME/incidents/history."""
    from incidents.shell.paths import history_path
    env = os.environ.get("INCIDENTS_HISTORY")
    return Path(env).expanduser() if env else history_path()


def _history():
    from prompt_toolkit.history import FileHistory, InMemoryHistory
    try:
        path = history_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch(exist_ok=True)
        return FileHistory(str(path))
    except OSError:
        return InMemoryHistory()


def run_line(session: Session, line: str) -> bool:
    """Run one line with its output going through a PagedWriter: printed when it fits
    the screen, else paged as it is written. Returns False if the line failed; Quit
    propagates."""
    from incidents.render.pager import PagedWriter
    real = session.out
    paged = PagedWriter(real, getattr(session, "pager", "auto"))
    session.out = paged
    try:
        return session.run(line)
    except BrokenPipeError:          # the reader quit the pager: the rest is not wanted
        return True
    finally:
        session.out = real
        try:
            paged.close()
        except BrokenPipeError:
            pass


def run_interactive(session: Session) -> int:
    """Read-eval-print until quit/exit/Ctrl-D; errors never end the session."""
    from prompt_toolkit import PromptSession

    from incidents.shell.completion import Completions, make_completer
    from incidents.shell.highlight import make_lexer, make_style
    from incidents.shell.toolbar import Status

    names = Completions(session)
    status = Status(session)
    status.refresh()
    prompt = PromptSession(history=_history(), completer=make_completer(session, names),
                           lexer=make_lexer(), style=make_style(), complete_while_typing=False,
                           enable_history_search=True, reserve_space_for_menu=8,
                           bottom_toolbar=lambda: [("class:bottom-toolbar", " " + status.text() + " ")])
    session.err.write("Type 'help' for commands, Tab to complete, Ctrl-R to search history, Ctrl-D to quit.\n")
    session.err.flush()
    while True:
        try:
            line = prompt.prompt(PROMPT)
        except KeyboardInterrupt:
            continue
        except EOFError:
            break
        if not line.strip():
            continue
        try:
            run_line(session, line)
        except Quit:
            break
        except KeyboardInterrupt:
            session.report("interrupted")
        except (Exception, SystemExit) as e:  # a broken command is one error line, never the end
            session.report(" ".join(str(e).split()) or "the command failed")
        if status.refresh():
            names.refresh()
    return 0
