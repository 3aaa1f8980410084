"""A new report is compared only with what blocking found for it (store.merge.candidates is a
superset of the compatible): the other components gathered in the same settle are not scored
against it, in components() and in cluster() alike."""
from incidents.store import clustering


def _rep(rid: str, component: str | None) -> dict:
    return {"id": rid, "component": component, "day_lo": "2021-03-04", "day_hi": "2021-03-04",
            "published": "2021-03-04", "background": False, "document": rid, "data": {}}


def test_pairs_out_of_reach_are_not_scored(monkeypatch):
    asked = []

    def score(a, b, ctx):
        asked.append(frozenset((a["id"], b["id"])))
        return 1.0 if {a["id"], b["id"]} == {"new", "a1"} else None

    monkeypatch.setattr(clustering, "pair_score", score)
    reports = [_rep("new", None), _rep("a1", "a1"), _rep("b1", "b1"), _rep("b2", "b1")]
    reach = {"new": frozenset({"a1", "new"})}
    comps = clustering.components(reports, None, [], frozenset({"a1", "b1"}), None, reach)
    assert sorted(sorted(r["id"] for r in c) for c in comps) == [["a1", "new"], ["b1", "b2"]]
    assert frozenset(("new", "b1")) not in asked and frozenset(("new", "b2")) not in asked
    asked.clear()
    clusters = clustering.cluster([reports[0], reports[1]] + reports[2:], None, [], set(), None, reach)
    assert ["a1", "new"] in [[r["id"] for r in c] for c in clusters]
    assert not any("new" in p and p & {"b1", "b2"} for p in asked)


def test_without_reach_every_pair_is_scored(monkeypatch):
    asked = []
    monkeypatch.setattr(clustering, "pair_score", lambda a, b, ctx: asked.append((a["id"], b["id"])))
    clustering.components([_rep("new", None), _rep("b1", "b1")], None, [], frozenset({"b1"}))
    assert asked == [("new", "b1")]
