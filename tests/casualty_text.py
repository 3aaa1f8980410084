"""The killed and injured figures find_counts and total give a text written for a test,
sentence by sentence as the pipeline reads it (a helper of the casualty test files)."""
from __future__ import annotations

from incidents.extract.casualties import find_counts, total
from incidents.extract.text import prepare


def totals(text: str) -> tuple:
    """(killed, injured) of the counts of every sentence of the text."""
    doc = prepare(text)
    counts = [c for s in doc.sentences for c in find_counts(doc, s.first, s.last)]
    return total(counts, "killed"), total(counts, "injured")
