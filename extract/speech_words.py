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
        # verbs of reporting: an actor named right after one is its speaker, not a side
        self.report_verbs = folded(raw["verbs"]) | folded(raw["outlet_verbs"]) | folded(raw["carry_verbs"]) | folded(
            form for past, present in raw["conjugated"].items() for form in conjugate(past, present))
        self.claim_verbs = folded(raw["claim_verbs"])
        self.own_acts = folded(raw["own_acts"])
        self.own_act_reach: int = raw["own_act_reach"]
        self.own_act_not_of = folded(w for p in raw["own_act_not_of"] for w in p.split())
        self.enemy_tolls, self.enemy_men = folded(raw["enemy_tolls"]), folded(raw["enemy_men"])
        self.own_men, self.enemy_toll_reach = folded(raw["own_men"]), int(raw["enemy_toll_reach"])
        self.verbs = self.report_verbs | self.claim_verbs
        self.conjunction_only = folded(raw["conjunction_only"])
        self.impersonal = folded(raw["impersonal"])
        self.learn_verbs = folded(raw["learn_verbs"])
        self.not_speakers = folded(raw["not_speakers"])
        self.clause_openers = folded(raw["clause_openers"])
        self.self_words = folded(raw["self"])
        self.negations = folded(raw["negations"])
        self.platforms = folded(raw["platforms"])
        self.outlet_verbs = folded(raw["outlet_verbs"])
        self.carry_verbs = folded(raw["carry_verbs"])
        self.stop = folded(raw["stop"]) | OWNED_BY
        # why a speaker phrase may end; "punct", "verb" and "length" are the scanner's own reasons
        self.accept = folded(raw["accept"]) | OWNED_BY | {"punct", "verb", "length"}
        self.keep_l = folded(raw["keep_l"])
        self.dative_vowel_nouns = folded(raw["dative_vowel_nouns"])
        self.tolls = folded(raw["tolls"])
        self.statements = folded(raw["statements"])
        self.source_heads = folded(raw["source_heads"])
        self.titled_subject_reach: int = raw["titled_subject_reach"]
        self.witness_heads = folded(raw["witness_heads"])
        self.that = folded(raw["that"])
        self.own_act_openers = folded(raw["own_act_openers"])
        self.according_to = folded(raw["according_to"])
        self.in_line_with = folded(raw["in_line_with"])
        self.according_to_what = folded(raw["according_to_what"])
        self.on_the_tongue = folded(raw["on_the_tongue"])
        self.tongue = folded(raw["tongue"])
        self.came_in = folded(raw["came_in"])
        self.anaphors = folded(raw["anaphors"])
        self.commentators = folded(raw["commentators"])
        self.object_pronouns = folded(raw["object_pronouns"])
        self.object_suffixes = tuple(sorted(folded(raw["object_suffixes"]), key=len, reverse=True))
        self.auxiliaries = folded(raw["auxiliaries"])
        self.topics = folded(raw["topics"])
        self.occasions = folded(raw["occasions"])
        self.bylines = folded(raw["bylines"])
        self.named_as = folded(raw["named_as"])
        self.aside_openers = folded(raw["aside_openers"])
        # words before a subject that comes first: كان and the topic أما
        self.subject_openers = self.auxiliaries | self.topics
        self.masdars = folded(raw["masdars"])
        self.describe_verbs = folded(raw["describe_verbs"])
        # a time or occasion phrase between a verb of saying and its speaker (interjection.py)
        self.time_glue = folded(raw["time_glue"])
        self.occasion_preps = folded(raw["occasion_preps"])
        self.occasion_complements = folded(raw["occasion_complements"])
        self.place_preps = folded(raw["place_preps"])
        self.place_reach: int = raw["place_reach"]
        self.asides = folded(raw["asides"])
        self.outlet_names = folded(raw["outlet_names"])
        self.outlet_heads = folded(raw["outlet_heads"])
        self.held_verbs = folded(raw["held_verbs"])
        self.address_verbs = folded(raw["address_verbs"])
        self.addresses = folded(raw["addresses"])
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

