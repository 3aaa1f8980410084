"""An incident's ACLED event type and sub-event type, decided by a table in data
(data/event_types.json, schema: event_types.schema.json).

The trigger word alone does not type an act: "استهدف" is a clash when two armed
sides fight, an air strike when a warplane did it, an attack on civilians when
gunmen shot a passer-by. So the incident's sentences are read for cues (the means,
whether two sides engaged, whether territory changed hands, a raid) and the table's
rules, read top to bottom, decide from the act segmentation settled on, the cues
told and whether the target is armed. A new means word or a new rule is a line of
data, not a branch in the pipeline.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Callable, Optional, Union

from . import lexicon
from .matcher import Matcher
from .normalise import key
from .wordlists import DATA_DIR, folded, read_data

DATA = DATA_DIR / "event_types.json"
ACLED = DATA_DIR / "acled_types.json"
VICTIM_REACH = 3    # words after a casualty figure that may still name who the victims were


@dataclass(frozen=True)
class Rule:
    why: str
    kinds: frozenset[str]       # the act segmentation settled on (empty: any)
    told: frozenset[str]        # at least one of these cues (empty: no condition)
    also: frozenset[str]        # every one of these cues
    absent: frozenset[str]      # none of these cues
    target: Optional[str]       # "armed" / "unarmed": the party acted on is armed, or is not
    then: Union[str, tuple[str, str]]

    def holds(self, kind: str, cues: set[str], armed: Callable[[], bool]) -> bool:
        return ((not self.kinds or kind in self.kinds) and (not self.told or bool(cues & self.told))
                and self.also <= cues and not cues & self.absent
                and (self.target is None or armed() == (self.target == "armed")))


@dataclass(frozen=True)
class Table:
    rules: tuple[Rule, ...]
    means_order: tuple[str, ...]
    means_type: dict[str, tuple[str, str]]
    matcher: Matcher
    victims: Matcher    # cues read in the words of a casualty figure ("قتل عنصران", "اغتيل الشاب")
    means_kinds: frozenset[str] = frozenset()     # acts a means told in their sentence re-kinds
    means_absent: frozenset[str] = frozenset()    # ... unless one of these cues is told
    means_act: tuple[tuple[str, str], ...] = ()   # (means cue, the act kind it gives), in means_order
    victim_markers: frozenset[str] = frozenset()  # "على", "بحق": the victim stands after them
    marker_reach: int = 0
    act: Matcher = Matcher()    # cues read only in the words around the act's trigger (who did it)
    act_reach: int = 0
    objects: frozenset[str] = frozenset()   # "شاباً", "مواطناً": a victim in the accusative, the verb's object
    doer_kinds: frozenset[str] = frozenset()   # acts whose means a doer that strikes from afar tells ...
    doer_absent: frozenset[str] = frozenset()  # ... unless one of these cues is told
    doer_means: tuple[tuple[str, str], ...] = ()    # (actor id, the cue it tells)

    def cues(self, tokens) -> set[str]:
        """The sentence cues a run of tokens tells."""
        return {c for m in self.matcher.find(tokens) for c in m.payloads}

    def act_cues(self, tokens, sentence, trigger: int) -> set[str]:
        """The cues told within `act_reach` words of the trigger, inside its sentence: "هاجم
        أهالي غاضبون مخفراً" names who acted beside the act, not anywhere in the story."""
        first = max(sentence.first, trigger - self.act_reach)
        last = min(sentence.last, trigger + self.act_reach + 1)
        return {c for m in self.act.find(tokens[first:last]) for c in m.payloads}

    def victim_cues(self, tokens) -> set[str]:
        """The cues the words of a casualty figure tell (who the victims were)."""
        return {c for m in self.victims.find(tokens) for c in m.payloads}

    def object_at(self, words: list[str], first: int, last: int) -> int:
        """Where the victim of an act told from `first` stands: "اغتال عناصر من تنظيم داعش
        شاباً" names the doer first and the victim in the accusative after it, so a figure
        or a verb read from `first` tells who was hit from that noun on; `first` when no
        accusative victim follows within `last`."""
        return next((j for j in range(first + 1, min(len(words), last + 1)) if words[j] in self.objects), first)

    def victim_spans(self, tokens, words: list[str], trigger: int) -> list[tuple[int, int]]:
        """Where to read who an act's victims were, best first: "أطلق عنصر من قوات النظام النار
        على مواطن" puts the doer between the verb and its victim, so the words after the marker
        (or the accusative victim) come before the words right after the trigger; a marker that
        opens the doer ("على يد عناصر") is no victim's."""
        out = []
        for j in range(trigger + 1, min(len(words), trigger + 1 + self.marker_reach)):
            if words[j] in self.victim_markers:
                if "doer" not in self.victim_cues(tokens[j:j + 4]):
                    out.append((j + 1, j + 1))
                break
        obj = self.object_at(words, trigger, trigger + self.marker_reach)
        return out + [(obj, obj)] * (obj != trigger) + [(trigger, trigger)]

    @cached_property
    def means_acts(self) -> frozenset[str]:
        """The act kinds a means gives (an act of these told earlier is what a later means retells)."""
        return frozenset(k for _, k in self.means_act)

    def act_kind(self, tokens, kind: str) -> str:
        """The act a sentence tells: "استهدف حافلة بعبوتين ناسفتين" is an IED attack, not a clash
        missing its second side, when the sentence names a means and no fight."""
        if kind not in self.means_kinds:
            return kind
        cues = self.cues(tokens)
        if cues & self.means_absent:
            return kind
        return next((k for m, k in self.means_act if m in cues), kind)

    def means_goes_on(self, tokens, kinds: set[str], kind: str, told: str) -> str:
        """"كما أصيب خمسة من عناصر قوات النظام حيث تم استهداف نقاط تمركزهم" right after the
        shelling of the villages: a targeting that names no means, no fight and no act of
        another kind (`kinds`: all the sentence's triggers), told right after an act by a
        means (`told`), is that means' act on one more target, not a clash."""
        if kind not in self.means_kinds or told not in self.means_acts or not kinds <= self.means_kinds:
            return kind
        cues = self.cues(tokens)
        if cues & self.means_absent or any(m in cues for m, _ in self.means_act):
            return kind
        return told

    def means_of_doer(self, kind: str, cues: set[str], doers: set[str]) -> set[str]:
        """"قصفت إسرائيل مواقع عسكرية": a bombardment with no shells, guns or fight told, by a
        force that strikes only from the air, is an air strike (`doers`: side-1 actor ids)."""
        if kind not in self.doer_kinds or cues & self.doer_absent:
            return set()
        return {cue for aid, cue in self.doer_means if aid in doers}

    def decide(self, kind: str, cues: set[str], armed: Callable[[], bool]) -> tuple[str, str]:
        """(event_type, sub_event_type) for an act of `kind` whose sentences tell `cues`;
        `armed()` says whether its target is armed (asked only when a rule needs it)."""
        own = lexicon.SUB[kind][:2]
        for rule in self.rules:
            if not rule.holds(kind, cues, armed):
                continue
            if rule.then == "kind":
                return own
            if rule.then == "means":
                return next((self.means_type[m] for m in self.means_order if m in cues), own)
            return rule.then
        return own


def load(path: Path = DATA) -> Table:
    """Read and check the table: every cue, kind and type it names must exist."""
    raw = read_data(path)
    acled = read_data(ACLED)["event_types"]
    cues = raw["cues"]
    m, victims, act_m = Matcher(), Matcher(), Matcher()
    for name, cue in cues.items():
        into = {"victims": victims, "act": act_m}.get(cue.get("scope", ""), m)
        # "خلال اشتباكات" tells a fight too: a longer phrase would hide the shorter cue in it
        told = [name] + cue.get("implies", [])
        if set(told) - set(cues):
            raise ValueError(f"{path.name}: cue {name}: implies an unknown cue")
        for kind in cue["kinds"]:
            if kind not in lexicon.TRIGGERS:
                raise ValueError(f"{path.name}: cue {name}: no trigger kind {kind}")
            for w in lexicon.TRIGGERS[kind]:
                into.add(key(w), name)
        for w in cue["words"]:
            for n in told:
                into.add(key(w), n)

    def pair(value, where: str) -> tuple[str, str]:
        et, sub = value
        if sub not in acled.get(et, []):
            raise ValueError(f"{path.name}: {where}: {et} / {sub} is not an ACLED type")
        return et, sub

    means_type = {n: pair(cues[n]["type"], f"cue {n}") for n in raw["means_order"]}
    rules = []
    for n, r in enumerate(raw["rules"]):
        named = set(r.get("told", [])) | set(r.get("also", [])) | set(r.get("absent", []))
        if named - set(cues) or set(r.get("kind", [])) - set(lexicon.SUB):
            raise ValueError(f"{path.name}: rule {n}: unknown cue or kind {sorted(named - set(cues))}")
        then = r["then"] if isinstance(r["then"], str) else pair(r["then"], f"rule {n}")
        if isinstance(then, str) and then not in ("kind", "means"):
            raise ValueError(f"{path.name}: rule {n}: then must be kind, means or a type pair")
        rules.append(Rule(r["why"], frozenset(r.get("kind", [])), frozenset(r.get("told", [])),
                          frozenset(r.get("also", [])), frozenset(r.get("absent", [])), r.get("target"), then))
    act = raw.get("means_act", {})
    if set(act.get("absent", [])) - set(cues) or set(act.get("kind", [])) - set(lexicon.SUB):
        raise ValueError(f"{path.name}: means_act: unknown cue or kind")
    if act and any(not cues[n]["kinds"] for n in raw["means_order"]):
        raise ValueError(f"{path.name}: means_act: every cue of means_order needs a trigger kind")
    means_act = tuple((n, cues[n]["kinds"][0]) for n in raw["means_order"]) if act else ()
    markers = raw.get("victim_markers", {})
    doer = raw.get("doer_means", {})
    if (set(doer.get("absent", [])) | set(doer.get("actors", {}).values())) - set(cues) \
            or set(doer.get("kind", [])) - set(lexicon.SUB):
        raise ValueError(f"{path.name}: doer_means: unknown cue or kind")
    return Table(tuple(rules), tuple(raw["means_order"]), means_type, m, victims,
                 frozenset(act.get("kind", [])), frozenset(act.get("absent", [])), means_act,
                 folded(markers.get("words", [])), int(markers.get("reach", 0)),
                 act_m, int(raw.get("act_reach", {}).get("reach", 0)), folded(markers.get("objects", [])),
                 frozenset(doer.get("kind", [])), frozenset(doer.get("absent", [])),
                 tuple(doer.get("actors", {}).items()))


@lru_cache(maxsize=1)
def table() -> Table:
    """The shipped table, read once."""
    return load()


def incident_type(doc, d, actors) -> tuple[str, str]:
    """The type of a drafted incident (segment.Draft) once its parties are known: the cues
    of all its sentences, the act it settled on, and whether its target is armed."""
    from .parties import attack_on_armed     # parties reads segment's drafts; typed after them
    t = table()
    cues: set[str] = set()
    for s in {c.sentence.index: c.sentence for c in d.candidates}.values():
        cues |= t.cues(doc.tokens[s.first:s.last])
    for c in d.candidates:
        cues |= t.act_cues(doc.tokens, c.sentence, c.trigger)
    # who the victims were: the figure and the noun after it ("مقتل 4 من عناصر …"); failing
    # that, what follows the act ("اغتيال الشاب"), where the doer may stand too
    told = set()
    triggers = [s for c in d.candidates for s in t.victim_spans(doc.tokens, doc.words, c.trigger)]
    for spans in ([(t.object_at(doc.words, c.first, c.last), c.last) for c in d.counts], triggers):
        for first, last in spans:
            told |= t.victim_cues(doc.tokens[first:last + 1 + VICTIM_REACH])
            if told - {"doer"} and spans is triggers:
                break
        if told - {"doer"}:
            break
    cues |= told
    cues |= t.means_of_doer(d.kind, cues, {a.actor_id for a in actors if a.side == 1})
    return t.decide(d.kind, cues, lambda: attack_on_armed(doc, actors, d))
