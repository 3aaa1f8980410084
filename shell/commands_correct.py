"""The analyst's corrections: edit, merge, split, retract, history, undo.

Each only wraps store.corrections; every one takes `--note TEXT` (the rest of the
line, or one quoted word) so the reason is recorded with the change.
"""
from __future__ import annotations

from incidents.query.parser import Command
from incidents.shell.registry import CHOICE, INCIDENT, CommandError, command
from incidents.shell.results import plural, show_rows

NOTE = "--note"
EDIT_FIELDS = ("event_type", "sub_event_type", "date", "killed", "injured", "place", "actor", "side")


def _split_note(cmd: Command) -> tuple[list[str], str | None]:
    """The arguments before --note, and the note (None when not given)."""
    args = list(cmd.args)
    if NOTE not in args:
        return args, None
    k = args.index(NOTE)
    note = " ".join(args[k + 1:]).strip()
    if not note:
        raise CommandError("--note needs a text, e.g. --note 'the outlet corrected its toll'")
    return args[:k], note


def _run(fn, *args):
    from incidents.store.corrections import CorrectionError
    try:
        return fn(*args)
    except CorrectionError as e:
        raise CommandError(str(e)) from None


def _say(session, text: str) -> None:
    session.out.write(text + "\n")


@command("edit", usage="ID FIELD VALUE [--note TEXT]", complete=(INCIDENT, CHOICE), choices=EDIT_FIELDS,
         summary="correct one field of an incident (kept apart, survives reindex)",
         help="edit i-3f9c killed 4 --note the outlet corrected its toll\n"
              "edit i-3f9c event_type Battles          an ACLED event type (sub_event_type likewise)\n"
              "edit i-3f9c date 2023-09-21             an ISO date: YYYY, YYYY-MM or YYYY-MM-DD\n"
              "edit i-3f9c place الميادين               a known place, or a new one by that name\n"
              "edit i-3f9c actor 2 NDF                 the 2nd actor (one more than there are adds one)\n"
              "edit i-3f9c side 2 1                    the 2nd actor is side 1 (1, 2 or none)\n"
              "killed/injured none clears the figure. `history ID` lists changes, `undo` takes the last back.")
def cmd_edit(session, cmd: Command) -> None:
    from incidents.store.corrections import edit
    args, note = _split_note(cmd)
    if len(args) < 3:
        raise CommandError("edit needs ID FIELD VALUE, e.g. edit i-3f9c killed 4 --note 'per SOHR'")
    ident, field, rest = args[0], args[1].lower(), args[2:]
    position = None
    if field in ("actor", "side"):
        if not rest[0].isdigit() or len(rest) < 2:
            raise CommandError(f"edit ID {field} N VALUE, e.g. edit {ident} {field} 1 "
                               f"{'NDF' if field == 'actor' else '2'}")
        position, rest = int(rest[0]), rest[1:]
    incident = _run(edit, session.store.db, ident, field, " ".join(rest), note, position)
    session._names.clear()
    label = f"{field} {position}" if position else field
    _say(session, f"{incident}: {label} set to {' '.join(rest)}" + (f" ({note})" if note else ""))


@command("merge", usage="ID ID... [--note TEXT]", complete=(INCIDENT,), repeat=True,
         summary="make several incidents one (their reports stay, each with its figures)",
         help="merge i-3f9c i-8a01 --note same bombing, two outlets\n"
              "The merged incident keeps every report; `split ID DOC` takes one out again.")
def cmd_merge(session, cmd: Command) -> None:
    from incidents.store.corrections import merge
    args, note = _split_note(cmd)
    incident = _run(merge, session.store.db, args, note)
    _say(session, f"merged {len(args)} incidents into {incident}")


@command("split", usage="ID DOC [--note TEXT]", complete=(INCIDENT,),
         summary="take one document's report out of a merged incident, into its own",
         help="split i-3f9c 004_42dbeaa18aa37cdc.txt --note a different day\n"
              "`show ID` lists an incident's reports and their documents.")
def cmd_split(session, cmd: Command) -> None:
    from incidents.store.corrections import split
    args, note = _split_note(cmd)
    if len(args) != 2:
        raise CommandError("split needs ID DOC, e.g. split i-3f9c 004_42dbeaa18aa37cdc.txt")
    incident = _run(split, session.store.db, args[0], args[1], note)
    _say(session, f"{args[1]} is now incident {incident}")


@command("retract", usage="ID [--note TEXT]", complete=(INCIDENT,),
         summary="reject an incident: it leaves every query and export, its evidence stays stored",
         help="retract i-3f9c --note not an incident, a commemoration\n`undo` brings it back.")
def cmd_retract(session, cmd: Command) -> None:
    from incidents.store.corrections import retract
    args, note = _split_note(cmd)
    if len(args) != 1:
        raise CommandError("retract needs one incident id, e.g. retract i-3f9c --note 'duplicate'")
    incident = _run(retract, session.store.db, args[0], note)
    _say(session, f"{incident} retracted")


@command("history", usage="ID", complete=(INCIDENT,),
         summary="every correction of an incident, with its time and note",
         help="history i-3f9c   (retracted incidents too)")
def cmd_history(session, cmd: Command) -> None:
    from incidents.store.corrections import history
    if len(cmd.args) != 1:
        raise CommandError("history needs one incident id, e.g. history i-3f9c")
    rows = []
    for h in _run(history, session.store.db, cmd.args[0]):
        rows.append({"seq": h["seq"], "at": h["at"], "incident": h["incident"], "change": _describe(h),
                     "note": h["note"] or "", "undone": h["undone_at"] or ""})
    show_rows(session, rows, ["seq", "at", "incident", "change", "note", "undone"],
              empty="no corrections", footer=plural(len(rows), "correction"), kind="history")


def _describe(h: dict) -> str:
    value = h["value"]
    if h["action"] == "edit":
        shown = value["value"]
        if isinstance(shown, dict):
            shown = shown.get("name") or shown.get("name_ar")
        where = f" {value['position']}" if value.get("position") else ""
        return f"edit {h['field']}{where} = {'none' if shown is None else shown}"
    if h["action"] == "merge":
        return "merge " + " ".join(value)
    if h["action"] == "split":
        return "split out " + " ".join(value["out"])
    return h["action"]


@command("undo", summary="take back the last correction (edit, merge, split or retract)")
def cmd_undo(session, cmd: Command) -> None:
    from incidents.store.corrections import undo
    if cmd.args:
        raise CommandError(f"unexpected '{cmd.args[0]}'; undo takes back the last correction")
    done = undo(session.store.db)
    if done is None:
        raise CommandError("nothing to undo")
    _say(session, f"undone: {_describe(done)} on {done['target']}")
