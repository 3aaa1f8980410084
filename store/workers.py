"""Extraction in worker processes while one writer commits: the map step of ingest.

Extraction is a pure function of a document and the gazetteer, so N forked processes
can extract while the parent (the one SQLite writer) saves finished documents in
batches. At most WINDOW documents per worker are in flight, so memory stays flat in
the corpus size; results come back in input order, so a run is deterministic.
"""
from __future__ import annotations

import os
from collections import deque
from typing import Callable, Iterable, Iterator

WINDOW = 8               # documents in flight per worker
_JOB: tuple = ()
INTERRUPTED = "interrupted"         # (extractor, gazetteer) inherited by the forked workers


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:       # not Linux
        return max(1, os.cpu_count() or 1)


def extract_one(extractor: Callable, gazetteer, text: str, meta) -> tuple:
    """(extraction, None) or (None, one-line error): one document's extraction bug
    must not stop the run, wherever it runs (here, a forked worker, a Dask worker)."""
    try:
        return extractor(text, meta, gazetteer), None
    except KeyboardInterrupt:       # Ctrl-C reaches every worker: the parent stops the run
        return None, INTERRUPTED
    except Exception as e:
        from incidents.store.db import describe
        return None, f"extraction failed: {describe(e)}"


def _run(task: tuple):
    """In a forked worker: extract_one with the inherited (extractor, gazetteer)."""
    return extract_one(*_JOB, *task)


def _result(key, answer) -> tuple:
    if answer[1] == INTERRUPTED:
        raise KeyboardInterrupt
    return (key, *answer)


def extract_all(tasks: Iterable[tuple], extractor: Callable, gazetteer, workers: int = 1,
                dask: str | None = None) -> Iterator[tuple]:
    """(key, extraction or None, error or None) for each (key, text, meta) task, in
    order. workers > 1 forks that many processes; 1 extracts here; `dask` (`local` or a
    scheduler address) hands the work to a Dask cluster (store.dask_engine)."""
    global _JOB
    if dask:
        from incidents.store.dask_engine import dask_extract
        for key, extraction, error in dask_extract(tasks, extractor, gazetteer, dask):
            yield _result(key, (extraction, error))
        return
    _JOB = (extractor, gazetteer)
    if workers <= 1:
        for key, text, meta in tasks:
            yield _result(key, _run((text, meta)))
        return
    import multiprocessing
    ctx = multiprocessing.get_context("fork")     # workers inherit the loaded gazetteer
    with ctx.Pool(workers) as pool:
        flight: deque = deque()
        for key, text, meta in tasks:
            flight.append((key, pool.apply_async(_run, ((text, meta),))))
            if len(flight) >= workers * WINDOW:
                key, result = flight.popleft()
                yield _result(key, result.get())
        while flight:
            key, result = flight.popleft()
            yield _result(key, result.get())
