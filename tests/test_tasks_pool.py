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
