"""The name matcher: longest name first, particles on the first word, articles on later
words, and the same matches as testing every name a word starts, one by one."""
import random

from incidents.extract.matcher import Matcher
from incidents.extract.normalise import key, strip_article, tokenize, word_forms


def _matcher(names):
    m = Matcher()
    for name, payload in names:
        m.add(key(name), payload)
    return m


def _found(m, text):
    tokens = tokenize(text)
    return [(" ".join(t.text for t in tokens[x.first:x.last + 1]), x.payloads) for x in m.find(tokens)]


def test_longest_name_wins_and_matches_do_not_overlap():
    m = _matcher([("قوات", "forces"), ("قوات سوريا الديمقراطية", "sdf"), ("سوريا", "syria")])
    assert _found(m, "هاجمت قوات سوريا الديمقراطية قرية في سوريا") == [
        ("قوات سوريا الديمقراطيه", ["sdf"]), ("سوريا", ["syria"])]


def test_a_particle_on_the_first_word_and_an_article_on_later_ones():
    m = _matcher([("الدفاع الوطني", "ndf"), ("الميادين", "mayadin")])
    assert _found(m, "والدفاع الوطني بالميادين") == [("والدفاع الوطني", ["ndf"]), ("بالميادين", ["mayadin"])]
    assert _found(m, "الدفاع المدني") == []     # a later word may drop its article, not change


def test_a_short_stem_left_by_a_particle_starts_only_a_longer_name():
    m = _matcher([("تل", "tell"), ("تل واسط", "tell-wasit")])
    assert _found(m, "وتل واسط") == [("وتل واسط", ["tell-wasit"])]
    assert _found(m, "وتل") == []


def test_one_name_of_two_entries_and_the_earlier_of_two_equal_names():
    m = _matcher([("حي الوعر", "a"), ("حي الوعر", "b")])
    assert _found(m, "في حي الوعر") == [("حي الوعر", ["a", "b"])]


def test_a_longer_name_of_the_same_entry_that_starts_inside_a_match_runs_it_on():
    # "تنظيم الدولة الإسلامية" + "الدولة الإسلامية في العراق والشام": one mention, no "والشام" left over
    m = _matcher([("تنظيم الدولة الإسلامية", "is"), ("الدولة الإسلامية في العراق والشام", "is"),
                  ("الشام", "damascus"), ("قوات النظام", "army"), ("النظام في حلب", "other")])
    assert _found(m, "أعدم تنظيم الدولة الإسلامية في العراق والشام رجلاً") == [
        ("تنظيم الدوله الاسلاميه في العراق والشام", ["is"])]
    # another entry's name starting inside a match does not run it on
    assert _found(m, "قوات النظام في حلب") == [("قوات النظام", ["army"])]


def _accusative(word):
    return word[:-1] if len(word) >= 4 and word.endswith("ا") and word[-2] not in "او" else None


def test_a_later_word_agrees_in_the_accusative_with_the_first():
    # "برميلاً متفجراً" is "برميل متفجر": the adjective takes the noun's case, alif and all
    m = _matcher([("برميل متفجر", "barrel"), ("قصف مدفعي", "shelling")])
    assert _found(m, "ألقت المروحية برميلاً متفجراً بعد قصفاً مدفعياً") == [
        ("برميلا متفجرا", ["barrel"]), ("قصفا مدفعيا", ["shelling"])]
    assert _found(m, "برميل متفجرات") == []     # only the alif of the case, nothing else


def _reference(m_names, tokens):
    """What the matcher did before its trie: every name the word's forms start, longest first."""
    by_first = {}
    for name_key in m_names:        # in order of addition
        by_first.setdefault(name_key[0], []).append(name_key)
    for bucket in by_first.values():
        bucket.sort(key=lambda k: -len(k))
    out, i, n = [], 0, len(tokens)
    while i < n:
        word, best = tokens[i].text, None
        for form in word_forms(word):
            short = form != word and form != strip_article(word) and len(form) < 3
            for name_key in by_first.get(form, ()):
                size = len(name_key)
                if (short and size == 1) or i + size > n or (best and size <= len(best)):
                    continue
                if all(tokens[i + k].text in (name_key[k],) or strip_article(tokens[i + k].text) == name_key[k]
                       or _accusative(tokens[i + k].text) == name_key[k] for k in range(1, size)):
                    best = name_key
                    break
        if best:
            out.append((i, best))
            i += len(best)
        else:
            i += 1
    return out


def test_the_trie_finds_what_testing_each_name_finds():
    words = ["تل", "التل", "وتل", "عين", "العين", "بعين", "الباب", "باب", "الهوى", "هوى", "ابو", "بابو", "بابا", "نبلا",
             "ريف", "الريف", "حلب", "بحلب", "ال", "الال", "كفر", "وكفر", "نبل", "النبل", "دير", "الزور"]
    rng = random.Random(11)
    names = []
    for _ in range(300):
        names.append(tuple(strip_article(w) for w in rng.sample(words, rng.randint(1, 4))))
    names += [("ال",), ("الال", "باب"), ("باب", "الال")]     # key words that keep an article
    m = Matcher()
    order = []
    for n, name_key in enumerate(names):
        if name_key not in order:
            order.append(name_key)
        m.add(name_key, n)
    for _ in range(400):
        tokens = tokenize(" ".join(rng.choice(words) for _ in range(rng.randint(1, 25))))
        got = [(x.first, x.name_key) for x in m.find(tokens)]
        assert got == _reference(order, tokens), " ".join(t.text for t in tokens)
        assert all(x.payloads is m._names[x.name_key] for x in m.find(tokens))
