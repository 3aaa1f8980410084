"""A terminal map of Syria's 14 governorates: each drawn where it lies (from its
gazetteer coordinates), shaded by its count, the number beside its name."""
from __future__ import annotations

LON, LAT = (35.6, 42.4), (32.3, 37.4)      # Syria's box
SHADES = "·░▒▓█"


def shade(n: int, top: int) -> str:
    """Blank-ish dot for 0, then four steps up to the largest count."""
    if n <= 0 or top <= 0:
        return SHADES[0]
    return SHADES[min(4, 1 + (4 * n - 1) // top)]


def draw(govs: list[dict], counts: dict[str, int], width: int = 72, height: int = 18) -> list[str]:
    """Lines of the map. `govs`: {name, admin1, lat, lon}; `counts`: admin1 -> n.
    A label that would overlap another moves down a row (Damascus / Rural Damascus)."""
    grid = [[" "] * width for _ in range(height)]
    top = max(counts.values(), default=0)
    for g in sorted(govs, key=lambda g: (-g["lat"], g["lon"])):
        n = counts.get(g["admin1"], 0)
        label = f"{shade(n, top) * 2} {g['name']} {n}"
        col = round((g["lon"] - LON[0]) / (LON[1] - LON[0]) * (width - 1))
        row = round((LAT[1] - g["lat"]) / (LAT[1] - LAT[0]) * (height - 1))
        col = max(0, min(col - 1, width - len(label)))
        while row < height - 1 and any(c != " " for c in grid[row][max(0, col - 1):col + len(label) + 1]):
            row += 1
        for i, ch in enumerate(label):
            grid[row][col + i] = ch
    return ["".join(r).rstrip() for r in grid]
