"""Undated pages of one time (store.pages): two pages that tell one news of one day (the
killing of one man they both name) tie the recollections they both add at one place,
which two undated pages could otherwise never merge; a third undated page with the same
look-alike recollection but none of their news stays apart, and so do two pages whose
news shares only a weekday and unknown gunmen. The articles are written for these tests."""
from __future__ import annotations

from incidents.store.db import open_store
from incidents.store.ingest import ingest_paths
from test_merge import cached_extractor, ingest_in_orders, write_jsonl

NEWS_AND_RECOLLECTION = [
    {"id": "p1", "outlet": "Outlet P",
     "text": "اغتال مسلحون مجهولون، أمس الأربعاء، المختار “أحمد سليمان العلي” في مدينة نوى بريف درعا الغربي، "
             "بإطلاق النار عليه بشكل مباشر.\nوفي 3 أيار الحالي اغتال مسلحون عنصراً سابقاً في فصائل المعارضة "
             "قرب دوار البريد في مدينة جاسم."},
    {"id": "p2", "outlet": "Outlet Q",
     "text": "قتل المختار “أحمد سليمان العلي” برصاص مسلحين مجهولين أمس الأربعاء في مدينة نوى غربي درعا.\n"
             "وسبق ذلك اغتيال الشاب “خالد محمود الحريري”، العنصر السابق في فصائل المعارضة، بنيران مسلحين "
             "مجهولين في مدينة جاسم."},
    {"id": "p3", "outlet": "Outlet R",
     "text": "قصفت قوات النظام بالمدفعية الثقيلة، أمس الأحد، بلدة كنصفرة في جبل الزاوية بريف إدلب الجنوبي، "
             "دون ورود أنباء عن إصابات.\nوكان مسلحون مجهولون قد اغتالوا عنصراً سابقاً في فصائل المعارضة "
             "في مدينة جاسم بريف درعا."},
]


def _told_by(rows) -> list[list[str]]:
    return sorted(sorted(r["doc"] for r in row["reports"]) for row in rows)


def test_pages_that_tell_one_news_tie_the_recollection_both_add(tmp_path):
    store = open_store(str(tmp_path / "p.db"))
    ingest_paths(store, [write_jsonl(tmp_path / "p.jsonl", NEWS_AND_RECOLLECTION)], extractor=cached_extractor)
    rows = list(store.export_incidents())
    store.close()
    # the sheikh's killing (p1, p2), the recollection at Jasim both add (p1, p2), p3's two apart
    assert _told_by(rows) == [["p1", "p2"], ["p1", "p2"], ["p3"], ["p3"]]
    jasim = [r for r in rows if r["location"]["name_ar"] == "جاسم"]
    assert _told_by(jasim) == [["p1", "p2"], ["p3"]]


def test_without_the_news_they_share_two_undated_recollections_stay_two(tmp_path):
    store = open_store(str(tmp_path / "q.db"))
    alone = [NEWS_AND_RECOLLECTION[0], NEWS_AND_RECOLLECTION[2]]
    ingest_paths(store, [write_jsonl(tmp_path / "q.jsonl", alone)], extractor=cached_extractor)
    rows = list(store.export_incidents())
    store.close()
    assert _told_by(rows) == [["p1"], ["p1"], ["p3"], ["p3"]]


def test_pages_of_one_time_give_the_same_store_in_any_order(tmp_path):
    docs = NEWS_AND_RECOLLECTION
    orders = [[docs], [docs[::-1]], [[d] for d in docs], [[d] for d in docs[::-1]], [[docs[1]], [docs[2], docs[0]]]]
    snaps = ingest_in_orders(tmp_path, docs, orders)
    assert all(s == snaps[0] for s in snaps[1:])
    assert sum(1 for r in snaps[0] if r.get("corroboration") == 2) == 2


LOOK_ALIKE_NEWS = [
    {"id": "w1", "outlet": "Outlet W",
     "text": "قتل شاب برصاص مسلحين مجهولين، أمس الثلاثاء، في مدينة نوى بريف درعا الغربي.\n"
             "وكان مسلحون مجهولون قد اغتالوا عنصراً سابقاً في فصائل المعارضة في مدينة جاسم."},
    {"id": "w2", "outlet": "Outlet X",
     "text": "اغتال مسلحون مجهولون شاباً، أمس الثلاثاء، بإطلاق النار عليه في مدينة نوى غربي درعا.\n"
             "وسبق ذلك اغتيال عنصر سابق في فصائل المعارضة بنيران مسلحين مجهولين في مدينة جاسم."},
]


def test_pages_that_share_only_a_look_alike_of_a_weekday_are_not_thereby_of_one_time(tmp_path):
    # a young man shot by unknown gunmen in Nawa "أمس الثلاثاء", told by two undated pages with
    # no name, toll of many or named party in common: any Tuesday; their recollections stay two
    store = open_store(str(tmp_path / "w.db"))
    ingest_paths(store, [write_jsonl(tmp_path / "w.jsonl", LOOK_ALIKE_NEWS)], extractor=cached_extractor)
    rows = list(store.export_incidents())
    store.close()
    jasim = [r for r in rows if r["location"]["name_ar"] == "جاسم"]
    assert _told_by(jasim) == [["w1"], ["w2"]]
