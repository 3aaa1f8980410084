"""The attribution language, read once from data/speech.json (schema: speech.schema.json).

Speech verbs, the words that end a speaker phrase, the kinds of speaker are data:
a new attribution verb or outlet word is one line in the file, not a branch in
quotes.py. Words are folded here as the tokens are (ى→ي, ة→ه, أ→ا), so the file
is written in plain spelling.
"""
from __future__ import annotations


from .lexicon import OWNED_BY
from .wordlists import DATA_DIR, folded, read_data

DATA = DATA_DIR / "speech.json"



def conjugate(past: str, present: str) -> list[str]:
    """The regular third-person forms of a verb of saying from its past and present stems:
    قال/يقول gives قال قالت قالوا يقول تقول يقولون (irregular forms are listed in "verbs")."""
    return [past, past + "ت", past + "وا", present, "ت" + present[1:], present + "ون"]


class _Language:
    """Folded word sets of the attribution grammar, one attribute per list of the data file."""

    def __init__(self, raw: dict) -> None:
        # the lists read as they are, folded, one attribute each (time_glue, occasion_preps and
        # occasion_complements: a time or occasion phrase between a verb of saying and its
        # speaker, interjection.py)
        for name in (
            "claim_verbs", "own_acts", "conjunction_only", "impersonal", "learn_verbs", "not_speakers",
            "clause_openers", "negations", "platforms", "outlet_verbs", "carry_verbs", "keep_l",
            "dative_vowel_nouns", "tolls", "statements", "source_heads", "witness_heads", "that",
            "own_act_openers", "according_to", "in_line_with", "what", "according_to_what", "on_the_tongue", "tongue",
            "came_in", "anaphors", "commentators", "object_pronouns", "auxiliaries", "topics", "occasions",
            "bylines", "named_as", "aside_openers", "masdars", "describe_verbs", "time_glue", "occasion_preps",
            "occasion_complements", "place_preps", "asides", "outlet_names", "outlet_heads", "held_verbs",
            "address_verbs", "addresses", "enemy_tolls", "enemy_men", "own_men", "bi_object_verbs", "accuse_verbs",
            "tell_verbs", "told_masdars",
        ):
            setattr(self, name, folded(raw[name]))
        # verbs of reporting: an actor named right after one is its speaker, not a side
        self.report_verbs = folded(raw["verbs"]) | self.outlet_verbs | self.carry_verbs | folded(
            form for past, present in raw["conjugated"].items() for form in conjugate(past, present))
        # "على لسان", "على حد قول": phrases of one or more words, longest first
        self.tongue_phrases = sorted({tuple(w.split()) for w in self.tongue}, key=len, reverse=True)
        self.own_act_reach: int = raw["own_act_reach"]
        self.own_act_not_of = folded(w for p in raw["own_act_not_of"] for w in p.split())
        self.enemy_toll_reach = int(raw["enemy_toll_reach"])
        self.verbs = self.report_verbs | self.claim_verbs
        self.self_words = folded(raw["self"])
        self.stop = folded(raw["stop"]) | OWNED_BY
        # why a speaker phrase may end; "punct", "verb" and "length" are the scanner's own reasons
        self.accept = folded(raw["accept"]) | OWNED_BY | {"punct", "verb", "length", "told"}
        self.titled_subject_reach: int = raw["titled_subject_reach"]
        self.object_suffixes = tuple(sorted(folded(raw["object_suffixes"]), key=len, reverse=True))
        # words before a subject that comes first: كان and the topic أما
        self.subject_openers = self.auxiliaries | self.topics
        self.place_reach: int = raw["place_reach"]
        # kind markers match with or without their article ("المرصد" marks "للمرصد")
        self.kinds = [(kind, folded(words, bare=True)) for kind, words in raw["kinds"].items()]


SPEECH = _Language(read_data(DATA))


def own_act_after(words: list[str]) -> bool:
    """Whether an own act noun opens the words after a speaker ("اليوم سيطرته على …"): the
    speaker announces its own deed, so it is the doer as well as the one who says so; not of
    fires brought under control ("السيطرة على الحرائق")."""
    at = next((k for k, w in enumerate(words[:SPEECH.own_act_reach]) if w in SPEECH.own_acts), None)
    if at is not None:
        return not any(w in SPEECH.own_act_not_of for w in words[at + 1:at + 3])
    return enemy_toll_after(words)


def enemy_toll_after(words: list[str]) -> bool:
    """"أعلنت قسد مقتل خمسة من عناصر داعش": an armed speaker that tells the toll of another
    group's men tells what it did to them; "مقتل ثلاثة من مقاتليها" (its own men) is its loss."""
    at = next((k for k, w in enumerate(words[:SPEECH.own_act_reach]) if w in SPEECH.enemy_tolls), None)
    if at is None:
        return False
    after = words[at + 1:at + 1 + SPEECH.enemy_toll_reach]
    return any(w in SPEECH.enemy_men for w in after) and not any(w in SPEECH.own_men for w in after)

