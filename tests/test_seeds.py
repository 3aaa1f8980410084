"""Extraction on the five bundled seed articles: what a reader of each article expects."""
from __future__ import annotations

from pathlib import Path

import pytest

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def extract(prefix: str):
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    text = path.read_text(encoding="utf-8")
    return text, extract_document(text, DocMeta(path.name))


def find(ex, **want):
    for inc in ex.incidents:
        names = {a.name for a in inc.actors}
        if want.get("actor", "") in names or "actor" not in want:
            if "place" not in want or (inc.location and want["place"] in (inc.location.name_ar, inc.location.name)):
                return inc
    raise AssertionError(f"no incident with {want}: " +
                         "; ".join(f"{i.sub_event_type} {[a.name for a in i.actors]} "
                                   f"{i.location and i.location.name}" for i in ex.incidents))


def test_hasakah_fight_between_regime_and_ndf():
    text, ex = extract("000")
    inc = find(ex, actor="National Defence Forces", place="الحسكة")
    assert inc.sub_event_type == "Armed clash"
    sides = {a.name: a.side for a in inc.actors}
    assert sides["Military Forces of Syria"] != sides["National Defence Forces"]
    assert inc.location.admin1 == "Al-Hasakeh"
    # "اليوم الخميس 21 أيلول", no year and no article date: 2017 and 2023 both fit, so no year is taken
    assert inc.date is None
    assert inc.killed == 5                                       # "قُتل 5 عناصر … بينهم ضابطان"
    for c in inc.citations:
        assert text[c.start:c.end] == c.quote


def test_liwa_al_quds_roadside_bomb_and_checkpoint_fight():
    _, ex = extract("001")
    ied = find(ex, place="كفرنبودة")
    assert ied.sub_event_type == "Remote explosive/landmine/IED" and ied.location.admin1 == "Hama"
    assert ied.killed == 0                                       # the commander survived
    clash = find(ex, actor="Military Intelligence Directorate")
    assert clash.sub_event_type == "Armed clash"
    assert (clash.killed, clash.injured) == (5, 3)               # one and three, then four more killed
    assert clash.casualties_combined == 18                       # "مقتل وجرح 18" is not split
    speakers = {q.speaker: q.speaker_kind for q in ex.quotes}
    assert speakers.get("مراسلتنا") == "correspondent"
    assert any("حاتم الراوي" in s and k == "person" for s, k in speakers.items())


def test_qamishli_tayy_clash_and_russian_brokered_ceasefire():
    _, ex = extract("002")
    kinds = {i.sub_event_type for i in ex.incidents}
    assert {"Armed clash", "Agreement"} <= kinds
    clash = find(ex, actor="Asayish")
    assert clash.location.admin1 == "Al-Hasakeh"
    assert any(q.speaker_kind == "outlet" and "هاوار" in q.speaker for q in ex.quotes)


def test_asayish_take_over_the_security_square_without_a_fight():
    _, ex = extract("003")
    inc = find(ex, actor="Asayish")
    assert inc.sub_event_type == "Non-violent transfer of territory"
    assert inc.location.admin1 == "Al-Hasakeh"
    assert inc.date and inc.date.startswith("2022-04")           # the dateline 2022.04.15


@pytest.mark.parametrize("place", ["العشارة", "صبيخان", "الميادين"])
def test_deir_ez_zor_militia_infighting_by_town(place):
    _, ex = extract("004")
    inc = find(ex, place=place)
    assert inc.event_type == "Battles"
    assert "National Defence Forces" in {a.name for a in inc.actors}
    assert inc.location.admin1 == "Deir-ez-Zor"


def test_related_article_titles_at_the_foot_are_not_incidents():
    _, ex = extract("004")
    assert not any(i.event_type == "Protests" for i in ex.incidents)    # "أهالي السويداء يتظاهرون" is a link
