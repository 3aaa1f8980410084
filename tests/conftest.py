"""Fixtures shared across test files."""
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory):
    """The five seed articles ingested once with our gazetteer (tests only read it)."""
    from incidents.store.db import open_store
    from incidents.store.ingest import ingest_paths
    store = open_store(str(tmp_path_factory.mktemp("seeds") / "seeds.db"))
    ingest_paths(store, [str(ROOT / "seeds")], progress=False)
    yield store
    store.close()


@pytest.fixture
def store_export():
    """Everything a store exports (incidents, quotes), to compare two stores built two ways."""
    from incidents.store.db import open_store

    def export(path):
        s = open_store(str(path))
        try:
            return list(s.export_incidents()), list(s.export_quotes())
        finally:
            s.close()
    return export
