"""Readers: every kind of bad input gives one clear reason and the rest still read;
published dates from metadata, URL and dateline; corpus naming; folder recursion."""
from __future__ import annotations

import io
import json
import sys

import pytest

from incidents.documents import Document, DocumentError, iter_documents
from incidents.documents.published import published_date

GOOD = "اشتبكت مجموعتان مسلحتان في ريف دير الزور الشرقي."


def read(paths):
    return list(iter_documents([str(p) for p in paths]))


def errors(items):
    return [str(i) for i in items if isinstance(i, DocumentError)]


def docs(items):
    return [i for i in items if isinstance(i, Document)]


def test_plain_file_named_by_file_name(tmp_path):
    p = tmp_path / "000_e072a23fd46f4790.txt"
    p.write_text(GOOD, encoding="utf-8")
    [doc] = read([p])
    assert doc.meta.doc == "000_e072a23fd46f4790.txt" and doc.text == GOOD and doc.source == str(p)


def test_bom_is_dropped(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + GOOD.encode())
    assert read([p])[0].text == GOOD


@pytest.mark.parametrize("content, reason", [
    (b"\x00\x01\x02binary", "binary file (NUL byte at offset 0)"),
    ("خبر".encode() + b"\xff rest", "not UTF-8 (invalid byte 0xff at byte offset 6)"),
    (b"", "empty file"),
    (b"  \n\t\n ", "only whitespace"),
])
def test_bad_files_give_one_reason_and_others_still_read(tmp_path, content, reason):
    good1, bad, good2 = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"
    good1.write_text(GOOD + "1", encoding="utf-8")
    bad.write_bytes(content)
    good2.write_text(GOOD + "2", encoding="utf-8")
    items = read([good1, bad, good2])
    assert errors(items) == [f"{bad}: {reason}"]
    assert [d.text[-1] for d in docs(items)] == ["1", "2"]


def test_missing_path(tmp_path):
    missing = tmp_path / "nope.txt"
    assert errors(read([missing])) == [f"{missing}: no such file or directory"]


def test_corpus_lines(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    lines = [json.dumps({"id": "east_07", "text": GOOD, "url": "https://x.example/a", "outlet": "SY24",
                         "title": "عنوان", "published": "2021-06-19"}, ensure_ascii=False),
             json.dumps({"text": GOOD + " ثانياً"}, ensure_ascii=False),
             "",
             '{"id": "broken", "text": ',
             json.dumps({"id": "notext", "body": GOOD}, ensure_ascii=False),
             "[1, 2]",
             json.dumps({"id": "blank", "text": "   "}),
             json.dumps({"id": 42, "text": GOOD}),
             json.dumps({"id": "num", "text": 5}),
             json.dumps({"id": "obj", "text": {"ar": GOOD}}, ensure_ascii=False)]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read([corpus])
    assert errors(items) == [
        f"{corpus}:4: not JSON: Expecting value (column 26)",
        f'{corpus}:5: no "text" field',
        f"{corpus}:6: not a JSON object (an array)",      # JSON's words, not Python's ("a list", "a int")
        f'{corpus}:7: empty "text"',
        f'{corpus}:9: "text" is a number, not a string',
        f'{corpus}:10: "text" is an object, not a string',
    ]
    first, second, third = docs(items)
    assert (first.meta.doc, first.meta.outlet, first.meta.title, first.meta.url, first.meta.published) == (
        "east_07", "SY24", "عنوان", "https://x.example/a", "2021-06-19")
    assert first.published_source == "metadata" and first.source == f"{corpus}:1"
    assert second.meta.doc == "corpus.jsonl:2" and second.meta.outlet is None
    assert third.meta.doc == "42"


def test_corpus_bad_encoding_line_only(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(json.dumps({"id": "ok", "text": GOOD}).encode() + b"\n" + b'{"text": "\xff"}\n')
    items = read([corpus])
    assert [d.meta.doc for d in docs(items)] == ["ok"]
    assert errors(items)[0].startswith(f"{corpus}:2: not UTF-8")


def test_folder_recursion_sorted_skips_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deep").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "2.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "a" / "deep" / "1.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "a" / "0").write_text(GOOD, encoding="utf-8")
    (tmp_path / "a" / "c.jsonl").write_text(json.dumps({"id": "j", "text": GOOD}) + "\n", encoding="utf-8")
    (tmp_path / ".hidden" / "x.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / ".dot.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00")
    items = read([tmp_path])
    assert errors(items) == []
    assert [d.meta.doc for d in docs(items)] == ["0", "j", "1.md", "2.txt"]


def test_empty_folder(tmp_path):
    assert errors(read([tmp_path])) == [f"{tmp_path}: folder has no .txt, .md or .jsonl files"]


def test_stdin_plain_text(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(GOOD.encode())))
    [doc] = list(iter_documents(["-"]))
    assert doc.meta.doc == "stdin" and doc.text == GOOD


def test_stdin_jsonl(monkeypatch):
    data = "\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in (GOOD, GOOD + "!")) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    assert [d.meta.doc for d in iter_documents(["-"])] == ["stdin:1", "stdin:2"]


def test_stdin_json_without_text_is_plain(monkeypatch):
    data = '{"title": "x"}\n' + GOOD
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    [doc] = list(iter_documents(["-"]))
    assert doc.text == data


@pytest.mark.parametrize("meta, url, text, expected", [
    ("2021-06-19", "https://x/2020/01/02/a", "2019.01.01", ("2021-06-19", "metadata")),
    ("2021-06-19T08:30:00Z", None, "", ("2021-06-19", "metadata")),
    (None, "https://news.example/ar/2021/08/17/slug", "", ("2021-08-17", "url")),
    (None, "https://news.example/2021/08/slug", "", ("2021-08", "url")),
    (None, "https://news.example/archives/226207", "دمشق – 2022.04.15\nخبر", ("2022-04-15", "dateline")),
    (None, None, "نشر في 2022-04-15 الساعة 10", ("2022-04-15", "dateline")),
    (None, None, "الحسكة ١٥/٠٤/٢٠٢٢ - خبر", ("2022-04-15", "dateline")),
    (None, "https://x/2021/13/40/", "31/02/2022", (None, None)),          # impossible dates
    (None, None, "x" * 500 + " 2022-04-15", (None, None)),                 # too far from the top
    ("garbage", None, "", (None, None)),
    # an embedded post's date line dates the page (the latest when there are several)
    (None, None, "خبر\n— وكالة (@agency_ar) March 3, 2022\nثم\n— مراسل (@reporter1) March 4, 2022",
     ("2022-03-04", "embed")),
    (None, None, "— وكالة (@agency_ar) February 30, 2022", (None, None)),
])
def test_published_date(meta, url, text, expected):
    assert published_date(meta, url, text) == expected


def test_published_from_url_in_corpus(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "e", "text": GOOD, "url": "https://e.example/ar/news/2023/06/27/8965"}),
                      encoding="utf-8")
    [doc] = read([corpus])
    assert (doc.meta.published, doc.published_source) == ("2023-06-27", "url")
