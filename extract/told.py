"""What a sentence tells of its act, read from the words around it: an earlier act the
story steps back to ("وقبل يومين، …"), a habit rather than one act ("وعادة ما يتسبب
القصف …"), or an act named only as context of something else ("عقب القصف",
"المحافظة التي تشهد قصفاً"). The words are data (data/segmentation.json)."""
from __future__ import annotations

from . import lexicon
from .act_frames import FRAMES, ActFrames
from .casualty_words import LANG as HARM
from .date_words import DATE_WORDS
from .normalise import word_forms
from .segment_words import WORDS, Segmentation
from .text import Doc

_ARTICLE = ("ال", "وال", "بال", "فال", "لل", "ولل", "وبال")
# "حزيران الماضي", "آذار الفائت": a month the past mark puts before the report's (data/dates.json)
_PAST_MONTHS = frozenset(f"{m} {p}" for m in DATE_WORDS.months for p in DATE_WORDS.past)


def _phrase_in(words: list[str], phrases: frozenset[str]) -> bool:
    """A phrase of the list among the words, a particle و/ف attached to a word or not.
    Only the phrases whose first word is a word here are compared (a list has hundreds)."""
    index, empty = _by_first(phrases)
    bare = [w[1:] if w[:1] in ("و", "ف") and len(w) > 2 else w for w in words]
    for seq in (words, bare):
        if not seq:
            return empty        # no words: only an empty phrase is among them
        for i, w in enumerate(seq):
            for ws in index.get(w, ()):
                if tuple(seq[i:i + len(ws)]) == ws:
                    return True
    return False


_INDEXES: dict[int, tuple] = {}


def _by_first(phrases: frozenset[str]) -> tuple[dict[str, list[tuple[str, ...]]], bool]:
    """The phrases as word tuples by first word, and whether the empty phrase is one of them
    (kept per phrase list, with the list)."""
    known = _INDEXES.get(id(phrases))
    if known is None or known[0] is not phrases:
        index: dict[str, list[tuple[str, ...]]] = {}
        for p in phrases:
            ws = tuple(p.split(" "))
            index.setdefault(ws[0], []).append(ws)
        known = _INDEXES[id(phrases)] = (phrases, index, "" in phrases)
    return known[1], known[2]


_UNIONS: dict[int, tuple] = {}


def _earlier(lang: Segmentation) -> frozenset[str]:
    """The language's earlier-time phrases and the past months, made once per language."""
    known = _UNIONS.get(id(lang))
    if known is None or known[0] is not lang:
        known = _UNIONS[id(lang)] = (lang, lang.earlier_time | _PAST_MONTHS)
    return known[1]


def steps_back(doc: Doc, s, lang: Segmentation = WORDS) -> bool:
    """"وقبل يومين، فقد أربعة عناصر …", "ومطلع الشهر الجاري، أصيب …": a time phrase fronted
    at the sentence's start moves the story to an earlier act (ACLED: a recollection)."""
    return _phrase_in(doc.words[s.first:min(s.last, s.first + lang.fronted_window)], _earlier(lang))


def names_earlier_day(doc: Doc, s, lang: Segmentation = WORDS) -> bool:
    """"وكانت الهيئة قد كشفت يوم الأحد الفائت عن …": an earlier time phrase anywhere in the
    sentence (a weekday "الماضي/الفائت", "قبل يومين") dates the act before the report's week."""
    return _phrase_in(doc.words[s.first:s.last], _earlier(lang))


def marked_earlier(doc: Doc, s, lang: Segmentation = WORDS) -> bool:
    """"واستهدفت ضربة إسرائيلية سابقة في السابع من الشهر …", "في هجوم سابق": an act noun
    that an earlier-mark adjective follows (other adjectives between) is a recollection,
    not the day's news, so it is told apart from the report (ACLED: background). Only act
    nouns count: "اغتيال قيادي سابق" is a former leader killed today."""
    for i in range(s.first, s.last):
        if lang.earlier_act_nouns.isdisjoint(word_forms(doc.words[i])):
            continue
        if i > s.first and not lang.naming_heads.isdisjoint(word_forms(doc.words[i - 1])):
            continue    # "انفجار قنبلة من مخلفات القصف السابق": the remnant's origin, not the act told
        if any(w in lang.earlier_marks for w in doc.words[i + 1:min(s.last, i + 1 + lang.earlier_mark_window)]):
            return True
    return False


def habitual(doc: Doc, first: int, last: int, lang: Segmentation = WORDS) -> bool:
    """"وتستمر تركيا باستهداف القرى، وعادة ما يتسبب القصف بضحايا", "وتهاجم إسرائيل منذ
    سنوات …": what happens again and again is no incident of its own."""
    return _phrase_in(doc.words[first:last], lang.habitual)


def ongoing(doc: Doc, s, triggers: list, lang: Segmentation = WORDS) -> bool:
    """"وتتعرض بلدات ريف إدلب لقصف يومي منذ أشهر", "ومنذ خمسة أيام، تشهد المنطقة قصفاً":
    a present verb of undergoing, witnessing or going on (segmentation.json ongoing_verbs)
    that opens the sentence, with منذ and a span of days or more (long_since_units) or a month
    ("ومنذ الـ25 من شباط الماضي، تشهد المناطق مظاهرات"), tells a state that lasts, not one act;
    "تشهد المدينة اشتباكات منذ صباح اليوم" is today's act."""
    words = doc.words[s.first:s.last]
    opener = next((k for k, w in enumerate(words[:lang.fronted_window + 2]) if w in lang.ongoing_verbs), None)
    if opener is None or not all(t.first > s.first + opener for t in triggers):
        return False
    long_since = lang.long_since_units | DATE_WORDS.months.keys()
    return any(w in lang.since for w in words) and any(
        not long_since.isdisjoint(word_forms(x))
        for k, w in enumerate(words) if w in lang.since for x in words[k + 1:k + 4])


def tells_harm(doc: Doc, s) -> bool:
    """"قضت امرأة وأصيب مدنيون إثر تجدد الاشتباكات": a casualty verb, even without a
    number, makes the act behind it the sentence's news."""
    harm = HARM.verbs | HARM.count_after["killed"] | HARM.count_after["injured"]
    return any(not harm.isdisjoint(word_forms(w)) for w in doc.words[s.first:s.last])


def named_as_context(doc: Doc, s, trigger: int, lang: Segmentation = WORDS) -> bool:
    """A trigger in a time or relative clause that only names an act: one already told, with
    the article ("واستنفرت الميليشيات عقب القصف", unless someone was hit by it), or one that
    describes a place or party ("تضامناً مع المحافظة التي تشهد قصفاً")."""
    if any(w in lang.relative_pronouns for w in doc.words[max(0, trigger - 4):trigger]):
        return True
    return doc.words[trigger].startswith(_ARTICLE) and not tells_harm(doc, s)


def set_aside(doc: Doc, s, in_clause_only: bool, triggers: list, stated: list,
              lang: Segmentation = WORDS) -> bool:
    """A sentence that tells no incident of its own although it has trigger words: every act
    is named as context (`in_clause_only`: all triggers sit in time or relative clauses), or
    the acts are a habit. A stated toll keeps the sentence: someone was hit."""
    if stated:
        return False
    if in_clause_only and all(named_as_context(doc, s, t.first, lang) for t in triggers):
        return True
    return habitual(doc, s.first, s.last, lang)


def refers_back(doc: Doc, s, trigger: int, places: list, lang: Segmentation = WORDS) -> bool:
    """"وأسفرت الاشتباكات عن مقتل شابين", "وأسفرت تلك الهجمات عن …", "وتسبب القصف على
    القريتين …": the act noun that a result verb takes as subject with the article, or that
    a demonstrative points at, names the act already told. A sentence that opens on a place
    of its own ("وفي ريف درعا، أسفر القصف …") moves to a new scene: its act is a new one."""
    before = [set(word_forms(w)) for w in doc.words[max(s.first, trigger - 2):trigger]]
    # a demonstrative points at a definite noun right after it ("تلك الهجمات"); before a verb,
    # past a comma ("في غضون ذلك، قصفت"), it points at the time, and the act is a new one
    pointed = pointed_at(doc, s, trigger, lang)
    resulting = doc.words[trigger].startswith(_ARTICLE) and any(f & lang.result_verbs for f in before)
    # "إن القصف بدأ عند الساعة السابعة": the act named with the article, then how it went on
    # "أن عملية الاستهداف جرت أثناء عودة العناصر": a verb of happening tells when and where it was
    going_on = doc.words[trigger].startswith(_ARTICLE) and trigger + 1 < s.last and \
        bool(set(word_forms(doc.words[trigger + 1])) & (lang.progress_verbs | FRAMES.happened))
    if not (pointed or resulting or going_on or _weapon_goes_on(doc, s, trigger, lang) or opens_on_the_act(doc, s, lang)):
        return False
    return not any(getattr(p, "_tok", s.last) < s.first + 3 for p in places)


def pointed_at(doc: Doc, s, trigger: int, lang: Segmentation = WORDS) -> bool:
    """"وكانت هذه المعركة …", "تلك الهجمات": a demonstrative right before the act noun with the
    article points at the act already told."""
    return trigger > s.first and doc.words[trigger - 1] in lang.demonstratives and \
        doc.words[trigger].startswith(_ARTICLE) and not punct_between(doc, trigger - 1, trigger)


def _weapon_goes_on(doc: Doc, s, trigger: int, lang: Segmentation) -> bool:
    """"أن المسيرة أطلقت صاروخين على السيارة": the one weapon already told, named with the
    article as the subject of a verb of firing or falling (segmentation.json retold_means)."""
    nouns, verbs = lang.retold_means
    for noun in nouns:
        end = trigger + len(noun)
        if end < s.last and tuple(doc.words[trigger:end]) == noun and set(word_forms(doc.words[end])) & verbs:
            return True
    return False


CLAUSE_PUNCT = "،,.:;"   # a comma, stop, colon or semicolon closes a phrase


def punct_between(doc: Doc, a: int, b: int) -> bool:
    """A comma, stop, colon or semicolon between tokens a and b."""
    return any(ch in doc.text[doc.tokens[a].end:doc.tokens[b].start] for ch in CLAUSE_PUNCT)


def opens_on_the_act(doc: Doc, s, lang: Segmentation = WORDS) -> bool:
    """"وأسفرت تلك الهجمات عن استشهاد سيدة …", "وأدى الهجوم إلى …": the sentence opens on a
    result verb whose subject is the act already told (a demonstrative before an act noun, or
    the act noun with the article), whichever trigger the sentence's toll is read from."""
    words = doc.words[s.first:min(s.last, s.first + 4)]
    if len(words) < 2 or not set(word_forms(words[0])) & lang.result_verbs:
        return False
    k = 2 if words[1] in lang.demonstratives and len(words) > 2 else 1
    noun = words[k]
    return (k == 2 or noun.startswith(_ARTICLE)) and bool(set(word_forms(noun)) & (ACT_WORDS | lang.event_nouns))


def some_of_them(doc: Doc, trigger: int, lang: Segmentation = WORDS) -> bool:
    """"وقال إن بعض الصواريخ سقطت في مناطق سكنية": part of the means already told (a partitive
    before the act or means noun with the article) goes on to one more place; whoever fired
    them did it, the fall is no shell from nobody named."""
    return trigger > 0 and doc.words[trigger].startswith(_ARTICLE) and \
        bool(set(word_forms(doc.words[trigger - 1])) & lang.partitives)


def _act_words() -> frozenset[str]:
    return frozenset(w for words in lexicon.TRIGGERS.values() for w in words if " " not in w) | lexicon.MEANS


ACT_WORDS = _act_words()


def names_the_act(doc: Doc, s, lang: Segmentation = WORDS) -> bool:
    """"من جهتها، نقلت الوكالة عن مصدر أن الهجوم … أسفر عن مقتل 20": a sentence with no act of
    its own that names an act with the article ("الهجوم", "القصف") tells the act already told,
    unless it is another one ("هجوم آخر")."""
    if another_act(doc, s, lang):
        return False
    return any(w.startswith(_ARTICLE) and bool(set(word_forms(w)) & (ACT_WORDS | lang.event_nouns))
               for w in doc.words[s.first:s.last])


def another_act(doc: Doc, s, lang: Segmentation = WORDS) -> bool:
    """"وأضاف البيان أن طائرة مسيّرة أخرى هاجمت دورية …", "وفي حادثة أخرى، …": 'another'
    after an act, its means or an event noun tells a second act, not the one told before; it
    opens the sentence's news (the first words), not a fear at its end ("خوفاً من انفجار آخر").
    Acts told together as separate ("في عمليتين منفصلتين") are not the one before either,
    nor is the act a scene shift opens ("على صعيد متصل، اندلعت اشتباكات …", `opens_new_scene`)."""
    if opens_new_scene(doc, s, lang):
        return True
    if any(not set(word_forms(w)).isdisjoint(lang.separate_acts) for w in doc.words[s.first:s.last]):
        return True     # "وفقد ستة عناصر … في عمليتين منفصلتين": acts of their own, told together
    words = doc.words[s.first:min(s.last, s.first + lang.another_window)]
    for k, w in enumerate(words):
        if k and w in lang.another:
            head = [set(word_forms(x)) for x in words[max(0, k - 2):k]]
            if any(f & (ACT_WORDS | lang.event_nouns) for f in head):
                return True
    return False


def opens_new_scene(doc: Doc, s, lang: Segmentation = WORDS) -> bool:
    """"على صعيد متصل، …", "وفي سياق متصل، …", "من جهة أخرى، …": a phrase at the sentence's
    start that turns the story to another piece of news; what it tells next is an act of its
    own, even of the same parties and place (ACLED: its own incident). Only at the start: "بين
    X من جهة وY من جهة أخرى" names the sides of one fight."""
    return _phrase_in(doc.words[s.first:min(s.last, s.first + lang.scene_shift_window)], lang.scene_shifts)


def responds(doc: Doc, s, trigger: int, lang: Segmentation = WORDS) -> bool:
    """"واضافت المصادر أن الدفاع الوطني ردت على الآسايش باعتقال ثلاثة", "ردّ المجلس على تلك
    التجاوزات، وقصف مواقع الفصائل": a verb of responding before the act (not the act's own noun
    with the article, "وجاء القصف رداً على …" is the act told) makes it the answer to the act
    told, an act of its own."""
    if doc.words[trigger].startswith(_ARTICLE):
        return False
    return any(w in lang.response_verbs for w in doc.words[s.first:trigger])


def tells_where(doc: Doc, s, frames: ActFrames = FRAMES) -> bool:
    """"ووقع الهجوم بالقرب من بلدة الميادين": a verb of happening right before the definite
    noun of the act already told, in a sentence with no act of its own, tells where (and
    when) that act took place; the sentence's places are the act's."""
    for i in range(s.first, min(s.last - 1, s.first + 3)):
        if set(word_forms(doc.words[i])) & frames.happened and \
                any(doc.words[i + 1].startswith(p + w) for w in frames.told_before for p in _ARTICLE):
            return True
    return False


def resumes(doc: Doc, s, lang: Segmentation = WORDS) -> bool:
    """"…أمس الأربعاء، وعاودت قصف البلدة صباح اليوم": a verb of resuming with no doer of its own
    opens the sentence; its doer is the one of the act it resumes (segmentation.json resume_verbs)."""
    first = doc.words[s.first] if s.last > s.first else ""
    return any(first == v or first == "و" + v for v in lang.resume_verbs)
