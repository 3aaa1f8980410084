"""The `set` command: output settings an analyst changes mid-session.

Every setting lives on the Session (fmt, bidi, pager, width, vertical) so the
renderers, the toolbar and `--format`/`--bidi` all read one place. Parsing is
a pure function so it can be tested without a store.
"""
from __future__ import annotations

from typing import Any, Callable, Optional

from incidents.query.parser import Command, did_you_mean, suggest
from incidents.shell.registry import CommandError, command

FORMATS = ("table", "json", "jsonl", "csv", "tsv", "md")
ON_OFF = ("on", "off")

#: name -> (Session attribute, allowed values shown to the user, help)
SETTINGS: dict[str, tuple[str, tuple[str, ...], str]] = {
    "format": ("fmt", FORMATS, "how results are written"),
    "bidi": ("bidi", ON_OFF, "reorder Arabic for terminals without bidi support"),
    "pager": ("pager", ("on", "off", "auto"), "send results through $PAGER (auto: when taller than the screen)"),
    "width": ("width", ("auto", "N"), "table width in columns (auto: the terminal's)"),
    "vertical": ("vertical", ON_OFF, "one block per record instead of a table (like \\G)"),
}
_TRUE = {"on": True, "yes": True, "true": True, "1": True, "off": False, "no": False, "false": False, "0": False}


def _bool(name: str, value: str) -> bool:
    try:
        return _TRUE[value.lower()]
    except KeyError:
        raise CommandError(f"set {name}: '{value}' is not on or off{did_you_mean(suggest(value, ON_OFF))}")


def _choice(name: str, value: str, choices: tuple[str, ...]) -> str:
    v = value.lower()
    if v not in choices:
        raise CommandError(f"set {name}: unknown value '{value}'{did_you_mean(suggest(value, choices))}; "
                           f"choose one of {', '.join(choices)}")
    return v


def _width(value: str) -> Optional[int]:
    if value.lower() == "auto":
        return None
    if not value.isdigit() or not 40 <= int(value) <= 1000:
        raise CommandError(f"set width: '{value}' is not a width; use a number from 40 to 1000 or auto")
    return int(value)


_PARSE: dict[str, Callable[[str], Any]] = {
    "format": lambda v: _choice("format", v, FORMATS),
    "bidi": lambda v: _bool("bidi", v),
    "pager": lambda v: ("on" if _bool("pager", v) else "off") if v.lower() != "auto" else "auto",
    "width": _width,
    "vertical": lambda v: _bool("vertical", v),
}


def parse_setting(name: str, value: str) -> tuple[str, Any]:
    """('bidi', 'ON') -> ('bidi', True): the setting's canonical name and typed value."""
    key = name.lower()
    if key not in SETTINGS:
        raise CommandError(f"no setting '{name}'{did_you_mean(suggest(name, SETTINGS))} "
                           f"(settings: {', '.join(SETTINGS)})")
    return key, _PARSE[key](value)


def shown(session: Any, name: str) -> str:
    """A setting's current value as `set` prints it."""
    value = getattr(session, SETTINGS[name][0], None)
    if isinstance(value, bool):
        return "on" if value else "off"
    if value is None:
        return "auto"
    return str(value)


def apply(session: Any, name: str, value: str) -> None:
    """Change one setting on the session (raises CommandError on a bad value)."""
    key, typed = parse_setting(name, value)
    setattr(session, SETTINGS[key][0], typed)


def describe(session: Any) -> str:
    """All settings, one per line: name, value, allowed values."""
    width = max(len(n) for n in SETTINGS)
    allowed = {n: "(" + "|".join(SETTINGS[n][1]) + ")" for n in SETTINGS}
    aw = max(len(a) for a in allowed.values())
    return "".join(f"{n:<{width}}  {shown(session, n):<6}  {allowed[n]:<{aw}}  {SETTINGS[n][2]}\n"
                   for n in SETTINGS)


def complete_args(done: list[str]) -> list[tuple[str, str]]:
    """Completion for `set`: setting names, then that setting's values."""
    if not done:
        return [(n, f"{'|'.join(SETTINGS[n][1])}: {SETTINGS[n][2]}") for n in SETTINGS]
    if len(done) == 1 and done[0].lower() in SETTINGS:
        return [(v, "") for v in SETTINGS[done[0].lower()][1] if v != "N"]
    return []


@command("set", usage="[NAME [VALUE]]", summary="show or change output settings: " + ", ".join(SETTINGS),
         help="set                 all settings\nset format csv      table|json|jsonl|csv|tsv|md\n"
              "set bidi on         reorder Arabic (terminals without bidi support)\n"
              "set pager auto      on|off|auto ($PAGER, default less -R)\n"
              "set width 120       N|auto\nset vertical on     one block per record; or end one line with \\G",
         argcomplete=complete_args)
def cmd_set(session: Any, cmd: Command) -> None:
    args = list(cmd.args)
    if not cmd.query.is_empty() or cmd.query.limit is not None:
        raise CommandError("set takes a name and a value, e.g. set format csv")
    if not args:
        session.out.write(describe(session))
        return
    if len(args) == 1:
        key = args[0].lower()
        if key not in SETTINGS:
            parse_setting(key, "")  # raises with a suggestion
        session.out.write(f"{key} {shown(session, key)}\n")
        return
    if len(args) > 2:
        raise CommandError(f"set {args[0]} takes one value (got '{' '.join(args[1:])}')")
    apply(session, args[0], args[1])
