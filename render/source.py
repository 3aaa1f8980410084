"""One article with the evidence of its incidents marked (`source DOC`).

Every field of an incident points at characters of its document; reading those
spans inside the whole article is how an analyst checks an extraction. The text is
split at the stored citation offsets (never re-found by searching), each piece is
cleaned separately so removed control characters cannot shift a span, and nothing
from the article is parsed as markup. On a terminal spans are highlighted and the
text goes through a pager; piped, spans are bracketed ⟦…⟧ and no ANSI is written.
"""
from __future__ import annotations

from typing import IO, Optional

OPEN, CLOSE = "⟦", "⟧"


def segments(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, bool, list[str]]]:
    """Split `text` at every span boundary: (piece, inside some span, ids of spans
    ending right after the piece). Overlapping spans highlight their union."""
    n = len(text)
    spans = [(max(0, s), min(n, e), i) for s, e, i in spans if s is not None and e is not None and s < e]
    cuts = sorted({0, n} | {s for s, _, _ in spans} | {e for _, e, _ in spans})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        inside = any(s <= a and b <= e for s, e, _ in spans)
        ending = list(dict.fromkeys(i for _, e, i in spans if e == b))
        out.append((text[a:b], inside, ending))
    return out


def plain(text: str, spans: list[tuple[int, int, str]]) -> str:
    """The article with each run of evidence bracketed ⟦…⟧ and every span followed
    by its incident id (inside the brackets when another span continues)."""
    from incidents.render.escape import clean
    segs = segments(text, spans)
    parts: list[str] = []
    is_open = False
    for k, (piece, inside, ending) in enumerate(segs):
        if inside and not is_open:
            parts.append(OPEN)
            is_open = True
        parts.append(clean(piece))
        continues = k + 1 < len(segs) and segs[k + 1][1]
        if is_open and not continues:
            parts.append(CLOSE)
            is_open = False
        parts.append("".join(f"[{i}]" for i in ending))
    return "".join(parts)


def _styled(text: str, spans: list[tuple[int, int, str]], bidi: bool):
    """A rich Text with spans highlighted and id markers after them."""
    from rich.text import Text

    from incidents.render.escape import bidi_display, clean
    out = Text()
    for piece, inside, ending in segments(text, spans):
        s = clean(piece)
        out.append(bidi_display(s) if bidi else s, style="black on yellow" if inside else "")
        for i in ending:
            out.append(f" [{i}]", style="bold magenta")
    return out


def _header(doc: dict, spans: list) -> str:
    from incidents.render.escape import clean
    bits = [clean(doc.get("doc"), oneline=True)]
    for key in ("outlet", "published"):
        if doc.get(key):
            bits.append(clean(doc[key], oneline=True))
    ids = list(dict.fromkeys(i for _, _, i in spans))
    bits.append(f"{len(spans)} evidence span{'s' if len(spans) != 1 else ''}, {len(ids)} incident"
                f"{'s' if len(ids) != 1 else ''}")
    title = f"\n{clean(doc['title'], oneline=True)}" if doc.get("title") else ""
    return " · ".join(bits) + title


def render_source(doc: dict, spans: list[tuple[int, int, str]], out: IO[str], *,
                  terminal: Optional[bool] = None, bidi: bool = False, fmt: str = "table",
                  pager: str = "on") -> None:
    """Write the document: JSON for json/jsonl, else marked text (paged on a terminal)."""
    if fmt in ("json", "jsonl"):
        from incidents.render.formats import to_json
        obj = {"doc": doc.get("doc"), "outlet": doc.get("outlet"), "published": doc.get("published"),
               "title": doc.get("title"), "text": doc.get("text"),
               "spans": [{"start": s, "end": e, "incident": i} for s, e, i in spans]}
        out.write(to_json(obj, indent=2 if fmt == "json" else None) + "\n")
        return
    text = doc.get("text") or ""
    if not terminal:
        from incidents.render.escape import bidi_display
        body = plain(text, spans)
        out.write(_header(doc, spans) + "\n\n" + (bidi_display(body) if bidi else body).rstrip("\n") + "\n")
        return
    from rich.text import Text
    head = Text(_header(doc, spans), style="bold")
    body = _styled(text, spans, bidi)
    page([head, Text(""), body], out, "off" if pager == "off" else "on")


def page(renderables: list, out: IO[str], mode: str = "on") -> None:
    """Render to ANSI text and hand it to the shell's pager (render.pager) when `out`
    is a terminal; inside the interactive shell `out` is the buffer the prompt pages
    itself, so the text is simply written there."""
    import io

    from incidents.render.table import make_console
    buf = io.StringIO()
    console = make_console(buf, True)
    for r in renderables:
        console.print(r)
    text = buf.getvalue()
    if getattr(out, "isatty", lambda: False)():
        try:
            from incidents.render.pager import emit
        except ImportError:  # pragma: no cover - the pager module ships with the shell
            emit = None
        if emit is not None:
            emit(text, out, mode)
            return
    out.write(text)
