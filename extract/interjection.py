"""What may stand between a verb of saying and its subject (the past_time shape).

"وأعلنت، اليوم الأحد، وزارة الدفاع أن …", "وقال مساء أمس مصدر عسكري إن …", "ذكرت في بيان
لها وكالة سانا أن …", "وقال من دمشق مصدر حكومي إن …": a time phrase (the date words of
data/dates.json with the glue words of data/speech.json "interjection"), an occasion phrase
("في بيان لها", "في تصريح صحفي") or a place phrase before a speaker head told before the speaker. The speaker is read after it; the words are data, not branches.
"""
from __future__ import annotations

from .date_words import DATE_WORDS
from .normalise import word_forms
from .speaker_phrase import speaker_kind
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


def past_time(doc: Doc, j: int) -> int:
    """The first token after a time phrase opening at j ("، اليوم،", "صباح الأحد"), or j."""
    return _time_end(doc, j, len(doc.words))


def _occasion_end(doc: Doc, j: int, end: int) -> int:
    """Past an occasion phrase opening at j ("في بيان لها", "في تصريح صحفي"), or j."""
    if not (j + 1 < end and doc.words[j] in _PREPS and set(word_forms(doc.words[j + 1])) & _OCCASIONS):
        return j
    k = j + 2
    while k < end and k - j < REACH and doc.words[k] in _COMPLEMENTS:
        k += 1
    return k


def _heads_a_speaker(word: str) -> bool:
    """A word that opens a speaker phrase: a source head ("مصدر", "مسؤول") or a kind marker."""
    return bool(set(word_forms(word)) & SPEECH.source_heads) or speaker_kind(word) != "person"


def _place_end(doc: Doc, j: int, end: int) -> int:
    """Past a place phrase opening at j when a speaker head follows it ("من دمشق مصدر", "في
    ريف درعا مسؤول محلي"), or j: without the head the place is what was said of ("في المدينة")."""
    if not (j + 2 < end and doc.words[j] in SPEECH.place_preps):
        return j
    for k in range(j + 1, min(j + 1 + SPEECH.place_reach, end - 1)):
        w = doc.words[k]
        if w in SPEECH.stop or w in SPEECH.that or w in SPEECH.verbs or _heads_a_speaker(w):
            return j    # "في تصريح", "في المرصد": no place, or the speaker is already named
        if _heads_a_speaker(doc.words[k + 1]):
            return k + 1
    return j


def interjection_end(doc: Doc, j: int, end: int) -> int:
    """The first token after the time, occasion and place phrases told at j, before a speaker."""
    k = j
    while k < end:
        nxt = max(_time_end(doc, k, end), _occasion_end(doc, k, end), _place_end(doc, k, end))
        if nxt == k:
            return k
        k = nxt
    return k
