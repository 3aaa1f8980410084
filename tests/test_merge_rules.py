"""The merge decision on reports written for these tests (store.merge.compatible): when two
reports of different documents can be one incident, and when the dates say they cannot."""
from __future__ import annotations

import json

from incidents.store.merge import Context, compatible, day_range, family


class _Ctx(Context):
    """A gazetteer of one governorate, a city in it and a port in the city; actors by kind."""

    def __init__(self):
        self.db = None
        self.actor_kind = {"israel": "state", "iran": "state", "unidentified-armed-group": "unidentified",
                           "civilians": "civilians", "religious-figures": "civilians"}
        self.actor_parent = {}
        self.place_parent = {"port": "city", "city": "gov", "gov": None, "town": "gov", "village": "gov"}
        self.place_kind = {"port": "neighbourhood", "city": "city", "gov": "governorate", "town": "town",
                           "village": "village"}
        self.children = {"gov": ["city", "town", "village"], "city": ["port"]}
        self._chains = {}


CTX = _Ctx()


def report(doc, date=None, published=None, place="port", background=False, actors=("israel",),
           event_type="Explosions/Remote violence", sub="Air/drone strike", precision="day", killed=None,
           weekday=None):
    lo, hi = day_range(date, precision)
    return {"id": f"r-{doc}-{date}-{place}", "document": doc, "event_type": event_type, "sub_event_type": sub,
            "family": family(event_type), "date": date, "day_lo": lo, "day_hi": hi, "admin1": "Lattakia",
            "place_id": place, "background": background, "published": published,
            "actor_ids": list(actors), "data": {"killed": killed, "injured": None, "weekday": weekday,
                                                "actors": [{"actor_id": a, "side": SIDE.get(a, 1)} for a in actors]}}


SIDE = {"civilians": 2, "religious-figures": 2, "military-forces-of-syria": 2}     # who is hit in these tests


def test_the_same_strike_told_by_two_outlets_on_one_day_is_one():
    assert compatible(report("a", "2021-12-28", "2021-12-28"), report("b", "2021-12-28", "2021-12-28"), CTX)


def test_the_same_port_struck_on_two_days_is_two():
    assert compatible(report("a", "2021-12-28", "2021-12-28"), report("b", "2021-12-07", "2021-12-07"), CTX) is None


def test_a_recollection_without_a_day_is_not_the_news_of_its_own_day():
    # "وكان الطيران قد قصف الميناء في وقت سابق" in an article of the 28th: not the 28th's strike
    old = report("a", None, "2021-12-28", background=True)
    assert compatible(old, report("b", "2021-12-28", "2021-12-28"), CTX) is None
    assert compatible(old, report("c", "2021-12-07", "2021-12-07"), CTX) is not None


def test_a_report_never_tells_of_a_later_event():
    # a tally "منذ مطلع العام 2021" in an article of 7 December is no strike of 28 December
    tally = report("a", "2021", "2021-12-07", background=True, precision="year")
    assert compatible(tally, report("b", "2021-12-28", "2021-12-28"), CTX) is None
    assert compatible(report("a", "2021-12-28", "2021-12-07"), report("b", "2021-12-28", "2021-12-28"), CTX) is None


def test_a_publication_month_bounds_an_undated_report_by_its_last_day():
    # a page whose address gives only "2021/10": an undated report of it may be any October day
    undated = report("a", None, "2021-10", actors=("israel", "iran"))
    assert compatible(undated, report("b", "2021-10-20", "2021-10-20", actors=("israel", "iran")), CTX) is not None
    assert compatible(undated, report("b", "2021-11-20", "2021-11-20", actors=("israel", "iran")), CTX) is None


def test_a_report_without_a_day_that_fits_strikes_on_two_days_joins_neither():
    from incidents.store.clustering import cluster
    vague = report("v", None, None)
    late = [report("a", "2021-12-28", "2021-12-28"), report("b", "2021-12-28", "2021-12-28")]
    early = report("c", "2021-12-07", "2021-12-07")
    groups = cluster([vague, *late, early], CTX, [], set())
    assert sorted(len(g) for g in groups) == [1, 1, 2]
    assert [vague] in groups
    # with only the 28th's reports beside it, the same report joins them
    assert sorted(len(g) for g in cluster([vague, *late], CTX, [], set())) == [3]


def test_undated_reports_that_name_two_weekdays_are_two():
    # "اغتيل مساء الأحد" and "اغتيل أمس الثلاثاء" in articles with no date: not one killing
    sunday, tuesday = report("a", weekday=6, actors=("israel", "iran")), report("b", weekday=1, actors=("israel", "iran"))
    assert compatible(sunday, tuesday, CTX) is None
    # a night told as the next day ("ليلة الاثنين") is a day apart at most
    assert compatible(report("c", weekday=0, actors=("israel", "iran")), sunday, CTX) is not None
    # a dated report falls on its weekday: 28 December 2021 was a Tuesday
    assert compatible(sunday, report("d", "2021-12-28", "2021-12-28", actors=("israel", "iran")), CTX) is None
    assert compatible(tuesday, report("d", "2021-12-28", "2021-12-28", actors=("israel", "iran")), CTX) is not None


def test_a_report_without_a_day_that_fits_two_strikes_one_article_tells_apart_joins_neither():
    from incidents.store.clustering import cluster
    vague = report("v", None, None)
    # one article of the 28th: today's strike and an earlier one it recalls without its day
    news, recalled = report("a", "2021-12-28", "2021-12-28"), report("a", None, "2021-12-28", background=True)
    recalled["id"] += "-recalled"
    assert compatible(vague, news, CTX) is not None and compatible(vague, recalled, CTX) is not None
    assert sorted(len(g) for g in cluster([vague, news, recalled], CTX, [], set())) == [1, 1, 1]


def test_two_reports_of_undated_pages_with_no_day_make_no_incident_by_themselves():
    from incidents.store.clustering import cluster
    a, b = report("a", actors=("israel", "iran")), report("b", actors=("israel", "iran"))
    assert compatible(a, b, CTX) is not None
    assert sorted(len(g) for g in cluster([a, b], CTX, [], set())) == [1, 1]
    # both join the incident a dated report holds; naming one weekday ties them too
    dated = report("c", "2021-12-28", "2021-12-28", actors=("israel", "iran"))
    assert sorted(len(g) for g in cluster([a, b, dated], CTX, [], set())) == [3]
    a["data"]["weekday"] = b["data"]["weekday"] = 1
    assert sorted(len(g) for g in cluster([a, b], CTX, [], set())) == [2]


def test_undated_news_naming_one_weekday_agree_on_the_day():
    # "اغتال مجهولون أمس الثلاثاء شاباً" told by two undated pages: unknown gunmen and a civilian
    # are all they name, and the weekday they share ties them as a date would
    a = report("a", actors=("unidentified-armed-group", "civilians"), place="town", weekday=1)
    b = report("b", actors=("unidentified-armed-group", "civilians"), place="town", weekday=1)
    assert compatible(a, b, CTX) is not None
    b["data"]["weekday"] = None
    assert compatible(a, b, CTX) is None        # nothing but look-alike words in common


def test_one_toll_on_one_day_ties_a_named_target_to_unknown_bombers():
    # "انفجار عبوتين بحافلة مبيت عسكرية … 14 قتيلاً" beside "تفجير مزدوج لمجهولين … مقتل 14"
    kw = dict(place="city", sub="Remote explosive/landmine/IED")
    army = report("a", "2021-10-20", "2021-10-20", actors=("military-forces-of-syria", "civilians"), killed=14, **kw)
    unknown = report("b", "2021-10-20", "2021-10-20", actors=("unidentified-armed-group",), killed=14, **kw)
    assert compatible(army, unknown, CTX) is not None
    unknown["data"]["killed"] = 9
    assert compatible(army, unknown, CTX) is None       # two blasts in one city: their tolls differ
    army["data"]["killed"] = unknown["data"]["killed"] = 1
    assert compatible(army, unknown, CTX) is None       # a toll of one is told of every attack
    unknown["data"]["killed"] = army["data"]["killed"] = 14
    assert compatible(army, dict(unknown, date="2021-10-21", day_lo="2021-10-21", day_hi="2021-10-21"),
                      CTX) is None                      # the same toll on another day


def test_a_merged_incident_keeps_the_target_one_outlet_names_but_not_a_stray_actor():
    from incidents.store.materialize import _merged_actors

    def rep(doc, *actors):
        return {"id": doc, "data": {"actors": [{"actor_id": a, "side": s} for a, s in actors]}}
    unknown, army, hts = ("unidentified-armed-group", 1), ("military-forces-of-syria", 2), ("hts", 1)
    one = [rep("a", unknown, army), rep("b", unknown), rep("c", unknown)]
    assert [a["actor_id"] for a in _merged_actors(one, one[1], CTX)] == [unknown[0], army[0]]
    # a third outlet blames a named group where two name another: that one stays out
    stray = [rep("a", ("israel", 1)), rep("b", ("israel", 1)), rep("c", ("iran", 1))]
    assert [a["actor_id"] for a in _merged_actors(stray, stray[0], CTX)] == ["israel"]
    # "مجهولون" in one report, the group another names on that side: the named one tells who
    assert [a["actor_id"] for a in _merged_actors([rep("a", unknown), rep("b", hts)], None, CTX)] == [hts[0]]


def test_a_road_between_two_towns_is_at_either_end():
    # "على طريق البلدة – القرية" in one report, "في البلدة" or "في القرية" in another
    kw = dict(actors=("unidentified-armed-group", "civilians"), weekday=1, event_type="Violence against civilians",
              sub="Attack")
    road = report("a", place="village", **kw)
    road["data"]["location"] = {"place_id": "village", "along": ["town", "village"]}
    assert compatible(road, report("b", place="town", **kw), CTX) is not None
    assert compatible(report("b", place="village", **kw), road, CTX) is not None
    assert compatible(road, report("c", place="city", **kw), CTX) is None      # a third place
    assert compatible(report("b", place="town", **kw), report("c", place="village", **kw), CTX) is None


def test_a_remembered_pair_is_scored_again_when_either_report_changes():
    # clustering remembers pair scores by what both reports are scored on: a report
    # re-extracted with another date under the same id is another pair
    from incidents.store.clustering import pair_score
    from incidents.store.merge import REPORT_COLUMNS, _load

    def row(doc, day):
        rep = dict(report(doc, day, day), id=f"r-{doc}")
        rep["data"] = json.dumps(dict(rep["data"], actors=[{"actor_id": a} for a in rep["actor_ids"]]))
        return tuple(rep.get(c) for c in REPORT_COLUMNS)

    a, b, late = _load([row("a", "2021-12-28"), row("b", "2021-12-28"), row("b", "2021-12-07")])
    assert late["id"] == b["id"] and late["_key"] != b["_key"]
    assert pair_score(a, b, CTX) is not None and pair_score(b, a, CTX) == compatible(a, b, CTX)
    assert pair_score(a, late, CTX) is None


def test_one_report_naming_the_victims_and_another_the_gunmen_do_not_contradict():
    # "اغتال مجهولون أحد وجهاء البلدة" beside "اغتالت جماعة X شاباً في البلدة": each names
    # someone on the side the other leaves unnamed
    kw = dict(place="town", weekday=1, event_type="Violence against civilians", sub="Attack")
    notable = report("a", actors=("unidentified-armed-group", "civilians", "religious-figures"), **kw)
    group = report("b", actors=("hts", "unidentified-armed-group", "civilians"), **kw)
    assert compatible(notable, group, CTX) is not None
    # two groups named as the gunmen, none in common: two attacks
    assert compatible(report("c", actors=("israel", "civilians"), **kw), group, CTX) is None


def test_tolls_no_count_of_one_act_would_differ_by_keep_reports_without_a_day_apart():
    # "قتل 23 جندياً" and "قتل جندي" on one weekday at one town, no page dated: two acts
    kw = dict(actors=("israel", "iran"), weekday=4)
    many, one, some = report("a", killed=23, **kw), report("b", killed=1, **kw), report("c", killed=20, **kw)
    assert compatible(many, one, CTX) is None
    assert compatible(many, some, CTX) is not None          # 23 and 20: outlets' counts of one act
    # dated to one day, a toll may grow that much between an outlet's first and last count
    early = report("d", "2021-12-28", "2021-12-28", killed=3)
    late = report("e", "2021-12-28", "2021-12-29", killed=15)
    assert compatible(early, late, CTX) is not None
