"""A dual head names two bodies: "وزارتي الدفاع والداخلية" is both ministries
(lexicon.json dual_heads). Sentences written for these tests."""
from __future__ import annotations

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


def actor_names(text: str, published: str) -> set[str]:
    out = extract_document(text, DocMeta("t.txt", published=published))
    return {a.name for inc in out.incidents for a in inc.actors}


def test_a_dual_ministry_is_both_ministries_of_the_era():
    names = actor_names("دارت مواجهات بين قوات وزارتي الدفاع والداخلية ومسلحين دروز قرب بلدة جرمانا.",
                        "2025-05-02")
    assert {"Ministry of Defence (Syria, 2025-)", "Ministry of Interior (Syria, 2025-)"} <= names


def test_a_dual_head_with_no_known_body_names_none():
    names = actor_names("دارت مواجهات بين مسلحين دروز وعناصر وزارتي الزراعة والري قرب بلدة جرمانا.",
                        "2025-05-02")
    assert not names & {"Ministry of Defence (Syria, 2025-)", "Ministry of Interior (Syria, 2025-)"}
