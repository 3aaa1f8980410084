"""Merging reports of one incident across documents: the same store whatever the
order, the lowest figure with every report's own, look-alikes on other days apart.
The articles are written for these tests (three outlets on one car bomb in Azaz, and
the same town bombed again six days later)."""
from __future__ import annotations

import json
import os
from functools import lru_cache
from itertools import permutations

import pytest

from incidents.store.db import open_store
from incidents.store.ingest import ingest_paths, reindex

DOCS = [
    {"id": "a1", "outlet": "Outlet A", "published": "2022-03-14",
     "text": "اعزاز – خاص\nقتل 4 مدنيين وأصيب 9 آخرون، اليوم الإثنين 14 آذار 2022، بانفجار سيارة مفخخة "
             "في مدينة اعزاز بريف حلب الشمالي، بحسب مصادر محلية."},
    {"id": "b1", "outlet": "Outlet B", "published": "2022-03-14",
     "text": "انفجرت سيارة مفخخة في مدينة اعزاز شمالي حلب، اليوم الإثنين 14 آذار 2022، ما أدى إلى "
             "مقتل 6 مدنيين وإصابة 12 آخرين."},
    {"id": "c1", "outlet": "Outlet C", "published": "2022-03-15",
     "text": "قتل 5 مدنيين بانفجار سيارة مفخخة في مدينة اعزاز بريف حلب، يوم الإثنين 14 آذار 2022، "
             "وفق ما أفاد به مراسلنا."},
    {"id": "d1", "outlet": "Outlet A", "published": "2022-03-20",
     "text": "قتل 3 مدنيين، اليوم الأحد 20 آذار 2022، بانفجار سيارة مفخخة في مدينة اعزاز بريف حلب الشمالي."},
]
MERGE_SET = "/work/shared/corpus/merge.jsonl"


@lru_cache(maxsize=None)
def _extract_cached(text, doc, outlet, published):
    from incidents.extract.gazetteer import load_gazetteer
    from incidents.extract.model import DocMeta
    from incidents.extract.pipeline import extract_document
    return extract_document(text, DocMeta(doc=doc, outlet=outlet, published=published), load_gazetteer())


def cached_extractor(text, meta, gazetteer):
    """The real extractor, once per text (the orders below re-ingest the same texts)."""
    return _extract_cached(text, meta.doc, meta.outlet, meta.published)


def write_jsonl(path, docs):
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return str(path)


def snapshot(store) -> list[dict]:
    rows = sorted(store.export_incidents(), key=lambda r: r["id"])
    quotes = sorted((q["id"], q["incident"]) for q in store.export_quotes())
    return rows + [{"quotes": quotes}]


def ingest_in_orders(tmp_path, docs, orders):
    """One store per order (each order a list of batches of documents)."""
    out = []
    for n, order in enumerate(orders):
        store = open_store(str(tmp_path / f"s{n}.db"))
        for k, batch in enumerate(order):
            ingest_paths(store, [write_jsonl(tmp_path / f"in{n}_{k}.jsonl", batch)], extractor=cached_extractor)
        out.append(snapshot(store))
        store.close()
    return out


def test_reports_of_one_bombing_merge_with_lowest_figure_and_twin_apart(tmp_path):
    store = open_store(str(tmp_path / "s.db"))
    ingest_paths(store, [write_jsonl(tmp_path / "in.jsonl", DOCS)], extractor=cached_extractor)
    rows = list(store.export_incidents())
    assert len(rows) == 2
    merged = next(r for r in rows if r["corroboration"] == 3)
    assert merged["date"] == "2022-03-14" and merged["killed"] == 4 and merged["injured"] == 9
    assert sorted((r["doc"], r["killed"], r["injured"]) for r in merged["reports"]) == [
        ("a1", 4, 9), ("b1", 6, 12), ("c1", 5, None)]
    assert {s["doc"] for s in merged["sources"]} == {"a1", "b1", "c1"}
    twin = next(r for r in rows if r is not merged)
    assert twin["date"] == "2022-03-20" and [r["doc"] for r in twin["reports"]] == ["d1"]
    # the earliest published report names the incident, whatever came first
    assert merged["id"] == merged["reports"][0]["report"] and merged["reports"][0]["doc"] == "a1"
    before = snapshot(store)
    reindex(store, None, extractor=cached_extractor)
    assert snapshot(store) == before
    store.close()


def test_any_order_one_at_a_time_or_together_gives_the_same_store(tmp_path):
    orders = [[list(p)] for p in list(permutations(DOCS))[::12]]         # all at once, in 2 orders
    orders += [[[d] for d in p] for p in list(permutations(DOCS))[5::13]]  # one document at a time
    snaps = ingest_in_orders(tmp_path, DOCS, orders)
    assert all(s == snaps[0] for s in snaps[1:])
    assert sum(1 for r in snaps[0] if r.get("corroboration") == 3) == 1


@pytest.mark.skipif(not os.path.exists(MERGE_SET), reason="the shared merge set is not on this machine")
def test_shared_merge_set_in_several_orders(tmp_path):
    with open(MERGE_SET, encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    orders = [[docs], [[d] for d in docs[::-1]], [docs[1::2], docs[0::2]]]
    snaps = ingest_in_orders(tmp_path, docs, orders)
    assert all(s == snaps[0] for s in snaps[1:])
    assert any(r.get("corroboration", 1) > 1 for r in snaps[0])


def test_a_lead_whose_actors_were_all_filtered_out_starts_nowhere():
    from incidents.extract.frames import lead_first
    assert lead_first([]) == 0



def test_a_new_report_rewrites_only_the_incidents_whose_reports_changed():
    """settle(rewrite=False), as ingest calls it: of a component's clusters, one that is its
    stored incident already is not written again (nor deleted)."""
    from incidents.store.merge import _changed

    def rep(rid, incident, published="2022-03-14"):
        return {"id": rid, "incident_id": incident, "published": published}
    a, b, c = rep("i-a", "i-a"), rep("i-b", "i-a"), rep("i-c", "i-c")
    new = rep("i-n", None)
    assert _changed([[a, b], [c]], [a, b, c], set(), set()) == ([], set())
    assert _changed([[a, b, new], [c]], [a, b, c, new], {"i-n"}, set()) == ([[a, b, new]], {"i-a"})
    # b split off into its own incident: both clusters are new, a's old incident goes
    assert _changed([[a], [b], [c]], [a, b, c], set(), set()) == ([[a], [b]], {"i-a"})
    assert _changed([[c]], [c], set(), {"i-c"}) == ([[c]], {"i-c"})


def test_the_merge_context_is_read_again_when_a_place_is_added(tmp_path):
    """A village first stored by this ingest is known to the next settle (the version the
    store bumps on every write of actors or places, not a count of them, says so; the cached
    Context takes the new row in place, tests/test_store_writer.py)."""
    from incidents.extract.model import PlaceRef
    from incidents.store.merge_context import context
    from incidents.store.names import ensure_place
    store = open_store(str(tmp_path / "ctx.db"))
    before = context(store.db)
    assert context(store.db) is before              # nothing written: the same one
    pid = ensure_place(store.db, PlaceRef("Kafr Test", "كفر تجربة", "Idleb", 35.9, 36.6, "كفر تجربة"))
    after = context(store.db)
    assert pid in after.place_kind
    store.close()


ROAD_DOCS = [
    {"id": "r1", "outlet": "Outlet R",
     "text": "اغتال مسلحون مجهولون، مساء أمس الثلاثاء، الشيخ أبو سالم بطلق ناري على طريق “طفس – المزيريب” "
             "في ريف درعا الغربي."},
    {"id": "r2", "outlet": "Outlet S",
     "text": "اغتال مسلحون مجهولون، أمس الثلاثاء، أحد وجهاء بلدة المزيريب في ريف درعا الغربي، بحسب مصادر محلية."},
]


def test_a_killing_on_the_road_between_two_towns_merges_with_one_at_a_town_in_any_order(tmp_path):
    """The road's report is found from the town's (store.merge blocks on the road's towns
    both ways: report_roads), so ingesting either first gives the same store."""
    snaps = ingest_in_orders(tmp_path, ROAD_DOCS, [[ROAD_DOCS], [ROAD_DOCS[::-1]], [[d] for d in ROAD_DOCS],
                                                   [[d] for d in ROAD_DOCS[::-1]]])
    assert all(s == snaps[0] for s in snaps[1:])
    assert [r["corroboration"] for r in snaps[0] if "corroboration" in r] == [2]
