"""The men of a group told in a relative clause after the act ("بهجوم شنه مقاتلون من X",
"نفذه أفراد من X"): X did it, whatever noun counts its men (sides.json cells). Sentences
written for these tests."""
from __future__ import annotations

import pytest

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


def sides(text: str) -> dict[str, int]:
    inc = extract_document(text, DocMeta("t.txt", "Test", published="2022-08-09")).incidents[0]
    return {a.name: a.side for a in inc.actors}


@pytest.mark.parametrize("men", ["مقاتلون", "أفراد", "عنصران"])
def test_the_group_whose_men_did_it_is_the_doer(men):
    found = sides(f"لقي جندي تركي حتفه بهجوم شنه {men} من حزب العمال الكردستاني على نقطة عسكرية قرب بلدة تل أبيض.")
    assert found["PKK: Kurdistan Workers Party"] == 1
    assert found["Military Forces of Turkey"] == 2
