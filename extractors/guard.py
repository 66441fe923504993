"""One document's extraction in a child process with a deadline and a memory limit.

The deadline counts the child's CPU time (RLIMIT_CPU), so a document is given the same work
however busy the machine is: on two cores shared by other jobs a wall-clock limit failed real
scans that a quiet machine reads in two minutes. A wall-clock backstop of WALL_FACTOR times the
deadline still stops a child that waits without working.

A cooperative time check cannot stop a PDF engine stuck inside one page, and Python cannot take
memory back from a runaway parse; a process can be killed and its memory is returned whole. The
child is forked from a forkserver that has already imported the extractors, so it starts fast and
never inherits the parent's threads. As with any multiprocessing start method but fork, a script
that calls it must guard its top level with `if __name__ == "__main__":` (the child imports it).
"""

from __future__ import annotations

import contextlib
import math
import multiprocessing
import resource
import signal
from pathlib import Path

from extractors.limits import Limits
from extractors.model import Document, ExtractionError, Indicator

_PRELOAD = ["extractors.extract", "extractors.layout", "extractors.engines"]
_context = None
# The forkserver imports the extractors once, on first use: slow on a busy machine, not counted.
_START_TIMEOUT = 120.0
WALL_FACTOR = 4.0


def _ctx(engine: str = "pdfplumber", with_indicators: bool = True):
    """The forkserver context, which preloads on its start what every child would otherwise do
    again: import the layout code and the engine the first caller reads with (pdfplumber alone
    takes half a second) and, when it wants indicators, parse the catalogue
    (extractors.indicators.preload). A later call with another engine imports it in its child."""
    global _context
    if _context is None:
        _context = multiprocessing.get_context("forkserver")
        modules = [*_PRELOAD, f"extractors.engines.{engine}"]
        if with_indicators:
            modules.append("extractors.indicators.preload")
        _context.set_forkserver_preload(modules)
    return _context


def warm(engine: str = "pdfplumber", with_indicators: bool = True) -> None:
    """Start the forkserver now (a worker process before its first document), unless this
    process extracts in place (a deadline of 0, or a daemonic Dask worker)."""
    if Limits.from_env().deadline <= 0 or multiprocessing.current_process().daemon:
        return
    _ctx(engine, with_indicators)
    from multiprocessing import forkserver

    forkserver.ensure_running()


def extract_all(path: str | Path, year: int | None, limits: Limits,
                with_indicators: bool = True, reading: dict | None = None
                ) -> tuple[Document, list[Indicator]]:
    """extract_document, then extract_indicators when the text is usable (in this process).
    `reading`: the engine, ocr and ocr_options arguments of extract_document."""
    from extractors.extract import extract_document
    from extractors.indicators import extract_indicators

    document = extract_document(path, limits, **(reading or {}))
    ok = with_indicators and document.text_status == "ok"
    return document, (extract_indicators(document, year=year) if ok else [])


def _child(conn, path: str, year: int | None, limits: Limits, with_indicators: bool,
           reading: dict | None = None) -> None:
    conn.send(("started", None))  # the deadline counts the work, not the process start
    if limits.deadline > 0:
        used = resource.getrusage(resource.RUSAGE_SELF)
        cpu = math.ceil(used.ru_utime + used.ru_stime + limits.deadline)
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))  # SIGXCPU ends the child
    if limits.max_memory > 0:
        # Data, not address space: shared libraries and reserved arenas are not the risk.
        resource.setrlimit(resource.RLIMIT_DATA, (limits.max_memory, limits.max_memory))
    try:
        result = ("ok", extract_all(path, year, limits, with_indicators, reading))
    except ExtractionError as exc:
        result = ("extraction", exc.problem)
    except MemoryError:
        result = ("extraction", f"needs more than {limits.max_memory >> 20} MiB of memory "
                                "(BAOGAO_LIMIT_MAX_MEMORY)")
    except BaseException as exc:  # anything else still reaches the parent as a message
        result = ("extraction", f"extraction failed ({type(exc).__name__}: {exc})")
    try:
        conn.send(result)
    except MemoryError:
        conn.send(("extraction", "the result is too large to hand back (out of memory)"))
    conn.close()


def extract_bounded(path: str | Path, year: int | None = None, limits: Limits | None = None,
                    with_indicators: bool = True, **reading) -> tuple[Document, list[Indicator]]:
    """extract_all under `limits.deadline` seconds of CPU and `limits.max_memory` bytes.

    Over either limit the child is killed and ExtractionError names the file and the limit.
    A deadline of 0 runs in this process, unbounded (for debugging).
    """
    limits = limits or Limits.from_env()
    if limits.deadline <= 0:
        return extract_all(path, year, limits, with_indicators, reading)
    engine = reading.get("engine", "pdfplumber")
    ctx = _ctx(engine if engine in ("pdfplumber", "pdfium") else "pdfplumber", with_indicators)
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(send, str(path), year, limits, with_indicators,
                                             reading), daemon=True)
    child.start()
    send.close()
    try:
        if receive.poll(_START_TIMEOUT):
            with contextlib.suppress(EOFError):
                receive.recv()
        over = ExtractionError(str(path), f"extraction took longer than the {limits.deadline:g} s "
                                          "deadline (BAOGAO_LIMIT_DEADLINE)")
        if not receive.poll(limits.deadline * WALL_FACTOR):
            raise over
        try:
            kind, value = receive.recv()
        except EOFError:
            child.join(5)
            code = child.exitcode
            if code == -signal.SIGXCPU:
                raise over from None
            why = f"killed by signal {-code}" if code and code < 0 else f"exit code {code}"
            raise ExtractionError(str(path), f"the extraction process died ({why}; out of "
                                             "memory?)") from None
    finally:
        receive.close()
        if child.is_alive():
            child.kill()
        child.join(5)
    if kind != "ok":
        raise ExtractionError(str(path), value)
    return value
