"""store.clustering's pair scores are remembered in two bounded generations, and the
components last clustered as their compatible pairs (store.component_scores): a store merged
with either (at the default size, or so small that it forgets all the time) is the store
merged with every pair scored afresh."""
import pytest

from incidents.documents.model import Document
from incidents.extract.model import DocMeta
from incidents.store import clustering, component_scores
from incidents.store.db import open_store
from incidents.store.merge import compatible
from incidents.store.save import save_document, text_sha256

# the same few events told by several outlets, some pages undated (their reports fit every day,
# so components grow through them and are clustered again as each copy comes)
EVENTS = [
    "قتل ثلاثة مدنيين وأصيب خمسة آخرون بقصف مدفعي لقوات النظام على بلدة كفرنبل جنوبي إدلب.",
    "استهدفت طائرة مسيرة تركية سيارة عسكرية لقوات سوريا الديمقراطية قرب مدينة القامشلي، ما أدى إلى مقتل عنصرين.",
    "اندلعت اشتباكات عنيفة بين فصائل المعارضة وقوات النظام على محور بلدة كبانة في ريف اللاذقية.",
    "قتل شاب برصاص مسلحين مجهولين في مدينة طفس بريف درعا الغربي.",
]
DAYS = ["2021-03-04", "2021-03-04", "2021-03-05", None, None, "2022-07-10"]


def _documents() -> list[tuple]:
    items = []
    for k in range(24):
        text = "\n".join(EVENTS[(k + j) % len(EVENTS)] for j in range(1 + k % 3)) + f"\nالمصدر {k}"
        meta = DocMeta(f"page-{k}", outlet=f"outlet {k % 5}", published=DAYS[k % len(DAYS)])
        items.append((Document(meta, text, f"page-{k}"), text_sha256(text)))
    return items


def _store(path, items) -> list:
    from incidents.extract.gazetteer import default_gazetteer
    from incidents.extract.pipeline import extract_document
    g = default_gazetteer()
    s = open_store(str(path))
    clustering._PAIRS.clear()
    component_scores.KNOWN.clear()
    for document, sha in items:
        with s.db.atomic():
            save_document(s.db, document, sha, extract_document(document.text, document.meta, g))
    tables = {t: s.db.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
              for t in ("reports", "incidents", "incident_actors", "citations", "quotes")}
    s.close()
    return tables


@pytest.fixture(scope="module")
def scored_afresh(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    mp.setattr(clustering, "pair_score", lambda a, b, ctx: compatible(a, b, ctx))
    mp.setattr(component_scores, "MIN_SIZE", 10 ** 9)
    try:
        return _store(tmp_path_factory.mktemp("afresh") / "s.db", _documents())
    finally:
        mp.undo()


def test_the_corpus_merges_copies(scored_afresh):
    assert len(scored_afresh["incidents"]) < len(scored_afresh["reports"])


@pytest.mark.parametrize("generation", [clustering.GENERATION, 7, 1])
def test_a_store_merged_with_the_cache_is_the_store_scored_afresh(tmp_path, monkeypatch, scored_afresh, generation):
    monkeypatch.setattr(clustering, "GENERATION", generation)
    calls = []
    real = clustering.compatible
    monkeypatch.setattr(clustering, "compatible", lambda a, b, ctx: calls.append(1) or real(a, b, ctx))
    assert _store(tmp_path / "s.db", _documents()) == scored_afresh
    assert calls        # the cache was asked (and, small, forgot and scored again)
    assert len(clustering._PAIRS) <= 2 * generation


def test_the_cache_holds_two_generations_at_most(monkeypatch):
    monkeypatch.setattr(clustering, "GENERATION", 3)
    clustering._PAIRS.clear()
    reps = [{"_key": k, "document": f"d{k}", "family": "other"} for k in range(6)]
    for a in reps:
        for b in reps:
            if a is not b:
                assert clustering.pair_score(a, b, None) is None
                assert len(clustering._PAIRS) <= 6
    assert clustering.pair_score(reps[4], reps[5], None) is None
    clustering._PAIRS.clear()


@pytest.mark.parametrize("limit", [component_scores.LIMIT, 40, 1])
def test_a_store_merged_with_components_remembered_is_the_store_scored_afresh(tmp_path, monkeypatch,
                                                                             scored_afresh, limit):
    monkeypatch.setattr(component_scores, "MIN_SIZE", 2)
    monkeypatch.setattr(component_scores, "LIMIT", limit)
    monkeypatch.setattr(clustering, "GENERATION", 1)      # the pair cache forgets: groups answer
    grew = []
    real = component_scores.Known.remember
    monkeypatch.setattr(component_scores.Known, "remember",
                        lambda self, keys, scores: grew.append(len(keys)) or real(self, keys, scores))
    assert _store(tmp_path / "s.db", _documents()) == scored_afresh
    assert max(grew) > 2            # components were remembered, and asked again as they grew
    assert component_scores.KNOWN.size <= max(limit, max(grew) ** 2)
    component_scores.KNOWN.clear()


def test_a_forgotten_component_is_scored_again():
    known = component_scores.Known()
    known.remember([1, 2, 3], [(1, 2, 5.0)])
    assert [g is not None for g in known.groups([1, 2, 3, 4])] == [True, True, True, False]
    known.remember([3, 4], [])
    assert known.groups([1, 3])[0] is not known.groups([1, 3])[1]     # 3 is now of the newer group
    monkey = component_scores.LIMIT
    try:
        component_scores.LIMIT = 4
        known.remember([5, 6, 7], [(5, 6, 1.0)])
        assert known.groups([1, 2]) == [None, None] and known.size <= 4 + 2
    finally:
        component_scores.LIMIT = monkey
