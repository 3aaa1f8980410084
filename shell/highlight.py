"""Colour the command line as it is typed, so a typo in a command word or an
unclosed quote shows before Enter: command words, clause keywords, quoted
strings, dates, incident ids, numbers; an unknown command word is red.

`tokens` is pure (tested without a terminal); `make_lexer` wraps it for
prompt_toolkit, which is imported only by the interactive shell.
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

from incidents.query.parser import CLAUSES

_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_INCIDENT = re.compile(r"[iq]-[0-9a-f]{2,}", re.I)
_NUMBER = re.compile(r"\d+")
_PART = re.compile(r"\s+|\"[^\"]*\"?|'[^']*'?|\S+")

STYLES = {
    "command": "bold ansicyan",
    "keyword": "bold ansimagenta",
    "string": "ansigreen",
    "date": "ansiyellow",
    "incident": "ansiblue",
    "number": "ansiyellow",
    "error": "ansired",
    "option": "ansibrightblack",
    "bottom-toolbar": "noreverse bg:#303030 #d0d0d0",
    "bottom-toolbar.key": "bold",
}


def tokens(line: str, commands: Optional[Iterable[str]] = None) -> list[tuple[str, str]]:
    """(style class, text) pieces covering the whole line, in order."""
    if commands is None:
        from incidents.shell import registry
        commands = registry.names()
    known = {c.lower() for c in commands} | set(CLAUSES)
    out: list[tuple[str, str]] = []
    first = True
    for m in _PART.finditer(line):
        text = m.group(0)
        if text.isspace():
            out.append(("", text))
            continue
        low = text.lower()
        if text[0] in "\"'":
            style = "string"
        elif low in CLAUSES:
            style = "keyword"
        elif first:
            style = "command" if low in known else "error"
        elif text == "\\G":
            style = "option"
        elif _INCIDENT.fullmatch(text):
            style = "incident"
        elif _DATE.fullmatch(text) and len(text) >= 4:
            style = "date"
        elif _NUMBER.fullmatch(text):
            style = "number"
        else:
            style = ""
        if first and text[0] in "\"'":
            style = "error"       # a quoted word is never a command
        first = False
        out.append((style, text))
    return out


def make_lexer():
    """A prompt_toolkit Lexer over `tokens`."""
    from prompt_toolkit.lexers import Lexer

    class CommandLexer(Lexer):
        def lex_document(self, document):
            lines = document.lines

            def get_line(n: int):
                if n >= len(lines):
                    return []
                return [(f"class:{s}" if s else "", t) for s, t in tokens(lines[n])]
            return get_line

    return CommandLexer()


def make_style():
    from prompt_toolkit.styles import Style
    return Style.from_dict(STYLES)
