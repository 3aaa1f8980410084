"""What may stand between a verb of saying and its subject (the past_time shape).

"وأعلنت، اليوم الأحد، وزارة الدفاع أن …", "وقال مساء أمس مصدر عسكري إن …", "ذكرت في بيان
لها وكالة سانا أن …": a time phrase (the date words of data/dates.json with the glue words
of data/speech.json "interjection") or an occasion phrase ("في بيان لها", "في تصريح صحفي")
told before the speaker. The speaker is read after it; the words are data, not branches.
"""
from __future__ import annotations

from .date_words import DATE_WORDS
from .normalise import word_forms
from .speech_words import SPEECH
from .text import Doc

_TIME = frozenset(w for group in (DATE_WORDS.parts_of_day, DATE_WORDS.today, DATE_WORDS.yesterday,
                                  DATE_WORDS.past, DATE_WORDS.past_feminine, DATE_WORDS.current,
                                  list(DATE_WORDS.weekdays), list(DATE_WORDS.months))
                  for phrase in group for w in phrase.split())
_GLUE = SPEECH.time_glue
_PREPS = SPEECH.occasion_preps
_OCCASIONS = SPEECH.occasions | SPEECH.statements
_COMPLEMENTS = SPEECH.occasion_complements
REACH = 7     # at most so many words between the verb and its speaker


def _time_end(doc: Doc, j: int, end: int) -> int:
    """Past a time phrase opening at j ("مساء أمس", "في وقت سابق اليوم", "يوم الجمعة"): its
    end, or j when no date word stands in it."""
    k, core = j, j
    while k < end and k - j < REACH and (doc.words[k] in _TIME or doc.words[k] in _GLUE or doc.words[k].isdigit()):
        k += 1
        if doc.words[k - 1] in _TIME or doc.words[k - 1].isdigit():
            core = k
    return core


def _occasion_end(doc: Doc, j: int, end: int) -> int:
    """Past an occasion phrase opening at j ("في بيان لها", "في تصريح صحفي"), or j."""
    if not (j + 1 < end and doc.words[j] in _PREPS and set(word_forms(doc.words[j + 1])) & _OCCASIONS):
        return j
    k = j + 2
    while k < end and k - j < REACH and doc.words[k] in _COMPLEMENTS:
        k += 1
    return k


def interjection_end(doc: Doc, j: int, end: int) -> int:
    """The first token after the time and occasion phrases told at j, before a speaker."""
    k = j
    while k < end:
        nxt = max(_time_end(doc, k, end), _occasion_end(doc, k, end))
        if nxt == k:
            return k
        k = nxt
    return k
