"""The day told with a verb of saying fronted before it dates the statement: the act the
statement reports, told next with a day of its own before it, is one incident. Every text is
written for these tests."""
from __future__ import annotations

from extracted import incidents

STATEMENT = ("مساء يوم السبت، أعلن الجيش الوطني عن مقتل 12 عنصراً وجرح 9 آخرين من قوات سوريا "
             "الديمقراطية في محيط قرية عون الدادات شمال منبج. وقال في بيان إن المعارك التي اندلعت "
             "يوم الجمعة على محور القرية أسفرت عن هذه الحصيلة.")


def test_statement_day_and_act_day_are_one_incident():
    found = [(i.killed, i.injured, i.date) for i in incidents(STATEMENT, "2024-03-10")]
    assert found == [(12, 9, "2024-03-08")]      # Saturday's statement of Friday's fight


def test_statement_day_on_an_undated_page():
    assert [(i.killed, i.injured) for i in incidents(STATEMENT, None)] == [(12, 9)]


def test_a_later_saying_of_today_tells_a_new_act():
    # a saying told after the fight, with a day of its own, is news of that day
    text = ("اندلعت اشتباكات مساء الأربعاء بين الأسايش ومسلحي الدفاع الوطني في حي طي بمدينة القامشلي، "
            "قتل فيها عنصران من الأسايش.\n\n"
            "واليوم الجمعة، قالت وكالة هاوار إن مسلحي الدفاع الوطني أطلقوا النار على حي حلكو، "
            "ما أدى لإصابة امرأة.")
    found = [(i.killed, i.injured, i.date) for i in incidents(text, "2024-03-08")]
    assert found == [(2, None, "2024-03-06"), (None, 1, "2024-03-08")]
