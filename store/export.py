"""`incidents export incidents|quotes`: the store as JSON Lines on stdout (contract shape)."""
from __future__ import annotations

import os
import sqlite3
import sys

from incidents.render.escape import message

WHAT = ("incidents", "quotes")


def main_export(db_path: str, what: str) -> int:
    """Write every incident or quote as one JSON object a line; exit 1 on error."""
    from incidents.store.db import StoreError, _reason, open_store
    from incidents.store.read import iter_jsonl

    if what not in WHAT:
        print(message(f"error: export what? expected one of: {', '.join(WHAT)} (got {what!r})"), file=sys.stderr)
        return 1
    if db_path != ":memory:" and not os.path.exists(db_path):
        print(message(f"error: {db_path}: no such store (run `incidents --db {db_path} ingest PATH...` first)"),
              file=sys.stderr)
        return 1
    try:
        store = open_store(db_path)
    except StoreError as e:
        print(message(f"error: {e}"), file=sys.stderr)
        return 1
    rows = store.export_incidents() if what == "incidents" else store.export_quotes()
    buffer = getattr(sys.stdout, "buffer", None)   # UTF-8 whatever the locale says
    try:
        for line in iter_jsonl(rows):
            if buffer is not None:
                buffer.write((line + "\n").encode("utf-8"))
            else:
                sys.stdout.write(line + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        # the reader went away (| head): stop quietly, and keep Python's exit flush quiet too
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except sqlite3.Error as e:
        print(message(f"error: {db_path}: {_reason(db_path, e)}"), file=sys.stderr)
        return 1
    finally:
        store.close()
    return 0
