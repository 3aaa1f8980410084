"""Pages end in clutter: a "see also" header and the next story's lede, comments, share
buttons. The text of the article stops at the first line (past its first 30%) that opens
with one of lexicon.json's end_markers, so a neighbouring story's killing is not this
article's incident. Sentences written for these tests."""
from __future__ import annotations

import pytest

from incidents.extract.model import DocMeta
from incidents.extract.pipeline import extract_document
from incidents.extract.text import prepare

BODY = ("قتل ثلاثة مدنيين صباح اليوم بقصف مدفعي لقوات النظام على بلدة كفرنبل بريف إدلب الجنوبي. "
        "وقال ناشطون إن القصف طال منازل المدنيين في البلدة، وإن فرق الدفاع المدني نقلت الجرحى.")
NEXT = "اغتال مسلحون مجهولون قيادياً في فصيل محلي بمدينة جاسم في ريف درعا الشمالي."


@pytest.mark.parametrize("marker", ["انظر أيضاً", "انظر ايضا", "شاهد أيضاً", "اقرأ المزيد", "قد يهمك أيضاً",
                                    "اخترنا لك", "مواد ذات صلة", "أخبار متعلقة", "مقالات مشابهة",
                                    "اقرأ أيضاً", "مواضيع ذات صلة", "آخر الأخبار", "أحدث الأخبار", "تابعنا على",
                                    "الوسوم: درعا، اغتيال", "كلمات مفتاحية", "شارك الخبر"])
def test_a_see_also_header_ends_the_article(marker):
    text = f"{BODY}\n\n{marker}\n\n{NEXT}"
    doc = prepare(text)
    assert doc.body_end <= text.index(marker)
    places = {i.location.name for i in extract_document(text, DocMeta(doc="clutter", published="2021-03-17")).incidents
              if i.location}
    assert places and not any("Jasim" in p or "Jassim" in p for p in places), places


def test_a_marker_word_inside_the_story_does_not_end_it():
    """Only a line that opens with a marker ends the text; the words inside a sentence do not."""
    text = f"{BODY}\nوقال مراسلنا انظر أيضاً إلى ما جرى أمس.\n{NEXT}"
    assert prepare(text).body_end == len(prepare(text).folded)


def test_a_marker_in_the_first_lines_is_not_clutter():
    """A page that opens with a "see also" strip has its story after it."""
    text = f"اقرأ أيضاً\n{NEXT}\n{BODY}"
    assert prepare(text).body_end == len(prepare(text).folded)
