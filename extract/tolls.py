"""Whole-toll statements: "no one was hurt" and a toll that rose, found as spans of tokens.

"No casualties" is a negator, a few link words ("وقوع", "تسجيل", "يسفر عن") with at most
one other word among them (the act: "لم تسجل الحادثة إصابة"), then a casualty noun;
"لم يعرف عدد القتلى" is not (two words that are not links). The words are data
(casualties.json, "none").
"""
from __future__ import annotations

from .casualty_words import LANG as L, phrase_at
from .normalise import word_forms
from .numbers import count_within, dual, names_people, number_at, strip_and
from .subjects import comma_after
from .text import Doc
from .victims import kind_of


def _noun_at(words: list[str], k: int, last: int) -> int:
    """How many tokens the casualty noun at k takes ("إصابات", "خسائر بشرية"), 0 if none."""
    for phrase in L.none_nouns:
        n = len(phrase)
        if k + n <= last and phrase[0] in word_forms(words[k]) and tuple(words[k + 1:k + n]) == phrase[1:]:
            return n
    return 0


def no_casualties(doc: Doc, first: int, last: int) -> list[tuple[int, int]]:
    """Token spans (first, last inclusive) that say the act hurt no one: a negated casualty
    noun ("دون وقوع إصابات"), a negated harm verb with no one as its subject ("لم يصب أحد"),
    or the damage limited to property ("اقتصرت الأضرار على المادية", "أضرار مادية فقط"). A negated knowing or
    news ("لا أنباء عن إصابات", "لم يعرف عدد القتلى") is no such statement."""
    words = doc.words
    out = []
    for i in range(first, last):
        limited = _limited(words, i, last)
        if limited:
            out.append((i, limited))
            continue
        only = _only_material(words, i, first)
        if only is not None and not (out and out[-1][1] >= only):
            out.append((only, i))       # "أضرار مادية فقط"
            continue
        if L.none_negators.isdisjoint(word_forms(words[i])):
            continue
        others, harmed = 0, False
        for k in range(i + 1, min(last, i + 1 + L.none_reach)):
            forms = word_forms(words[k])
            if not L.none_unknown.isdisjoint(forms):
                break
            n = _noun_at(words, k, last) or (harmed and phrase_at(words, k, L.none_nobody, last))
            if n:
                out.append((i, k + n - 1))
                break
            if not L.none_harm_verbs.isdisjoint(forms):
                harmed = True
                continue
            if not L.none_links.isdisjoint(forms):
                continue
            others += 1
            if others > 1:
                break
    return out


def restated(doc: Doc, first: int, last: int) -> bool:
    """The span tells a toll anew ("وفي حصيلة جديدة، قتل 7", "وفق آخر حصيلة", "بحصيلة
    محدثة", "وأفاد لاحقاً بأن حصيلة الغارة بلغت 6"): its figures replace those told before, as a rise does."""
    words = doc.words
    later = any(w in L.restated_later for w in words[first:last])     # "وأفاد لاحقاً بأن حصيلة …"
    for k in range(first, last):
        if L.restated_heads.isdisjoint(word_forms(words[k])):
            continue
        if later or k + 1 < last and not L.restated_new.isdisjoint(word_forms(words[k + 1])) or \
                k > first and words[k - 1] in L.restated_before:
            return True
    return False


def several_acts(doc: Doc, first: int, last: int) -> list[int]:
    """Where the text says its toll is summed over several acts ("في هجومين", "في عمليات
    متفرقة", "في ثلاث هجمات"): the tokens of those act nouns."""
    words = doc.words
    out = []
    for k in range(first, last):
        forms = word_forms(words[k])
        if L.several_acts.isdisjoint(forms):
            continue
        if L.several_plurals.isdisjoint(forms):
            out.append(k)       # a dual: two acts
            continue
        apart = k + 1 < last and not L.several_apart.isdisjoint(word_forms(words[k + 1]))
        counted = k > first and (number_at(words, k - 1)[0] or 0) > 1
        if apart or counted:
            out.append(k)
    return out


def earlier_wounds(doc: Doc, first: int, last: int) -> list[int]:
    """The died-of words whose wounds an earlier act dealt ("متأثراً بجراح أصيب بها يوم أمس");
    "بجراحه التي أصيب بها عندما استهدفه مجهولون" or "… أمس جراء القصف" tells that act itself."""
    words = doc.words
    out = []
    for k in range(first, last):
        if L.died_of.isdisjoint(word_forms(words[k])):
            continue
        for j in range(k + 1, min(last - 2, k + L.wounds_reach)):
            if not L.wounds_received.isdisjoint(word_forms(words[j])) and words[j + 1] in L.wounds_at:
                told = any(w in L.cause for w in words[j + 2:min(last, j + 8)])   # "أمس جراء القصف"
                if not told and any(not L.wounds_times.isdisjoint(word_forms(w)) for w in words[j + 2:j + 4]):
                    out.append(k)
                break
    return out


def _limited(words: list[str], i: int, last: int) -> int:
    """The last token of "اقتصرت الأضرار على المادية" opening at i, 0 if none."""
    if L.limited_heads.isdisjoint(word_forms(words[i])):
        return 0
    return next((k for k in range(i + 2, min(last, i + 1 + L.limited_reach))
                 if not L.limited_material.isdisjoint(word_forms(words[k]))), 0)


def _only_material(words: list[str], i: int, first: int) -> int | None:
    """Where "أضرار مادية فقط" / "على الماديات فحسب" starts when words[i] is its only word:
    the material word right before it or one word before; None when none."""
    if L.limited_only.isdisjoint(word_forms(words[i])):
        return None
    return next((k for k in (i - 1, i - 2) if k >= first and not L.limited_material.isdisjoint(word_forms(words[k]))),
                None)


def _told_after(words: list[str], e: int, last: int) -> str | None:
    """The field of a toll's words standing after its figure ("… إلى 7 عدد الشهداء")."""
    if e + 1 < last and _any(words[e], L.toll_heads):
        return next((f for f in L.toll_nouns if _any(words[e + 1], L.toll_nouns[f])), None)
    return None


def rises(doc: Doc, first: int, last: int) -> list[tuple[str, int, int, int]]:
    """A toll that rose, whatever stands between its words ("ارتفاع عدد القتلى في صفوف الأمن
    العام إلى 15 عنصراً"): (field, new figure, first token, last token). The field is told by
    the toll's noun or the word after the figure; "" when neither tells it ("ارتفع العدد إلى 11")."""
    words = doc.words
    out = []
    for i in range(first, last):
        if L.rise.isdisjoint(word_forms(words[i])):
            continue
        field, k = None, i + 1
        end = min(last, i + 1 + L.toll_reach)
        while k < end:
            if field is None and k > i + 1 and _aside_end(doc, k, last) > k:
                skip = _aside_end(doc, k, last)      # "ارتفعت، وفق المرصد، حصيلة القتلى": past the aside
                end, k = min(last, end + skip - k), skip
                continue
            forms = set(word_forms(words[k]))
            field = next((f for f in L.toll_nouns if forms & L.toll_nouns[f]), field)
            if field == "" and words[k - 1] in L.toll_relatives and kind_of(words[k]):
                field = kind_of(words[k])     # "عدد العناصر الذين قتلوا في الهجوم … إلى 8"
                k += 1
                continue
            if forms & L.toll_heads:
                field = field or ""
                end = min(last, max(end, k + 1 + L.toll_complement))    # "حصيلة ضحايا القصف الروسي على …"
            elif field is None and k == i + 1 and forms & L.toll_to:    # "ارتفع إلى 7 عدد الشهداء"
                value, _, e = count_within(words, k + 1, last, 3)
                told = _told_after(words, e, last) if value is not None else None
                if told:
                    out.append((told, value, i, e + 1))
                break
            elif field is not None and forms & L.toll_to:
                value, _, e = count_within(words, k + 1, last, 3)
                after = set(word_forms(words[e])) if e < last else set()
                named = next((f for f in L.count_before if after & L.count_before[f]), None)   # "إلى 11 مصاباً"
                if value is not None:
                    out.append((named or field, value, i, e - (named is None)))
                    break
                # "نقلوا إلى المشفى … إلى 7": a place the complement names, the figure further on
            elif field is not None and _ends_complement(words, k):
                break
            k += 1
    return out


def wide_tallies(doc: Doc, counts: list, first: int, last: int) -> list[tuple[str, int, int, int]]:
    """"وثق المرصد مقتل 35 شخصاً في عموم سوريا، بينهم 12 قتلوا بقصف على الرستن": a figure over
    the whole country or scattered areas is a sum (marked tally); a part of it told with an act
    of its own is that act's figure: (field, value, first token, last token) of each such part."""
    words, out = doc.words, []
    for c in [c for c in counts if c.field in ("killed", "injured") and not c.negated]:
        at = next((k for k in range(c.last + 1, min(last - 1, c.last + L.wide_reach))
                   if words[k] == "في" and not L.wide_scope.isdisjoint(word_forms(words[k + 1]))), None)
        if at is None or any(kind_of(w) or w in L.cause or w[:1] == "ب" for w in words[c.last + 1:at]):
            continue        # "بغارة إسرائيلية في سوريا": one act, told where
        c.tally = True
        part = next((k for k in range(at + 2, min(last - 1, at + 2 + L.wide_reach)) if words[k] in L.subset), None)
        value, size = number_at(words, part + 1) if part is not None else (None, 0)
        tail = words[part + 1 + size:min(last, part + 4 + size)] if value is not None else []
        if any(kind_of(w) or w in L.cause for w in tail):      # "بينهم 12 قتلوا في …", "… جراء …"
            out.append((c.field, value, part + 1, part + size))
    return out


def raised_by_act(doc: Doc, b: int, last: int) -> bool:
    """"ارتفع عدد قتلى عناصر الأمن اليوم إلى 13 بعد مقتل ستة عناصر في كمين": a toll that rose
    by the dead of an act told after "بعد" is a sum over acts, the figure of none (the act's is
    the one after "بعد"). "بعد وفاة اثنين من الجرحى", "متأثرين بجراحهم": the same act's dead."""
    words = doc.words
    k = next((k for k in range(b + 1, min(last, b + 3)) if words[k] in L.rise_after), None)
    if k is None or k + 1 >= last or L.rise_new_deaths.isdisjoint(word_forms(words[k + 1])):
        return False
    after = words[k + 2:min(last, k + 2 + L.toll_reach)]
    return any(w in L.cause for w in after) and not any(
        not L.died_of.isdisjoint(word_forms(w)) or w in L.toll_nouns["injured"] for w in after)


def _aside_end(doc: Doc, k: int, last: int) -> int:
    """Past an aside between commas that opens right before token k and holds no figure and no
    casualty word ("، وفق ما أفاد به المرصد السوري لحقوق الإنسان،"); k when none opens there."""
    if not comma_after(doc, k - 1):
        return k
    for j in range(k, min(last - 1, k + L.toll_complement)):
        if number_at(doc.words, j)[0] is not None or kind_of(doc.words[j]):
            return k
        if comma_after(doc, j):
            return j + 1
    return k


def _ends_complement(words: list[str], k: int) -> bool:
    """A word no toll's complement holds ("عدد قتلى الكمين الذي نصبه مسلحون قرب البلدة"): a
    figure, a casualty word, a second toll, a span of time (a tally) or a contrast."""
    w = words[k]
    casualty = kind_of(w) is not None and not any(_any(w, nouns) for nouns in L.toll_nouns.values())
    return number_at(words, k)[0] is not None or casualty or _any(w, L.toll_heads) \
        or _any(w, L.toll_tally) or (strip_and(w),) in L.contrast


def _figure_after(words: list[str], k: int, last: int) -> int:
    """Where the figure of a toll told verb first starts, past the toll's complement ("بلغ عدد
    قتلى الكمين 6", "وصل عدد ضحايا المجزرة إلى 15"): k when it stands right there or none does."""
    for j in range(k, min(last, k + L.toll_complement)):
        if number_at(words, j)[0] is not None or words[j] in L.lower_bound or _any(words[j], L.toll_to):
            return j
        if _ends_complement(words, j):
            return k
    return k


def lives_lost(doc: Doc, first: int, last: int) -> list[tuple[int, bool, int, int]]:
    """A life lost, told as a head, the people and a tail with a pronoun ("فقد ستة عناصر من قسد،
    أمس الجمعة، حياتهم", "فقدان اللبن حياته"): (how many, told by a singular noun or the
    pronoun only, first token, last token). The tail's pronoun counts when no number is given."""
    words = doc.words
    out = []
    for i in range(first, last):
        if L.life_heads.isdisjoint(word_forms(words[i])):
            continue
        for k in range(i + 1, min(last, i + 1 + L.life_reach)):
            told = L.life_tails.get(words[k])
            if told is None:
                continue
            value, s, _ = count_within(words, i + 1, k, k - i - 1)
            if value is not None:
                out.append((value, number_at(words, s)[0] is None, i, k))
            elif told:
                out.append((told, True, i, k))
            break
    return out


def _any(word: str, words: frozenset) -> bool:
    return not words.isdisjoint(word_forms(word))


def reached(doc: Doc, first: int, last: int) -> list[tuple[str, int, int, int, bool]]:
    """A toll told as the figure it reached, its verb before or after the toll's words ("بلغ عدد
    القتلى 14", "عدد قتلى المجزرة بلغ 6", "ووصل عدد الضحايا إلى 30"): (field, figure, first
    token, last token, whether it rose). A plain figure unless a rise word comes after the toll's
    words ("عدد القتلى ارتفع إلى 13"); before them it is a rise (rises). The
    field is told by the toll's noun or the word after the figure ("الحصيلة بلغت 7 شهداء")."""
    words = doc.words
    out = []
    for i in range(first, last - 1):
        if not _any(words[i], L.toll_heads):
            continue
        field = next((f for f in L.toll_nouns if _any(words[i + 1], L.toll_nouns[f])), None)
        before = i > first and _any(words[i - 1], L.toll_reached)
        k = i + 2 if field else i + 1
        rose = False
        if not before:      # "عدد القتلى ارتفع إلى 13": a rise told after the toll's words updates it
            k = _verb_after(words, k, last)
            if k is None and field and (i == first or words[i - 1] in L.bare_subject_after):
                k = i + 2 + (i + 2 < last and words[i + 2] in L.toll_copula)   # "إن عدد القتلى (هو) 7"
            if k is None:
                continue
            rose = _any(words[k - 1], L.rise)
        else:
            k = _figure_after(words, k, last)
        k += k < last and _any(words[k], L.toll_to)
        value, _, e = count_within(words, k, last, 2)
        after = set(word_forms(words[e])) if value is not None and e < last else set()
        named = next((f for f in L.count_before if after & L.count_before[f]), None)
        if value is not None and (named or field):
            out.append((named or field, value, i - before, e - (named is None), rose))
    return out


def _verb_after(words: list[str], k: int, last: int) -> int | None:
    """The token after the verb that tells a toll's figure after its words and their complement
    ("عدد قتلى الكمين الذي نصبه مسلحون قرب البلدة بلغ 6"); None when none does."""
    for j in range(k, min(last, k + L.toll_complement)):
        if _any(words[j], L.toll_reached) or _any(words[j], L.rise):
            return j + 1
        if _ends_complement(words, j):
            return None
    return None


def fallen(doc: Doc, first: int, last: int, used: set[int]) -> list[tuple[int, int, int]]:
    """"فيما سقط 35 مدنياً", "سقوط 3 عناصر من قوات النظام": people who fell are the dead, when a
    figure of people follows and no casualty noun tells otherwise ("سقط 5 جرحى", "بين قتيل
    وجريح" are read before): (how many, first token, last token)."""
    words = doc.words
    out = []
    for k in range(first, last - 1):
        if strip_and(words[k]) not in L.fell:
            continue
        value, s, e = count_within(words, k + 1, last, 3)
        if value is None or number_at(words, s)[0] is None or used & set(range(s, e)):
            continue
        if dual(words[e - 1]) or e < last and names_people(words[e]):
            out.append((value, k, e - 1))
    return out
