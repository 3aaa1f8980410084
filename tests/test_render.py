"""Rendering: article text is escaped, non-terminal output has no ANSI, every format's shape."""
import csv
import io
import json

from incidents.render.escape import FSI, PDI, clean, isolate_arabic, safe
from incidents.render.formats import render_detail, render_incidents

EVIL = "قُتل 5 [bold]عناصر[/bold] \x1b[31mred\x1b[0m \x9b2J end"


def incident(**over):
    inc = {
        "id": "i-3f9c2a", "event_type": "Battles", "sub_event_type": "Armed clash",
        "date": "2023-09-21", "date_precision": "day", "date_inferred": False,
        "background": False, "casualties_combined": None, "geo_precision": 1,
        "actors": [
            {"name": "National Defence Forces", "name_ar": "الدفاع الوطني", "side": 1, "mention": "ميليشيا الدفاع الوطني"},
            {"name": "Asayish", "name_ar": "الأسايش", "side": 2, "mention": "الأسايش"},
        ],
        "location": {"name": "Al-Hasakah", "name_ar": "الحسكة", "admin1": "Al-Hasakeh",
                     "lat": 36.5, "lon": 40.75, "mention": "المربع الأمني بالحسكة"},
        "killed": 5, "injured": None,
        "sources": [{"doc": "a.txt", "outlet": "Test Outlet", "start": 812, "end": 1034, "quote": EVIL}],
    }
    inc.update(over)
    return inc


def render(incs, fmt, **kw):
    out = io.StringIO()
    render_incidents(incs, fmt, out, **kw)
    return out.getvalue()


def test_safe_and_clean():
    assert safe("[bold]x[/bold]") == "\\[bold]x\\[/bold]"
    assert "\x1b" not in clean("a\x1b[31mb") and "␛[31m" in clean("a\x1b[31mb")
    assert clean("a\x9b2Jb\x07c\u202eZ") == "a2JbcZ"
    assert clean("a\nb\tc", oneline=True) == "a b c"


def test_markup_and_escape_in_evidence_come_out_literally():
    text = render([incident()], "table", terminal=False)
    assert "[bold]" in text and "[/bold]" in text      # markup shown, not applied
    assert "\x1b" not in text and "\x9b" not in text   # no control codes at all
    assert "␛[31mred" in text                          # ESC shown as a symbol


def test_markup_in_every_field_is_literal_even_on_a_terminal():
    inc = incident(event_type="[red]Battles[/red]", actors=[
        {"name": "[blink]X", "name_ar": "", "side": 1, "mention": "x"}])
    out = io.StringIO()
    render_incidents([inc], "table", out, terminal=True, width=200)
    text = out.getvalue()
    assert "[red]Battles[/red]" in text and "[blink]X" in text


def test_table_columns_and_citations_without_ansi():
    text = render([incident(date_inferred=True), incident(id="i-2", sources=[], killed=None,
                                                        casualties_combined=18)], "table", terminal=False)
    assert "\x1b" not in text
    for col in ("id", "date", "place", "actors", "type", "killed", "injured"):
        assert col in text
    assert "2023-09-21* day" in text
    assert "National Defence Forces" in text and " vs " in text and "Asayish" in text
    assert "Al-Hasakah" in text and "Al-Hasakeh" in text
    assert "Battles / Armed clash" in text
    assert "[1]" in text and "18 k+i" in text
    assert "[1] Test Outlet, a.txt, chars 812–1034: «" in text


def test_killed_right_aligned():
    text = render([incident(killed=5), incident(id="i-2", killed=1234)], "table", terminal=False)
    lines = [ln for ln in text.splitlines() if ln.startswith(("i-3f9c2a", "i-2 "))]
    # the right edge of the killed column is the same for both rows
    ends = [ln.index("5 ") + 1 for ln in lines[:1]] + [ln.index("1234") + 4 for ln in lines[1:]]
    assert len(set(ends)) == 1


def test_arabic_runs_are_isolated():
    assert isolate_arabic("Al-Hasakah الحسكة, x") == f"Al-Hasakah {FSI}الحسكة{PDI}, x"
    assert isolate_arabic("قوات الدفاع الوطني") == f"{FSI}قوات الدفاع الوطني{PDI}"
    text = render([incident()], "table", terminal=False)
    assert f"{FSI}الحسكة{PDI}" in text
    # an article's own bidi controls are removed before ours are added
    assert clean("\u2067x\u2069") == "x"


def test_bidi_reorders_instead_of_isolating():
    text = render([incident()], "table", terminal=False, bidi=True)
    assert FSI not in text
    assert "الحسكة"[::-1] in text


def test_json_is_an_array_and_jsonl_one_object_a_line():
    incs = [incident(), incident(id="i-2")]
    data = json.loads(render(incs, "json"))
    assert isinstance(data, list) and [d["id"] for d in data] == ["i-3f9c2a", "i-2"]
    assert data[0]["sources"][0]["quote"] == EVIL           # exact text for scripts
    raw = render(incs, "jsonl")
    lines = raw.splitlines()
    assert len(lines) == 2 and json.loads(lines[1])["id"] == "i-2"
    assert "\x1b" not in raw and "\x9b" not in raw            # escaped as \u001b / \u009b
    assert "الدفاع الوطني" in raw                             # Arabic unescaped


def test_csv_and_tsv_shapes():
    rows = list(csv.reader(io.StringIO(render([incident(), incident(id="i-2")], "csv"))))
    assert rows[0][:3] == ["id", "date", "date_precision"]
    assert len(rows) == 3 and all(len(r) == len(rows[0]) for r in rows)
    row = dict(zip(rows[0], rows[1]))
    assert row["place_ar"] == "الحسكة" and row["killed"] == "5" and row["injured"] == ""
    assert row["sources"] == "a.txt:812-1034"
    tsv = render([incident(sub_event_type="a\tb\nc")], "tsv").splitlines()
    assert len(tsv) == 2 and len(tsv[0].split("\t")) == len(tsv[1].split("\t"))


def test_csv_and_md_keep_the_words_an_undated_incident_was_read_from():
    undated = incident(date=None, date_precision=None, date_text="الخميس 17 أيلول")
    row = dict(zip(*list(csv.reader(io.StringIO(render([undated], "csv"))))))
    assert row["date"] == "" and row["date_text"] == "الخميس 17 أيلول"
    assert "(read: \u2068الخميس 17 أيلول\u2069, no year)" in render([undated], "md")   # Arabic isolated
    dated = dict(zip(*list(csv.reader(io.StringIO(render([incident(date_text="أمس")], "csv"))))))
    assert dated["date_text"] == "أمس" and dated["date"]


def test_markdown_escapes_pipes():
    text = render([incident(event_type="A|B")], "md")
    assert text.startswith("| id |") and "A\\|B" in text and "[1] Test Outlet" in text


def test_detail_shows_everything():
    inc = incident(quotes=[{"id": "q-1", "doc": "a.txt", "speaker": "مصدر [b]", "speaker_kind": "anonymous",
                            "text": "قال المصدر \x1b]0;title\x07", "start": 1, "end": 9, "incident": "i-3f9c2a"}])
    out = io.StringIO()
    render_detail(inc, "table", out, terminal=False)
    text = out.getvalue()
    assert "\x1b" not in text and "\x07" not in text
    for want in ("i-3f9c2a", "Armed clash", "36.5", "ميليشيا الدفاع الوطني", "side 1",
                 "[1] Test Outlet", "[b]", "anonymous", "chars 1–9"):
        assert want in text, want
    assert json.loads(_detail_json(inc))["quotes"][0]["speaker"] == "مصدر [b]"


def _detail_json(inc):
    out = io.StringIO()
    render_detail(inc, "json", out)
    return out.getvalue()


def test_empty_result():
    assert "no incidents match" in render([], "table", terminal=False)
    assert json.loads(render([], "json")) == []
    assert render([], "csv").count("\n") == 1


import pytest  # noqa: E402


@pytest.mark.parametrize("width", [110, 118, 140, 200])
@pytest.mark.parametrize("bidi", [False, True])
def test_incident_table_fits_the_width_and_keeps_every_citation_mark(width, bidi):
    """Rows used to be wider than the screen at 118 columns (long date, many marks), and
    rich cropped them: '[3] [4] [5] [' and the mark [6] was gone."""
    many = [{"doc": "a.txt", "outlet": "O", "start": n * 10, "end": n * 10 + 5, "quote": f"جملة {n}"}
            for n in range(12)]
    incs = [incident(id="i-0ea8737c98", event_type="Strategic developments",
                     sub_event_type="Non-violent transfer of territory", date_inferred=True,
                     location={"name": "Tay Neighbourhood (Qamishli)", "name_ar": "حي طي", "admin1": "Al-Hasakeh",
                               "lat": None, "lon": None, "mention": None},
                     sources=many, injured=12)]
    text = render(incs, "table", width=width, bidi=bidi)
    table = text.split("\n[1] ")[0].splitlines()
    from rich.cells import cell_len
    assert all(cell_len(ln) <= width for ln in table), max(table, key=cell_len)
    marks = " ".join(table)
    for n in range(1, 13):
        assert f"[{n}]" in marks, n
    for word in ("Non-violent", "territory", "Qamishli"):    # folded at worst, never cut off
        assert word in "".join(ln.strip() for ln in table) or word in marks
