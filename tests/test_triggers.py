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
