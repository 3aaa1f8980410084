"""Plain-text cells of an incident row, shared by the table, csv, tsv and md views.

Cells hold cleaned text only (no markup, no isolates); each view decides how to
isolate/reorder Arabic and escape for its own medium.
"""
from __future__ import annotations

from typing import Any, Iterable

from incidents.render.escape import clean

DASH = "—"


def _num(v: Any) -> str:
    return "" if v is None else str(v)


def date_cell(inc: dict) -> str:
    """'2023-09-21 day'; an inferred year is starred: '2023-09-21* day'."""
    date = inc.get("date")
    if not date:
        return DASH
    star = "*" if inc.get("date_inferred") else ""
    prec = inc.get("date_precision") or ""
    return f"{clean(date)}{star} {clean(prec)}".strip()


def date_line(inc: dict) -> str:
    """`show`'s date: date_cell, and the words it was read from when they say more than it does:
    '— (read: الخميس 17 أيلول, no year)' when no year resolved them, '2020-09 month (read: …)'."""
    cell, words = date_cell(inc), clean(inc.get("date_text"), oneline=True)
    if not words or (inc.get("date") and (inc.get("date_precision") or "day") == "day"):
        return cell
    why = "" if inc.get("date") else (", no year" if any(ch.isdigit() for ch in words) else ", no article date")
    return f"{cell} (read: {words}{why})"


def _name_pair(name: Any, name_ar: Any) -> str:
    name, name_ar = clean(name, oneline=True), clean(name_ar, oneline=True)
    if name and name_ar and name != name_ar:
        return f"{name} {name_ar}"
    return name or name_ar


def place_cell(inc: dict) -> str:
    """'Al-Mayadin الميادين, Deir-ez-Zor' (governorate unless it is the place)."""
    loc = inc.get("location") or None
    if not loc:
        return DASH
    text = _name_pair(loc.get("name"), loc.get("name_ar")) or clean(loc.get("mention"), oneline=True)
    admin1 = clean(loc.get("admin1"), oneline=True)
    if admin1 and admin1 != clean(loc.get("name"), oneline=True):
        text = f"{text}, {admin1}" if text else admin1
    return text or DASH


def actor_names(actors: Iterable[dict], script: str = "both") -> list[str]:
    out: list[str] = []
    for a in actors:
        if script == "en":
            n = clean(a.get("name"), oneline=True) or clean(a.get("mention"), oneline=True)
        elif script == "ar":
            n = clean(a.get("name_ar"), oneline=True) or clean(a.get("mention"), oneline=True)
        else:
            n = _name_pair(a.get("name"), a.get("name_ar")) or clean(a.get("mention"), oneline=True)
        if n and n not in out:
            out.append(n)
    return out


def actors_cell(inc: dict, script: str = "both") -> str:
    """'NDF الدفاع الوطني vs Asayish الأسايش'; unsided actors follow after ' · '."""
    actors = inc.get("actors") or []
    one = actor_names([a for a in actors if a.get("side") == 1], script)
    two = actor_names([a for a in actors if a.get("side") == 2], script)
    other = actor_names([a for a in actors if a.get("side") not in (1, 2)], script)
    parts = []
    if one or two:
        parts.append(" vs ".join(" & ".join(s) for s in (one, two) if s))
    if other:
        parts.append(", ".join(other))
    return " · ".join(parts) or DASH


def type_cell(inc: dict) -> str:
    et = clean(inc.get("event_type"), oneline=True)
    sub = clean(inc.get("sub_event_type"), oneline=True)
    text = f"{et} / {sub}" if et and sub and sub != et else (et or sub or DASH)
    if inc.get("background"):
        text += " (background)"
    return text


def killed_cell(inc: dict) -> str:
    """Killed; a combined 'killed and injured' figure shows as '18 k+i'."""
    if inc.get("killed") is None and inc.get("injured") is None and inc.get("casualties_combined") is not None:
        return f"{inc['casualties_combined']} k+i"
    return _num(inc.get("killed"))


def injured_cell(inc: dict) -> str:
    return _num(inc.get("injured"))


def corroboration_mark(inc: dict) -> str:
    """'×3' beside the citation marks when three outlets told the incident (else '')."""
    n = inc.get("corroboration") or 1
    return f"×{n}" if n > 1 else ""


def _span(values: list) -> str:
    low, high = min(values), max(values)
    return str(low) if low == high else f"{low}–{high}"


def figures_range(inc: dict) -> list[str]:
    """'4–6 killed, by 3 reports' for each figure its reports state (more than one report)."""
    reports = inc.get("reports") or []
    if len(reports) < 2:
        return []
    out = []
    for field in ("killed", "injured"):
        values = [r.get(field) for r in reports if r.get(field) is not None]
        if values:
            out.append(f"{_span(values)} {field}, by {len(values)} report{'s' if len(values) > 1 else ''}")
    return out


def report_line(rep: dict) -> str:
    """One report of a merged incident: its document, outlet and own figures."""
    where = ", ".join(x for x in (clean(rep.get("outlet"), oneline=True), clean(rep.get("doc"), oneline=True)) if x)
    bits = [f"killed {_num(rep.get('killed')) or DASH}", f"injured {_num(rep.get('injured')) or DASH}",
            f"date {rep.get('date') or DASH}"]
    if rep.get("background"):
        bits.append("background")
    return f"{where} ({clean(rep.get('report'), oneline=True)}): " + ", ".join(bits)


class Citations:
    """Numbers sources [1] [2] … across one result, in order of first use."""

    def __init__(self) -> None:
        self.items: list[dict] = []
        self._seen: dict[tuple, int] = {}

    def mark(self, inc: dict) -> str:
        marks = []
        for src in inc.get("sources") or []:
            k = (src.get("doc"), src.get("start"), src.get("end"))
            if k not in self._seen:
                self.items.append(src)
                self._seen[k] = len(self.items)
            marks.append(f"[{self._seen[k]}]")
        return " ".join(marks)

    def lines(self, start: int = 0) -> list[tuple[str, str]]:
        """(label, evidence) pairs: '[1] outlet, doc, chars 812–1034:' and the sentence;
        from the `start`-th source on (a streamed table prints each page's new ones)."""
        out = []
        for n, src in enumerate(self.items[start:], start + 1):
            where = ", ".join(x for x in (clean(src.get("outlet"), oneline=True),
                                          clean(src.get("doc"), oneline=True)) if x)
            if src.get("start") is not None:
                where = f"{where}, chars {_num(src.get('start'))}–{_num(src.get('end'))}"
            out.append((f"[{n}] {where}:", clean(src.get("quote"), oneline=True)))
        return out


def sources_text(inc: dict) -> str:
    """Compact source list for csv/tsv: 'doc:812-1034; doc:1500-1600'."""
    return "; ".join(f"{clean(s.get('doc'), oneline=True)}:{_num(s.get('start'))}-{_num(s.get('end'))}"
                     for s in inc.get("sources") or [])
