"""Right-to-left that holds (issue 12): wrapped cells of quotes and search read top-down
with --bidi, a hit stays inside its word's isolate, citations wrap on words at the
table width in both bidi modes and in \\G, and `set width` applies to them."""
import io
import re

from bidi import get_display
from rich.cells import cell_len

from incidents.render import cells, wrap
from incidents.render.escape import FSI, PDI
from incidents.render.rows import render_rows
from incidents.render.table import make_console, print_citations, view
from incidents.render.vertical import write_incidents

# a sentence written for the test: twelve different words, then a Latin name inside
WORDS = ["قالت", "مصادر", "محلية", "إن", "اشتباكات", "عنيفة", "دارت", "بين", "عناصر", "الميليشيا",
         "والقوات", "الحكومية"]
SENTENCE = " ".join(WORDS) + " بحسب موقع Political Keys اليوم"


def logical_words(visual_line: str) -> list[str]:
    """The words of a reordered (visual) pure-Arabic line, in reading order."""
    return [w[::-1] for w in reversed(visual_line.split())]


def statement_lines(out: str, column: int) -> list[str]:
    body = [ln for ln in out.splitlines()[2:] if ln.strip() and not ln.startswith("1 ")]
    return [ln[column:].split("   ")[0].strip() for ln in body]


def test_a_wrapped_cell_with_bidi_reads_from_the_top_line_down():
    out = io.StringIO()
    with view(width=60):
        render_rows([{"speaker": "مراسل", "statement": " ".join(WORDS)}], ["speaker", "statement"],
                    "table", out, bidi=True, width=60)
    text = out.getvalue()
    col = text.splitlines()[0].index("statement")
    lines = statement_lines(text, col)
    assert len(lines) > 1                                             # it did wrap
    assert [w for ln in lines for w in logical_words(ln)] == WORDS    # top line first, each line reordered


def test_a_line_mixing_arabic_and_latin_keeps_its_run_order():
    lines = wrap.wrap(SENTENCE, 30)
    shown = wrap.screen_lines(SENTENCE, 30, bidi=True)
    assert shown == [get_display(ln, base_dir="L") for ln in lines]   # each line on its own
    mixed = next(s for s in shown if "Political Keys" in s)
    logical = next(ln for ln in lines if "Political Keys" in ln)
    before, after = logical.split("Political Keys")
    # the Arabic before the name is to its left in a left-to-right line, the Arabic after it to its right
    left, right = mixed.split("Political Keys")
    assert sorted(logical_words(left)) == sorted(before.split())
    assert sorted(logical_words(right)) == sorted(after.split())


def test_a_search_hit_stays_inside_its_word_isolate():
    hit = wrap.Hit("… صهاريج محملة ب" + wrap.OPEN + "المحروقات" + wrap.CLOSE + " تابعة لمليشيا …")
    (line,) = wrap.screen_lines(hit, None, bidi=False)
    assert re.search(f"{FSI}[^{PDI}]*ب⟦المحروقات⟧ تابعة[^{FSI}]*{PDI}", line), line
    text = wrap.to_text([line], highlight=True)
    assert "⟦" not in text.plain and "بالمحروقات" in text.plain      # on a terminal: a highlight
    (span,) = [s for s in text.spans if s.style == wrap.HIT_STYLE]
    assert text.plain[span.start:span.end] == "المحروقات"
    (shown,) = wrap.screen_lines(hit, None, bidi=True)
    plain = wrap.to_text([shown], highlight=True).plain
    assert "تاقورحملاب" in plain and "بقعت" not in plain          # the word reordered whole, hit and all


def _cites(quote: str) -> cells.Citations:
    c = cells.Citations()
    c.mark({"sources": [{"doc": "a.txt", "outlet": "Test", "start": 10, "end": 500, "quote": quote}]})
    return c


def _check_wrapped(lines: list[str], width: int, bidi: bool) -> None:
    assert len(lines) > 2
    assert all(cell_len(ln) <= width for ln in lines), [cell_len(ln) for ln in lines]
    seen = " ".join(ln.replace(FSI, " ").replace(PDI, " ") for ln in lines).split()
    words = [w[::-1] for w in seen] if bidi else seen
    for w in WORDS:                                # every word whole on one line
        assert w in words or "«" + w in words, w


def test_citations_wrap_on_words_at_the_width_in_both_bidi_modes_and_in_vertical():
    quote = " ".join(WORDS * 3)
    for bidi in (False, True):
        out = io.StringIO()
        with view(width=70):                        # what `set width 70` sets
            print_citations(_cites(quote), make_console(out, terminal=False), bidi=bidi)
        _check_wrapped(out.getvalue().splitlines(), 70, bidi)
        out = io.StringIO()
        inc = {"id": "i-1", "sources": [{"doc": "a.txt", "start": 1, "end": 2, "quote": quote}]}
        write_incidents([inc], out, bidi=bidi, width=70)
        lines = [ln for ln in out.getvalue().splitlines() if ln.startswith(("[1]", "    "))]
        _check_wrapped(lines, 70, bidi)


def test_search_in_the_shell_keeps_the_hit_in_its_word(seed_store):
    from incidents.shell.session import Session
    for bidi in (False, True):
        s = Session(seed_store.path, out=io.StringIO(), err=io.StringIO(), store=seed_store, bidi=bidi)
        s.width = 140
        assert s.run("search المحروقات limit 1"), s.err.getvalue()
        out = s.out.getvalue()
        if bidi:
            assert "⟧تاقورحملا⟦ب" in out, out                        # reordered as one word
        else:
            assert re.search(f"{FSI}[^{PDI}\n]*ب⟦المحروقات⟧[^{FSI}\n]*{PDI}", out), out
