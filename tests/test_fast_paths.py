"""Indexes the extractor keeps for speed answer as the plain scans they replace."""
import random
from types import SimpleNamespace

from incidents.extract import place_roles
from incidents.extract.context_words import CONTEXT


def _after_phrase_scan(words: list[str], t: int, phrases: tuple) -> bool:
    """place_roles._after_phrase as it was: every phrase compared before the name and its place word."""
    for c in phrases:
        for end in (t, t - 1):
            k = end - len(c)
            if k >= 0 and tuple(words[k:end]) == c:
                return True
    return False


def test_phrases_before_a_name_found_by_last_word_are_those_a_scan_finds():
    lists = [CONTEXT.positioned_at, CONTEXT.role_domain, CONTEXT.heading_for,
             (("نحو",), ("في", "محاولة", "للتقدم", "نحو")), (("من",), ()), ()]
    vocab = sorted({w for ps in lists for p in ps for w in p} | {"قرية", "معسكر", "قصفت", "في", "على"})
    rng = random.Random(3)
    for _ in range(400):
        words = [rng.choice(vocab) for _ in range(rng.randint(1, 12))]
        doc = SimpleNamespace(words=words)
        for phrases in lists:
            for t in range(len(words)):
                assert place_roles._after_phrase(doc, t, phrases) == _after_phrase_scan(words, t, phrases), (words, t)
