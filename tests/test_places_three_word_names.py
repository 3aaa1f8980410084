"""A village the gazetteer lacks whose name runs to three words ("بيت الشيخ يونس") is read whole
when a container word closes it ("بريف طرطوس", "في ريف"); without one, two words stay the name."""
from extracted import places as _places


def test_three_word_name_closed_by_countryside():
    text = "قذيفة على قرية\nسقطت قذيفة على قرية بيت الشيخ يونس بريف طرطوس، ما أدى إلى جرح امرأة."
    assert _places(text) == [("بيت الشيخ يونس", "Tartous")]


def test_three_word_name_closed_by_fi_rif():
    text = "قصف على بلدة\nقصفت قوات النظام بلدة عين الباردة قبلي في ريف حماة الغربي، وقتل مدني."
    assert _places(text) == [("عين الباردة قبلي", "Hama")]


def test_a_word_of_the_news_is_no_third_word():
    text = "قصف على قرية\nقصفت قوات النظام قرية تل الصوان أمس بريف دمشق، وأصيب مدنيان."
    assert [n for n, _ in _places(text)] == ["تل الصوان"]
