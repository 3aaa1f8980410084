"""What a date in a sentence dates: the act, or the saying of it.

"أفاد المرصد اليوم الأربعاء بمقتل ثلاثة عناصر … مساء الاثنين": the day told between a verb of
saying and what is said ("اليوم الأربعاء") is the day of the report; the act told inside the
report keeps its own day ("مساء الاثنين"). The verbs and the words that open what is said
are the attribution language of data/speech.json; how far back the verb may stand is
data/dates.json's "said_reach".
"""
from __future__ import annotations

from bisect import bisect_left
from datetime import date
from typing import TYPE_CHECKING

from .date_words import DATE_WORDS
from .normalise import word_forms
from .speech_words import SPEECH

if TYPE_CHECKING:
    from .dates import DateExpr
    from .text import Doc

SAID_REACH = DATE_WORDS.said_reach
_OPENS_WHAT_IS_SAID = SPEECH.that | SPEECH.tolls     # "أن …", "بمقتل …": the report's content begins
RECENT_DAYS = 7     # an act this close before the saying is the news it tells


def mark_said(doc: Doc, dates: list[DateExpr]) -> None:
    """Mark each date that stands after a verb of saying and before what is said (at most
    SAID_REACH words after the verb, in the same sentence): it dates the report."""
    starts = [t.fstart for t in doc.tokens]
    for d in dates:
        k = bisect_left(starts, d.start)
        for j in range(k - 1, max(k - 1 - SAID_REACH, -1), -1):
            gap = doc.folded[doc.tokens[j].fend:doc.tokens[j + 1].fstart if j + 1 < len(doc.tokens) else d.start]
            if "." in gap or "\n" in gap:
                break
            forms = set(word_forms(doc.words[j]))
            if forms & SPEECH.verbs:
                d.said = True
                break
            if forms & _OPENS_WHAT_IS_SAID:
                break


def act_dates(dated: list[DateExpr]) -> list[DateExpr]:
    """The dates that may date the act: not the article's own dateline, and not the day of
    its saying when the sentence tells the act a day of its own at most a week before it."""
    kept = [d for d in dated if not d.dateline] or dated
    said = [d for d in kept if d.said]
    if any(not d.said and any(_before(d, s) for s in said) for d in kept):
        return [d for d in kept if not d.said]
    return kept


def _before(act: DateExpr, said: DateExpr) -> bool:
    if not (act.value and said.value and len(act.value) == len(said.value) == 10):
        return False
    return 0 <= (date.fromisoformat(said.value) - date.fromisoformat(act.value)).days <= RECENT_DAYS
