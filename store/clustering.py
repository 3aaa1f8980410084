"""Clustering the reports of one component (store.merge finds the component): which
reports are one incident, deterministically from the reports alone, so the store is the
same whatever order they came in.

Complete linkage over store.merge.compatible: two clusters join only when every pair
across them is compatible, the most alike pairs first; a pair must also be anchored in
time to start or connect a cluster, and a report without a day that fits incidents on
different days joins none of them.
"""
from __future__ import annotations

from incidents.store import component_scores
from incidents.store.merge import dates_agree, published_range, compatible, same_distinct_toll
from incidents.store.merge_dates import apart_in_time, told_days
from incidents.store.merge_context import Context
from incidents.store.victim_names import same_victim

_MISSING = object()
_SCORES: dict = {}                 # one float object per score value: a pair keeps no float of its own
GENERATION = 1 << 15            # pair scores a generation holds (two at most); components are store.component_scores


class _Pairs:
    """Pair scores in two generations, the latest GENERATION scores asked for and those of
    the generation before: a pair asked again moves up, the rest are forgotten a generation
    later. A component's pairs are all asked each time it is clustered, so the components
    still growing stay and those done with fall out; memory is bounded (2 generations of
    about 100 bytes a pair) however large the store, where one dict cleared at 2^21 scores
    held 357 MB at 6,000 documents, and cleared at 2^18 re-scored the growing ones too."""

    def __init__(self) -> None:
        self.new: dict[int, float | None] = {}
        self.old: dict[int, float | None] = {}
        self.ctx = None

    def __len__(self) -> int:
        return len(self.new) + len(self.old)

    def clear(self, ctx=None) -> None:
        self.new, self.old, self.ctx = {}, {}, ctx


_PAIRS = _Pairs()


def pair_score(a: dict, b: dict, ctx: Context) -> float | None:
    """compatible(a, b), remembered across settles by what both reports are scored on (their
    columns and data, store.merge._load's `_key`) for one Context: a component that gains a
    report is clustered again, and its old pairs cost a lookup instead of a comparison each
    (the square of an undated component's size). Reports built by hand (no `_key`) are scored."""
    ka, kb = a.get("_key"), b.get("_key")
    if ka is None or kb is None:
        return compatible(a, b, ctx)
    pairs = _PAIRS
    if pairs.ctx is not ctx:
        pairs.clear(ctx)
    key = (ka << 64) + kb if ka <= kb else (kb << 64) + ka     # one int, not a tuple of two (hashes < 2^63)
    s = pairs.new.get(key, _MISSING)
    if s is _MISSING:
        s = pairs.old.pop(key, _MISSING)
        if s is _MISSING:
            s = compatible(a, b, ctx)
            if type(s) is float:
                s = _SCORES.setdefault(s, s)
        pairs.new[key] = s
        if len(pairs.new) >= GENERATION:
            pairs.old, pairs.new = pairs.new, {}
    return s


Reach = dict[str, frozenset[str]]      # a new report's blocking candidates: no other report can be one with it


def _apart(reach: Reach | None, x: str, y: str) -> bool:
    """Whether blocking (store.merge.candidates, a superset of the compatible) left y out of
    x's reach or x out of y's: the pair is not compatible, and is not scored."""
    if not reach:
        return False
    near = reach.get(x)
    if near is not None and y not in near:
        return True
    near = reach.get(y)
    return near is not None and x not in near


def _scores(by_id: dict[str, dict], ids: list[str], ctx: Context, reach: Reach | None = None
            ) -> dict[tuple[str, str], float]:
    """pair_score of every pair of `ids` (in order) that may be one incident. Pairs of two
    reports last clustered together are read from store.component_scores (the few compatible
    ones; the rest are not), pairs out of a new report's `reach` are not compatible, the others
    are scored; then this component is remembered."""
    reps = [by_id[i] for i in ids]
    keys = [r.get("_key") for r in reps]
    days = [told_days(r) for r in reps]
    if len(ids) < component_scores.MIN_SIZE or None in keys or len(set(keys)) < len(keys):
        return _every_pair(reps, ids, keys, ctx, reach, days)
    known = component_scores.KNOWN
    if known.ctx is not ctx:
        known.clear(ctx)
    groups = known.groups(keys)
    at = {k: n for n, k in enumerate(keys)}
    found: dict[tuple[int, int], float] = {}
    parts: dict[int, list[int]] = {}
    for n, g in enumerate(groups):
        parts.setdefault(id(g) if g is not None else -1 - n, []).append(n)
    for label, members in parts.items():
        g = groups[members[0]]
        if g is None or len(members) < 2:
            continue
        for ka, kb, s in g.scores:          # pairs both of whose reports are still of g
            n, m = at.get(ka), at.get(kb)
            if n is not None and m is not None and groups[n] is g and groups[m] is g:
                found[(n, m) if n < m else (m, n)] = s
    lists = list(parts.values())
    for i, first in enumerate(lists):       # pairs across two groups (or with a report not known)
        for second in lists[i + 1:]:
            for n in first:
                for m in second:
                    x, y = (n, m) if n < m else (m, n)
                    if apart_in_time(days[x], days[y]) or _apart(reach, ids[x], ids[y]):
                        continue        # not scored: a component seen first (a new process) is its square
                    s = pair_score(reps[x], reps[y], ctx)
                    if s is not None:
                        found[(x, y)] = s
    known.remember(keys, [(keys[n], keys[m], s) for (n, m), s in found.items()])
    return {(ids[n], ids[m]): s for (n, m), s in sorted(found.items())}


def _every_pair(reps: list[dict], ids: list[str], keys: list, ctx: Context, reach: Reach | None = None,
                days: list | None = None) -> dict[tuple[str, str], float]:
    """pair_score of every pair not apart in time (store.merge_dates.told_days), looked up here
    (a call to pair_score only for those the latest generation lacks)."""
    days = days or [None] * len(ids)
    pairs = _PAIRS
    if pairs.ctx is not ctx:
        pairs.clear(ctx)
    high = [None if k is None else k << 64 for k in keys]
    out = {}
    get = pairs.new.get
    for n, x in enumerate(ids):
        a, ka, ha, da = reps[n], keys[n], high[n], days[n]
        for m in range(n + 1, len(ids)):
            if apart_in_time(da, days[m]) or reach and _apart(reach, x, ids[m]):
                continue
            kb = keys[m]
            s = _MISSING if ka is None or kb is None else get(ha + kb if ka <= kb else high[m] + ka, _MISSING)
            if s is _MISSING:
                s = pair_score(a, reps[m], ctx)
                get = pairs.new.get         # a new generation may have begun
            if s is not None:
                out[(x, ids[m])] = s
    return out


def cluster(reports: list[dict], ctx: Context, must: list[tuple[str, ...]],
            cannot: set[frozenset], pages=None, reach: Reach | None = None) -> list[list[dict]]:
    """Deterministic clusters of one component: the analyst's merges first, then the most
    alike pairs first, joining two clusters only if every pair across them is compatible
    (complete linkage: a chain of look-alikes does not fold the same port struck twice).
    `pages` (store.pages.Pages) says which undated pages are of one time; `reach` which
    reports blocking found for the new ones (no others are compared with them)."""
    by_id = {r["id"]: r for r in reports}
    ids = sorted(by_id)
    score = _scores(by_id, ids, ctx, reach)
    if cannot:
        score = {k: v for k, v in score.items() if frozenset(k) not in cannot}
    torn = set(_torn(by_id, score))     # one pass: a dict rebuilt per torn report was 65% of a 20,000-document ingest
    if torn:
        score = {k: v for k, v in score.items() if k[0] not in torn and k[1] not in torn}
    owner = {i: i for i in ids}
    members = {i: [i] for i in ids}

    def join(a: str, b: str) -> None:
        ra, rb = owner[a], owner[b]
        if ra == rb:
            return
        keep, gone = min(ra, rb), max(ra, rb)
        for m in members.pop(gone):
            owner[m] = keep
            members[keep].append(m)

    def blocked(ra: str, rb: str) -> bool:
        return bool(cannot) and any(frozenset((x, y)) in cannot for x in members[ra] for y in members[rb])

    for group in must:
        inside = [g for g in group if g in by_id]
        for other in inside[1:]:
            if not blocked(owner[inside[0]], owner[other]):
                join(inside[0], other)
    # compatible pairs across each two clusters, kept up to date as clusters join, so the
    # complete-linkage test is a count (every pair across is compatible), not a scan; kept per
    # cluster, its neighbours only: a join moved the counts of every other cluster before
    across: dict[str, dict[str, int]] = {}
    for x, y in score:
        rx, ry = owner[x], owner[y]
        if rx != ry:
            ax, ay = across.setdefault(rx, {}), across.setdefault(ry, {})
            ax[ry] = ax.get(ry, 0) + 1
            ay[rx] = ay.get(rx, 0) + 1
    for (x, y), _ in sorted(score.items(), key=lambda kv: (-kv[1], kv[0])):
        if not anchored(by_id[x], by_id[y], pages):
            continue        # may share a cluster a dated report holds, never start one
        rx, ry = owner[x], owner[y]
        if rx == ry or blocked(rx, ry):
            continue
        if across.get(rx, {}).get(ry, 0) == len(members[rx]) * len(members[ry]):
            join(x, y)
            keep, gone = (rx, ry) if owner[x] == rx else (ry, rx)
            near = across.setdefault(keep, {})
            near.pop(gone, None)
            for z, n in across.pop(gone, {}).items():
                if z != keep:
                    theirs = across[z]
                    del theirs[gone]
                    theirs[keep] = theirs.get(keep, 0) + n
                    near[z] = near.get(z, 0) + n
    return [sorted((by_id[m] for m in group), key=lambda r: r["id"])
            for _, group in sorted(members.items())]


def anchored(a: dict, b: dict, pages=None) -> bool:
    """Whether two compatible reports are tied in time: one has a day, or both pages are dated
    (an undated report of a dated page is within days of it), or both name one weekday, or
    one man killed (store.victim_names), or (`pages`, store.pages) the two pages tell one
    news of one day. Two reports of undated
    pages that give no day could be years apart: they may both join an incident a dated
    report holds, but do not make one (nor connect a component) by themselves, so a store's
    undated look-alikes at one place do not fold into one incident."""
    if a["day_lo"] or b["day_lo"]:
        return True
    if published_range(a)[0] and published_range(b)[0]:
        return True
    wa = a["data"].get("weekday")
    if wa is not None and wa == b["data"].get("weekday"):
        return True
    if same_victim(a, b) or same_distinct_toll(a, b):
        return True         # a man is killed once; 14 dead at one place in one kind of attack, once
    return pages is not None and pages.together(a["document"], b["document"])


def _torn(by_id: dict[str, dict], score: dict[tuple[str, str], float]) -> list[str]:
    """Reports without a day that fit incidents on different days, or two that one article
    tells apart: "Israel struck the port" with no date, beside the port's strikes of the 7th
    and the 28th, could be either, so it joins neither (the most alike pair would pick one
    by chance)."""
    fits: dict[str, list[dict]] = {}
    for x, y in score:
        for vague, other in ((x, y), (y, x)):
            if not by_id[vague]["day_lo"]:
                fits.setdefault(vague, []).append(by_id[other])
    return sorted(v for v, others in fits.items() if _told_apart(others))


def _told_apart(others: list[dict]) -> bool:
    """Whether two of `others` are of one document, or both dated and on days that cannot
    agree. Dated pairs are compared once per (published, day_lo, day_hi), all that
    dates_agree reads of two dated reports: an undated report beside hundreds of dated
    ones cost the square of their number in comparisons (a tenth of the writer's time)."""
    documents = [p["document"] for p in others]
    if len(set(documents)) < len(documents):
        return True
    seen: dict[tuple, list] = {}
    for p in others:
        if p["day_lo"]:
            seen.setdefault((p["published"], p["day_lo"], p["day_hi"]), []).append(p)
    kinds = list(seen.values())
    for n, same in enumerate(kinds):
        if len(same) > 1 and dates_agree(same[0], same[1]) is None:
            return True
        if any(dates_agree(same[0], other[0]) is None for other in kinds[n + 1:]):
            return True
    return False


def components(reports: list[dict], ctx: Context, must: list[tuple[str, ...]],
                intact: frozenset[str] = frozenset(), pages=None, reach: Reach | None = None
                ) -> list[list[dict]]:
    """Connected components under compatibility and the analyst's merges. Reports of a
    stored component in `intact` are connected already and no pair across two stored
    components is compatible (else they would be one), so only pairs with a report
    outside them are tested: a new report costs its component's size, not its square, and
    one with a `reach` only its candidates (the other components gathered are not its)."""
    by_id = {r["id"]: r for r in reports}
    parent = {i: i for i in by_id}

    def root(i: str) -> str:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: str, b: str) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    first: dict[str, str] = {}
    for i in sorted(by_id):
        comp = by_id[i]["component"]
        if comp in intact:
            union(first.setdefault(comp, i), i)
    ids = sorted(by_id)
    outside = [i for i in ids if by_id[i]["component"] not in intact]
    for x in outside:       # each pair with a report outside the stored components, once
        near = reach.get(x) if reach else None
        for y in (ids if near is None else sorted(near.intersection(by_id))):
            if y == x or (by_id[y]["component"] not in intact and y < x) or _apart(reach, x, y):
                continue
            a, b = by_id[x], by_id[y]
            if anchored(a, b) and pair_score(a, b, ctx) is not None:
                union(x, y)
            elif pages is not None and pair_score(a, b, ctx) is not None and anchored(a, b, pages):
                union(x, y)     # the pages' own news, asked only of a compatible pair
    for group in must:
        inside = [g for g in group if g in by_id]
        for other in inside[1:]:
            union(inside[0], other)
    groups: dict[str, list[dict]] = {}
    for i in sorted(by_id):
        groups.setdefault(root(i), []).append(by_id[i])
    return list(groups.values())
