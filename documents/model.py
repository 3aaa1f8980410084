"""What the readers yield: a document to extract, or an error to report.

Errors are values, not exceptions, so one bad file never stops an ingest run.
"""
from __future__ import annotations

from dataclasses import dataclass

from incidents.extract.model import DocMeta


@dataclass
class Document:
    meta: DocMeta
    text: str
    source: str                    # where it came from: "path" or "corpus.jsonl:7"
    published_source: str | None = None   # metadata | url | dateline | embed | None


@dataclass
class DocumentError:
    source: str                    # "path" or "path:LINE"
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"
