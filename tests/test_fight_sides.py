"""In a fight the sentence tells the two sides ("بين X وY", "اشتبك X مع Y"): unnamed gunmen
are the attackers only where it does not, so they stay against the force they fought.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document


@pytest.mark.parametrize("text,force", [
    ("دارت اشتباكات بين قوات النظام ومجهولين قرب بلدة الصنمين بريف درعا.", "Military Forces of Syria"),
    ("اشتبك عناصر من قسد مع مسلحين في قرية الشحيل بريف دير الزور.", "Syrian Democratic Forces"),
])
def test_gunmen_a_force_fought_are_on_the_other_side(text: str, force: str):
    out = extract_document(text, DocMeta("t.txt", published="2021-06-10"))
    sides = {a.name: a.side for i in out.incidents for a in i.actors}
    assert sides[force] != sides["Unidentified Armed Group (Syria)"]
