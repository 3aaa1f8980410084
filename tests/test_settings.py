"""`set`, the vertical view, bounded table widths, the pager decision and the
command-line lexer: the pieces of the shell that need no terminal."""
import io
import re

import pytest

from incidents.shell.settings import SETTINGS, complete_args, parse_setting
from incidents.shell.registry import CommandError, lookup
from tests.test_shell import session


def test_parse_setting_types_and_errors():
    assert parse_setting("bidi", "ON") == ("bidi", True)
    assert parse_setting("Vertical", "off") == ("vertical", False)
    assert parse_setting("pager", "auto") == ("pager", "auto")
    assert parse_setting("pager", "yes") == ("pager", "on")
    assert parse_setting("width", "120") == ("width", 120)
    assert parse_setting("width", "auto") == ("width", None)
    assert parse_setting("format", "CSV") == ("format", "csv")
    with pytest.raises(CommandError, match="did you mean width"):
        parse_setting("widht", "80")
    with pytest.raises(CommandError, match="did you mean json"):
        parse_setting("format", "jsn")
    with pytest.raises(CommandError, match="not a width"):
        parse_setting("width", "-3")
    with pytest.raises(CommandError, match="not on or off"):
        parse_setting("bidi", "maybe")


def test_set_command_changes_the_session_and_lists_everything():
    s = session()
    assert lookup("set") is not None
    assert s.run("set format json") and s.fmt == "json"
    assert s.run("set bidi on") and s.bidi is True
    assert s.run("set pager off") and s.pager == "off"
    assert s.run("set width 90") and s.width == 90
    assert s.run("set vertical on") and s.vertical is True
    s.out.truncate(0)
    s.out.seek(0)
    assert s.run("set")
    listing = s.out.getvalue()
    for name in SETTINGS:
        assert re.search(rf"^{name}\s", listing, re.M), name
    assert re.search(r"^format\s+json\s", listing, re.M) and re.search(r"^width\s+90\s", listing, re.M)
    assert not s.run("set colour red") and "no setting 'colour'" in s.err.getvalue()
    assert s.run("set bidi")                         # one name: show that setting
    assert "bidi on" in s.out.getvalue()


def test_set_format_then_search_uses_it():
    s = session()
    assert s.run("set format csv") and s.run("search")
    assert s.out.getvalue().splitlines()[0].startswith("id,date,")


def test_set_completion_offers_names_then_values():
    assert [w for w, _ in complete_args([])] == list(SETTINGS)
    assert [w for w, _ in complete_args(["pager"])] == ["on", "off", "auto"]
    assert [w for w, _ in complete_args(["format"])] == ["table", "json", "jsonl", "csv", "tsv", "md"]
    assert complete_args(["nosuch"]) == []


def test_trailing_backslash_g_and_set_vertical_render_blocks():
    s = session()
    assert s.run("actor NDF \\G")
    text = s.out.getvalue()
    assert re.search(r"^\*+ 1\. i-aaa111 \*+$", text, re.M)
    assert re.search(r"^ +id: i-aaa111$", text, re.M) and re.search(r"^ +killed: 2$", text, re.M)
    assert "[1] Test, t.txt, chars 10–40:" in text and "\x1b" not in text
    s = session()
    assert s.run("actor NDF")                        # \G was for that one line only
    assert "id: i-aaa111" not in s.out.getvalue()
    assert s.run("set vertical on") and s.run("search")
    assert "2. i-bbb222" in s.out.getvalue()


def test_vertical_renderer_wraps_long_values_under_their_column():
    from incidents.render.vertical import write_block, write_rows
    out = io.StringIO()
    write_block(1, "x", [("short", "a"), ("a long label", "word " * 40)], out, width=60)
    lines = out.getvalue().splitlines()
    assert all(len(ln) <= 60 for ln in lines)
    body = [ln for ln in lines if not ln.startswith("*")]
    assert body[1].startswith("a long label: word")
    assert body[2].startswith(" " * 14 + "word")            # continuation under the value
    out = io.StringIO()
    write_rows([{"name": "NDF", "incidents": 7, "aliases": ["a", "b"]}], out, title_key="name")
    assert "1. NDF" in out.getvalue() and "aliases: a, b" in out.getvalue() and "1 row" in out.getvalue()


def _long_session(width, bidi="off"):
    s = session()
    s.store.incidents[0]["actors"][0]["name"] = "A very long actor name " * 5
    s.store.incidents[0]["actors"][0]["name_ar"] = "قوات " * 30
    s.store.incidents[0]["killed"] = 1234
    assert s.run(f"set width {width}") and s.run(f"set bidi {bidi}") and s.run("search")
    return s


@pytest.mark.parametrize("width,bidi", [(110, "off"), (110, "on"), (140, "off"), (200, "on")])
def test_table_stays_within_the_width_and_numbers_align_right(width, bidi):
    s = _long_session(width, bidi)
    table = s.out.getvalue().split("[1] Test")[0].splitlines()
    from rich.cells import cell_len
    assert all(cell_len(ln) <= width for ln in table), max(cell_len(ln) for ln in table)
    assert table[0].split() == ["id", "date", "place", "actors", "type", "killed", "injured", "cites"]
    table = [ln.replace("\u2068", "").replace("\u2069", "") for ln in table]   # zero-width isolates
    header = next(ln for ln in table if ln.lstrip().startswith("id"))
    row2 = next(ln for ln in table if "i-bbb222" in ln)
    # right-aligned: the killed figures end in the same column as the header word
    end = header.index("killed") + len("killed")
    assert row2[:end].endswith("2") and next(ln for ln in table if "i-aaa111" in ln)[:end].endswith("1234")


@pytest.mark.parametrize("width", [60, 100])
def test_too_narrow_for_the_table_falls_back_to_blocks(width):
    s = _long_session(width)
    text = s.out.getvalue()
    assert "1. i-aaa111" in text and "2. i-bbb222" in text
    assert all(len(ln) <= width for ln in text.split("[1] Test")[0].splitlines())


def test_pager_decision():
    from incidents.render.pager import height, should_page
    tall = "line\n" * 50
    assert should_page(tall, "auto", True, (80, 24))
    assert not should_page("one\n", "auto", True, (80, 24))
    assert should_page("one\n", "on", True, (80, 24))
    assert not should_page(tall, "on", False, (80, 24))      # never when piped
    assert not should_page(tall, "off", True, (80, 24))
    assert height("x" * 200 + "\n", 80) == 3                 # wrapped lines count
    assert height("\x1b[31mred\x1b[0m\n", 80) == 1


def test_lexer_tokens():
    from incidents.shell.highlight import tokens
    cmds = ["show", "search", "set", "actor", "where", "between"]
    toks = [(s, t) for s, t in tokens('actor NDF where "Deir ez-Zor" between 2021 2022-04 \\G', cmds) if t.strip()]
    assert toks == [("keyword", "actor"), ("", "NDF"), ("keyword", "where"), ("string", '"Deir ez-Zor"'),
                    ("keyword", "between"), ("date", "2021"), ("date", "2022-04"), ("option", "\\G")]
    assert [s for s, t in tokens("show i-3f9c2a", cmds) if t.strip()] == ["command", "incident"]
    assert tokens("shwo x", cmds)[0] == ("error", "shwo")
    assert "".join(t for _, t in tokens('  set  width 80 "open', cmds)) == '  set  width 80 "open'
    assert [s for s, t in tokens("set width 80", cmds) if t.strip()] == ["command", "", "number"]


def test_toolbar_text():
    from incidents.shell.toolbar import toolbar_text
    s = session()
    s.pager = "on"
    text = toolbar_text(s, {"documents": 5, "incidents": 1})
    assert text == ":memory: · 5 documents · 1 incident · table · bidi off · pager on"
