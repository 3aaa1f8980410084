"""The casualty language file: valid against its schema, loaded folded, and read by the grammar."""
from __future__ import annotations

import json

import pytest

from incidents.extract import casualty_words
from incidents.extract.casualties import find_counts, total
from incidents.extract.model import DocMeta
from incidents.extract.numbers import number_at
from incidents.extract.pipeline import extract_document
from incidents.extract.text import prepare
from test_gazetteer_data import check_schema


def _inline(schema, defs):
    """The schema with its "$ref"s replaced by what they name (the validator reads no refs)."""
    if isinstance(schema, dict):
        if "$ref" in schema:
            return _inline(defs[schema["$ref"].rsplit("/", 1)[1]], defs)
        return {k: _inline(v, defs) for k, v in schema.items() if k != "$defs"}
    if isinstance(schema, list):
        return [_inline(v, defs) for v in schema]
    return schema


def _schema() -> dict:
    raw = json.loads((casualty_words.DATA.parent / "casualties.schema.json").read_text(encoding="utf-8"))
    return _inline(raw, raw["$defs"])


def test_file_matches_schema():
    data = json.loads(casualty_words.DATA.read_text(encoding="utf-8"))
    assert check_schema(data, _schema()) == []
    for table in ("units", "tens", "hundreds"):
        assert all(isinstance(n, int) and n > 0 for n in data["numbers"][table].values())


def test_schema_rejects_a_misspelt_list():
    data = json.loads(casualty_words.DATA.read_text(encoding="utf-8"))
    data["frame"]["subsets"] = data["frame"].pop("subset")
    data["predicates"]["killed"]["verbs"] = "قتل"
    errs = " ".join(check_schema(data, _schema()))
    assert "missing subset" in errs and "unexpected key subsets" in errs and "expected ['array']" in errs


def test_words_are_folded_on_load():
    lang = casualty_words.LANG
    assert "اصابه" in lang.count_after["injured"] and "إصابة" not in lang.count_after["injured"]
    assert lang.units["اربعه"] == 4


def test_a_new_verb_is_one_line_of_data(tmp_path):
    data = json.loads(casualty_words.DATA.read_text(encoding="utf-8"))
    data["predicates"]["killed"]["count_after"].append("صرع")
    path = tmp_path / "casualties.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert "صرع" in casualty_words.load(path).count_after["killed"]
    assert "صرع" not in casualty_words.LANG.count_after["killed"]


@pytest.mark.parametrize("word", ["99999999999999999999", "9" * 400, "123456789", "و99999999999999999999"])
def test_an_implausible_figure_is_no_count(word):
    assert number_at([word, "شخصا"], 0) == (None, 0)
    doc = prepare(f"قتل {word} شخصا في القصف")
    assert total(find_counts(doc, 0, len(doc.tokens)), "killed") is None


def test_phrase_at_tries_the_phrases_of_the_word_in_their_order():
    from incidents.extract.casualty_words import phrase_at
    phrases = (("فضلا", "عن"), ("بالاضافه", "الي"), ("فضلا",), ("فضلا", "عن", "ذلك"))
    words = "قتل اثنان فضلا عن ذلك وبالاضافه".split()
    assert phrase_at(words, 2, phrases, len(words)) == 2        # the first listed wins, not the longest
    assert phrase_at(words, 2, phrases, 3) == 1                 # the sentence ends after "فضلا"
    assert phrase_at(words, 0, phrases, len(words)) == 0
    assert phrase_at(words, 5, phrases, len(words)) == 0        # "وبالاضافه" is not "بالاضافه"
    assert phrase_at(words, 9, phrases, 12) == 0                # past the words
    assert phrase_at(words, 2, ((), ("فضلا",)), len(words)) == 0    # an empty phrase ends the list


@pytest.mark.parametrize("text,killed,injured", [
    # a defective noun written without its final ي (the indefinite "راعٍ"), and broken plurals
    ("قتل راعٍ بانفجار لغم في البادية.", 1, None),
    ("قتل ثلاثة رعاة بانفجار لغم في البادية.", 3, None),
    ("قتل محامٍ برصاص مجهولين في المدينة.", 1, None),
    ("أصيب قاضٍ بجروح بانفجار عبوة ناسفة.", None, 1),
])
def test_people_nouns_in_their_indefinite_and_plural_forms(text, killed, injured):
    doc = prepare(text)
    counts = find_counts(doc, 0, len(doc.words) - 1)
    assert (total(counts, "killed"), total(counts, "injured")) == (killed, injured)


@pytest.mark.parametrize("text", [
    "أصيب طفل برصاصة في الصدر في قرية تلمنس بريف إدلب.",
    "أصيبت امرأة بطلق ناري في حي الشعار بمدينة حلب.",
])
def test_a_wound_by_one_bullet_is_an_act(text: str):
    # "برصاص" was a trigger, its singular "برصاصة" and "بطلق ناري" were not
    out = extract_document(text, DocMeta("t.txt", published="2021-06-10"))
    assert [i.injured for i in out.incidents] == [1]
