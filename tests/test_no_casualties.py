"""'No one was hurt' told as no reports of casualties: "دون ورود أنباء عن إصابات" and
"لم ترد أنباء عن وقوع ضحايا" say none were reported (0 and 0, as ACLED codes it), while a
denial of information ("دون ورود معلومات عن خسائر بشرية") leaves the toll unknown.
Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from casualty_text import totals as _totals


@pytest.mark.parametrize("sentence, killed, injured", [
    ("سقطت قذيفة هاون على حي سكني في البلدة دون ورود أنباء عن إصابات", 0, 0),
    ("انفجرت عبوة ناسفة قرب الجسر دون ورود أنباء عن وقوع إصابات بين المارة", 0, 0),
    ("استهدفت مسيرة سيارة على الطريق، ولم ترد أنباء عن وقوع ضحايا", 0, 0),
    ("سقطت قذيفة هاون على حي سكني في البلدة دون وقوع إصابات", 0, 0),
    # a denial of information, not of casualties
    ("سقطت قذيفة هاون على حي سكني في البلدة دون ورود معلومات عن خسائر بشرية", None, None),
    ("استهدفت مسيرة سيارة على الطريق، ولم ترد معلومات عن إصابات أو ضحايا", None, None),
])
def test_no_reports_of_casualties(sentence: str, killed, injured) -> None:
    assert _totals(sentence) == (killed, injured)
