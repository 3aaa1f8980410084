"""Trigger kinds for ACLED event types (their words are data: data/triggers.json), and the small closed word lists the rules use.

Words are folded (normalise.fold) and article-stripped, as matcher keys are.
A trigger's rank breaks ties inside one sentence: the more specific event wins
(a suicide car bomb is not just an explosion; a raid that turns into an
exchange of fire is a clash, not an arrest).
"""
from __future__ import annotations

import json
from pathlib import Path

B, E, V, S, P = "Battles", "Explosions/Remote violence", "Violence against civilians", \
    "Strategic developments", "Protests"

# (event_type, sub_event_type, rank): higher rank wins within a sentence.
SUB = {
    "clash": (B, "Armed clash", 50),
    "overtake": (B, "Non-state actor overtakes territory", 55),
    "ied": (E, "Remote explosive/landmine/IED", 70),
    "suicide": (E, "Suicide bomb", 80),
    "explosion": (E, "Remote explosive/landmine/IED", 45),   # an explosion, no device named
    "air": (E, "Air/drone strike", 75),
    "shelling": (E, "Shelling/artillery/missile attack", 65),
    "grenade": (E, "Grenade", 72),
    "attack": (V, "Attack", 40),
    "killing": (V, "Attack", 36),      # a killing with no weapon named: attack, or a clash if the target is armed
    "shooting": (V, "Attack", 37),     # "أطلق مجهولون النار على شخص": the act; a death it caused is its toll
    "abduction": (V, "Abduction/forced disappearance", 45),
    "arrests": (S, "Arrests", 30),
    "agreement": (S, "Agreement", 20),
    "transfer": (S, "Non-violent transfer of territory", 25),
    "looting": (S, "Looting/property destruction", 28),
    "protest": (P, "Peaceful protest", 35),
    "protest_force": (P, "Protest with intervention", 38),
    "disrupted": (S, "Disrupted weapons use", 85),   # a bomb defused, a drone shot down
    "none": (S, "Other", 0),      # words that look like triggers but name no act ("فض الاشتباك")
}

# The act trigger words are data (data/triggers.json, schema triggers.schema.json):
# a new verb form or masdar of an act is one line there.
TRIGGERS_DATA = Path(__file__).resolve().parent / "data" / "triggers.json"


def load_triggers(path: Path = TRIGGERS_DATA) -> dict[str, list[str]]:
    """Trigger words by kind, as written (plain spelling); every kind must be one of SUB's."""
    data = json.loads(path.read_text(encoding="utf-8"))
    raw = data["triggers"]
    compounds = data.get("compounds", [])
    unknown = (set(raw) | {c["kind"] for c in compounds}) - set(SUB)
    if unknown:
        raise ValueError(f"{path.name}: trigger kinds not in lexicon.SUB: {sorted(unknown)}")
    out = {kind: list(words) for kind, words in raw.items()}
    for c in compounds:     # a verb paradigm before its object nouns, written once
        out.setdefault(c["kind"], []).extend(f"{v} {o}" for v in c["verbs"] for o in c["objects"])
    return out


TRIGGERS: dict[str, list[str]] = load_triggers()

# Words that make a sentence background (an earlier event recalled as context).
BACKGROUND = ["وكان", "وكانت", "كان قد", "كانت قد", "سبق ان", "وسبق", "في وقت سابق", "قبل ايام",
              "الشهر الماضي", "العام الماضي", "قبل فتره", "الاسبوع الماضي", "يذكر ان", "ويذكر",
              "قبل اشهر", "منذ اشهر", "منذ سنوات", "الفائت",
              "منذ اشتعال", "منذ اندلاع", "منذ بدء", "منذ ما يقارب", "منذ نحو", "منذ قرابه", "في خريف", "في ربيع", "في صيف", "في شتاء"]

# Words that make an act not (yet) happen: threats, plans, expectations.
IRREALIS = ["اصابع الاتهام", "تتهم", "اتهامات", "الاتهام", "شائعات", "سنشهد", "ستشهد", "امتداد لحاله", "متزايده", "متكرره", "المتكرره", "مكترر", "متكرر", "سوف", "سيتم", "تهدد", "هدد", "تهديد", "تهديدات", "يهدد", "التوقعات", "محتمل", "يريد",
            "تسعى", "يسعى", "محاولات تفاوض", "مطالبات", "تطالب", "يطالب", "يرفض", "قد يفضي", "خشيه",
            "دعت", "دعا", "دعوا", "ناشد", "ناشدت", "الى وقف", "نددت", "ندد", "أدان", "أدانت", "استنكر", "استنكرت"]

# Page clutter: processing stops at the first line that starts with one of these.
END_MARKERS = ["مقالات ذات صله", "اقرا ايضا", "اقرأ أيضا", "الاكثر قراءه", "التعليقات", "اترك تعليقا",
               "اخبار ذات صله", "مواضيع ذات صله", "شارك هذا", "المزيد من الاخبار", "زر الذهاب الى الاعلى",
               "اهم المواضيع", "اهم التصنيفات", "لن يتم نشر"]

# Generic words before an actor name that belong to the mention but not to the name.
ACTOR_PREFIXES = {"ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "قوات", "عناصر", "عنصر", "فصيل", "فصائل",
                  "تنظيم", "جماعه", "مجموعه", "مجموعات", "حركه", "لواء", "كتائب", "فرع", "جهاز", "اجهزه",
                  "خلايا", "خليه", "دوريه", "حاجز", "حواجز", "مقاتلي", "مقاتلو", "قياديين", "قيادي", "مسلحي"}

# Place-type words: "بلدة X" names a place even when the gazetteer lacks X.
PLACE_WORDS = {"بلده": "town", "قريه": "village", "مدينه": "city", "حي": "neighbourhood",
               "ناحيه": "subdistrict", "منطقه": "area", "مخيم": "camp", "بلدات": "town", "قرى": "village",
               "احياء": "neighbourhood", "مزرعه": "village", "بلدتي": "town", "قريتي": "village", "حيي": "neighbourhood"}
# Means of attack and forces a nationality adjective can qualify ("مسيرة تركية", "قوات روسية").
MEANS = {"طائره", "طائرات", "مسيره", "مسيرات", "غاره", "غارات", "طيران", "قصف", "صاروخ", "صواريخ",
         "مدفعيه", "مدفعي", "قذائف", "قذيفه", "ضربه", "ضربات", "مروحيه", "مروحيات", "حربيه", "حربي",
         "انها", "انه", "قوات", "دوريه", "دوريات", "رتل", "جنود", "بارجه", "صاروخيه", "جويه"}
# Words that tie a name to the one who owns or backs it ("وكالة هاوار التابعة لقسد").
OWNED_BY = {"التابعه", "التابع", "المقربه", "المقرب", "المواليه", "الموالي", "المدعومه", "المدعوم"}
# A town's name that, with the word after it, is a common noun phrase ("الحراك الشعبي").
NOT_PLACES = {("الحراك", "الشعبي"), ("الحراك", "السلمي"), ("الحراك", "الثوري"), ("الحراك", "المدني")}
# A place name after these is a landmark inside the town the text is about.
LANDMARK_WORDS = {"دوار", "شارع", "ساحه", "مشفى", "مستشفى", "معبر", "حاجز", "جسر", "فرن", "مدرسه", "جامع",
                  "مسجد", "سوق", "كراج", "فندق", "مطعم", "مقر", "مركز", "طريق", "اوتوستراد", "بوابه"}
DIRECTIONS = {"الشرقي": "E", "الغربي": "W", "الشمالي": "N", "الجنوبي": "S", "الشمالي الشرقي": "NE",
              "الشمالي الغربي": "NW", "الجنوبي الشرقي": "SE", "الجنوبي الغربي": "SW"}

def _fold_all() -> None:
    """Write the lists by hand in plain spelling; match them folded (ى→ي, ة→ه, أ→ا)."""
    from .normalise import fold
    g = globals()
    for name in ("ACTOR_PREFIXES",):
        g[name] = {fold(w) for w in g[name]}
    for name in ("BACKGROUND", "IRREALIS", "END_MARKERS"):
        g[name] = [fold(w) for w in g[name]]
    g["PLACE_WORDS"] = {fold(k): v for k, v in PLACE_WORDS.items()}
    g["LANDMARK_WORDS"] = {fold(w) for w in LANDMARK_WORDS}
    g["MEANS"] = {fold(w) for w in MEANS}
    g["DIRECTIONS"] = {fold(k): v for k, v in DIRECTIONS.items()}
    for kind, words in TRIGGERS.items():
        TRIGGERS[kind] = [fold(w) for w in words]


_fold_all()
