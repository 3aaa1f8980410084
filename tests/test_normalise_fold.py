"""The translate-table fold must give exactly what folding character by character gives."""
import random

from incidents.extract.normalise import _fold_char, fold, fold_map

SAMPLES = [
    "قُتِلَ ثلاثةُ مدنيين في مدينةِ الرقّة يوم ٣ آذار ۲۰۲۳",
    "ـــــالحسكة إلى دير الزور، وأكّدت «المصادر» أنّ ﻻ",
    "Abu Kamal ﬁeld Ⅻ ½ café ÉTÉ\u00a0\u200f\u2068x\u2069",
    "",
]


def _reference(text):
    out, index = [], []
    for i, ch in enumerate(text):
        f = _fold_char(ch)
        out.append(f)
        index.extend([i] * len(f))
    return "".join(out), index + [len(text)]


def test_fold_and_fold_map_equal_the_per_character_fold():
    rng = random.Random(7)
    pool = "".join(SAMPLES)
    texts = SAMPLES + ["".join(rng.choice(pool) for _ in range(rng.randint(1, 80))) for _ in range(300)]
    for text in texts:
        assert fold_map(text) == _reference(text), text
        assert fold(text) == _reference(text)[0]
    assert fold(None) == ""


def test_a_hashtag_underscore_folds_to_a_space():
    # "#دير_الزور", "ل #الجيش_السوري": a hashtag joins a name's words with "_"; folded, the
    # name is its words (one character for one, so offsets into the original still hold)
    from incidents.extract.normalise import fold, fold_map
    assert fold("#دير_الزور") == "#دير الزور"
    folded, index = fold_map("في #دير_الزور")
    assert len(folded) == len("في #دير_الزور") and index[-1] == len("في #دير_الزور")
    from incidents.extract.model import DocMeta
    from incidents.extract.pipeline import extract_document
    [inc] = extract_document("اندلعت اشتباكات بين الدفاع الوطني و #الفرقة_الرابعة في مدينة #دير_الزور أمس.",
                             DocMeta("t.txt", "Test", published="2021-08-16")).incidents
    assert inc.location.admin1 == "Deir-ez-Zor"
    assert {a.name for a in inc.actors} >= {"National Defence Forces", "Fourth Armoured Division"}
