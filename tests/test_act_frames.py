"""Acts told by a verb and its object noun (VSO), and targets that tell whose they are
(extract/data/act_frames.json, extract/data/targets.json); sentences written for these tests."""
from __future__ import annotations

import json

import pytest

from incidents.extract import act_frames, targets
from incidents.extract.model import DocMeta
from incidents.extract.normalise import fold
from incidents.extract.pipeline import extract_document
from test_gazetteer_data import check_schema


def run(text: str, published: str = "2021-03-14"):
    return extract_document(text, DocMeta("t.txt", "Test", published=published)).incidents


@pytest.mark.parametrize("name", ["act_frames", "targets"])
def test_files_match_their_schemas(name):
    data = json.loads((act_frames.DATA.parent / f"{name}.json").read_text(encoding="utf-8"))
    schema = json.loads((act_frames.DATA.parent / f"{name}.schema.json").read_text(encoding="utf-8"))
    assert check_schema(data, schema) == []


def test_loader_rejects_a_kind_that_is_no_trigger_kind(tmp_path):
    data = json.loads(act_frames.DATA.read_text(encoding="utf-8"))
    data["object_acts"][0]["kind"] = "arson"
    path = tmp_path / "act_frames.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValueError, match="arson"):
        act_frames.load(path)


def test_verb_then_actor_then_object_noun_is_an_act_by_that_actor():
    # VSO: the gunmen stand between the verb and "النار"; setting fire to a house is property destruction
    [inc] = run("أضرم مسلحون مجهولون النار في منزل أحد المدنيين في قرية الكرك الشرقي بريف درعا.")
    assert (inc.event_type, inc.sub_event_type) == ("Strategic developments", "Looting/property destruction")
    assert [(a.name, a.side) for a in inc.actors][0] == ("Unidentified Armed Group (Syria)", 1)


def test_a_masdar_with_its_object_tells_territory_taken():
    [inc] = run("سيطرت قوات سوريا الديمقراطية على قرية العجيل، وأعلنت بعدها سيطرتها على بلدة الكرامة "
                "شرقي مدينة الرقة إثر معارك مع تنظيم داعش.")
    assert inc.event_type == "Battles"


def test_an_act_after_since_dates_the_story_and_is_no_incident():
    assert run("أفرجت الأجهزة الأمنية عن عدد من الموقوفين لديها منذ سيطرتها على مدينة دوما.") == []


def test_a_massacre_is_an_act():
    [inc] = run("ارتكب تنظيم داعش مجزرة في قرية عقارب الصافية بريف حماة راح ضحيتها عشرات المدنيين.")
    assert (inc.event_type, inc.sub_event_type) == ("Violence against civilians", "Attack")
    assert {a.name for a in inc.actors} == {"Islamic State (Syria)", "Civilians (Syria)"}


@pytest.mark.parametrize("published, army", [("2021-10-20", "Military Forces of Syria"),
                                             ("2025-06-01", "Ministry of Defence (Syria, 2025-)")])
def test_a_military_bus_hit_makes_the_army_of_the_era_the_victim(published, army):
    [inc] = run("انفجرت عبوتان ناسفتان بحافلة مبيت عسكري قرب جسر الرئيس في مدينة دمشق صباح اليوم.", published)
    assert [(a.name, a.side) for a in inc.actors] == [("Unidentified Armed Group (Syria)", 1), (army, 2)]


def test_a_civilian_car_fired_on_makes_civilians_the_victim():
    [inc] = run("فتح عناصر حاجز للفرقة الرابعة النار على سيارة مدنية في مدينة الميادين.")
    assert [(a.name, a.side) for a in inc.actors] == [("Fourth Armoured Division", 1), ("Civilians (Syria)", 2)]


def _implied(text: str, taken: set[int]) -> list:
    words = [fold(w) for w in text.split()]
    return targets.implied(words, taken, "before", {"military-forces-of-syria"}, frozenset({"تركي"}))


def test_a_target_whose_owner_is_named_implies_no_one():
    # a nationality after the soldier, a force (tokens 7-8, an actor mention) after the post
    assert _implied("قتل جندي تركي بقصف على نقطة عسكرية للقوات التركية في ريف حلب", {7, 8}) == []
    # the same soldier with no nationality is the state's; a military post not acted upon is no one's
    assert _implied("قتل جندي بقصف", set()) == [(1, 1, "military-forces-of-syria")]
    assert _implied("شهدت المنطقة تصعيدا عسكريا ونقطة عسكرية جديدة", set()) == []


@pytest.mark.parametrize("text", [
    "فرقت قوات الأمن بالرصاص الحي وقفة احتجاجية في مدينة طفس.",
    "فضت عناصر الشرطة العسكرية بالقوة اعتصاماً لأهالي المعتقلين أمام مبنى المحكمة في مدينة الباب.",
])
def test_force_on_a_protest_told_with_its_doer_and_means_between(text):
    """VSO with the doer and the means between the verb and the protest: the object is five
    words on (act_frames.json protest_force window)."""
    [inc] = run(text)
    assert inc.sub_event_type == "Protest with intervention"


@pytest.mark.parametrize("text,sub,doer", [
    ("فككت فرق الهندسة في الجيش الوطني عبوة ناسفة زرعت على طريق فرعي في مدينة الباب.",
     "Disrupted weapons use", "Syrian National Army"),
    ("ضبطت قوى الأمن الداخلي مستودعاً للأسلحة والذخائر في حي المشلب بمدينة الرقة.",
     "Disrupted weapons use", "Asayish"),
    ("دمرت ميليشيا الدفاع الوطني عدداً من المنازل في قرية معان بريف حماة الشمالي.",
     "Looting/property destruction", "National Defence Forces"),
    ("نسفت قوات النظام عدداً من منازل المدنيين في حي جوبر بدمشق.",
     "Looting/property destruction", "Military Forces of Syria"),
])
def test_a_verb_of_defusing_seizing_or_destroying_with_its_object_after_its_subject(text, sub, doer):
    # VSO: the doer stands between the verb and what it defused, seized or destroyed
    [inc] = run(text)
    assert inc.sub_event_type == sub and (1, doer) in {(a.side, a.name) for a in inc.actors}
