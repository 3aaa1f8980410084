"""Iran-backed factions by their usual descriptions are the IRGC's (actors.json), and an air
strike whose doer no one names is by unidentified military forces even when its target is an
armed group (incident_build._unknown_doer). Sentences written for these tests."""
from __future__ import annotations

from extracted import incidents


def test_an_unclaimed_strike_on_iran_backed_factions():
    [inc] = incidents("استهدفت غارة جوية مجهولة مقراً لفصائل موالية لإيران في مدينة الميادين شرقي دير الزور.", "2023-01-10")
    assert [(a.side, a.name) for a in inc.actors] == [(1, "Unidentified Military Forces"),
                                                       (2, "Islamic Revolutionary Guard Corps")]
