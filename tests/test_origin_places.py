"""Where people come from is no place of the act, but the place told after it with في is
("اعتقلت قوات النظام ثلاثة شبان من أبناء السويداء في دمشق": in Damascus). Sentences written
for these tests."""
from __future__ import annotations

import pytest

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


@pytest.mark.parametrize("text,place", [
    ("اعتقلت قوات النظام ثلاثة شبان من أبناء السويداء في دمشق.", "Damascus"),
    ("اعتقلت دورية للأمن العسكري شابين من أهالي درعا في حمص.", "Homs"),
])
def test_the_place_after_the_origin_is_where_it_happened(text: str, place: str):
    incs = extract_document(text, DocMeta("t.txt", published="2021-03-15")).incidents
    assert [i.location.name if i.location else None for i in incs] == [place]
