"""Lebanon's General Security and Jordan's Public Security share the words "الأمن العام" with
HTS's security service and the transitional government's: the nationality after them names the
neighbour's police. Sentences written for these tests."""
from __future__ import annotations

import pytest

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


def doers(text: str, published: str) -> list[str]:
    inc = extract_document(text, DocMeta("t.txt", "Test", published=published)).incidents[0]
    return [a.name for a in inc.actors if a.side == 1]


@pytest.mark.parametrize("published", ["2021-10-02", "2025-10-02"])
def test_the_nationality_names_the_neighbours_police(published):
    assert doers("أوقف الأمن العام اللبناني ستة سوريين قرب معبر جديدة يابوس بعد دخولهم خلسة.", published) \
        == ["Police Forces of Lebanon"]
    assert doers("اعتقلت مديرية الأمن العام الأردنية شابين سوريين بتهمة تهريب المخدرات قرب معبر نصيب.", published) \
        == ["Police Forces of Jordan"]
