"""Prefect tasks: thin wrappers that give the plain functions retries, logs and names."""

from __future__ import annotations

import hashlib
import heapq
import itertools
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows import conditional
from flows.fetch import Fetched, FetchSettings
from flows.parse import Parsed, parse_file, warm_worker
from flows.settings import DEFAULT_ENGINE, DEFAULT_OCR, PROJECT_ROOT
from flows.sources import Source

__all__ = ["ExtractionPool", "Handed", "Parsed", "extraction_pool", "fetch_source", "parse_document",
           "parser_version"]

T = TypeVar("T")

# The slots extraction runs in, while the flow's process does the loading. A task that runs
# where no pool was opened (a Dask worker) parses in its own process: there, the worker is the
# unit of parallelism.
_POOL: ExtractionPool | None = None


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
               else (os.cpu_count() or 1))


@dataclass(frozen=True, slots=True)
class Handed:
    """What an extract task returns when the parse stays in the flow's process (see
    ExtractionPool.hand_over): the figures its task run reports."""
    token: int
    pages: int
    blocks: int
    indicators: int
    text_status: str


class ExtractionPool:
    """`workers` documents parsed at once, the largest waiting file first.

    Each parse already runs in a child process of its own (extractors.guard: forked from a
    forkserver that has imported the extractors, under a deadline and a memory limit), so a
    slot is a thread of the flow's process that waits on its child: no worker processes in
    between, whose imports, memory and second pickling of every result cost the cores the
    parsing needs. A document waits here for a free slot instead of in a first-come queue, so
    the largest of those waiting goes next: a long report started last would run on alone
    while the other slots idle. The forkserver is started while the sources are fetched, and
    the slots open once it is up, so the documents fetched meanwhile are ordered.
    """

    def __init__(self, workers: int, engine: str = DEFAULT_ENGINE):
        self._cond = threading.Condition()
        self._free = 0
        self._closed = False
        self._waiting: list[tuple[int, int]] = []
        self._order = itertools.count()
        self._parsed: dict[int, Parsed] = {}
        self._tokens = itertools.count()
        self._warming = threading.Thread(target=self._warm, args=(workers, engine),
                                         name="extraction-warm", daemon=True)
        self._warming.start()

    def _warm(self, workers: int, engine: str) -> None:
        try:
            warm_worker(engine)
        finally:
            for _ in range(workers):
                self._release()

    def _release(self) -> None:
        with self._cond:
            self._free += 1
            self._cond.notify_all()

    def run(self, size: int, fn: Callable[..., T], *args: object) -> T:
        """fn(*args) once a slot is free and no larger `size` waits (in the calling thread:
        fn is expected to wait on a child process, as parse_file does)."""
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
            return fn(*args)
        finally:
            self._release()

    def hand_over(self, parsed: Parsed) -> Handed:
        """Keep a parse here for the flow's writer and give Prefect a receipt instead: a
        task's result stays in Prefect's run context until the flow ends, and its parameters
        are walked object by object, so a document's blocks passed through Prefect would be
        held for the whole run and traversed at every step."""
        token = next(self._tokens)
        self._parsed[token] = parsed
        return Handed(token, parsed.document.pages, len(parsed.document.blocks),
                      len(parsed.indicators), parsed.document.text_status)

    def take(self, result: Parsed | Handed | None) -> Parsed | None:
        """The parse a receipt stands for (once), or the result itself when it is one."""
        return self._parsed.pop(result.token) if isinstance(result, Handed) else result

    def shutdown(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        self._warming.join()


@contextmanager
def extraction_pool(workers: int | None, engine: str = DEFAULT_ENGINE) -> Iterator[ExtractionPool]:
    """Parsing slots for the CPU-bound work, one per core unless told otherwise."""
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
                   ocr: str = DEFAULT_OCR) -> Parsed | Handed | None:
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
    # On a Dask worker the parse must travel back as the result; here it need not.
    return pool.hand_over(parsed) if pool else parsed


def parser_version() -> str:
    """A digest of everything that shapes parsed rows: a changed extractor re-parses documents."""
    digest = hashlib.sha256()
    files = sorted((PROJECT_ROOT / "extractors").rglob("*.py"))
    files += sorted((PROJECT_ROOT / "catalog").glob("indicators*.yaml"))
    for path in files:
        digest.update(path.relative_to(PROJECT_ROOT).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
