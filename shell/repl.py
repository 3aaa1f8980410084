"""The interactive prompt_toolkit shell (only imported when stdin is a terminal)."""
from __future__ import annotations

import re
from typing import Iterable

from shell import commands, registry  # noqa: F401  (commands fill the registry)
from shell.registry import ACTOR, CHOICE, COMMAND, PLACE, Quit
from shell.session import Session

PROMPT = "incidents> "
_KEYWORD = re.compile(r"(?:^|(?<=\s))(actor|where|between|since|until|limit)(?=\s)", re.I)


def _completer(session: Session):
    """Completion generated from the registry: command words, then each argument's kind."""
    from prompt_toolkit.completion import Completer, Completion

    from query.parser import CLAUSES, tokenize, ParseError

    def candidates(kind: str, spec) -> Iterable[str]:
        if kind == COMMAND:
            return registry.names(include_aliases=False)
        if kind == CHOICE:
            return spec.choices
        if kind in (ACTOR, PLACE):
            return sorted(set(session.known_names(kind).values()))
        return ()

    class RegistryCompleter(Completer):
        def get_completions(self, document, complete_event):
            text = document.text_before_cursor
            named = list(self.name_completions(text))
            if named:
                yield from named
                return
            yield from self.word_completions(text)

        def name_completions(self, text: str):
            """Multi-word names after actor/where, typed with or without quotes."""
            last = None
            for last in _KEYWORD.finditer(text):
                pass
            if last is None or last.group(1).lower() not in ("actor", "where"):
                return
            rest = text[last.end():].lstrip()
            quote = rest[:1] if rest[:1] in "\"'" else ""
            prefix = rest[1:] if quote else rest
            if not prefix.strip() or (quote and quote in prefix):
                return
            kind = ACTOR if last.group(1).lower() == "actor" else PLACE
            low = prefix.lower()
            for name in candidates(kind, None):
                if name.lower().startswith(low):
                    yield Completion(f"{quote}{name}{quote}", start_position=-len(rest), display=name)

        def word_completions(self, text: str):
            try:
                tokens = tokenize(text)
            except ParseError:
                return
            partial = "" if (not text or text[-1].isspace()) else (tokens[-1].text if tokens else "")
            done = tokens if not partial else tokens[:-1]
            if not done:
                pool: Iterable[str] = registry.names(include_aliases=False)
            else:
                # The last clause keyword (or the command) decides what comes next.
                idx = max((i for i, t in enumerate(done) if t.keyword), default=0)
                spec = registry.lookup(done[idx].text)
                pos = len(done) - idx - 1
                pool = ()
                if spec is not None and spec.complete:
                    kinds = spec.complete
                    if pos < len(kinds):
                        pool = candidates(kinds[pos], spec)
                    elif spec.repeat:
                        pool = candidates(kinds[-1], spec)
                if spec is not None and (spec.clause or spec.name in ("search", "export")) and pos >= 1:
                    pool = list(pool) + list(CLAUSES)
            low = partial.lower()
            for word in pool:
                if word.lower().startswith(low):
                    shown = f'"{word}"' if " " in word and partial[:1] not in "\"'" else word
                    yield Completion(shown, start_position=-len(partial))

    return RegistryCompleter()


def run_interactive(session: Session) -> int:
    """Read-eval-print until quit/exit/Ctrl-D; errors never end the session."""
    from prompt_toolkit import PromptSession
    from prompt_toolkit.history import FileHistory, InMemoryHistory

    from shell.paths import history_path

    try:
        hist_file = history_path()
        hist_file.parent.mkdir(parents=True, exist_ok=True)
        history = FileHistory(str(hist_file))
    except OSError:
        history = InMemoryHistory()
    prompt = PromptSession(history=history, completer=_completer(session), complete_while_typing=False)
    session.err.write("Type 'help' for commands, Ctrl-D to quit.\n")
    while True:
        try:
            line = prompt.prompt(PROMPT)
        except KeyboardInterrupt:
            continue
        except EOFError:
            break
        try:
            session.run(line)
        except Quit:
            break
        except KeyboardInterrupt:
            session.report("interrupted")
    return 0
