"""Names whose force changed in December 2024, read in the document's era.
Sentences written for these tests."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from incidents.extract.eras import era
from incidents.extract.model import DocMeta
from incidents.extract.normalise import fold
from incidents.extract.pipeline import extract_document

DATA = Path(__file__).resolve().parents[1] / "extract" / "data"


def actor_names(text: str, published: str | None) -> set[str]:
    out = extract_document(text, DocMeta("t.txt", published=published))
    return {a.name for inc in out.incidents for a in inc.actors}


CLASH = "اندلعت اشتباكات عنيفة بين الجيش السوري ومسلحين مجهولين في مدينة جبلة بريف اللاذقية."
ARREST = "اعتقل عناصر الأمن العام شاباً في مدينة إدلب."


@pytest.mark.parametrize("text,published,force", [
    (CLASH, "2019-03-07", "Military Forces of Syria"),
    (CLASH, "2025-03-07", "Ministry of Defence (Syria, 2025-)"),
    (ARREST, "2021-06-01", "HTS General Security Service"),
    (ARREST, "2025-06-01", "General Security Service"),
])
def test_the_document_date_picks_the_force(text, published, force):
    assert force in actor_names(text, published)


def test_an_undated_text_is_after_the_fall_only_when_its_words_say_so():
    assert "Ministry of Defence (Syria, 2025-)" in actor_names(
        CLASH.replace("مجهولين", "من فلول النظام البائد"), None)
    assert "Military Forces of Syria" in actor_names(CLASH, None)     # no cue: the gazetteer's reading


def test_a_date_as_precise_as_the_month_of_the_fall_does_not_decide():
    assert era("", "2024-12") is None and era("", "2024") is None
    assert era("", "2024-11") == "before" and era("", "2025") == "after"
    assert era(fold("بعد سقوط النظام"), "2024-12") == "after"


def test_every_era_name_points_at_known_actors():
    ids = {a["id"] for a in json.loads((DATA / "actors.json").read_text(encoding="utf-8"))["actors"]}
    table = json.loads((DATA / "actor_eras.json").read_text(encoding="utf-8"))
    assert all({row["before"], row["after"]} <= ids for row in table["names"])


def test_words_of_the_fall_win_over_a_date_before_it():
    assert era(fold("هجمات لفلول النظام البائد"), "2024-06-14") == "after"


@pytest.mark.parametrize("text,force", [
    ("قتل جنديان في هجوم على إحدى النقاط التركية في ريف حلب الغربي.", "Military Forces of Turkey"),
    ("اندلعت اشتباكات بين قوات النظام والكتائب المقاتلة في بلدة مورك بريف حماة.", "Opposition Rebels (Syria)"),
    ("اندلعت اشتباكات بين المقاتلين الكرد وعناصر تنظيم داعش في ريف الحسكة الجنوبي.", "Syrian Democratic Forces"),
])
def test_more_spellings_of_known_forces(text, force):
    assert force in actor_names(text, "2016-05-01")


GOVERNMENT = "اندلعت اشتباكات عنيفة بين قوات الحكومة ومسلحين مجهولين في مدينة جبلة بريف اللاذقية"


@pytest.mark.parametrize("text,published,force", [
    (GOVERNMENT + ".", "2019-03-07", "Military Forces of Syria"),
    (GOVERNMENT + ".", "2025-03-07", "Ministry of Defence (Syria, 2025-)"),
    # undated: a day the text tells in 2025 dates the article after the fall
    (GOVERNMENT + " يوم 6 آذار 2025.", None, "Ministry of Defence (Syria, 2025-)"),
    # an older day tells nothing (an article may recall it): the gazetteer's reading stands
    (GOVERNMENT + " يوم 6 آذار 2019.", None, "Military Forces of Syria"),
    # a year alone (a plan "بحلول عام 2030") is no day told
    (CLASH.replace(".", " بحلول عام 2030."), None, "Military Forces of Syria"),
])
def test_government_forces_are_read_in_the_era_the_article_or_its_days_give(text, published, force):
    assert force in actor_names(text, published)


@pytest.mark.parametrize("published,force", [
    ("2016-05-01", "Police Forces of Syria"), ("2025-05-01", "Ministry of Interior (Syria, 2025-)")])
def test_the_ministry_is_the_one_of_the_articles_era(published, force):
    assert force in actor_names("اعتقلت دورية تابعة لوزارة الداخلية السورية خمسة أشخاص في مدينة حمص.", published)


@pytest.mark.parametrize("published,force", [
    ("2017-09-01", "Military Forces of Syria"), ("2025-09-01", "Government of Syria (2025-)")])
def test_the_syrian_government_is_the_one_of_the_articles_era(published, force):
    # "الحكومة السورية" before the fall was Assad's, after it the transitional government
    assert force in actor_names("اعتقلت الحكومة السورية ثلاثة ناشطين في مدينة السلمية بريف حماة.", published)


SEIZED = "صادرت السلطات مستودعاً للأسلحة في بلدة الصنمين بريف درعا."


@pytest.mark.parametrize("text,published,force", [
    (SEIZED, "2021-06-01", "Military Forces of Syria"),
    (SEIZED, "2025-06-01", "General Security Service"),
    ("ألقت الجهات المختصة القبض على ثلاثة مطلوبين في مدينة الصنمين بريف درعا.", None, "Military Forces of Syria"),
    ("اعتقلت السلطات التركية شاباً سورياً قرب بلدة الراعي بريف حلب.", "2021-06-01", "Military Forces of Turkey"),
])
def test_the_authorities_are_the_state_of_the_era_or_the_country_named(text, published, force):
    assert force in actor_names(text, published)


def test_authorities_qualified_by_another_people_are_no_state():
    names = actor_names("اعتقلت السلطات الكردية خمسة شبان في مدينة القامشلي بريف الحسكة.", "2021-06-01")
    assert "Military Forces of Syria" not in names and "General Security Service" not in names


@pytest.mark.parametrize("words", ["يطالب المتظاهرون بسقوط النظام", "تشكيل الحكومة الانتقالية في جنيف",
                                   "أطلقت الفصائل معركة ردع العدوان"])
def test_words_an_older_article_may_use_yield_to_its_date(words):
    """'سقوط النظام' wished for in 2012, the transitional government of the Geneva talks,
    the offensive begun eleven days before the fall: a date before the cutover stands."""
    assert era(fold(words), "2012-07-03") == "before"
    assert era(fold(words), "2024-11-30") == "before"
    assert era(fold(words), None) == "after"


def test_an_old_article_wishing_the_regime_gone_keeps_assads_army():
    text = CLASH + " ويرى ناشطون أن سقوط النظام بات قريباً."
    assert "Military Forces of Syria" in actor_names(text, "2012-07-03")


SECURITY_ARREST = "داهمت قوى الأمن منزلاً في حي الغوطة بمدينة حمص واعتقلت شابين."


@pytest.mark.parametrize("published,force", [
    ("2018-04-02", "Military Forces of Syria"), ("2025-04-02", "General Security Service")])
def test_the_security_forces_unnamed_are_the_state_s_of_the_era(published, force):
    assert force in actor_names(SECURITY_ARREST, published)


def test_generic_words_before_a_naming_word_are_not_a_force_of_their_own():
    names = actor_names('قتل عنصر من قوات الأمن الخاصة المسماة "الأسايش" بهجوم مسلح في مدينة الحسكة.', "2018-04-02")
    assert "Asayish" in names and "Military Forces of Syria" not in names


INTERNAL = "اعتقلت قوى الأمن الداخلي شاباً في مدينة {}."


@pytest.mark.parametrize("town,published,force", [
    ("حمص", "2025-06-01", "Ministry of Interior (Syria, 2025-)"),
    ("القامشلي", "2025-06-01", "Asayish"),        # the document names the Asayish's area
    ("حمص", "2021-06-01", "Asayish"),             # before the fall only the Asayish bore the name
])
def test_the_internal_security_forces_are_the_areas_force_after_the_fall(town, published, force):
    assert force in actor_names(INTERNAL.format(town), published)


@pytest.mark.parametrize("text,published,force", [
    ("داهمت دورية من الأمن الجنائي منزلاً في حي الزاهرة واعتقلت شابين.", "2021-04-11", "Police Forces of Syria"),
    ("داهمت دورية من الأمن الجنائي منزلاً في حي الزاهرة واعتقلت شابين.", "2025-04-11",
     "Ministry of Interior (Syria, 2025-)"),
    ("قصفت اللجان الشعبية بقذائف الهاون أحياء في بلدة بصرى الشام.", "2014-04-11",
     "Pro-Government Militia (Syria)"),
])
def test_the_criminal_police_and_the_popular_committees_are_forces(text, published, force):
    assert force in actor_names(text, published)
