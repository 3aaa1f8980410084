"""Names resolve the same everywhere: every spelling of a place the gazetteer knows
gives the same scope, a governorate's name means the governorate unless the city is
picked, attached و ب ل fold off, and the table says what each name resolved to."""
import pytest

from incidents.query.model import Query
from test_commands_browse import run


def scope(store, name):
    from incidents.store.names import place_scope
    return place_scope(store.db, [name])


@pytest.mark.parametrize("group", [
    ["Idleb", "Idlib", "إدلب", "Idleb Governorate", "محافظة إدلب", "Idlib province"],
    ["Al-Hasakeh", "Hasakeh", "Hasakah", "Al-Hasakah", "الحسكة", "بالحسكة", "والحسكة", "محافظة الحسكة"],
    ["Deir-ez-Zor", "Deir ez-Zor", "Deir Ezzor", "دير الزور", "بدير الزور", "Deir-ez-Zor governorate"],
])
def test_every_spelling_of_a_governorate_gives_one_scope(seed_store, group):
    scopes = {name: scope(seed_store, name) for name in group}
    first = scopes[group[0]]
    assert first[1], "a governorate scope carries its admin1"
    assert all(s == first for s in scopes.values()), {n: len(s[0]) for n, s in scopes.items()}
    counts = {n: len(seed_store.find_incidents(Query(places=[n]))) for n in group}
    assert len(set(counts.values())) == 1, counts


@pytest.mark.parametrize("city,gov", [("Idleb city", "Idleb"), ("مدينة إدلب", "Idleb"),
                                      ("Deir-ez-Zor city", "Deir-ez-Zor"), ("مدينة الحسكة", "Al-Hasakeh")])
def test_a_city_word_picks_the_city(seed_store, city, gov):
    from incidents.store.names import place_ids
    picked = seed_store.db.execute("SELECT kind, admin1 FROM places WHERE id IN (SELECT value FROM json_each(?))",
                                   [__import__("json").dumps(place_ids(seed_store.db, city))]).fetchall()
    assert picked and all(k == "city" and a == gov for k, a in picked)
    assert len(scope(seed_store, city)[0]) < len(scope(seed_store, gov)[0])


def test_attached_particles_fold_for_actors(seed_store):
    plain = seed_store.find_incidents(Query(actors=["قسد"]))
    assert plain
    assert seed_store.find_incidents(Query(actors=["وقسد"])) == plain
    assert seed_store.find_incidents(Query(actors=["لقسد"])) == plain


def test_the_table_says_what_each_name_resolved_to(seed_store):
    ok, out, err, _ = run(seed_store, "where Idlib actor وقسد")
    first = (out.splitlines()[0] if out else err).replace("\u2068", "").replace("\u2069", "")
    assert "where Idlib → Idleb governorate (" in first and " places)" in first
    assert "actor وقسد → Syrian Democratic Forces" in first
    ok, out, err, _ = run(seed_store, "where بالحسكة")
    assert ok and out.splitlines()[0].startswith("where \u2068بالحسكة\u2069 → Al-Hasakeh governorate (")
    assert "error" not in err
    ok, out, _, _ = run(seed_store, "where بالحسكة", fmt="json")     # machine formats stay pure
    assert out.lstrip().startswith("[")


def test_an_adhoc_place_bearing_a_known_name_does_not_change_the_scope(tmp_path):
    """Extraction may store 'Ar-Raqqa' of another governorate as an ad-hoc place: the
    spelling that matches it exactly must not mean more than the others."""
    from incidents.extract.gazetteer import default_gazetteer
    from incidents.extract.model import PlaceRef
    from incidents.store.db import open_store
    from incidents.store.names import ensure_place
    store = open_store(str(tmp_path / "s.db"))
    store.sync_gazetteer(default_gazetteer())
    with store.db.atomic():
        ensure_place(store.db, PlaceRef(name="Ar-Raqqa", name_ar="الرقة", admin1="Deir-ez-Zor", lat=None,
                                        lon=None, mention="الرقة"))
    group = ["Ar-Raqqa", "Raqqa", "الرقة", "Al Raqqa", "بالرقة"]
    scopes = {name: scope(store, name) for name in group}
    assert all(s == scopes["Raqqa"] for s in scopes.values()), {n: len(s[0]) for n, s in scopes.items()}
    store.close()
