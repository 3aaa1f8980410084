"""A text far longer than any article (a 5 MB paste on one line) extracts in time linear in
its length (issue 8, item 5): it is cut into pieces of at most PIECE characters, and the
stages that used to search from each sentence to the end of the text no longer do.
Times are measured by bench/long_text_bench.py; these tests check the mechanism."""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from incidents.extract import pieces
from incidents.extract.model import DocMeta
from incidents.extract.numbers import count_after, count_within
from incidents.extract.pipeline import extract_document
from incidents.extract.text import prepare

OWN = ["اشتبكت قوات النظام مع فصائل المعارضة في ريف إدلب", "وقتل ثلاثة مدنيين وأصيب خمسة آخرون",
       "وقال المرصد السوري لحقوق الإنسان إن \"الاشتباكات مستمرة", "انفجرت عبوة ناسفة بدورية في دير الزور"]


def _long(size: int, stop: str = " ") -> str:
    unit = stop.join(OWN) + stop
    return (unit * (size // len(unit) + 1))[:size]


def test_cuts_cover_the_text_in_pieces_no_longer_than_the_limit():
    text = ("سطر " * 700 + "\n") * 40 + "كلمة " * 9000 + "x" * 25_000
    spans = list(pieces.cuts(text, 10_000))
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a < b and b - a <= 10_000 for a, b in spans)
    assert all(b == c for (_, b), (c, _) in zip(spans, spans[1:]))       # no gap, no overlap
    assert text[spans[0][1] - 1] == "\n"            # a paragraph break where there is one
    assert list(pieces.cuts("قصير", 10_000)) == [(0, 4)]


def test_a_text_longer_than_a_piece_is_extracted_piece_by_piece(monkeypatch):
    seen = []
    one = extract_document.__globals__["_extract_one"]

    def spy(text, meta, g):
        seen.append(len(text))
        return one(text, meta, g)

    monkeypatch.setitem(extract_document.__globals__, "_extract_one", spy)
    monkeypatch.setattr(pieces, "PIECE", 3_000)
    extract_document(_long(20_000), DocMeta("long"))
    assert len(seen) >= 7 and max(seen) <= 3_000 and sum(seen) == 20_000


def test_pieces_give_offsets_into_the_whole_text_and_unique_stable_ids(monkeypatch):
    monkeypatch.setattr(pieces, "PIECE", 4_000)
    text = _long(30_000)
    ex = extract_document(text, DocMeta("long", published="2023-05-06"))
    assert ex.incidents and ex.quotes
    for inc in ex.incidents:
        assert all(text[c.start:c.end] == c.quote for c in inc.citations)
        assert all(a.span is None or text[a.span.start:a.span.end] == a.span.text for a in inc.actors)
    assert max(c.start for i in ex.incidents for c in i.citations) > 26_000     # the last piece read too
    for q in ex.quotes:
        assert text[q.start:q.end] == q.text
        assert text[q.speaker_span.start:q.speaker_span.end] == q.speaker_span.text
    ids = [i.id for i in ex.incidents] + [q.id for q in ex.quotes]
    assert len(set(ids)) == len(ids)                # identical pieces, distinct ids
    assert {q.incident for q in ex.quotes} - {None} <= {i.id for i in ex.incidents}
    again = extract_document(text, DocMeta("long", published="2023-05-06"))
    assert [i.id for i in again.incidents] + [q.id for q in again.quotes] == ids


_WORDS = ["مقتل", "ثلاثه", "عشر", "وعشرون", "5", "و4", "عناصر", "مدنيين", "اثنين", "اكثر", "من", "ايلول",
          "عربات", "احد", "عنصرا", "والده", "في", "99999999999999999999"]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_WORDS), max_size=14), st.integers(0, 15), st.integers(0, 15),
       st.integers(1, 6))
@example(["ثلاثه", "عشر", "عنصرا"], 0, 3, 1)          # a number of two words read at the reach's edge
@example(["مدنيين", "اثنين", "ايلول"], 0, 3, 1)        # a plural, its number, then a month
@example(["في", "5", "ايلول"], 1, 3, 1)
def test_count_within_reads_what_count_after_reads_of_the_bounded_words(words, i, end, reach):
    assert count_within(words, i, end, reach) == count_after(words[:end], i, reach)


def test_sentence_span_ends_at_the_next_stop_as_before():
    text = "اشتبكت قوات النظام مع الفصائل في إدلب ،  كما قصفت الطائرات درعا  .\nخرجت مظاهرة في السويداء   "
    doc = prepare(text)
    import re
    for s in doc.sentences:
        start = doc.tokens[s.first].start
        m = re.compile(r"[.!?؟\n]").search(text, doc.tokens[s.last - 1].end)
        end = m.start() if m else len(text)
        assert doc.sentence_span(s) == (start, start + len(text[start:end].rstrip()))
