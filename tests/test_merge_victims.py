"""Who and how many were hit, as evidence without a day: victims told by name
(store.victim_names: a man is killed once, so two undated pages that name one man shot
dead tell one killing; two single killings in one town that each name their man, never
the same one, two men of one family, stay two even on one weekday), and one toll of many
dead at one place in one kind of attack (store.merge.same_distinct_toll). The articles
are written for these tests."""
from __future__ import annotations

from incidents.store.victim_names import other_victims, same_victim, victim_names
from test_merge import ingest_in_orders

DOCS = [
    {"id": "n1", "outlet": "Outlet N",
     "text": "اغتال مسلحون مجهولون الشاب “سامر خالد الحمدان” في بلدة اليادودة بريف درعا الغربي، بإطلاق النار "
             "عليه بشكل مباشر."},
    {"id": "n2", "outlet": "Outlet O",
     "text": "قتل الشاب “سامر الحمدان” برصاص مسلحين مجهولين في بلدة اليادودة غربي درعا، بحسب مصادر محلية."},
    {"id": "n3", "outlet": "Outlet P",
     "text": "قتل الشاب “فادي الحمدان” برصاص مسلحين مجهولين، مساء الأحد، في بلدة اليادودة غربي درعا."},
    {"id": "n4", "outlet": "Outlet Q",
     "text": "اغتال مسلحون مجهولون، مساء الأحد، الشاب “علي محمود الحمدان” في بلدة اليادودة بريف درعا الغربي."},
]


def _report(text: str, killed=1) -> dict:
    return {"data": {"killed": killed, "citations": [{"field": "event", "text": text}]}}


def test_a_name_is_read_after_a_person_word_with_the_article():
    assert victim_names(_report("اغتيال الشيخ “محمد علي الخطيب” إثر استهدافه")) == (
        frozenset({"محمد", "علي", "الخطيب"}),)
    # whose unit a leader is, or what a member belongs to, is no man's name
    assert victim_names(_report("مقتل قائد “كتيبة الفرسان” وعضو “المجلس المحلي”")) == ()
    assert victim_names(_report("وقال “مصدر محلي” إن الشاب قتل")) == ()
    # the man who tells it is the source, not the victim
    assert victim_names(_report("وقال الناشط “وسام الأحمد” إن مسلحين قتلوا الشاب “سامر الحمدان”")) == (
        frozenset({"سامر", "الحمدان"}),)
    assert victim_names(_report("بحسب الصحفي “فراس العلي”، قتل الشاب")) == ()


def test_one_name_inside_the_other_is_one_man_and_a_cousin_is_another():
    full, short, cousin = (_report("مقتل الشاب “سامر خالد الحمدان”"), _report("مقتل الشاب “سامر الحمدان”"),
                           _report("مقتل الشاب “فادي الحمدان”"))
    assert same_victim(full, short) and not other_victims(full, short)
    assert other_victims(full, cousin) and not same_victim(full, cousin)
    # of several dead each outlet may name another; a wounded man can be hit twice
    assert not other_victims(_report("مقتل الشاب “سامر الحمدان”", killed=3), cousin)
    assert not same_victim(_report("إصابة الشاب “سامر الحمدان”", killed=None), short)


def test_one_man_named_by_two_undated_pages_is_one_killing_and_his_cousins_are_two_more(tmp_path):
    orders = [[DOCS], [DOCS[::-1]], [[d] for d in DOCS], [[d] for d in DOCS[::-1]]]
    snaps = ingest_in_orders(tmp_path, DOCS, orders)
    assert all(s == snaps[0] for s in snaps[1:])
    told = sorted(sorted(x["doc"] for x in r["reports"]) for r in snaps[0] if "reports" in r)
    # n3 and n4: one town, one weekday, unknown gunmen and a civilian each, two men named
    assert told == [["n1", "n2"], ["n3"], ["n4"]]


TOLL_DOCS = [
    {"id": "u1", "outlet": "Outlet U", "text": "قتل 14 شخصاً بانفجار عبوة ناسفة في سوق مدينة الباب بريف حلب الشرقي."},
    {"id": "u2", "outlet": "Outlet V",
     "text": "انفجرت عبوة ناسفة في سوق مدينة الباب شرقي حلب، ما أدى إلى مقتل 14 شخصاً وإصابة آخرين."},
    {"id": "u3", "outlet": "Outlet W", "text": "قتل 9 أشخاص بانفجار عبوة ناسفة في سوق مدينة الباب بريف حلب."},
]


def test_one_toll_of_many_dead_at_one_place_in_one_kind_of_attack_is_one_blast_without_a_day(tmp_path):
    # three undated pages naming no one but the dead: 14 and 14 are one blast, 9 another
    orders = [[TOLL_DOCS], [TOLL_DOCS[::-1]], [[d] for d in TOLL_DOCS[::-1]]]
    snaps = ingest_in_orders(tmp_path, TOLL_DOCS, orders)
    assert all(s == snaps[0] for s in snaps[1:])
    told = sorted(sorted(x["doc"] for x in r["reports"]) for r in snaps[0] if "reports" in r)
    assert told == [["u1", "u2"], ["u3"]]
