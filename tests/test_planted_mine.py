"""The force that planted a mine is its doer ("لغم زرعته قوات النظام", sides.json
agent_markers). Sentence written for it."""
from __future__ import annotations

from extracted import incidents


def test_who_planted_the_mine_laid_it():
    [inc] = incidents("أصيب ثلاثة رعاة بانفجار لغم زرعته قوات النظام في وقت سابق قرب قرية الحويز بريف حماة.", "2019-04-01")
    assert [a.name for a in inc.actors if a.side == 1] == ["Military Forces of Syria"]
