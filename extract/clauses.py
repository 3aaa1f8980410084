"""What a sentence's wording says about its act: a question, a relative or time clause,
a threat, a shell that fell from nobody named, a recollection, the parties it points back to.
Small predicates on folded tokens, used by the pipeline to keep or set aside a candidate."""
from __future__ import annotations

import re

from . import lexicon
from .casualty_words import LANG as CASUALTY_WORDS
from .normalise import fold, word_forms
from .numbers import number_at
from .places import COMPASS
from .segment_words import WORDS
from .text import Doc
from .told import ACT_WORDS, punct_between

DISTANT = [fold(w) for w in ("سبق أن", "في وقت سابق", "الشهر الماضي", "العام الماضي", "قبل أشهر")]
# "بدأت حركة من المظاهرات منذ ما يقارب الشهر": a movement weeks old, not today's act
LONG_SINCE = re.compile(r"منذ (?:ما يقارب |نحو |قرابه |حوالي |اكثر من |بدايه |مطلع |اول )?(?:ال)?"
                        r"(?:شهر|اشهر|شهرين|عام|اعوام|عامين|سنه|سنوات|سنتين|اسابيع|اسبوعين)\b")


def statistic(doc: Doc, trigger: int) -> bool:
    """"أكثر من 150 عملية اغتيال", "سبع هجمات", "الغارة الـ27": a tally of many acts, not one incident."""
    words = doc.words
    for j in range(max(0, trigger - 3), trigger):
        if set(word_forms(words[j])) & WORDS.tally_units:
            value, _ = number_at(words, j - 1) if j > 0 else (None, 0)
            if value is not None and value >= 2 or j > 0 and words[j - 1] in WORDS.tally_heads:
                return True     # "أكثر من 150 عملية اغتيال", "بلغ عدد عمليات الاغتيال 85"
    if any(_ORDINAL.match(w) for w in words[trigger + 1:trigger + 4]):
        return True     # "هذه هي الغارة الإسرائيلية الـ27 على سوريا منذ مطلع العام": the count of acts so far
    value, _ = number_at(words, trigger - 1) if trigger > 0 else (None, 0)
    if value is not None and value >= 2 and set(word_forms(words[trigger])) & {"هجمات", "عمليات"} != set():
        return True
    if value is not None and value >= 2 and _near_a_period(words, trigger):
        return True     # "وثق المرصد منذ مطلع العام الجاري 45 هجوماً": acts counted over months
    return plural_over_a_period(words, trigger) or over_a_span(doc, trigger)


def over_a_span(doc: Doc, trigger: int) -> bool:
    """"وقتلت قوات النظام أكثر من 150 مدنياً منذ بداية العام في إدلب": an act told, in its own
    clause, over a span of months (segmentation.json tally_periods after it, no comma between)
    is the sum of many acts, not one; "في أعنف هجوم منذ بداية العام" (span_superlatives before
    the span) compares one act to them, and "ليرتفع العدد منذ …" is the tally's clause, not the act's."""
    words = doc.words
    hi = min(len(words), trigger + 1 + WORDS.span_window)
    for k in range(trigger + 1, hi):
        if punct_between(doc, k - 1, k) or set(word_forms(words[k])) & CASUALTY_WORDS.rise:
            return False
        if any(tuple(words[k:k + len(p)]) == p for p in WORDS.tally_periods):
            return not any(w in WORDS.span_superlatives for w in words[max(0, trigger - 2):k])
    return False


def plural_over_a_period(words: list[str], trigger: int) -> bool:
    """"شهدت مدن ريف حلب في الأشهر الماضية عدة تفجيرات", "الكثير من الاشتباكات خلال السنوات
    الماضية": a plural act noun told over months or years (segmentation.json tally_periods) is
    a tally of many acts, not one incident; a singular act beside it ("كان آخرها اشتباك") is kept."""
    if not any(len(f) >= 5 and f.endswith("ات") for f in word_forms(words[trigger])):
        return False
    if trigger > 0 and words[trigger - 1] in WORDS.tally_heads:
        return True     # "عدد الهجمات", "حصيلة الغارات": the count of acts, not one
    return _near_a_period(words, trigger)


def _near_a_period(words: list[str], trigger: int) -> bool:
    """A span of months or years (segmentation.json tally_periods) within tally_window words."""
    lo, hi = max(0, trigger - WORDS.tally_window), min(len(words), trigger + WORDS.tally_window + 1)
    near = words[lo:hi]
    return any(tuple(near[i:i + len(p)]) == p for p in WORDS.tally_periods for i in range(len(near) - len(p) + 1))


_ORDINAL = re.compile(r"^ال\d+$")     # "الـ27" folded and tokenised
QUESTION = {"لماذا", "هل", "كيف", "ماذا", "متى", "لمن"}
SUBORDINATE = {"الذي", "التي", "والذي", "والتي", "بعد", "عقب", "اثر", "قبل", "قبيل", "منذ", "خلفيه", "رفض", "اجراء", "اجرائه"}
STATUS_KINDS = {"agreement", "transfer"}
THEM = {"الميليشيات", "المليشيات", "الطرفين", "الجانبين", "الفصائل", "المجموعتين", "الفصيلين"}
_IRREALIS_WORDS = {w for w in lexicon.IRREALIS if " " not in w}


def sentence_text(doc: Doc, first: int, last: int) -> str:
    return doc.folded[doc.tokens[first].fstart:doc.tokens[last - 1].fend]


def irrealis_word(doc: Doc, s) -> bool:
    """"وتتهم جهات معارضة…", "ويهدد…": an irrealis word with a particle attached; "ويقضي
    الاتفاق بـ…": a sentence that only sets out terms."""
    if sets_terms(doc, s):
        return True
    return any(w[0] in "وف" and w[1:] in _IRREALIS_WORDS for w in doc.words[s.first:s.last]) or denied(doc, s)


def sets_terms(doc: Doc, s) -> bool:
    """"ويقضي الاتفاق بـ…": a sentence that only sets out terms."""
    return bool(set(word_forms(doc.words[s.first])) & {"يقضي", "تقضي", "ينص", "تنص"})


def irrealis_hits(doc: Doc, s) -> list[tuple[int, bool]]:
    """Where the sentence's irrealis words stand (lexicon.IRREALIS, a particle و/ف allowed on a
    word), each with whether a past copula right before it makes it the intent of people already
    named ("خلية كانت تخطط لتنفيذ تفجيرات", lexicon.INTENT_COPULAS): (token index, intent)."""
    words = doc.words[s.first:s.last]
    out = []
    for i, w in enumerate(words):
        for phrase in _IRREALIS_PHRASES.get(w, ()) + _IRREALIS_PHRASES.get(w[1:] if w[:1] in "وف" else "", ()):
            if words[i + 1:i + len(phrase)] == list(phrase[1:]):
                out.append((s.first + i, i > 0 and not lexicon.INTENT_COPULAS.isdisjoint(word_forms(words[i - 1]))))
                break
    return out


def _phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    by_first: dict[str, list] = {}
    for p in lexicon.IRREALIS:
        by_first.setdefault(p.split()[0], []).append(tuple(p.split()))
    return {k: tuple(v) for k, v in by_first.items()}


_IRREALIS_PHRASES = _phrases()


def denied(doc: Doc, s) -> bool:
    """"ونفى مصدر في الفرقة الرابعة أن تكون قواته قد قصفت بلدة طفس": a denial that governs
    the act by "أن" denies it (segmentation.json denials, denial_window); a denial beside an
    act told ("قصفت … فيما نفت دمشق ذلك") governs nothing and leaves it told."""
    words = doc.words[s.first:s.last]
    return any(set(word_forms(w)) & WORDS.denials and _denies_what_follows(words[i + 1:i + 1 + WORDS.denial_window])
               for i, w in enumerate(words))


def _denies_what_follows(after: list[str]) -> bool:
    """"أن" or a noun of doing or happening ("نفت الوزارة قيام طائراتها بقصف …", "نفى وقوع
    اشتباكات", segmentation.json denied_acts) after the denial: what follows is denied."""
    return "ان" in after or any(set(word_forms(w)) & WORDS.denied_acts for w in after)


def unattributed(doc: Doc, s) -> bool:
    """"في حين سقط صاروخ …", "وسقطت قذائف …": a shell that fell, from nobody named."""
    return any(w in ("سقط", "سقطت", "وسقط", "وسقطت", "سقوط") for w in doc.words[s.first:s.first + 6])


def anaphoric(doc: Doc, s) -> bool:
    """"عناصر الميليشيات", "الطرفين": the sentence points back at parties already named."""
    return any(f in THEM for w in doc.words[s.first:s.last] for f in word_forms(w))


def only_named(doc: Doc, i: int) -> bool:
    """"موقع الانفجار" names a place, "عصابة خطف" a gang, "مخلفات القصف" what is left of it,
    "فريق مراقبة الهدنة" an agreement already made (segmentation.json naming_heads), with a
    preposition on the head or not ("لموقع انفجار العبوة", "بمكان القصف"); the means an act noun
    so named takes ("موقع انفجار العبوة") is named with it."""
    if i > 1 and not ACT_WORDS.isdisjoint(word_forms(doc.words[i - 1])) and _naming_head(doc.words[i - 2]):
        return True
    return i > 0 and (_naming_head(doc.words[i - 1]) or named_from_afar(doc, i))


def _naming_head(word: str) -> bool:
    return not WORDS.naming_heads.isdisjoint(word_forms(word))


def named_from_afar(doc: Doc, i: int) -> bool:
    """"حكماً بالإعدام على ثلاثة متهمين بتفجير سيارة مفخخة", "الذكرى الأربعين لمجزرة حماة": a
    charge or an anniversary a few words before the act word names an act, it tells none
    (segmentation.json naming_from_afar, naming_window)."""
    return any(set(word_forms(w)) & WORDS.naming_from_afar
               for w in doc.words[max(0, i - WORDS.naming_window):i])


def subordinate(doc: Doc, i: int) -> bool:
    """A trigger in a relative or time clause ("بعد إغلاق معبر … الذي تعرض لقصف"), one that
    names a place or a gang ("القريبة من موقع الانفجار", "عصابة خطف"), or one that goes with
    the act before it ("اشتباكات … ترافقت مع قصف متبادل"), is context."""
    if only_named(doc, i):
        return True
    return any(w in SUBORDINATE for w in doc.words[max(0, i - 4):i]) or \
        any(w in WORDS.accompanying for w in doc.words[max(0, i - 3):i])     # "ترافقت مع قصف متبادل"


def trigger_clause(doc: Doc, s, trigger: int) -> tuple[str, int]:
    """The sentence up to the comma that closes the clause of its act: a later clause
    ("…، وشهدت الميادين قبل فترة خلافات مماثلة") does not make the act a recollection."""
    end = s.last
    for k in range(trigger + 1, s.last):
        if "،" in doc.text[doc.tokens[k - 1].end:doc.tokens[k].start]:
            end = k
            break
    return sentence_text(doc, s.first, end), end


def recalls(word: str) -> bool:
    return any(word.startswith(w) for w in ("وشهد", "وتشهد", "ويشهد", "وكان", "وسبق", "وفي وقت سابق"))


def between_them(doc: Doc, i: int) -> bool:
    """"المواجهات بين الميليشيات": the parties were named in the sentence before."""
    words = doc.words[i + 1:i + 5]
    return any(a == "بين" and b in THEM for a, b in zip(words, words[1:]))


def mentions_city(doc: Doc, s) -> bool:
    return any("مدينه" in word_forms(w) for w in doc.words[s.first:s.last])


def reference_city(doc: Doc, place) -> bool:
    """"في مدينة البوكمال (122 كم جنوب شرق مدينة دير الزور)": a city a compass word puts the
    place before it from is a reference point, not the scene "المدينة" later points back to."""
    t = getattr(place, "_tok", None)
    if t is None or t < 1:
        return False
    j = t - 1 if doc.words[t - 1] in ("مدينه", "بمدينه") else t
    return j > 0 and doc.words[j - 1] in COMPASS


_RELEASE = {"افرج", "افرجت", "افرجوا", "اطلق سراح", "اطلقت سراح", "الافراج", "اطلاق سراح", "تحرير"}


def released(doc: Doc, s) -> bool:
    """"أفرجت عصابة عن الطفل بعد اختطافه": today's news is the release; the kidnapping is earlier."""
    text = " " + sentence_text(doc, s.first, s.last) + " "
    return any(f" {w} " in text or f" و{w} " in text for w in _RELEASE)


_AGAINST = WORDS.grievance_marks     # segmentation.json: "طالبوا بوقف الاعتقالات", "استنكاراً لمقتل"


def protested_against(doc: Doc, i: int) -> bool:
    """"تظاهروا رفضاً لعمليات الاعتقال": the arrests are what the protest is about, not force
    used on it."""
    before = doc.words[max(0, i - 3):i]
    if any(set(word_forms(w)) & _AGAINST for w in before):
        return True
    # "احتج سكان البلدتين على اعتقال الشبان": the grievance after a protest verb and "على"
    return "علي" in before and any(set(word_forms(w)) & _PROTEST_WORDS for w in doc.words[max(0, i - 8):i])


_PROTEST_WORDS = {w for w in lexicon.TRIGGERS["protest"] if " " not in w}


def hours_later(doc: Doc, s) -> bool:
    """"وبعد الاشتباكات بساعات قليلة، حاول مسلحون …", "وفي وقت لاحق", "وفي اليوم التالي": the
    story moves on to a new act (segmentation.json later_times)."""
    head = doc.words[s.first:s.first + 6]
    if head and set(word_forms(head[0])) & {"بعد"} and any(w in ("بساعات", "بساعه", "بساعتين") for w in head):
        return True
    opening = " ".join(head)
    return opening.startswith(WORDS.later_times) or opening.startswith(tuple("و" + p for p in WORDS.later_times))


_RESULT = {"ذلك", "تسبب", "وتسبب", "ادي", "ادت", "اسفر", "اسفرت", "فاندلعت", "لتندلع", "ليندلع"}


def consequence(doc: Doc, i: int) -> bool:
    """"وتسبب ذلك باشتباكات", "لتندلع اشتباكات": the fight follows from what the sentence told."""
    return any(w in _RESULT for w in doc.words[max(0, i - 3):i + 1])


def comes_after(doc: Doc, s) -> bool:
    """"ويأتي الهجوم بعد أيام من مقتل 10 عناصر في كمين …": the act told is an earlier one."""
    head = doc.words[s.first:s.first + 6]
    return bool(head) and head[0] in ("ياتي", "وياتي", "تاتي", "وتاتي") and "بعد" in head


def in_later_clause(doc: Doc, trigger: int, first: int) -> bool:
    """"قاموا بتفجير قنبلة صوتية في المكان قبل أن تتدخل الشرطة العسكرية": a name after a
    conjunction that opens a clause of its own ("قبل أن", "بعد أن") is that clause's subject,
    no party to the act before it (segmentation.json later_clause_openers). "مشيراً إلى أن" is
    no such clause: after a verb of pointing out, "إلى أن" opens what is said (pointing_verbs)."""
    words = doc.words[trigger + 1:first]
    return any(tuple(words[k:k + len(c)]) == c and not (k > 0 and WORDS.pointing_verbs & set(word_forms(words[k - 1])))
               and not _retold_by(words, k + len(c))
               for k in range(len(words)) for c in WORDS.later_clause_openers)


def _retold_by(words: list[str], k: int) -> bool:
    """"أسفرت الغارة عن مقتل شخصين، بعد أن استهدفت طائرة حربية روسية منزلاً": a verb of striking
    right after the conjunction tells the act again, with its doer (segmentation.json
    retelling_verbs)."""
    return k < len(words) and bool(WORDS.retelling_verbs & set(word_forms(words[k])))


def _fronted_abroad(doc: Doc, s) -> bool:
    """"وفي العراق، قتل خمسة عناصر من الحشد الشعبي بهجوم لداعش": a clause fronted by another
    country (segmentation.json abroad_fronts, after في)."""
    words = doc.words[s.first:min(s.last, s.first + 3)]
    return any(set(word_forms(w)) & {"في"} and i + 1 < len(words) and words[i + 1] in WORDS.abroad_fronts
               for i, w in enumerate(words))


def former_holder(doc: Doc, first: int) -> bool:
    """"مدينة درعا البلد، التي كانت تحت سيطرة قوات المعارضة حتى 2018": the force that held a
    place once, named after a control noun that a past copula goes before (segmentation.json
    former_control), is the place's history, no party to the act."""
    words = doc.words[max(0, first - WORDS.former_control_reach):first]
    for k, w in enumerate(words):
        if set(word_forms(w)) & WORDS.former_control_nouns and \
                any(x in WORDS.former_control_copulas for x in words[max(0, k - 2):k]):
            return True
    return False


def told_abroad(doc: Doc, s, trigger: int) -> bool:
    """An act outside Syria, which an ACLED coder of Syria does not code: a clause fronted by
    another country, or "استهدفت غارة إسرائيلية سيارة في بلدة شبعا جنوبي لبنان", "في منطقة القائم العراقية",
    "في ولاية هكاري جنوب تركيا": the act's clause (up to the comma after its word) places it in
    another country, by a direction and the country after "في" or by a place word, its name and
    the country's adjective (segmentation.json abroad_*)."""
    if _fronted_abroad(doc, s):
        return True
    _, end = trigger_clause(doc, s, trigger)
    words = doc.words[s.first:end]
    for i, w in enumerate(words[:-1]):
        if w in WORDS.abroad_directions and words[i + 1] in WORDS.abroad_fronts \
                and any("في" in word_forms(x) or not WORDS.abroad_heads.isdisjoint(word_forms(x))
                        for x in words[max(0, i - WORDS.abroad_reach):i]):
            return True
        if words[i + 1] in WORDS.abroad_adjectives and i > 0 and not WORDS.abroad_heads.isdisjoint(
                word_forms(words[i - 1])):
            return True
    return False
