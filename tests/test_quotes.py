"""Who said it: speakers named before or after the verb, by attribution, by back-reference;
words that only look like speech verbs. Sentences written for these tests."""
from __future__ import annotations

from incidents.extract.gazetteer import default_gazetteer
from incidents.extract.model import DocMeta
from incidents.extract.quotes import find_quotes
from incidents.extract.text import prepare


def speakers(text: str) -> list[str]:
    return [q.speaker for q in find_quotes(prepare(text), default_gazetteer(), DocMeta("t.txt"))]


def test_outlet_named_before_its_verb():
    assert speakers('شبكة "فرات بوست" قالت إن دفعة من الآليات سلمت اليوم.') == ["شبكة فرات بوست"]


def test_according_to_what_the_observatory_said():
    assert speakers("قتل عنصر في اشتباكات ببلدة العشارة، بحسب ما قال المرصد السوري.") == ["المرصد السوري"]


def test_according_to_a_body_drops_the_preposition():
    assert speakers('وأسفر القصف، وفقاً "للدفاع المدني" عن مقتل امرأة.') == ["الدفاع المدني"]


def test_according_to_standards_is_no_source():
    assert speakers("منصة إخبارية تسعى لتقديم تغطية وفق أعلى معايير المهنية.") == []


def test_words_that_only_look_like_speech():
    assert speakers("قتل العنصر في الدفاع الوطني التابع للقوات الحكومية عبدالله الرجوان.") == []
    assert speakers("وتم نقل المصاب والقتيل إلى مشفى الرقة العسكري.") == []
    assert speakers("وبحسب الشبكة؛ فإن الدوريات نشرت عشرات الحواجز المؤقتة في الأحياء.") == ["الشبكة"]


def test_the_site_refers_back_to_the_site_named_before():
    text = ('وبحسب موقع "درعا 24"، فإن مسلحين اختطفوا المواطن أحمد قرب قرية صما.\n'
            "وأضاف الموقع أن الخاطفين طالبوا بفدية مالية.")
    assert speakers(text) == ["موقع درعا 24", "موقع درعا 24"]


def test_attribution_after_another_speech_verb_in_the_sentence():
    text = "وأضاف الموقع أن الخاطفين طالبوا بفدية، وفق ما نقلت مصادر مقربة من العائلة."
    assert "مصادر مقربة من العائلة" in speakers(text)


def test_a_decision_issued_by_a_ministry():
    assert speakers("ارتفعت الأسعار اليوم بحسب قرار صادر عن وزارة التجارة الداخلية.") == ["وزارة التجارة الداخلية"]


def test_a_speaker_stops_before_what_he_warns_of():
    assert speakers("وحذر الوزير من أن أي تصعيد سيؤدي إلى موجة نزوح.") == ["الوزير"]
    assert speakers("وقالت مصادر مقربة من العائلة إن الطفل بخير.") == ["مصادر مقربة من العائلة"]


def test_whose_outlet_it_is_is_not_part_of_its_name():
    assert speakers("واليوم، قالت وكالة أنباء هاوار التابعة لميليشيا قسد، إن الدفاع الوطني خرق الاتفاق.") == \
        ["وكالة أنباء هاوار"]


def test_a_known_name_bounds_its_speaker_phrase():
    assert speakers("وأعلنت وزارة الدفاع إرسال تعزيزات عسكرية إلى المنطقة.") == ["وزارة الدفاع"]
