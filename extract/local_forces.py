"""Local armed groups named by a generic word ("مجموعات محلية مسلحة", "المسلحين المحليين") are
the local force of the area the article is about: Daraa's gunmen in Daraa, Sweida's factions
in Sweida. The areas and their cues are data (data/local_forces.json)."""
from __future__ import annotations

from functools import lru_cache

from .normalise import fold
from .wordlists import DATA_DIR, read_data


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...]:
    raw = read_data(DATA_DIR / "local_forces.json")
    return tuple((r["from"], r["to"], tuple(fold(c) for c in r["cues"]), tuple(fold(c) for c in r["unless"]))
                 for r in raw["rows"])


def resolve(folded_text: str, mentions: list) -> None:
    """Give each mention of a generic local force the force of the area the text names (in place)."""
    for source, target, cues, unless in _rows():
        if not any(m.ids == [source] for m in mentions):
            continue
        if any(c in folded_text for c in cues) and not any(c in folded_text for c in unless):
            for m in mentions:
                if m.ids == [source]:
                    m.ids = [target]
