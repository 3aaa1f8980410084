"""The command registry: each shell command is declared once, with its help and
how its arguments complete; `help`, suggestions and completion are derived from it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional

# Completion kinds an argument can have (used by the completer).
ACTOR, PLACE, DATE, COMMAND, INCIDENT, CHOICE, PATH, NUMBER = (
    "actor", "place", "date", "command", "incident", "choice", "path", "number")


class CommandError(Exception):
    """A command that cannot do what was asked; str() is the one-line message."""


class Quit(Exception):
    """Raised by quit/exit to end the session."""


@dataclass
class Spec:
    name: str
    func: Callable
    usage: str = ""                     # e.g. "DATE DATE"
    summary: str = ""                   # one line for `help`
    help: str = ""                      # long help for `help NAME`
    complete: tuple[str, ...] = ()      # completion kind per argument position
    choices: tuple[str, ...] = ()       # for CHOICE arguments
    aliases: tuple[str, ...] = ()
    clause: bool = False                # a query clause (starts a search)
    repeat: bool = False                # the last completion kind repeats
    argcomplete: Optional[Callable] = None  # fn(args_done) -> [(word, meta)], beats `complete`

    def synopsis(self) -> str:
        return f"{self.name} {self.usage}".strip()


REGISTRY: dict[str, Spec] = {}
_ALIASES: dict[str, str] = {}

# The modules whose import registers commands, in the order `help` lists them.
# A new command module is added here, once.
COMMAND_MODULES = ("commands", "clauses", "commands_export", "commands_analysis", "commands_browse",
                   "commands_sql", "commands_correct", "commands_map", "commands_import", "settings")


def load_commands() -> None:
    """Import every command module (registering its commands); cheap after the first call."""
    import importlib
    for name in COMMAND_MODULES:
        importlib.import_module(f"incidents.shell.{name}")


def command(name: str, usage: str = "", summary: str = "", help: str = "",
            complete: tuple[str, ...] = (), choices: tuple[str, ...] = (),
            aliases: tuple[str, ...] = (), clause: bool = False, repeat: bool = False,
            argcomplete: Optional[Callable] = None):
    """Register the decorated function `fn(session, cmd)` as shell command `name`."""
    def deco(fn: Callable) -> Callable:
        if name in REGISTRY or name in _ALIASES:
            raise ValueError(f"command {name!r} registered twice")
        REGISTRY[name] = Spec(name, fn, usage, summary, (help or fn.__doc__ or "").strip(),
                              tuple(complete), tuple(choices), tuple(aliases), clause, repeat,
                              argcomplete)
        for alias in aliases:
            _ALIASES[alias] = name
        return fn
    return deco


def lookup(name: str) -> Optional[Spec]:
    name = name.lower()
    return REGISTRY.get(_ALIASES.get(name, name))


def names(include_aliases: bool = True) -> list[str]:
    out = list(REGISTRY)
    if include_aliases:
        out += list(_ALIASES)
    return out


def help_text(name: Optional[str] = None, width: Optional[int] = None) -> str:
    """`help` (all commands, one line each) or `help NAME` (usage and long help).
    With `width` (a terminal's), summaries wrap under their own column so no line
    is longer than the screen; scripts get one line per command."""
    from incidents.query.parser import did_you_mean, suggest
    if name:
        spec = lookup(name)
        if spec is None:
            raise CommandError(f"no command '{name}'{did_you_mean(suggest(name, names()))}")
        lines = [f"usage: {spec.synopsis()}", "", spec.summary]
        if spec.aliases:
            lines.append(f"also: {', '.join(spec.aliases)}")
        if spec.help and spec.help != spec.summary:
            lines += ["", spec.help]
        return "\n".join(lines).rstrip() + "\n"
    clauses = [s for s in REGISTRY.values() if s.clause]
    others = [s for s in REGISTRY.values() if not s.clause]
    col = max(len(s.synopsis()) for s in REGISTRY.values()) + 2
    if width:
        col = min(col, 28)

    def entry(synopsis: str, summary: str) -> list[str]:
        if not width:
            return [f"  {synopsis:<{col}}{summary}"]
        import textwrap
        body = textwrap.wrap(summary, max(20, width - col - 3), break_on_hyphens=False) or [""]
        pad = " " * (col + 2)
        if len(synopsis) + 2 > col:          # a long synopsis gets its own line
            return [f"  {synopsis}"] + [pad + b for b in body]
        return [f"  {synopsis:<{col}}{body[0]}"] + [pad + b for b in body[1:]]

    out = ["Search clauses (combine in any order; a repeated name clause means OR):"]
    for s in clauses:
        out += entry(s.synopsis(), s.summary)
    out += ["", "Commands:"]
    for s in others:
        alias = f" (also {', '.join(s.aliases)})" if s.aliases else ""
        out += entry(s.synopsis(), s.summary + alias)
    out += ["", "Example: actor NDF where Deir ez-Zor between 2021 2024", "Type 'help COMMAND' for more."]
    return "\n".join(out) + "\n"
