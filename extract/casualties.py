"""Killed and injured counts stated in a stretch of text, each with its evidence.

"قتل وجرح 18" stays a combined count; "أكثر من 10" is 10; numbers after
"بينهم" are a subset of a count already given and are skipped; "أربعة آخرين"
adds to an earlier count of the same incident.
"""
from __future__ import annotations

from .agreement import has_article
from .casualty_words import LANG as L, phrase_at
from .casualty_features import ACTS, LIFE, NEW, NO_FEATURES, NONE, RISE, TOLL, features, owned, pronoun
from .count_total import Count, total  # noqa: F401  (total: the callers' one import)
from .evacuated import evacuated
from .count_groups import added_to, contrasted, died_of_the_wounded, each_side, group_after, other_groups, own_men
from .numbers import count_within, definite_figure, lower_of_range, month_at, names_people, number_at, strip_and
from .normalise import word_forms
from .speech_words import SPEECH
from .text import Doc
from .victims import and_more, by_name, companion, struck_one, kind_of, listed_people, named, nth_of_list, one_more, one_person, told_alone
from .subjects import (after_subset, antecedent, aside_after, count_beyond_agent, count_past_cause, detail_told, part_told,
                       subject_before, their_kind)
from .tolls import earlier_wounds, fallen, lives_lost, no_casualties, raised_by_act, reached, restated, rises, several_acts, wide_tallies


def _undergone(words: list[str], k: int, first: int) -> bool:
    """"تعرض 3 أشخاص لإصابات": a casualty noun after a verb of undergoing tells of the people
    between them, as a casualty verb tells of its subject."""
    return words[k] in L.undergo_nouns and any(
        strip_and(w) in L.undergo_verbs for w in words[max(first, k - L.subject_reach):k])


def _rise_before(words: list[str], i: int) -> bool:
    return any(w in L.rise for w in words[max(0, i - 6):i])


def find_counts(doc: Doc, first: int, last: int) -> list[Count]:
    """Counts in tokens [first, last)."""
    words = doc.words
    out: list[Count] = []
    i = first
    used: set[int] = set()
    # what each word can open, once; a word of a place name ("مطار الجراح العسكري") opens nothing
    feats = [NO_FEATURES if i in doc.place_tokens else features(words[i]) for i in range(first, last)]
    told_here = 0
    for f in feats:
        told_here |= f[0]
    while i < last:
        if feats[i - first][1]:
            i += 1      # no casualty word, no phrase of killing, no casualty noun with a pronoun
            continue
        kind = kind_of(words[i]) if not owned(words[i]) else None
        told = phrase_at(words, i, L.eliminate, last)      # "القضاء على 12 إرهابياً"
        kind = kind or ("killed" if told else None)
        if kind and i > first and (words[i - 1] in L.attempt or strip_and(words[i - 1]) in L.handover
                                   or words[i][:1] == "ب" and _tail_of(out, kind, i)):
            i += 1      # "محاولة اغتيال القيادي": he was not killed; "تسليم جثة قيادي": killed before;
            continue    # "أصيب رجل بجروح خطيرة وامرأة …": the manner of the count just told
        if not kind:
            pkind, n = pronoun(words[i])
            if pkind and i > first and words[i - 1] in L.died_of:
                pkind = "killed"      # "قتل متأثراً بجراحه": he died, he is not one more wounded
            elif pkind == "injured" and i > first and words[i - 1] in L.own_wound_after \
                    and any(c.field == "killed" for c in out):
                pkind = None          # "فارق طفل الحياة بعد إصابته": the dead child's own wound
            if pkind and not any(w in L.hearsay for w in words[max(first, i - 3):i]) and not _tail_of(out, pkind, i):
                out.append(Count(pkind, n, False, i, i, weak=True))
                i = _continued(doc, words, i + 1, last, pkind, out, used)
                continue
            i += 1
            continue
        # "قتل وجرح 18" / "مقتل وإصابة 5": one combined figure
        if i + 1 < last and words[i + 1].startswith("و") and kind_of(words[i + 1][1:]) not in (None, kind) \
                and not subject_before(doc, i, first, used) and not _tail_of(out, kind, i) \
                and not _fate_of_told(words[i], kind, out):
            # "عنصراً قتل وأصيب اثنان", "لقي شخص حتفه وأصيب اثنان": two statements
            value, s, e = count_within(words, i + 2, last, 4 + 2)
            if value is not None and number_at(words, s)[0] is not None:    # "قتلت وأصيب طفلها": two
                out.append(Count("combined", value, False, i, e - 1))
                used.update(range(s, e))
                i = e
                continue
        # count after the word: "مقتل 5 عناصر", "إصابة طفلين", "جرح ثلاثة"
        j = aside_after(doc, _skip_when(words, i + max(1, told), last), last)    # "أصيب، وفق مصادر، 7"
        if not has_article(words[i]):     # "إعدامات ميدانية بحق 20 شخصاً"; "حكم الإعدام بحق" is a sentence
            j = _past_against(words, j, last)
        along = j < last and words[j] in L.along      # "قتلوا معه 3 أشخاص": others besides him
        j += along
        if j < last and words[j] == "الي" and _rise_before(words, i):
            j += 1      # "ارتفع عدد القتلى إلى 9 أشخاص"
        listed = listed_people(doc, words, j, last)
        if listed:
            out.append(Count(kind, listed[0], False, i, listed[1], other=contrasted(words, i, first)))
            used.update(range(j, listed[1] + 1))
            i = listed[1] + 1
            continue
        value, s, e = lower_of_range(words, j, last) or count_within(words, j, last, 3)     # "ما بين 10 و15"
        figure = j < last and strip_and(words[j]).isdecimal()     # an implausible figure is not an agent
        # "وأصيب جراء القصف 4 مدنيين": the cause before the count, so no agent ("قتل في الهجوم ضابط")
        if value is None and j < last and words[j] in L.cause:
            value, s, e = count_past_cause(doc, j + 1, last)
        elif value is None and told > 1:      # "راح ضحية القصف 6 مدنيين": the act named first, its place too
            value, s, e = count_past_cause(doc, j, last, L.victim_of_reach)
        if value is None and strip_and(words[i]) in L.agent_verbs and not figure and not (j < last and kind_of(words[j])) \
                and not subject_before(doc, i, first, used):      # "28 مدنياً قتلوا في قصف للفصائل"
            # "اغتال مجهولون عنصراً": the agent first
            value, s, e = count_within(words, j + 1, last, 3)
            if value is None:       # "أعدمت مجموعات مسلحة تابعة لوزارة الدفاع 15 مدنياً"
                value, s, e = count_beyond_agent(doc, j + 1, last)
        names = (named(doc, j, last) or by_name(words, j, last)) if value is None else 0
        if names:
            value, s, e = names, j, j + 1       # "مقتل “كيوان”", "قتل "أبو خالد" و"أبو عبدو"": told by name
        nth = nth_of_list(words, j, last) if value is None else None
        if nth:
            value, s, e = nth       # "إصابة الدروبي وشقيقه وشخص ثالث": three
        if value is None and told_alone(words, i, j, last) and not subject_before(doc, i, first, used):
            value, s, e = 1, i, i + 1       # "قتل على يد مسلحين مجهولين": he, one person
        if value is not None and not (set(range(s, e)) & used) and not after_subset(words, s) \
                and not part_told(words, e, last, kind, out) and not detail_told(words, i, first, kind, value, out):
            additive = along or e < last and words[e] in L.additive | L.ordinals or (      # "وتوفي شخص خامس"
                e + 1 < last and words[e + 1] in L.additive and not kind_of(words[e])) or _also(words, i, e, first) \
                or _repeated(words, i, kind, out)
            more, at = companion(doc, e, last)
            stated = number_at(words, s)[0] is not None or bool(nth) or names > 1
            other = (stated or one_person(words[s])) and contrasted(words, i, first)     # "فيما قتل عنصر"
            out.append(Count(kind, value + more, additive, i, at if more else e - 1, _rise_before(words, s),
                             weak=not more and not stated, other=other or added_to(words, i, first, kind, out),
                             group=group_after(words, e, last), own=own_men(words, e, last)))
            used.update(range(s, e))
            sides = each_side(words, e, last)      # "مقتل مقاتل من كل طرف": two
            if sides:
                out[-1].value, out[-1].last, out[-1].weak, out[-1].group = 2 * out[-1].value, e + sides - 1, False, frozenset()
                used.update(range(e, e + sides))
                e += sides
            also = and_more(words, e, last, used)     # "30 عنصراً من قوات النظام و12 مقاتلاً من الهيئة"
            if e < last and names_people(words[e]):
                used.add(e)         # the noun counted is no second subject
            if also:
                out[-1].value, out[-1].last, out[-1].weak = out[-1].value + also[0], also[1], False
                e = also[1] + 1
            i = _continued(doc, words, e, last, kind, out, used)
            continue
        if value is None and struck_one(words, i, last):
            out.append(Count(kind, 1, False, i, i + 1, weak=True))     # "وأصابه الرصاص في قدمه": him
        i += 1
    # "45 مدنياً بين قتيل وجريح": one combined figure
    for k in range(first, last - 2):
        if words[k] == "بين" and set(word_forms(words[k + 1])) & L.combined_between and k - 2 >= first:
            at = k - (words[k - 1] == "ما")       # "سقط 11 شخصاً ما بين قتيل وجريح"
            for j in (at - 1, at - 2):
                value, size = number_at(words, j)
                if value is not None and (j not in used or _recount(out, j, k)):
                    out.append(Count("combined", value, False, j, k + 2))
                    used.update({j, k, k + 1, k + 2})
                    break
    # count before a plural: "13 جريحا", "5 قتلى"; "7 قتلى وجرحى" is one combined figure
    for k in [k for k in range(first + 1, last) if feats[k - first][2]]:
        field = feats[k - first][2]
        if (k - 1) in used or words[k].startswith("و") and words[k] not in L.count_before[field]:
            continue        # "مقتل شخص واحد وإصابة اثنين": the و opens a count, the number is no figure of it
        value, size = definite_figure(words, k, last, used)
        if value is not None:       # "نقل المصابون الأربعة إلى المشفى": the wounded told, counted
            out.append(Count(field, value, False, k, k + size))
            used.update(range(k, k + size + 1))
            continue
        start = _number_before(words, k, first, used)
        value, size = number_at(words, start)
        if value is not None and start + size == k and not after_subset(words, start):
            other = "injured" if field == "killed" else "killed"
            both = k + 1 < last and words[k + 1].startswith("و") and bool(
                set(word_forms(words[k + 1][1:])) & L.count_before[other])
            out.append(Count("combined" if both else field, value, False, start, k + both,
                             _rise_before(words, start), group=group_after(words, k + 1 + both, last)))
            used.update(range(start, k + 1 + both))
    for value, a, b in evacuated(doc, first, last, used):      # "ونقل سائقها إلى المشفى": one wounded
        out.append(Count("injured", value, False, a, b, weak=True))
        used.update(range(a, b + 1))
    for value, a, b in fallen(doc, first, last, used):      # "فيما سقط 35 مدنياً": the dead
        out.append(Count("killed", value, False, a, b, _rise_before(words, a)))
        used.update(range(a, b + 1))
    # "سقوط قتيل ومصاب", "وأصيب آخر": one each
    for k in [k for k in range(first, last) if feats[k - first][3] or feats[k - first][4]]:
        if k in used:
            continue
        single = feats[k - first][3]
        prev = words[k - 1] if k > first else ""
        between = prev == "بين" or k - 2 >= first and words[k - 2] == "بين" and words[k].startswith("و")
        if single and not between and number_at(words, k - 1)[0] is None:     # "بين قتيل وجريح": no one
            out.append(Count(single, 1, False, k, k))
            used.add(k)
        elif feats[k - first][4] and k + 1 < last and words[k + 1] in L.another and (k + 1) not in used:
            out.append(Count(feats[k - first][4], L.another[words[k + 1]], True, k, k + 1))
            used.add(k + 1)
    for k in [k for k in range(first, last) if feats[k - first][5]]:     # a dual verb: two people
        # ("العنصرين قتلا إلى جانب آخرين أصيبا"); "بينهم قتيلان" is a part of the count told,
        # "وقتيلان آخران" two more than it
        field = L.dual_verbs[strip_and(words[k])]
        if k not in used and not after_subset(words, k) and not part_told(words, k + 1, last, field, out):
            more = k + 1 < last and words[k + 1] in L.another and (k + 1) not in used
            out.append(Count(field, 2, more, k, k + more))
            used.update(range(k, k + 1 + more))
    one_more(words, first, last, out, used)       # "أصيب ثلاثة بجروح طفيفة وآخر بجروح خطيرة"
    # "قتل قيادي وأصيب عنصران آخران": "others" than the killed, not more of the injured
    for c in out:
        if c.additive and any(o.first < c.first and o.field != c.field for o in out):
            c.additive = False
    for field, value, a, b, rose in (reached(doc, first, last) if told_here & TOLL else ()):      # "عدد قتلى المجزرة بلغ 6": a figure
        out = [c for c in out if not a <= c.first <= b]
        out.append(Count(field, value, False, a, b, update=rose, whole=True))
        used.update(range(a, b + 1))
    for field, value, a, b in (rises(doc, first, last) if told_here & RISE else ()):     # "ارتفع عدد القتلى … إلى 15": the new figure
        out = [c for c in out if not a <= c.first <= b]
        before = [c.field for c in out if c.last < a and c.field in ("killed", "injured")]
        field = field or (before[-1] if before else "killed")     # "أصيب أربعة … ثم ارتفع العدد إلى 11"
        summed = raised_by_act(doc, b, last)     # "ارتفع العدد إلى 13 بعد مقتل ستة في كمين": a sum
        out.append(Count(field, value, False, a, b, update=not summed, tally=summed))
        used.update(range(a, b + 1))
    for value, weak, a, b in (lives_lost(doc, first, last) if told_here & LIFE else ()):     # "فقد ستة عناصر من قسد حياتهم"
        out = [c for c in out if not a <= c.first <= b]
        out.append(Count("killed", value, False, a, b, weak=weak, other=not weak and contrasted(words, a, first)))
        used.update(range(a, b + 1))
    # "دون وقوع إصابات", "لم تسجل الحادثة إصابة": no one hurt, and no count inside those words
    for a, b in (no_casualties(doc, first, last) if told_here & NONE else ()):
        out = [c for c in out if not a <= c.first <= b]
        out += [Count(f, 0, False, a, b, negated=True) for f in ("killed", "injured")]
        used.update(range(a, b + 1))
    # "عنصراً من الفرقة الرابعة أصيب بطلق ناري": the people a verb tells of, named before it
    subjects: set[int] = set()
    for k in [k for k in range(first, last) if feats[k - first][6] or _undergone(words, k, first) or their_kind(words[k])]:
        kind = (kind_of(words[k]) or their_kind(words[k])) if k not in used else None
        if kind and not any(c.first <= k <= c.last for c in out):      # "تقل ثلاثة أشخاص ما أدى لمقتلهم"
            subject = (antecedent if their_kind(words[k]) else subject_before)(doc, k, first, used | subjects)
            if subject:
                value, j, weak = subject
                out.append(Count(kind, value, False, j, k, weak=weak))
                subjects.update(range(j, k))
    other_groups(out)       # "مقتل 7 عناصر من قوات النظام، ومقتل 4 من مقاتلي الفصائل": both sides, added
    died_of_the_wounded(words, out)        # "وتوفي اثنان من الجرحى": more dead, added
    acts = several_acts(doc, first, last) if told_here & ACTS else []
    for c in out:       # "قضى موظفان وأصيب ثالث في هجومين": a sum over the acts told next
        c.tally = c.tally or any(0 < k - c.last <= L.several_reach for k in acts)
    out += [Count(f, value, False, a, b) for f, value, a, b in wide_tallies(doc, out, first, last)]   # "في عموم سوريا"
    if told_here & NEW and restated(doc, first, last):     # "وفي حصيلة جديدة، قتل 7": replaces the figures told before
        for c in out:
            c.update = c.update or c.field in ("killed", "injured") and not c.negated
    for k in earlier_wounds(doc, first, last):      # not a death of the act told today
        for c in out:
            c.earlier = c.earlier or (c.field == "killed" and (abs(c.last - k) <= 2 or abs(c.first - k) <= 2))
    return out


def _recount(out: list[Count], j: int, k: int) -> bool:
    """"أصيب عشرة مدنيين بين قتيل وجريح": the figure a casualty verb read ends right before
    "بين"; the words after it tell both fields, so that count is dropped (True) for a combined one."""
    mine = [c for c in out if c.first <= j <= c.last and c.last < k]
    for c in mine:
        out.remove(c)
    return bool(mine)


def _skip_when(words: list[str], j: int, last: int) -> int:
    """Past "البالغ عددهم", "على الفور" and "أمس الاثنين 5 أيلول" to where the count of people starts."""
    while j < last:
        if words[j] in L.skip or words[j] in L.when:
            j += 1
        elif phrase_at(words, j, L.skip_phrases, last):
            j += phrase_at(words, j, L.skip_phrases, last)      # "قتل على الفور شاب"
        elif words[j] == "في" and j + 2 < last and words[j + 1].isdigit() and month_at(words, j + 2):
            j += 3 + (words[j + 2] == "من")
        elif words[j].isdigit() and j + 1 < last and month_at(words, j + 1):
            j += 2 + (words[j + 1] == "من")
        else:
            break
    return j


def _continued(doc: Doc, words: list[str], i: int, last: int, kind: str, out: list, used: set) -> int:
    """"مقتل القيادي … بالإضافة إلى عنصرين آخرين": the added people join the same count."""
    for j in range(i, min(last - 1, i + 12)):
        size = phrase_at(words, j, L.also, last)
        if size:
            value, s, e = count_within(words, j + size, last, 3)
            if value is not None and not (set(range(s, e)) & used):
                head = out[-1]       # one figure: the person named and those added to them
                head.value, head.last, head.weak = head.value + value, e - 1, False
                used.update(range(s, e))
                return e
        if kind_of(words[j]) or pronoun(words[j])[0]:
            break
    return i


def _past_against(words: list[str], j: int, last: int) -> int:
    """The token after "بحق" (casualties.json against) when it stands at j or after one word
    (an adjective: "إعدامات ميدانية بحق"), else j: the victims counted follow it."""
    for k in (j, j + 1):
        if k < last and words[k] in L.against and (k == j or not kind_of(words[j])):
            return k + 1
    return j


def _also(words: list[str], i: int, e: int, first: int) -> bool:
    """"وقتل أيضاً 3", "وأسفر الهجوم كذلك عن مقتل 3": more of the same act. "وأشار أيضاً إلى
    مقتل 3" is one more piece of a report, of this act or another: not so."""
    start = max(first, i - L.also_reach)
    return any(w in L.also_words and not (k > first and strip_and(words[k - 1]) in SPEECH.report_verbs)
               for k, w in enumerate(words[start:e], start))


def _repeated(words: list[str], i: int, kind: str, out: list[Count]) -> bool:
    """"ما أدى إلى مقتله ومقتل ابنه": the casualty word of the count just told, said again after
    و, tells more people of the same act, not the same ones again."""
    return words[i].startswith("و") and bool(out) and out[-1].field == kind and 0 < i - out[-1].last <= 2


def _tail_of(out: list[Count], kind: str, i: int) -> bool:
    """"لقي اثنان آخران مصرعهما": the pronoun closes the count just told, it is no one more."""
    return bool(out) and out[-1].field == kind and 0 < i - out[-1].last <= 3


def _fate_of_told(word: str, kind: str, out: list[Count]) -> bool:
    """"لقي ثلاثة عناصر من قوات النظام حتفهم وأصيب خمسة": the fate noun's pronoun is the people
    the verb before it counted, so it closes that statement, however far its group took it."""
    w = strip_and(word)
    return any(c.field == kind for c in out) and any(
        w.endswith(x) and w[:-len(x)] in L.fate_nouns for x in ("هما", "هم", "هن", "ها", "ه"))


def _number_before(words: list[str], k: int, first: int, used: set[int]) -> int:
    """Where the number that ends right before words[k] starts: "أربعة عشر شهيداً" and
    "خمسة وعشرين قتيلاً" are numbers of two words (the last alone would read 10 or 20)."""
    j = k - 2
    if j >= first and j not in used and number_at(words, j)[1] == 2:
        return j
    return k - 1
