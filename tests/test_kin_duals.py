"""Relatives told after the person counted: "وزوجته" is one more, the dual with a pronoun
("وطفليها", "وابنيه", "وشقيقيه") two more, and "وطفلها" one (its "ها" is the pronoun, not
a tanween on "طفلة"). Kin whose sound plural looks like the dual ("ومرافقيه") are not read
as two. "وجريحاً" is one injured past its و and its tanween. Sentences written for these tests."""
from __future__ import annotations

import pytest

from casualty_text import totals as _totals


@pytest.mark.parametrize("sentence, killed, injured", [
    ("أدت الغارة إلى مقتل سيدة وطفليها في منزلهم", 3, None),
    ("أصيب مزارع وابناه بانفجار لغم في أرضهم", None, 3),
    ("أسفر القصف عن إصابة رجل وابنيه بجروح", None, 3),
    ("قتل شاب وشقيقيه برصاص مجهولين", 3, None),
    ("قتل رجل وزوجته وطفليهما في القصف", 4, None),
    ("أسفر القصف عن إصابة امرأة وطفلها", None, 2),
    ("قتل رجل وزوجته في القصف", 2, None),
    ("خلفت الاشتباكات قتيلين وجريحاً", 2, 1),
    ("خلف الانفجار قتيلاً وجريحاً", 1, 1),
])
def test_relatives_and_singles(sentence: str, killed, injured) -> None:
    assert _totals(sentence) == (killed, injured)
