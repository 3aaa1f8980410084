"""`import acled FILE.csv…`: ACLED's CSV rows as incidents whose source is ACLED
(store/acled_import.py), so ACLED's record and the articles' can be compared."""
from __future__ import annotations

from incidents.query.parser import Command
from incidents.shell.registry import CHOICE, PATH, CommandError, command


@command("import", usage="acled FILE.csv...", complete=(CHOICE, PATH), choices=("acled",), repeat=True,
         summary="ACLED's CSV export (its 31 columns) into the store, with ACLED as the source",
         help="import acled ~/acled/syria-2023.csv\n"
              "Each row becomes an incident cited by its notes (outlet ACLED): `outlet ACLED` lists them,\n"
              "`export FILE.acled.csv` writes them back column for column. A bad row is one FILE:LINE error;\n"
              "the other rows are imported. A file imported before is skipped.")
def cmd_import(session, cmd: Command) -> None:
    import os

    from incidents.extract.gazetteer import GazetteerError
    from incidents.store.acled_import import import_acled
    if len(cmd.args) < 2 or cmd.args[0].lower() != "acled":
        raise CommandError("import needs acled and a file, e.g. import acled syria.csv")
    try:
        gazetteer = session.gazetteer()
    except GazetteerError as e:
        raise CommandError(str(e)) from None
    summary = import_acled(session.store, [os.path.expanduser(p) for p in cmd.args[1:]], gazetteer)
    session._names.clear()
    session.out.write(f"{summary.incidents} ACLED rows from {summary.new} new files, "
                      f"{summary.unchanged} unchanged, {summary.failed} failed\n")
    if summary.failed:
        raise CommandError(f"{summary.failed} row(s) or file(s) failed")
