"""ingest = extract + load: records written without a store, loaded later, give the
same store as a plain ingest; a bad record line is one error naming file and line."""
import io
from pathlib import Path

from incidents.store.db import open_store
from incidents.store.ingest import ingest_paths
from incidents.store.load import extract_records, load_records

SEEDS = Path(__file__).resolve().parent.parent / "seeds"



def test_extract_then_load_gives_the_same_store_as_ingest(tmp_path, store_export):
    records = tmp_path / "records.jsonl"
    with records.open("w", encoding="utf-8") as out:
        made = extract_records([str(SEEDS)], out, workers=2)
    assert (made.new, made.failed) == (5, 0)
    assert not list(tmp_path.glob("*.db"))                 # no store was touched
    loaded = open_store(str(tmp_path / "loaded.db"))
    summary = load_records(loaded, [str(records)])
    again = load_records(loaded, [str(records)])
    loaded.close()
    assert (summary.new, again.new, again.unchanged) == (5, 0, 5)
    plain = open_store(str(tmp_path / "plain.db"))
    ingest_paths(plain, [str(SEEDS)])
    plain.close()
    assert store_export(tmp_path / "loaded.db") == store_export(tmp_path / "plain.db")
    assert store_export(tmp_path / "plain.db")[0]


def test_a_bad_record_line_is_one_error_and_the_rest_loads(tmp_path):
    records = tmp_path / "records.jsonl"
    buf = io.StringIO()
    extract_records([str(SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[0])], buf)
    records.write_text('{"record": 1}\nnot json\n' + buf.getvalue(), encoding="utf-8")
    s = open_store(str(tmp_path / "s.db"))
    summary = load_records(s, [str(records)])
    s.close()
    assert summary.new == 1 and summary.failed == 2
    assert summary.errors[0].startswith(f"{records}:1: malformed extraction record")
    assert summary.errors[1] == f"{records}:2: not JSON: Expecting value (column 1)"
