"""Parse one shell command line into a Command (name, args, Query).

The same parser serves the interactive shell, piped stdin, `-c`, `-f` and
export, so a line means the same thing wherever it is typed. Clauses may come
in any order and repeat (repeats of a name clause are ORed); names may be
quoted or typed as plain consecutive words in either script.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import Iterable, Optional

from incidents.query.filters import (SORTS, canonical, comparison, event_type_names, split_comparison,
                                     sub_event_type_names)
from incidents.query.model import Query

#: Words that start a clause. A quoted word is never a keyword.
CLAUSES = ("actor", "where", "between", "since", "until", "type", "subtype", "killed", "injured",
           "outlet", "sort", "count", "limit")
#: Commands whose arguments are taken literally (no clause parsing).
# Words after these are the command's own (an edit's value may be 'actor' or 'where').
RAW_ARGS = frozenset({"help", "?", "sql", "edit", "merge", "split", "retract", "history", "undo"})
#: The command name a line gets when it starts with a clause.
SEARCH = "search"

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_COMMA = re.compile(r"\s*[,،]\s*")
MAX_LIMIT = 1_000_000_000     # rows; islice and SQLite need a bounded integer (issue 8, item 8)
EXAMPLES = {
    "actor": "actor NDF",
    "where": "where Deir ez-Zor",
    "between": "between 2022-04-01 2022-04-30",
    "since": "since 2021-06",
    "until": "until 2023",
    "limit": "limit 20",
    "type": 'type Battles, type "Explosions/Remote violence"',
    "subtype": 'subtype "Air/drone strike"',
    "outlet": "outlet SOHR",
    "sort": "sort -killed",
}


class ParseError(ValueError):
    """A user mistake in a command line; str(err) is the one-line message."""


@dataclass
class Token:
    text: str
    quoted: bool = False

    @property
    def keyword(self) -> Optional[str]:
        """The clause this token starts, or None (quoted words never start one)."""
        low = self.text.lower()
        return low if not self.quoted and low in CLAUSES else None


@dataclass
class Command:
    """A parsed line: `name` is the command word ('search' for bare clauses)."""
    name: str
    args: list[str] = field(default_factory=list)
    query: Query = field(default_factory=Query)
    line: str = ""


def tokenize(line: str) -> list[Token]:
    """Split on whitespace; "..." and '...' quote only at the start of a word,
    so apostrophes inside names (Dar'a) stay literal."""
    tokens: list[Token] = []
    i, n = 0, len(line)
    while i < n:
        ch = line[i]
        if ch.isspace():
            i += 1
            continue
        if ch in "\"'":
            end = line.find(ch, i + 1)
            if end < 0:
                raise ParseError(f"unclosed quote {ch} in: {line.strip()}")
            tokens.append(Token(line[i + 1:end], quoted=True))
            i = end + 1
            continue
        j = i
        while j < n and not line[j].isspace():
            j += 1
        tokens += [Token(part) for part in split_comparison(line[i:j])]
        i = j
    return tokens


def split_commands(line: str) -> list[str]:
    """Several commands on one line, separated by ';' outside quotes (a quote opens
    only at the start of a word, as in `tokenize`)."""
    parts, start, i, n = [], 0, 0, len(line)
    while i < n:
        ch = line[i]
        if ch in "\"'" and (i == 0 or line[i - 1].isspace()):
            end = line.find(ch, i + 1)
            i = n if end < 0 else end + 1
            continue
        if ch == ";":
            parts.append(line[start:i])
            start = i + 1
        i += 1
    parts.append(line[start:])
    return [p for p in parts if p.strip()] or [""]


def parse_date(text: str, clause: str) -> str:
    """Validate an ISO prefix (YYYY, YYYY-MM, YYYY-MM-DD) and return it."""
    m = _DATE.match(text)
    if not m:
        raise ParseError(f"{clause}: '{text}' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD, "
                         f"e.g. {EXAMPLES[clause]}")
    month, day = m.group(2), m.group(3)
    if month and not 1 <= int(month) <= 12:
        raise ParseError(f"{clause}: '{text}' has no month {month}")
    if day and not 1 <= int(day) <= 31:
        raise ParseError(f"{clause}: '{text}' has no day {day}")
    return text


def _range_start(prefix: str) -> str:
    return prefix + "-01-01"[len(prefix) - 4:]


def _range_end(prefix: str) -> str:
    return prefix + "-12-31"[len(prefix) - 4:]


def _names(tokens: list[Token], i: int, clause: str) -> tuple[list[str], int]:
    """Collect the names after a name clause up to the next clause keyword.
    Plain words join into one name; a quoted token or a comma starts a new one."""
    names: list[str] = []
    words: list[str] = []

    def flush() -> None:
        if words:
            names.append(" ".join(words))
            words.clear()

    while i < len(tokens) and tokens[i].keyword is None:
        tok = tokens[i]
        if tok.quoted:
            flush()
            if tok.text.strip():
                names.append(tok.text.strip())
        else:
            parts = _COMMA.split(tok.text)
            for k, part in enumerate(parts):
                if k:
                    flush()
                if part:
                    words.append(part)
        i += 1
    flush()
    if not names:
        raise ParseError(f"{clause} needs a name, e.g. {EXAMPLES[clause]}")
    return names, i


def _set_from(q: Query, value: str, clause: str) -> None:
    if q.date_from is not None:
        raise ParseError(f"{clause}: a start date is already given ({q.date_from}); give one range per line")
    q.date_from = value


def _set_to(q: Query, value: str, clause: str) -> None:
    if q.date_to is not None:
        raise ParseError(f"{clause}: an end date is already given ({q.date_to}); give one range per line")
    q.date_to = value


def parse_clauses(tokens: list[Token], q: Optional[Query] = None) -> Query:
    """Fold clause tokens into a Query; raise ParseError with an example on misuse."""
    q = q or Query()
    i = 0
    while i < len(tokens):
        kw = tokens[i].keyword
        if kw is None:
            raise ParseError(f"unexpected '{tokens[i].text}'; expected one of: {', '.join(CLAUSES)}")
        i += 1
        if kw in ("actor", "where"):
            names, i = _names(tokens, i, kw)
            (q.actors if kw == "actor" else q.places).extend(names)
        elif kw == "between":
            dates = [t.text for t in tokens[i:i + 2] if t.keyword is None]
            if len(dates) < 2:
                raise ParseError(f"between needs two dates, e.g. {EXAMPLES['between']}")
            start, end = (parse_date(d, "between") for d in dates)
            if _range_start(start) > _range_end(end):
                raise ParseError(f"between: {start} is after {end}; put the earlier date first")
            _set_from(q, start, "between")
            _set_to(q, end, "between")
            i += 2
        elif kw in ("since", "until"):
            if i >= len(tokens) or tokens[i].keyword is not None:
                raise ParseError(f"{kw} needs a date, e.g. {EXAMPLES[kw]}")
            value = parse_date(tokens[i].text, kw)
            (_set_from if kw == "since" else _set_to)(q, value, kw)
            i += 1
        elif kw in ("type", "subtype"):
            names, i = _names(tokens, i, kw)
            choices = event_type_names() if kw == "type" else sub_event_type_names()
            for name in names:
                known = canonical(name, choices)
                if known is None:
                    raise ParseError(f"{kw}: no ACLED {'event' if kw == 'type' else 'sub-event'} type "
                                     f"'{name}'{did_you_mean(suggest(name, choices))}")
                (q.event_types if kw == "type" else q.sub_event_types).append(known)
        elif kw in ("killed", "injured"):
            words = [t.text for t in tokens[i:i + 2] if t.keyword is None]
            test, used = comparison(words, kw)
            (q.killed if kw == "killed" else q.injured).append(test)
            i += used
        elif kw == "outlet":
            names, i = _names(tokens, i, kw)
            q.outlets.extend(names)
        elif kw == "sort":
            way = tokens[i].text.lower() if i < len(tokens) and tokens[i].keyword is None else ""
            if way not in SORTS:
                raise ParseError(f"sort takes {'|'.join(SORTS)}" + (f" (got '{way}')" if way else "")
                                 + ", e.g. sort -killed")
            q.sort = way
            i += 1
        elif kw == "count":
            q.count = True
        elif kw == "limit":
            if i >= len(tokens) or not tokens[i].text.isdecimal() or len(tokens[i].text) > 12 \
                    or not 1 <= int(tokens[i].text) <= MAX_LIMIT:
                raise ParseError(f"limit needs a whole number from 1 to {MAX_LIMIT:,}, e.g. {EXAMPLES['limit']}")
            q.limit = int(tokens[i].text)
            i += 1
    if q.date_from and q.date_to and _range_start(q.date_from) > _range_end(q.date_to):
        raise ParseError(f"since {q.date_from} is after until {q.date_to}")
    return q


def suggest(word: str, choices: Iterable[str], n: int = 3) -> list[str]:
    """Close matches for a 'did you mean' hint (case-insensitive)."""
    choices = list(dict.fromkeys(c for c in choices if c))
    lowered = {c.lower(): c for c in choices}
    hits = difflib.get_close_matches(word.lower(), list(lowered), n=n, cutoff=0.5)
    return [lowered[h] for h in hits]


def did_you_mean(options: list[str]) -> str:
    """'; did you mean X?' / '; did you mean X or Y?' or ''."""
    if not options:
        return ""
    if len(options) == 1:
        return f"; did you mean {options[0]}?"
    return f"; did you mean {', '.join(options[:-1])} or {options[-1]}?"


def _nearest(word: str, known: list[str]) -> list[str]:
    """Commands near a mistyped word; clause words only when no command is near."""
    return suggest(word, [k for k in known if k not in CLAUSES]) or suggest(word, CLAUSES)


def parse(line: str, commands: Optional[Iterable[str]] = None) -> Command:
    """Parse a command line. With `commands` (the registry's names), an unknown
    command word raises ParseError naming the closest known ones."""
    tokens = tokenize(line)
    if not tokens:
        return Command(name="", line=line)
    first = tokens[0]
    if first.keyword:
        return Command(name=SEARCH, query=parse_clauses(tokens), line=line)
    name = first.text.lower() if not first.quoted else first.text
    if commands is not None:
        known = list(commands)
        if name not in known:
            raise ParseError(f"unknown command '{first.text}'"
                             f"{did_you_mean(_nearest(first.text, known))}")
    rest = tokens[1:]
    if name in RAW_ARGS:
        return Command(name=name, args=[t.text for t in rest], line=line)
    k = 0
    while k < len(rest) and rest[k].keyword is None:
        k += 1
    return Command(name=name, args=[t.text for t in rest[:k]],
                   query=parse_clauses(rest[k:]), line=line)
