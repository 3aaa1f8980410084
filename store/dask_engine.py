"""Extraction on Dask: the map step of ingest as a `dask.bag` over partitions.

Extraction is a pure function of a document and the gazetteer, so any engine can run
it; this one hands chunks of the corpus to a Dask cluster (`local`: a LocalCluster of
this machine's cores; `tcp://HOST:8786`: a running scheduler) while this process, the
one SQLite writer, saves what comes back. The corpus goes out a chunk at a time, so
memory stays flat in its size, and results come back in input order, so the store is
the same as a plain ingest's. Dask is an optional extra: `pip install 'incidents[dask]'`.
"""
from __future__ import annotations

from itertools import islice
from typing import Callable, Iterable, Iterator

CHUNK = 512             # documents sent to the cluster per round


class DaskUnavailable(RuntimeError):
    """Dask (or distributed, for a scheduler address) is not installed, or the cluster
    cannot be reached: one line for the analyst."""


def require() -> None:
    """Fail at once, before the store is touched, when the dask extra is missing."""
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        raise DaskUnavailable("--dask needs the dask extra: pip install 'incidents[dask]'") from None


def _extract_partition(items: list, extractor: Callable, gazetteer) -> list:
    """On a Dask worker: (extraction, error) for each (text, meta) of a partition."""
    from incidents.store.workers import extract_one
    return [extract_one(extractor, gazetteer, text, meta) for text, meta in items]


def connect(address: str, timeout: str = "5s"):
    """A distributed Client for `local` or a scheduler address."""
    require()
    from distributed import Client, LocalCluster
    try:
        if address == "local":
            from incidents.store.workers import default_workers
            cluster = LocalCluster(n_workers=default_workers(), threads_per_worker=1,
                                   processes=True, dashboard_address=None)
            return Client(cluster)
        return Client(address, timeout=timeout)
    except (OSError, TimeoutError, ValueError) as e:
        raise DaskUnavailable(f"cannot reach the Dask scheduler {address}: {e}") from None


def dask_extract(tasks: Iterable[tuple], extractor: Callable, gazetteer, address: str,
                 chunk: int = CHUNK) -> Iterator[tuple]:
    """(key, extraction or None, error or None) for each (key, text, meta) task, in order,
    extracted by the Dask cluster at `address`."""
    import dask.bag as db
    client = connect(address)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        shared = client.scatter(gazetteer, broadcast=True)   # sent once, not once per partition
        tasks = iter(tasks)
        while batch := list(islice(tasks, chunk)):
            bag = db.from_sequence([(text, meta) for _, text, meta in batch],
                                   npartitions=min(len(batch), workers * 2))
            answers = bag.map_partitions(_extract_partition, extractor, shared).compute()
            for (key, _, _), answer in zip(batch, answers):
                yield (key, *answer)
    finally:
        cluster = getattr(client, "cluster", None)
        client.close()
        if cluster is not None:
            cluster.close()
