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


def test_the_two_bodies_of_a_dual_head_stand_on_one_side():
    # "بين X و Y": Y is the other side, but the second body of a dual head is X's too
    out = extract_document("اندلعت اشتباكات بين عناصر وزارتي الدفاع والداخلية ومسلحين دروز في بلدة أشرفية صحنايا.",
                           DocMeta("t.txt", published="2025-05-02"))
    [inc] = out.incidents
    sides = {a.name: a.side for a in inc.actors}
    assert sides["Ministry of Defence (Syria, 2025-)"] == sides["Ministry of Interior (Syria, 2025-)"] == 1
    assert sides["Druze Ethnic Militia (Syria)"] == 2
