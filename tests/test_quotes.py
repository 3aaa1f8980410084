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


def test_a_subject_first_speaker_after_kana():
    assert speakers("وكانت وسائل إعلام محلية نشرت قبل أيام أن دورية اعتقلت شاباً في البلدة.") == \
        ["وسائل إعلام محلية"]
    assert speakers("وكان الجيش قد قصف البلدة.") == []


def test_an_object_between_the_verb_and_its_speaker():
    assert speakers("وهو ما أشار إليه مصدر عسكري لوكالة محلية موضحاً أن الهجوم فشل.") == ["مصدر عسكري"]
    assert speakers("وقتل شاب برصاص مجهولين بحسب ما أفاد به ناشطون محليون.") == ["ناشطون محليون"]
    assert speakers("وخطف عشرات المدنيين وفق ما نقل عن مصادر محلية.") == ["مصادر محلية"]


def test_a_verb_with_its_object_attached_and_a_description_after_the_speaker():
    assert speakers("اندلعت اشتباكات وصفها ناشطون بالعنيفة في محيط القرية.") == ["ناشطون"]
    assert speakers("ووصلت مجموعة تابعة للفرقة إلى البلدة.") == []     # تابعة is no verb with a pronoun


def test_present_tense_speech_verbs():
    assert speakers("يقول الناشط أحمد العلي إن القصف لم يتوقف منذ الصباح.") == ["الناشط أحمد العلي"]


def test_a_source_and_a_colon_open_a_headline():
    assert speakers("ناشطون: مروحيات تلقي براميل على الحي الشرقي") == ["ناشطون"]
    assert speakers("الحصيلة: ثلاثة قتلى في القرية") == []


def test_a_speech_noun_names_its_speaker_before_an():
    assert speakers("جاء ذلك بعد إعلان وكالة الأنباء الرسمية أن الجيش دخل البلدة.") == ["وكالة الأنباء الرسمية"]
    assert speakers("وجاء ذلك بعد إعلان السيطرة على البلدة.") == []


def test_according_to_what_in_one_word_and_on_the_tongue_of():
    assert speakers("وقتل شاب في البلدة حسبما أفاد المرصد السوري.") == ["المرصد السوري"]
    # a head such as قائد keeps its "في" phrase, as "مصدر في لجنة التفاوض" does
    assert speakers("وجاء الإعلان على لسان قائد الشرطة في المدينة.") == ["قائد الشرطة في المدينة"]


def test_a_statement_speaks_for_its_author():
    assert speakers("وجاء في بيان لوزارة الدفاع أن الوحدات تصدت للهجوم.") == ["وزارة الدفاع"]
    assert speakers("وذكر بيان صادر عن القيادة العامة أن الهجوم فشل.") == ["القيادة العامة"]


def test_condemning_calling_and_issuing_are_statements():
    assert speakers("وأدانت وزارة الخارجية القصف على المدينة.") == ["وزارة الخارجية"]
    assert speakers("ودعت منظمة العفو الدولية إلى التحقيق في الهجوم.") == ["منظمة العفو الدولية"]
    assert speakers("قتل طالب جامعي في القصف على الحي.") == []


def test_every_regular_form_of_a_verb_of_saying():
    assert speakers("ويذكر المرصد أن الحصيلة مرشحة للارتفاع.") == ["المرصد"]
    assert speakers("وتؤكد مصادر طبية أن الجرحى نقلوا إلى المشفى.") == ["مصادر طبية"]
    assert speakers("ويتناقل ناشطون صوراً للدمار في الحي.") == ["ناشطون"]


def test_a_verb_of_saying_under_negation_says_nothing():
    assert speakers("ولم تعلن أي جهة مسؤوليتها عن التفجير حتى الآن.") == []


def test_an_impersonal_verb_does_not_continue_the_last_speaker():
    text = "وقالت مصادر محلية إن القصف طال الحي.\nويذكر أن البلدة شهدت هجوماً مماثلاً قبل شهر."
    assert speakers(text) == ["مصادر محلية"]


def test_a_carrier_and_its_source_both_speak_even_with_a_time_between():
    assert speakers("ونقلت صحيفة الوطن، مساء الإثنين، عن مصدر أمني قوله إن المهاجمين فروا.") == \
        ["مصدر أمني", "صحيفة الوطن"]


def test_an_outlet_that_learned_from_a_source():
    assert speakers('وعلم موقع "الحدث" من مصادر خاصة أن الدورية انسحبت من القرية.') == \
        ["مصادر خاصة", "موقع الحدث"]
    assert speakers("ورفع علم النظام فوق مبنى البلدية.") == []


def test_a_definite_or_self_referring_source_is_the_one_named_before():
    text = ("وقالت مصادر أهلية إن مسلحين خطفوا الشاب قرب القرية.\n"
            "وأضافت المصادر الأهلية أن الخاطفين طلبوا فدية.\n"
            "وأشار المصدر ذاته إلى أن العائلة لم تدفع.")
    assert speakers(text) == ["مصادر أهلية"] * 3


def test_an_anaphor_with_an_adjective_takes_the_source_it_agrees_with():
    text = ("وقالت وكالة الأنباء الفرنسية إن الهجوم وقع فجراً.\n"
            "وذكرت قناة العربية أن الحصيلة ارتفعت.\n"
            "وأضافت الوكالة الفرنسية أن المهاجمين فروا.")
    assert speakers(text)[-1] == "وكالة الأنباء الفرنسية"


def test_a_person_named_again_by_surname():
    text = ("وقال مدير المشفى الدكتور سامر الحلبي إن الجرحى في حالة حرجة.\n"
            "وأضاف الحلبي أن المشفى يحتاج إلى أدوية.")
    assert speakers(text) == ["مدير المشفى الدكتور سامر الحلبي"] * 2


def test_a_titled_person_in_an_organisation_and_the_name_ali():
    assert speakers("وقال القيادي في الفصيل سالم العمر إن مقاتليهم صدوا الهجوم.") == \
        ["القيادي في الفصيل سالم العمر"]
    assert speakers("وأوضح الناشط الإعلامي حسن علي أن القصف استهدف السوق.") == ["الناشط الإعلامي حسن علي"]


def test_a_speaker_ending_where_it_posted():
    assert speakers("وتداول ناشطون على مواقع التواصل صوراً للحريق.") == ["ناشطون"]
    assert speakers("وأعلنت الفصائل السيطرة على القرية.") == []


def test_a_monitor_named_with_its_full_title():
    assert speakers("وفقاً للمرصد السوري لحقوق الإنسان، قتل شابان في القرية.") == ["المرصد السوري لحقوق الإنسان"]


def test_what_is_known_is_not_a_speaker():
    assert speakers("وبحسب المعلومات، فإن المسلحين قدموا من قرية مجاورة.") == []


def test_a_verb_of_saying_after_kama_deep_in_a_sentence():
    assert speakers("قتل ثلاثة مدنيين في القصف الذي استهدف الحي الشرقي للبلدة صباح اليوم "
                    "قرب المدرسة كما أفاد المرصد.") == ["المرصد"]


def test_a_prepositional_phrase_after_the_verb_is_not_its_speaker():
    assert speakers("وفي تطور بات يذكر بالمعارك التي شهدتها المدينة قبل عام، انتشرت الحواجز.") == []


def test_bodies_that_document_and_activists_publish():
    assert speakers("ووثق فريق منسقو الاستجابة نزوح مئات العائلات من القرى.") == ["فريق منسقو الاستجابة"]
    assert speakers("ونشر نشطاء صوراً للدمار في الحي.") == ["نشطاء"]


def test_a_report_speaks_for_who_published_it():
    assert speakers("وبحسب تقرير نشره مركز توثيق محلي، قتل شابان.") == ["مركز توثيق محلي"]


def test_a_source_told_to_an_outlet_before_a_colon():
    assert speakers('مصادر لـ"الحدث": الدورية انسحبت من القرية') == ["مصادر"]
    assert speakers("محافظة دير الزور: استهدف مسلحون مقراً للشرطة") == []


def test_two_speakers_in_one_sentence_each_in_its_clause():
    assert speakers("وقال مصدر عسكري إن الهجوم فشل وأكد المرصد أن القتلى مدنيون.") == ["مصدر عسكري", "المرصد"]
    assert speakers("وقالت الوزارة إن الدورية تعرضت لكمين، مضيفة أن العناصر بخير.") == ["الوزارة"]


def test_what_a_verb_says_is_not_its_speaker():
    text = "وقال مراسلنا إن التوتر ساد الحي.\nوأكد حدوث شجار بين عناصر الحاجز."
    assert speakers(text) == ["مراسلنا", "مراسلنا"]
    assert speakers("وصفته الوكالة بالإرهابي، وقالت إن الهجوم يبلغ 54 قتيلاً وفق تقديرات أولية.") == ["الوكالة"]


def test_whom_it_was_told_before_the_source():
    assert speakers('وقال لـ"الحدث" مصدر أمني إن المهاجمين فروا.') == ["مصدر أمني"]
    text = "وقالت مصادر محلية إن القصف طال الحي.\nوأضافت لموقع الحدث إن الأهالي نزحوا."
    assert speakers(text) == ["مصادر محلية", "مصادر محلية"]


def test_a_name_that_begins_with_lam_is_no_preposition():
    # a foreign surname whose ل opens on a long vowel, and a brigade (لواء) after a statement word
    assert speakers("وقال وزير الخارجية الروسي سيرغي لافروف إن الهجوم على البلدة جريمة.") == [
        "وزير الخارجية الروسي سيرغي لافروف"]
    assert speakers("وأكد لودريان أن الحل السياسي هو الطريق الوحيد.") == ["لودريان"]
    assert speakers("وذكر بيان لواء المعتصم أن عناصره صدوا الهجوم.") == ["لواء المعتصم"]


def test_the_preposition_lam_on_a_noun_still_ends_the_speaker():
    assert speakers("وقال مصدر عسكري لوكالة الأنباء إن قصفاً استهدف البلدة.") == ["مصدر عسكري"]
    assert speakers("وذكر بيان لجيش الإسلام أن عناصره صدوا الهجوم.") == ["جيش الإسلام"]
    assert speakers("وذكر بيان لشبكة عين الفرات أن دورية دخلت القرية.") == ["شبكة عين الفرات"]


def test_a_statement_opening_the_sentence_names_its_author():
    assert speakers("وفي حصيلة جديدة للمرصد السوري، ارتفع عدد القتلى في بلدة الطيبة إلى ستة.") == ["المرصد السوري"]
    assert speakers("وفي تقرير شهري للشبكة الحقوقية، وثقت مقتل 70 مدنيا.") == ["الشبكة الحقوقية"]
    assert speakers("في تقرير لرويترز قتل عشرة.") == []
