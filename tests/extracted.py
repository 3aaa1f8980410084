"""The incidents the extractor reads from a text written for a test (a helper of the
extraction test files)."""
from __future__ import annotations

from incidents.extract.model import DocMeta, Incident
from incidents.extract.pipeline import extract_document


def incidents(text: str, published: str | None = "2024-01-01") -> list[Incident]:
    """The incidents of one article published on `published`."""
    return extract_document(text, DocMeta("t.txt", "Test", published=published)).incidents


def places(text: str, published: str | None = "2024-01-01") -> list[tuple[str, str]]:
    """(Arabic name, admin1) of each incident's place, in order."""
    return [(i.location.name_ar, i.location.admin1) for i in incidents(text, published) if i.location]
