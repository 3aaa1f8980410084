"""The counts read in a text and the one figure per field they make for an incident.

A Count is one figure with its evidence and what kind of figure it is (find_counts reads
them); total() folds an incident's counts into one figure, ACLED's way: conflicting
reports take the lowest, "آخرين" adds, a new toll supersedes.
"""
from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass
class Count:
    field: str          # killed | injured | combined
    value: int
    additive: bool
    first: int          # token range of the evidence
    last: int
    update: bool = False  # "ارتفع العدد إلى 11": supersedes earlier figures
    weak: bool = False    # one person told by a singular noun ("مقتل قيادية"), not a stated figure
    negated: bool = False  # "دون وقوع إصابات": 0, unless a figure is stated
    other: bool = False   # "في حين قتل 5 من المعارضة": another group of the same act, added
    tally: bool = False   # "قتل 3 في هجومين منفصلين": summed over several acts, the figure of none
    earlier: bool = False  # "قتل متأثراً بجراح أصيب بها أمس": a death an earlier act dealt
    whole: bool = False   # "عدد قتلى المجزرة بلغ 6": the act's whole toll, no part to add to
    group: frozenset = frozenset()   # "من قوات النظام": whose dead (count_groups)
    own: bool = False     # "مصرع 3 من عناصرها": a party's own men, a part of the toll (count_groups.own_men)


def total(counts: list[Count], field: str) -> int | None:
    """One figure per incident: conflicting reports take the lowest, "آخرين" adds."""
    if all(c.negated for c in counts if c.field == field):     # only "no one was hurt", or nothing
        return 0 if any(c.field == field for c in counts) else None
    counts = [c for c in counts if not c.negated and not c.earlier]
    sums = {c.value for c in counts if c.field == field and c.tally}     # a sum told again is that sum
    counts = [replace(c, tally=True, update=False) if c.field == field and c.update and c.value in sums else c
              for c in counts]
    if any(c.field == field and not c.tally for c in counts):     # a figure of its own outranks a sum
        counts = [c for c in counts if c.field != field or not c.tally]
    updates = [c.value for c in counts if c.field == field and c.update]
    if updates:
        return max(updates)
    base = [c for c in counts if c.field == field and not c.additive and not c.other]
    if any(not c.own and not c.weak and not c.group for c in base):
        base = [c for c in base if not c.own]     # a party's own dead, a part of a toll of no one group
    extra = sum(c.value for c in counts if c.field == field and (c.additive or c.other))
    wholes = [c.value for c in base if c.whole and not c.weak]
    parts = [c for c in base if not c.whole]
    if wholes and (extra or any(not c.weak for c in parts)):
        # "مقتله … وقتلوا معه 3 … فيما أشارت تقارير إلى أن عدد القتلى بلغ 6": the parts told
        # (1 + 3) are one report, the whole toll another: the lowest, the toll not added to
        told = [c.value for c in parts if not c.weak] or [c.value for c in parts]
        return min(wholes + [(min(told) if told else 0) + extra]) if parts else min(wholes) + extra
    # "تقتل قيادية" then "قتلت قيادية ومرافقها": a stated figure outranks a singular noun
    base = [c.value for c in base if not c.weak] or [c.value for c in base]
    if not base and not extra:
        return None
    return (min(base) if base else 0) + extra
