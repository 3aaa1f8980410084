"""The act trigger words file: valid against its schema, loaded as lexicon.TRIGGERS, and each
family of act words (verb forms, object pronouns, masdar duals) opening an act (sentences
written for these tests)."""
from __future__ import annotations

import json

import pytest

from incidents.extract import lexicon
from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document
from test_gazetteer_data import check_schema


def run(text: str, published: str = "2024-03-14"):
    return extract_document(text, DocMeta("t.txt", "Test", published=published)).incidents


def _schema() -> dict:
    return json.loads((lexicon.TRIGGERS_DATA.parent / "triggers.schema.json").read_text(encoding="utf-8"))


def test_file_matches_schema():
    data = json.loads(lexicon.TRIGGERS_DATA.read_text(encoding="utf-8"))
    assert check_schema(data, _schema()) == []


def test_schema_rejects_a_misspelt_kind():
    data = json.loads(lexicon.TRIGGERS_DATA.read_text(encoding="utf-8"))
    data["triggers"]["clashes"] = data["triggers"].pop("clash")
    errs = " ".join(check_schema(data, _schema()))
    assert "missing clash" in errs and "unexpected key clashes" in errs


def test_loader_folds_nothing_and_rejects_an_unknown_kind(tmp_path):
    data = json.loads(lexicon.TRIGGERS_DATA.read_text(encoding="utf-8"))
    assert lexicon.load_triggers()["ied"] == data["triggers"]["ied"]
    data["triggers"]["bombing"] = ["قصف"]
    path = tmp_path / "triggers.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValueError, match="bombing"):
        lexicon.load_triggers(path)


def test_a_compound_is_every_verb_before_every_object(tmp_path):
    data = {"version": 1, "triggers": {"clash": ["اشتباك"]},
            "compounds": [{"kind": "none", "verbs": ["انتشال", "دفن"], "objects": ["جثه", "جثث"]}]}
    path = tmp_path / "triggers.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert lexicon.load_triggers(path)["none"] == ["انتشال جثه", "انتشال جثث", "دفن جثه", "دفن جثث"]
    assert check_schema(data, _schema()) == []
    data["compounds"][0]["kind"] = "burial"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValueError, match="burial"):
        lexicon.load_triggers(path)


def _types(text: str) -> list[tuple[str, str]]:
    return [(i.event_type, i.sub_event_type) for i in run(text)]


@pytest.mark.parametrize("text, expected", [
    # a verb with its object pronoun: "استهدفه" is "استهدف" + him
    ("قتل مدني بعدما استهدفه مسلحون مجهولون بالرصاص في مدينة الصنمين بريف درعا.",
     ("Violence against civilians", "Attack")),
    # sniping as a finite verb ("قنصت"), not only the masdar "قنص"
    ("قنصت قوات النظام عنصرين من فصائل المعارضة على محور بلدة كفرنبل جنوبي إدلب.",
     ("Battles", "Armed clash")),
    # a masdar in the dual: two explosions, two shells, two protests
    ("قتل ثلاثة عناصر من قوات النظام بتفجيرين منفصلين في مدينة درعا يوم الأحد.",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("سقطت قذيفتان على حي الميدان في مدينة حلب.",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("خرجت مظاهرتان في مدينة السويداء تطالبان بالإفراج عن المعتقلين.",
     ("Protests", "Peaceful protest")),
    # an execution told by the plural verb or the plural masdar, not only "إعدام"/"أعدم"
    ("قال ناشطون إن عناصر تنظيم داعش أعدموا شابين في ساحة عامة بمدينة الميادين بريف دير الزور.",
     ("Violence against civilians", "Attack")),
    ("نفذ تنظيم داعش إعدامات ميدانية بحق أربعة شبان في مدينة البوكمال.",
     ("Violence against civilians", "Attack")),
    # a brawl between two armed groups is a fight between them
    ("اندلع شجار بين عناصر من الفرقة الرابعة وعناصر من الحرس الثوري الإيراني في مدينة البوكمال.",
     ("Battles", "Armed clash")),
    # a drone downed by air defences, a weapons depot seized: ACLED's disrupted weapons use
    ("أسقطت الدفاعات الجوية السورية طائرة مسيرة إسرائيلية في سماء مدينة حماة.",
     ("Strategic developments", "Disrupted weapons use")),
    ("تمكنت قوات الأمن العام من ضبط مستودع أسلحة وذخائر في مدينة درعا.",
     ("Strategic developments", "Disrupted weapons use")),
])
def test_each_family_of_act_words_opens_an_act(text, expected):
    assert _types(text) == [expected]


def test_drones_flying_over_a_raid_are_no_strike():
    # a drone's flight ("وسط تحليق الطائرات المسيرة") watches the act; it strikes no one
    text = ("داهمت قوات الجيش الإسرائيلي صباح اليوم بلدة خان أرنبة في ريف القنيطرة واعتقلت ثلاثة شبان.\n"
            "وانتشرت القوة على أسطح المنازل وسط تحليق الطائرات المسيرة في سماء البلدة.")
    types = [i.event_type for i in run(text)]
    assert "Explosions/Remote violence" not in types
    assert "Strategic developments" in types


def test_a_drone_that_strikes_is_still_a_strike():
    text = "استهدفت طائرة مسيرة اليوم سيارة على طريق بلدة خان أرنبة في ريف القنيطرة ما أدى لمقتل شخصين."
    assert [i.sub_event_type for i in run(text)] == ["Air/drone strike"]


def test_bodies_recovered_after_a_blast_are_no_new_act():
    # "انتشال الجثث" is the aftermath of the bombing just told, not a body found elsewhere
    text = ("قتل 12 مدنياً اليوم بانفجار سيارة مفخخة وسط مدينة الباب بريف حلب الشرقي.\n"
            "وقال مسؤولون في الدفاع المدني بمدينة إعزاز إن الفرق ما زالت تعمل على انتشال الجثث من المكان.")
    incs = run(text)
    assert len(incs) == 1 and incs[0].location.name == "Al-Bab"


def test_bodies_evacuated_under_a_deal_are_no_attack():
    # "إجلاء جثث القتلى" is the aftermath of the fighting, not a killing of its own
    text = ("سمحت فصائل المعارضة اليوم بإجلاء جثث القتلى من قوات النظام في ريف حلب، "
            "وذلك بعد اتفاق لتبادل الأسرى بين الطرفين.")
    assert [i.event_type for i in run(text) if i.event_type in ("Battles", "Violence against civilians")] == []


def test_a_body_found_is_still_an_act():
    incs = run("عثر أهالي قرية الجنينة في ريف دير الزور الغربي اليوم على جثة شاب مقتولاً بالرصاص.")
    assert len(incs) == 1


def test_a_state_air_force_strike_is_an_air_strike():
    # "ضربة إسرائيلية": a foreign state's strike named by its adjective alone is from the air
    text = "استهدفت ضربة إسرائيلية اليوم الأربعاء مستودعاً قرب مطار المزة العسكري في دمشق."
    incs = run(text)
    assert len(incs) == 1
    assert incs[0].sub_event_type == "Air/drone strike"


@pytest.mark.parametrize("text,admin1", [
    ("وقالت مصادر إن قوات النظام صدت الهجوم الذي شنته فصائل المعارضة على مطار حلب الدولي.", "Aleppo"),
    ("أحبطت قوات النظام محاولة تسلل لمقاتلي هيئة تحرير الشام على محور قرية الحويز في سهل الغاب.", "Hama"),
])
def test_an_attack_repelled_or_an_infiltration_foiled_is_a_clash(text: str, admin1: str):
    # "صدت الهجوم": the definite noun after the verb that repels it is the attack told, not one
    # told before; "محاولة تسلل" is an advance met (before: no act word, no incident)
    [inc] = run(text)
    assert (inc.event_type, inc.sub_event_type, inc.location.admin1) == ("Battles", "Armed clash", admin1)


def test_an_attack_repelled_after_a_shelling_with_civilian_dead_is_its_own_battle():
    # the mutual cue of "صدت الهجوم" keeps the shelling's toll of civilians apart from the fight
    text = ("وأدى قصف على مخبز في حي الشعار شرقي حلب أمس إلى مقتل عشرة مدنيين.\n"
            "من جانبه، اعترف النظام بهجوم شنه عناصر من الجيش السوري الحر على مطار حلب الدولي وزعم أن قواته صدت الهجوم.")
    types = sorted(i.event_type for i in run(text))
    assert types == ["Battles", "Explosions/Remote violence"]
