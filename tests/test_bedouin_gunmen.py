"""Gunmen named by their people are that people's militia ("مسلحون بدو"). Sentences written
for this test."""
from __future__ import annotations

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


def test_bedouin_gunmen_are_the_bedouin_militia():
    out = extract_document("هاجم مسلحون بدو حاجزاً للأمن العام قرب بلدة المزرعة في ريف السويداء.",
                           DocMeta("t.txt", published="2025-07-16"))
    assert "Bedouin Tribal Militia (Syria)" in {a.name for inc in out.incidents for a in inc.actors}
