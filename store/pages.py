"""Which pages are of one time: two documents that tell one news of one day.

Many pages carry no date. Two reports of undated pages that give no day of their own
could be years apart, so store.clustering lets them make no incident by themselves
(`anchored`). But when the two pages also tell one news story of one day (both report
the killing of one sheikh "أمس الثلاثاء", merged), they were written within days of each
other, and a recollection each adds at one place ("سبقه بيوم اغتيال الشاب … بالقرب من
مقبرة الشهداء بدرعا البلد" beside "وفي 1 آب الحالي اغتال مسلحون عنصر سابق … في مقبرة
الشهداء بدرعا البلد") is anchored in time as if both pages bore one date.

A pure function of the two documents' reports: every report of a document is saved
before it is settled, so the answer is the same whichever came first.
"""
from __future__ import annotations

from incidents.store.merge_dates import dates_agree


class Pages:
    """`together(doc_a, doc_b)`, asked by store.clustering of undated pairs, remembered for
    one settle (a document's reports do not change inside it)."""

    def __init__(self, db, ctx):
        self.db, self.ctx = db, ctx
        self._news: dict[str, list[dict]] = {}
        self._pairs: dict[tuple[str, str], bool] = {}

    def news(self, document: str) -> list[dict]:
        """The reports a document tells as its own news (not its recollections)."""
        if document not in self._news:
            from incidents.store.merge import load_reports
            self._news[document] = load_reports(self.db, "document = ? AND background = 0", [document])
        return self._news[document]

    def together(self, doc_a: str, doc_b: str) -> bool:
        """Whether the two documents tell one news incident of one day: a pair of their news
        reports that is compatible and whose dates positively agree (one day, overlapping
        dates, or one weekday named by both undated pages)."""
        if doc_a == doc_b:
            return False
        key = (doc_a, doc_b) if doc_a < doc_b else (doc_b, doc_a)
        if key not in self._pairs:
            self._pairs[key] = any(_one_day_news(x, y, self.ctx) for x in self.news(key[0]) for y in self.news(key[1]))
        return self._pairs[key]


def _one_day_news(x: dict, y: dict, ctx) -> bool:
    """One news incident of one day in both pages: a compatible pair whose dates positively
    agree, and (unless both are dated to that day) that shares more than look-alike words:
    a named party, a man named killed, or a toll of many. Two pages that each tell a
    Tuesday's killing by unknown gunmen in one town are not thereby of one week."""
    from incidents.store.clustering import pair_score
    from incidents.store.merge import _actors_agree, same_distinct_toll
    from incidents.store.victim_names import same_victim
    agree = dates_agree(x, y)
    if not agree or pair_score(x, y, ctx) is None:
        return False
    return agree == 2 or same_victim(x, y) or same_distinct_toll(x, y) or bool(_actors_agree(x, y, ctx)[0])
