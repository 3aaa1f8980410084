"""A search counts every hit (up to its limit) but locates in the article only the hits
that are looked at (store.search.Hit is lazy); what it shows is what an eager search showed."""
import io
import re
from pathlib import Path

import pytest

from incidents.extract.normalise import fold
from incidents.store import search as search_mod
from incidents.store.db import open_store
from incidents.store.ingest import ingest_paths

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TERM = "اشتباكات"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = open_store(str(tmp_path_factory.mktemp("hits") / "seed.db"))
    ingest_paths(s, [str(SEEDS)], progress=False)
    yield s
    s.close()


def _texts(store) -> dict[str, str]:
    return {r[0]: r[1] for r in store.db.execute("SELECT sha256, text FROM documents")}


def test_each_hit_points_at_its_term_in_the_article(store):
    hits, texts = store.search([TERM])
    articles = _texts(store)
    assert texts and [h for h in hits if h.kind == "article"]
    for h in hits:
        if h.kind == "article":
            text = articles[h.ref]
            assert fold(text[h.start:h.end]) == fold(TERM)
            assert h.match == text[h.start:h.end]
            assert h.before == text[max(0, h.start - search_mod.CONTEXT):h.start]


def test_hits_not_looked_at_are_never_mapped_to_the_article(store, monkeypatch):
    calls = []
    real = search_mod._Matched.span
    monkeypatch.setattr(search_mod._Matched, "span", lambda self, k: calls.append(k) or real(self, k))
    hits, _ = store.search([TERM], limit=1000)
    assert len(hits) > 2 and calls == []
    hits[0].start, hits[0].end, hits[0].match
    assert len(calls) == 1                         # one mapping, remembered by the hit


def test_a_copy_folded_by_older_rules_still_gives_the_article_offsets(tmp_path):
    s = open_store(str(tmp_path / "stale.db"))
    ingest_paths(s, [str(SEEDS)], progress=False)
    eager = [(h.ref, h.start, h.end) for h in s.search([TERM])[0] if h.kind == "article"]
    with s.db.atomic():     # every stored copy one character off the article's fold
        s.db.execute("UPDATE documents SET text_folded = '.' || text_folded")
    stale = [(h.ref, h.start, h.end) for h in s.search([TERM])[0] if h.kind == "article"]
    s.close()
    assert eager and stale == eager


def test_a_limited_search_counts_every_hit_and_shows_the_first(store):
    from incidents.shell.session import Session
    outs = {}
    for line in (f"search {TERM}", f"search {TERM} limit 2"):
        out = io.StringIO()
        assert Session(store.path, fmt="jsonl", out=out, err=out, store=store).run(line), out.getvalue()
        outs[line] = out.getvalue().splitlines()
    every, first = outs[f"search {TERM}"], outs[f"search {TERM} limit 2"]
    assert len(every) > 2 and first == every[:2]
    table = io.StringIO()
    Session(store.path, out=table, err=table, store=store).run(f"search {TERM} limit 2")
    total = int(re.search(r"(\d+) hits? in", table.getvalue()).group(1))
    assert total == len(every) and f"showing 2 of {total} (limit)" in table.getvalue()
