"""The extraction pool hands a free worker the largest document waiting, not the first."""

from __future__ import annotations

import contextlib
import threading
import time
from concurrent.futures import CancelledError

from flows.tasks import ExtractionPool


def _until(cond, timeout: float = 120.0) -> None:
    end = time.monotonic() + timeout
    while not cond():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.02)


def test_the_largest_waiting_document_goes_first_once_a_worker_is_free():
    pool = ExtractionPool(1, "pdfium")
    done: list[str] = []
    try:
        _until(lambda: pool._free == 1)  # the worker is up and warm
        busy = threading.Thread(target=lambda: pool.run(10, time.sleep, 1.0))
        busy.start()
        _until(lambda: pool._free == 0)
        threads = []
        for size in (100, 300, 200):  # arrive smallest first
            t = threading.Thread(target=lambda s=size: done.append(pool.run(s, str, s)))
            t.start()
            threads.append(t)
            waiting = len(threads)
            _until(lambda n=waiting: len(pool._waiting) == n)
        for t in [busy, *threads]:
            t.join(60)
    finally:
        pool.shutdown()
    assert done == ["300", "200", "100"]


def test_a_document_still_waiting_at_shutdown_is_told_so():
    pool = ExtractionPool(1, "pdfium")
    errors: list[BaseException] = []
    try:
        _until(lambda: pool._free == 1)

        def occupy() -> None:
            # shut down before the worker picked it up, the job is cancelled: that is fine here
            with contextlib.suppress(CancelledError):
                pool.run(10, time.sleep, 1.0)

        busy = threading.Thread(target=occupy)
        busy.start()
        _until(lambda: pool._free == 0)

        def wait() -> None:
            try:
                pool.run(5, str, 5)
            except RuntimeError as exc:
                errors.append(exc)

        waiter = threading.Thread(target=wait)
        waiter.start()
        _until(lambda: len(pool._waiting) == 1)
    finally:
        pool.shutdown()
    waiter.join(60)
    busy.join(60)
    assert [str(e) for e in errors] == ["the extraction pool was shut down"]


def test_no_more_documents_at_once_than_slots():
    pool = ExtractionPool(2, "pdfium")
    lock = threading.Lock()
    running, peak = [0], [0]

    def parse(_: int) -> None:
        with lock:
            running[0] += 1
            peak[0] = max(peak[0], running[0])
        time.sleep(0.2)
        with lock:
            running[0] -= 1

    try:
        threads = [threading.Thread(target=pool.run, args=(n, parse, n)) for n in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
    finally:
        pool.shutdown()
    assert peak[0] == 2


def test_a_parse_is_handed_over_once_and_not_kept():
    from extractors.model import Document
    from flows.tasks import Handed, Parsed

    pool = ExtractionPool(1, "pdfium")
    try:
        parsed = Parsed(Document(source="x.pdf", pages=3), [])
        receipt = pool.hand_over(parsed)
        assert isinstance(receipt, Handed) and receipt.pages == 3 and receipt.blocks == 0
        assert pool.take(receipt) is parsed
        assert not pool._parsed  # the flow holds the rows now, the pool nothing
        # A result that is not a receipt (a Dask worker's parse, or None) passes through.
        assert pool.take(parsed) is parsed and pool.take(None) is None
    finally:
        pool.shutdown()
