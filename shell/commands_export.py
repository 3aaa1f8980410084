"""`export`: contract JSON Lines on stdout, or a result written to a file.

`export FILE` writes what the user just looked at (or the clauses' incidents) in a
format chosen by the file name, including ACLED's CSV layout.
"""
from __future__ import annotations

import os
from typing import Optional

from incidents.query.parser import Command
from incidents.shell.registry import CHOICE, CommandError, command
from incidents.shell.results import find

EXPORT_FORMATS = ("csv", "tsv", "json", "jsonl", "md", "acled", "geojson")


@command("export", usage="incidents|quotes|FILE [--format acled] [--force] [CLAUSES]", complete=(CHOICE,),
         choices=("incidents", "quotes"),
         summary="contract JSON Lines on stdout, or the last result / the clauses' incidents to FILE",
         help="export incidents\nexport quotes\nexport incidents actor NDF between 2021 2022\n"
              "Quotes with clauses are those supporting the matching incidents.\n"
              "export results.csv               the last result shown (csv, tsv, json, jsonl, md by extension)\n"
              "export ndf.acled.csv actor NDF   ACLED's CSV columns (or --format acled)\n"
              "export map.geojson where Idlib    one point feature per incident (QGIS, kepler.gl)\n"
              "An existing FILE is kept unless --force is given.\n"
              "CSV cells that start with = + - @ get a leading ' so spreadsheets keep them as text.")
def cmd_export(session, cmd: Command) -> None:
    from incidents.render.formats import write_jsonl
    if len(cmd.args) != 1 or cmd.args[0].lower() not in ("incidents", "quotes"):
        if not cmd.args:
            raise CommandError("export needs incidents, quotes or a file, e.g. export incidents")
        export_file(session, cmd)
        return
    what = cmd.args[0].lower()
    store = session.store
    if cmd.query.is_empty() and cmd.query.limit is None:
        rows = store.export_incidents() if what == "incidents" else store.export_quotes()
    else:
        incidents = find(session, cmd.query, explain=False)
        if what == "incidents":
            rows = iter(incidents)
        else:
            ids = {i["id"] for i in incidents}
            rows = (q for q in store.export_quotes() if q.get("incident") in ids)
    write_jsonl(rows, session.out)
    session.out.flush()


def _format_for(path: str, forced: Optional[str]) -> str:
    if forced:
        if forced not in EXPORT_FORMATS:
            raise CommandError(f"unknown export format '{forced}'; choose one of {', '.join(EXPORT_FORMATS)}")
        return forced
    low = path.lower()
    if low.endswith(".acled.csv"):
        return "acled"
    ext = os.path.splitext(low)[1].lstrip(".")
    if ext in EXPORT_FORMATS:
        return ext
    raise CommandError(f"export needs incidents or quotes, or a file ending .csv .tsv .json .jsonl .md "
                       f".geojson .acled.csv (or --format FORMAT); got '{path}'")


def parse_export_args(args: list[str]) -> tuple[str, Optional[str], bool]:
    """(FILE, --format value or None, --force) from `export FILE [--format F] [--force]`."""
    path, forced, force, rest = None, None, False, list(args)
    while rest:
        a = rest.pop(0)
        if a == "--force":
            force = True
        elif a.startswith("--format"):
            forced = a.split("=", 1)[1] if "=" in a else (rest.pop(0) if rest else "")
            if not forced:
                raise CommandError("--format needs a value, e.g. export out.csv --format acled")
            forced = forced.lower()
        elif path is None:
            path = a
        else:
            raise CommandError(f"unexpected '{a}'; e.g. export results.csv actor NDF")
    if not path:
        raise CommandError("export needs a file, e.g. export results.csv")
    return os.path.expanduser(path), forced, force


def _plain(v):
    return v.plain if hasattr(v, "plain") and not isinstance(v, str) else v


def _require_folder(path: str) -> None:
    """FILE's folder must exist: export never makes folders, so a typo in a directory
    is one error line naming it rather than a new tree of folders (or a file elsewhere)."""
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        what = "is not a folder" if os.path.exists(folder) else "does not exist"
        raise CommandError(f"{path}: the folder {folder} {what} (export creates no folders)")


def export_file(session, cmd: Command) -> None:
    """`export FILE [--format F] [CLAUSES]`: the clauses' incidents, else the last
    result shown, else every incident, written to FILE."""
    path, forced, force = parse_export_args(cmd.args)
    fmt = _format_for(path, forced)
    if os.path.exists(path) and not force:
        raise CommandError(f"{path} exists; add --force to overwrite it")
    _require_folder(path)
    q = cmd.query
    last = getattr(session, "last_result", None)
    if not q.is_empty() or q.limit is not None:
        kind, rows, columns = "incidents", find(session, q, explain=False), []
    elif last:
        kind, rows, columns = last["kind"], last["rows"], last["columns"]
    else:
        kind, rows, columns = "incidents", list(session.store.export_incidents()), []
    if fmt in ("acled", "geojson") and kind != "incidents":
        raise CommandError(f"the last result is {kind}, not incidents; {'ACLED' if fmt == 'acled' else 'GeoJSON'} needs incidents "
                           f"(e.g. export {os.path.basename(path)} actor NDF)")
    rows = [{k: _plain(v) for k, v in r.items()} for r in rows]
    try:
        with open(path, "w", encoding="utf-8", newline="") as out:
            write_export(session, out, fmt, kind, rows, columns)
    except OSError as e:
        raise CommandError(f"{path}: {(e.strerror or str(e)).lower()}") from None
    from incidents.render.escape import message
    session.err.write(message(f"wrote {len(rows)} {kind if kind in ('incidents', 'quotes') else 'rows'} "
                              f"to {path} ({fmt})") + "\n")
    session.err.flush()


def write_export(session, out, fmt: str, kind: str, rows: list[dict], columns: list[str]) -> None:
    from incidents.render import rows as R
    from incidents.render.formats import to_json, write_jsonl
    if fmt == "json":
        out.write(to_json(rows if kind == "incidents" else [{c: r.get(c) for c in columns} for r in rows],
                          indent=2) + "\n")
    elif fmt == "jsonl":
        write_jsonl(rows if kind == "incidents" else ({c: r.get(c) for c in columns} for r in rows), out)
    elif fmt == "geojson":
        from incidents.render.geojson import feature_collection
        out.write(to_json(feature_collection(rows), indent=None) + "\n")
    elif fmt == "acled":
        from incidents.render.acled import COLUMNS, actor_info, acled_rows
        from incidents.store.acled_import import Originals
        db = session.store.db
        R.write_csv(acled_rows(rows, actor_info(db), original=Originals(db).row), COLUMNS, out)
    elif kind == "incidents":
        from incidents.render.formats import COLUMNS, _flat, write_md
        if fmt == "md":
            write_md(rows, out)
        else:
            R.write_csv([_flat(i) for i in rows], COLUMNS, out, "," if fmt == "csv" else "\t")
    elif fmt == "md":
        R.write_md(rows, columns, out)
    else:
        R.write_csv(rows, columns, out, "," if fmt == "csv" else "\t")

