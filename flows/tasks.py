"""Prefect tasks: thin wrappers that give the plain functions retries, logs and names."""

from __future__ import annotations

import hashlib
import heapq
import itertools
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows import conditional
from flows.fetch import Fetched, FetchSettings
from flows.parse import Parsed, parse_file, ready, warm_worker
from flows.settings import DEFAULT_ENGINE, DEFAULT_OCR, PROJECT_ROOT
from flows.sources import Source

__all__ = ["ExtractionPool", "Parsed", "extraction_pool", "fetch_source", "parse_document",
           "parser_version"]

T = TypeVar("T")

# The process pool extraction runs in, while the flow's process does the loading. A task that
# runs where no pool was opened (a Dask worker) parses in its own process: there, the worker is
# the unit of parallelism.
_POOL: ExtractionPool | None = None


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
               else (os.cpu_count() or 1))


class ExtractionPool:
    """Worker processes for the CPU-bound parsing, fed the largest waiting file first.

    A document waits here for a free worker instead of in the executor's first-come queue, so
    the largest of those waiting goes next: a long report started last would run on alone while
    the other workers idle. Every worker is started and warmed while the sources are fetched,
    and its slot opens only when it is ready, so the documents fetched meanwhile are ordered.
    """

    def __init__(self, workers: int, engine: str = DEFAULT_ENGINE):
        # spawn, not fork: the flow's process runs threads (Prefect's), which fork does not copy.
        self._pool = ProcessPoolExecutor(max_workers=workers,
                                         mp_context=multiprocessing.get_context("spawn"),
                                         initializer=warm_worker, initargs=(engine,))
        self._cond = threading.Condition()
        self._free = 0
        self._closed = False
        self._waiting: list[tuple[int, int]] = []
        self._order = itertools.count()
        for _ in range(workers):  # each submit starts a worker while none is idle
            self._pool.submit(ready).add_done_callback(self._release)

    def _release(self, _done: object = None) -> None:
        with self._cond:
            self._free += 1
            self._cond.notify_all()

    def run(self, size: int, fn: Callable[..., T], *args: object) -> T:
        """fn(*args) in a worker, once a worker is free and no larger `size` waits."""
        entry = (-size, next(self._order))
        with self._cond:
            heapq.heappush(self._waiting, entry)
            while not self._closed and not (self._free and self._waiting[0] == entry):
                self._cond.wait()
            self._waiting.remove(entry)
            heapq.heapify(self._waiting)
            if self._closed:
                raise RuntimeError("the extraction pool was shut down")
            self._free -= 1
        try:
            return self._pool.submit(fn, *args).result()
        finally:
            self._release()

    def shutdown(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        self._pool.shutdown(wait=True, cancel_futures=True)


@contextmanager
def extraction_pool(workers: int | None, engine: str = DEFAULT_ENGINE) -> Iterator[ExtractionPool]:
    """Worker processes for the CPU-bound parsing, one per core unless told otherwise."""
    global _POOL
    pool = ExtractionPool(workers or default_workers(), engine)
    previous, _POOL = _POOL, pool
    try:
        yield pool
    finally:
        _POOL = previous
        pool.shutdown()


# No Prefect retries: `fetch` retries transient failures itself, within one overall deadline.
@task(name="fetch", task_run_name="fetch {source.id}", cache_policy=NO_CACHE)
def fetch_source(source: Source, raw_dir: Path, settings: FetchSettings) -> Fetched:
    fetched, downloaded = conditional.fetch(source.location, Path(raw_dir), settings)
    get_run_logger().info("%s: %s (%d bytes, sha256 %s)", source.id,
                          "downloaded" if downloaded else "not modified, nothing downloaded",
                          fetched.size, fetched.sha256[:12])
    return fetched


@task(name="extract", task_run_name="extract {source.id}", cache_policy=NO_CACHE)
def parse_document(fetched: Fetched, source: Source, previous: tuple | None = None,
                   version: str = "", force: bool = False, engine: str = DEFAULT_ENGINE,
                   ocr: str = DEFAULT_OCR) -> Parsed | None:
    """The report's repaired layout and indicators; None when the last published run already
    loaded these bytes with this parser version (`previous` = its sha256 and parser version)."""
    logger = get_run_logger()
    if not force and previous is not None and tuple(previous) == (fetched.sha256, version):
        logger.info("%s: unchanged since the last load, not parsed again", source.id)
        return None
    pool = _POOL
    args = (str(fetched.raw_path), source.id, source.year, engine, ocr)
    parsed = pool.run(fetched.size, parse_file, *args) if pool else parse_file(*args)
    logger.info("%s: %d pages, %d blocks, %d indicators (text %s)", source.id,
                parsed.document.pages, len(parsed.document.blocks), len(parsed.indicators),
                parsed.document.text_status)
    return parsed


def parser_version() -> str:
    """A digest of everything that shapes parsed rows: a changed extractor re-parses documents."""
    digest = hashlib.sha256()
    files = sorted((PROJECT_ROOT / "extractors").rglob("*.py"))
    files += sorted((PROJECT_ROOT / "catalog").glob("indicators*.yaml"))
    for path in files:
        digest.update(path.relative_to(PROJECT_ROOT).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
