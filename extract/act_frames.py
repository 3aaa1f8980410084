"""Act frames beyond one trigger word, read once from data/act_frames.json (schema:
act_frames.schema.json).

Arabic news often puts the actor between the verb and the noun that says what the
act was (VSO: "أضرم مسلحون النار في منزل", "إطلاق عناصر من الحاجز النار على سيارة"), or
names an act by a masdar whose object follows ("أعلنت قسد سيطرتها على بلدة"). Each such
frame is a verb list, an object list, a window and the trigger kind it opens; the
definite act nouns that point back at an act already told are a list too. A new verb or
object is one line of the data file, not a branch in mentions.py.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import lexicon
from .wordlists import DATA_DIR, folded, read_data

DATA = DATA_DIR / "act_frames.json"


@dataclass(frozen=True)
class ObjectAct:
    """A verb that opens an act of `kind` when one of `objects` follows within `window` words."""
    kind: str
    window: int
    verbs: frozenset[str]
    objects: frozenset[str]


@dataclass(frozen=True)
class ActFrames:
    object_acts: tuple[ObjectAct, ...]
    told_before: frozenset[str]
    happened: frozenset[str] = frozenset()
    aimless_kind: str = ""
    aimless_window: int = 0
    aimless: tuple[tuple[str, ...], ...] = ()     # folded phrases, as word tuples

    def aimed_at_no_one(self, words: list[str], kind: str, last: int) -> bool:
        """"أطلق عناصر الدورية النار في الهواء": fire of `kind` ending at word `last` that a
        phrase of `aimless` follows within its window is aimed at no one."""
        if kind != self.aimless_kind:
            return False
        near = words[last + 1:last + 1 + self.aimless_window]
        return any(tuple(near[i:i + len(p)]) == p for p in self.aimless for i in range(len(near) - len(p) + 1))

    @property
    def verbs(self) -> frozenset[str]:
        """Every verb of every frame: most words are none, and are skipped at one lookup."""
        return frozenset().union(*(f.verbs for f in self.object_acts))


def load(path: Path = DATA) -> ActFrames:
    """The frames of one data file, folded; a kind that is not a trigger kind is an error
    (tests load edited copies)."""
    raw = read_data(path)
    acts = []
    for n, f in enumerate(raw["object_acts"]):
        if f["kind"] not in lexicon.SUB:
            raise ValueError(f"{path.name}: object_acts[{n}]: kind {f['kind']!r} not in lexicon.SUB")
        acts.append(ObjectAct(f["kind"], int(f["window"]), folded(f["verbs"]), folded(f["objects"])))
    aim = raw.get("aimless", {})
    if aim and aim["kind"] not in lexicon.SUB:
        raise ValueError(f"{path.name}: aimless: kind {aim['kind']!r} not in lexicon.SUB")
    return ActFrames(tuple(acts), folded(raw["told_before"]), folded(raw["happened"]), aim.get("kind", ""),
                     int(aim.get("window", 0)),
                     tuple(tuple(w.split()) for w in folded(aim.get("words", []))))


FRAMES = load()
