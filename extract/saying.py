"""What a date told with a verb of saying dates: the report, not the act.

"أفاد المرصد اليوم الأربعاء بمقتل ثلاثة عناصر … مساء الاثنين": the day told between a verb of
saying and what is said ("اليوم الأربعاء") is the day of the report; the act told inside the
report keeps its own day ("مساء الاثنين"). The verbs and the words that open what is said are
the attribution language of data/speech.json; how far back the verb may stand is
data/dates.json's "said_reach". (A place told there is not set aside: the witness "من سكان
بلدة X" speaks of an act in X.)
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
# "أن …", "بمقتل …", "عن …": what is said begins
_OPENS_WHAT_IS_SAID = SPEECH.that | SPEECH.tolls | SPEECH.own_act_openers
RECENT_DAYS = 7     # an act this close before the saying is the news it tells


def said_at(doc: Doc, k: int) -> bool:
    """Whether token k stands after a verb of saying and before what is said: at most
    SAID_REACH words after the verb, in the same sentence, no word between opening the content."""
    for j in range(k - 1, max(k - 1 - SAID_REACH, -1), -1):
        gap = doc.folded[doc.tokens[j].fend:doc.tokens[j + 1].fstart]
        if "." in gap or "\n" in gap:
            return False
        forms = set(word_forms(doc.words[j]))
        if forms & SPEECH.verbs:
            return True
        if forms & _OPENS_WHAT_IS_SAID:
            return False
    return False


def fronted_said(doc: Doc, k: int) -> bool:
    """"في صباح يوم الخميس، أعلنت قسد عن مقتل …": a date told before the sentence's verb of
    saying, the verb the first word after it (past a comma), dates the saying too."""
    if k >= len(doc.tokens):
        return False
    gap = doc.folded[doc.tokens[k - 1].fend:doc.tokens[k].fstart] if k > 0 else ""
    return "." not in gap and "\n" not in gap and bool(set(word_forms(doc.words[k])) & SPEECH.verbs)


def mark_said(doc: Doc, dates: list[DateExpr]) -> None:
    """Mark each date told with a verb of saying (said_at its first word, or fronted_said the
    word after it): it dates the report."""
    starts = [t.fstart for t in doc.tokens]
    for d in dates:
        k = bisect_left(starts, d.start)
        d.said = k < len(doc.tokens) and (said_at(doc, k) or fronted_said(doc, bisect_left(starts, d.end)))


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
