"""documents stage of the incidents pipeline: files, folders, .jsonl corpora and
stdin become (DocMeta, text) pairs, or one-line errors that never stop a run."""
from incidents.documents.model import Document, DocumentError
from incidents.documents.readers import iter_documents

__all__ = ["Document", "DocumentError", "iter_documents"]
