"""Who a count is of: the casualty word's field, a person told by name or title, a list of
names, relatives and companions joined to the first person, an ordinal that closes a list.
Read by casualties.find_counts; the words are data (casualties.json)."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from .casualty_words import LANG as L, phrase_at
from .normalise import word_forms
from .numbers import dual, kin_count, names_people, number_at, owned_people, plural_people, strip_and
from .text import Doc


@lru_cache(maxsize=1 << 16)
def kind_of(word: str) -> str | None:
    """The field a casualty word states ("مقتل" killed, "وإصابة" injured); cached, asked of every token."""
    forms = word_forms(word)
    if any(f in L.count_after["killed"] for f in forms):
        return "killed"
    if any(f in L.count_after["injured"] for f in forms):
        return "injured"
    return None


def definite_victim(doc: Doc, k: int) -> bool:
    """"الشيخ" after the agent names the victim; after a definite noun it only describes it
    ("للفصائل المقاتلة"), unless a comma stands between ("مساء الثلاثاء، الشيخ")."""
    w, prev = doc.words[k], doc.words[k - 1]
    if not (w.startswith("ال") and w[2:] in L.person_singular):
        return False
    definite = prev.startswith(("ال", "لل", "بال", "وال", "كال", "فال"))
    return not definite or "،" in doc.text[doc.tokens[k - 1].end:doc.tokens[k].start]


def nth_of_list(words: list[str], j: int, last: int) -> tuple[int, int, int] | None:
    """"إصابة الدروبي وشقيقه وشخص ثالث": the ordinal that closes a list of victims tells how
    many they are; (how many, first token, end token)."""
    for k in range(j + 1, min(last - 1, j + 8)):
        if kind_of(words[k]):
            return None
        w = words[k]
        if w.startswith("و") and (one_person(w[1:]) or w[1:] in L.additive) and words[k + 1] in L.ordinal_values:
            return L.ordinal_values[words[k + 1]], j, k + 2
    return None


def named(doc: Doc, j: int, last: int) -> int:
    """How many names in quotes or brackets follow the casualty word, joined by و ("مقتل “كيوان”" is
    one, "قتل "أبو خالد" و"أبو عبدو"" two); 0 when no name opens right after it."""
    def opens(k: int) -> bool:
        return doc.text[doc.tokens[k - 1].end:doc.tokens[k].start].endswith(L.name_marks)   # not a closing one
    if not (0 < j < last and opens(j)):
        return 0
    n = 1
    for k in range(j + 1, min(last, j + 12)):
        if kind_of(doc.words[k]):
            break
        n += doc.words[k] == "و" and k + 1 < last and opens(k + 1) or doc.words[k].startswith("و") and opens(k)
    return n


def by_name(words: list[str], j: int, last: int) -> int:
    """How many victims told by a given name alone follow the casualty word ("قتل محمد الأحمد"
    is one, "اغتيال أحمد العلي وخالد الحسن" two), each within a name's length of the last;
    0 when no given name opens right after it."""
    if not (j < last and words[j] in L.given_names):
        return 0
    n, gap = 1, 0
    for k in range(j + 1, last):
        w = words[k]
        if kind_of(w) or w in L.cause or w in L.subset or strip_and(w) in L.clause_openers or gap >= L.name_words:
            break
        if w.startswith("و") and w[1:] in L.given_names:
            n, gap = n + 1, 0
        else:
            gap += 1
    return n


def told_alone(words: list[str], i: int, j: int, last: int) -> bool:
    """"قتل على يد مسلحين", "توفي على الفور.", "قتل على الفور وأصيب اثنان": a singular casualty
    verb with no people after it, before the hand that dealt it, the clause's end or the next
    casualty word, tells of one person: its pronoun, the one the text told before."""
    w = strip_and(words[i])
    if w not in L.verbs or w.endswith("ا"):     # "قتلوا", "قتلا": their number is not one
        return False
    if j >= last or phrase_at(words, j, L.by_hand, last):
        return True
    return j > i + 1 and words[j].startswith("و") and bool(kind_of(words[j]))    # not "قتل وجرح عدد من"


def one_person(word: str) -> bool:
    """A singular person noun, bare or with its tanween ("امرأة", "مواطناً"); "طفلها" is a noun
    with a pronoun (a relative, counted by companion), not "طفلة" with a tanween."""
    if word.endswith("ها") and word[:-2] in L.person_singular:
        return False
    return word in L.person_singular or (word.endswith("ا") and word[:-1] in L.person_singular)


def and_more(words: list[str], e: int, last: int, used: set) -> tuple[int, int] | None:
    """"مقتل 30 عنصراً من قوات النظام و12 مقاتلاً من الهيئة": a second group joined by و is
    counted with the first; "قتل طفل وامرأة", "مقتل 5 مدنيين وامرأة" join one person more;
    (how many, its last token)."""
    titled = _titled(words, e, last, used)
    if titled:
        return titled
    noun = e < last and words[e] != "من" and not words[e].startswith("و") and names_people(words[e])
    start = k = e + noun      # "مقتل 5 مدنيين وامرأة": past the people counted
    n = 0
    while k < last and k not in used and words[k].startswith("و") and (
            one_person(words[k][1:]) or dual(words[k][1:])):
        n, k = n + (dual(words[k][1:]) or 1), k + 1      # "قتل امرأة وطفلان": one and two
    if k > start:
        used.update(range(start, k))
        return n, k - 1
    for k in range(e, min(last, e + 7)):
        if kind_of(words[k]) or k in used or words[k] in L.subset:     # "بينهم امرأة و3 أطفال": among them
            return None
        if not words[k].startswith("و"):
            continue
        value, size = number_at(words, k)
        if value is None and one_person(words[k][1:]) and k + 1 < last and words[k + 1] == "من":
            used.add(k)     # "قتل مقاتل من الفصائل وعنصر من قوات النظام": one of the other group
            return 1, k
        if value is None:
            continue
        if k + size < last and names_people(words[k + size]) or dual(words[k][1:]) or \
                k + size < last and words[k][1:] in L.one_of and plural_people(words[k + size]):
            # "3 أطفال وامرأتين"; "إصابة السائق وأحد الركاب": one of them besides him
            used.update(range(k, k + size))
            return value, k + size - 1
        return None
    return None


def _definite_person(word: str) -> bool:
    """"الشاب", "المعلمة": a definite person noun, its feminine ("ة" on a listed noun) too."""
    w = word[2:]
    return word.startswith("ال") and (w in L.person_singular or w.endswith("ه") and w[:-1] in L.person_singular)


def _titled(words: list[str], e: int, last: int, used: set) -> tuple[int, int] | None:
    """"قتل الشاب أحمد الخطيب والشاب محمود العلي": one person told by a title and a name, and
    more told so after "و" ("والطفلة هدى"), each within a name's length of the last; (how
    many more, the last title). A casualty word, a cause ("برصاص العنصر"), a clause or a
    part ("بينهم") ends the list."""
    if not (0 < e <= last and _definite_person(words[e - 1])):
        return None
    n, end, gap = 0, None, 0
    for k in range(e, last):
        w = words[k]
        if k in used or kind_of(w) or w in L.subset or w in L.cause or w in L.list_end \
                or strip_and(w) in L.clause_openers or gap > L.name_words:
            break
        if w.startswith("و") and _definite_person(w[1:]):
            n, end, gap = n + 1, k, 0
        else:
            gap += 1
    if not n:
        return None
    used.update(range(e, end + 1))
    return n, end


def companion(doc: Doc, e: int, last: int) -> tuple[int, int]:
    """(how many, last token) of "ومرافقه", "وزوجته", "وأطفالها الثلاثة" after the person counted,
    within the clause; (0, e) when none follows."""
    words = doc.words
    n, at = 0, e
    for k in range(e, min(last, e + 8)):
        if kind_of(words[k]) or words[k] in L.subset:     # "3 مدنيين بينهم رجل وابنه": among the three
            break
        w = words[k]
        raw = doc.text[doc.tokens[k].start:doc.tokens[k].end]
        if w.startswith("و") and not raw.endswith("ة") and kin_count(w[1:]):   # not "ومرافقة": escorting
            n, at = n + kin_count(w[1:]), k         # "وطفليها": two
        elif k > e and words[k - 1] in L.together_with and kin_count(w):
            n, at = n + kin_count(w), k      # "قتل أربعة أطفال مع والدهم": five
        elif k > e and words[k - 1] in L.together_with and _people_at(words, k, last):
            value, end = _people_at(words, k, last)      # "قتل قائد المجموعة مع اثنين من مرافقيه": three
            n, at = n + value, end
        elif relatives(words, k, last):      # "وزوجته وأطفالهما الأربعة"
            n, at = n + relatives(words, k, last), k + 1
    return n, at


def _people_at(words: list[str], k: int, last: int) -> tuple[int, int] | None:
    """A number of the person's own people at k ("اثنين من مرافقيه", "ثلاثة من عناصره"): (how
    many, its last token). Others ("في اشتباك مع 3 مسلحين") may be the other side."""
    if owned_people(words[k]) and k + 1 < last and words[k + 1].startswith("ال"):
        value = number_at([words[k + 1][2:]], 0)[0]      # "مع مرافقيه الثلاثة"
        return (value, k + 1) if value else None
    value, size = number_at(words, k)
    j = k + size + (k + size < last and words[k + size] == "من")
    if value is None or strip_and(words[k]) != words[k] or j >= last or not owned_people(words[j]):
        return None
    return value, j


def relatives(words: list[str], k: int, last: int) -> int:
    """"وأطفالها الثلاثة", "وأبناؤه الأربعة": relatives told as a plural with their number."""
    w = words[k]
    if not (w.startswith("و") and k + 1 < last and words[k + 1].startswith("ال")):
        return 0
    if not any(w[1:].endswith(x) and w[1:-len(x)] in L.kin_plural for x in ("هما", "هم", "ها", "ه")):
        return 0
    return number_at([words[k + 1][2:]], 0)[0] or 0


def listed_people(doc: Doc, words: list[str], j: int, last: int) -> tuple[int, int] | None:
    """"قتل كلٌّ من A، وB، وC": as many people as names listed; (count, last token)."""
    if not (j + 1 < last and words[j] in ("كل", "كلا") and words[j + 1] == "من"):
        return None
    n, end = 1, j + 2
    for k in range(j + 3, min(last, j + 40)):
        if words[k] in L.list_end or kind_of(words[k]) or strip_and(words[k]) in L.clause_openers:
            break       # "، وأن وضع الجريحين حرج": the list is over
        gap = doc.text[doc.tokens[k - 1].end:doc.tokens[k].start]
        if words[k].startswith("و") and "،" in gap:
            n, end = n + 1, k
    if n == 1:     # "كل من أحمد المحمد ومحمود الحسن وخالد": names joined by و, no comma
        n, end, gap = 1, None, 0
        for k in range(j + 3, min(last, j + 40)):
            w = words[k]
            if w in L.list_end or kind_of(w) or strip_and(w) in L.clause_openers or gap >= L.name_words:
                break
            if w.startswith("و") and not w.startswith(("وال", "وهو", "وهي", "وهم")):
                n, end, gap = n + 1, k, 0
            else:
                gap += 1
        if end is None:
            return None
    return n, end


def one_more(words: list[str], first: int, last: int, counts: list, used: set) -> None:
    """"أصيب ثلاثة أشخاص بجروح طفيفة وآخر بجروح خطيرة", "قتل شخصان برصاص قناص وآخر بقذيفة":
    'and another' told with its own means is one more of the count before it (its figure grows).
    "قتل مدني في الشحيل، وآخر في ذيبان": told with its own place it is the act again there
    (roundup.elided_second), one more person of a count of its own (that town's, when split)."""
    for k in range(first + 1, last - 1):
        w = words[k]
        at = words[k + 1] in L.elided_at and w[1:] in L.elided_people
        of_group = words[k + 1] == "من" and w[1:] in L.another      # "أصيب عنصر من قسد وآخر من الأسايش"
        if k in used or not w.startswith("و") or w.startswith("وال") or words[k + 1][:1] != "ب" and not at \
                and not of_group:
            continue        # "أحدهما بحالة خطرة والآخر بجروح طفيفة": the other of those counted
        more = L.another.get(w[1:]) or (_person_more(w[1:]) if not at else 0)
        told = [c for c in counts if c.last < k and c.field in ("killed", "injured") and not c.negated]
        if not more or not told:
            continue
        c = max(told, key=lambda c: c.last)
        if w[1:] not in L.another and not (words[c.last + 1][:1] == "ب" and k - c.last <= 4):
            continue        # "إصابة سيدة بجروح خطيرة وطفلين بجروح طفيفة": a person told with a manner
        if all(not kind_of(x) or x[:1] == "ب" for x in words[c.last + 1:k]):
            if at:
                counts.append(replace(c, value=more, first=k, last=k, weak=False, other=True,
                                      additive=False, update=False, whole=False, group=frozenset()))
            else:
                c.value, c.last, c.weak = c.value + more, k, False
            used.add(k)


def _person_more(word: str) -> int:
    """"وطفلين", "وامرأة" after a count told with its manner: how many more people."""
    return dual(word) or (1 if one_person(word) else 0)


def struck_one(words: list[str], i: int, last: int) -> bool:
    """"وأصابه الرصاص في قدمه": folded, the verb with its object pronoun is the masdar
    ("وإصابة"), which found no count; the means that struck, as its subject right after it,
    tells the verb, and its one victim (casualties.json struck_by)."""
    return strip_and(words[i]) in L.struck_verbs and i + 1 < last and \
        (words[i + 1] in L.struck_means or words[i + 1].startswith("ال") and words[i + 1][2:] in L.struck_means)
