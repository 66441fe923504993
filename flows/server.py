"""The ephemeral Prefect server goes away with the run that started it.

Without PREFECT_API_URL, Prefect 3 starts `python -m uvicorn … prefect.server.api.server:create_app`
as a child process and stops it from an atexit hook. SIGTERM kills Python without running atexit
hooks, and SIGKILL leaves no chance at all, so every such run left a ~200 MB server behind. Here a
run turns SIGTERM/SIGHUP into a normal exit, stops its servers itself on the way out, and stops
servers an earlier killed run left behind. The servers are told apart by a marker in their
environment (they inherit ours): the pid of the baogao run that started them.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

OWNER_ENV = "BAOGAO_RUN_PID"
_SERVER_ARG = b"prefect.server.api.server:create_app"


def _environ(pid: int) -> dict[bytes, bytes]:
    try:
        raw = Path(f"/proc/{pid}/environ").read_bytes()
    except OSError:
        return {}
    return dict(item.split(b"=", 1) for item in raw.split(b"\0") if b"=" in item)


def _ppid(pid: int) -> int | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return int(stat.rsplit(")", 1)[1].split()[1])


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def ephemeral_servers(prefect_home: str | None = None) -> list[tuple[int, int]]:
    """(server pid, owner pid) of every ephemeral Prefect server a baogao run started with
    this PREFECT_HOME (Linux /proc; elsewhere nothing is found)."""
    home = (prefect_home or os.environ.get("PREFECT_HOME", "")).encode()
    found = []
    for entry in Path("/proc").iterdir() if Path("/proc").is_dir() else ():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if _SERVER_ARG not in cmdline:
            continue
        env = _environ(int(entry.name))
        owner = env.get(OWNER_ENV.encode(), b"")
        if owner.isdigit() and env.get(b"PREFECT_HOME", b"") == home:
            found.append((int(entry.name), int(owner)))
    return found


def stop(pid: int, grace: float = 5.0) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
        end = time.monotonic() + grace
        while time.monotonic() < end and _alive(pid) and _ppid(pid) is not None:
            time.sleep(0.05)
        if _alive(pid) and _ppid(pid) is not None:
            os.kill(pid, signal.SIGKILL)


def stop_leftover_servers(prefect_home: str | None = None) -> list[int]:
    """Stop the servers of baogao runs that are gone (killed); returns their pids."""
    stopped = []
    for pid, owner in ephemeral_servers(prefect_home):
        # The owner is gone, or its pid now belongs to another process than the server's parent.
        if not _alive(owner) or _ppid(pid) != owner:
            stop(pid)
            stopped.append(pid)
    return stopped


def _running_servers() -> dict:
    try:
        from prefect.server.api.server import SubprocessASGIServer
    except ImportError:
        return {}
    return dict(getattr(SubprocessASGIServer, "_instances", {}))


def stop_own_servers(keep: frozenset = frozenset(), keep_pids: frozenset = frozenset()) -> None:
    """Stop the ephemeral servers this process started (what Prefect's atexit hook would do),
    but those in `keep`: servers that ran before this run (a test harness, a caller's own)."""
    for key, server in _running_servers().items():
        if key in keep:
            continue
        with contextlib.suppress(Exception):
            server.stop()
    for pid, owner in ephemeral_servers():
        if owner == os.getpid() and pid not in keep_pids:
            stop(pid)


class Terminated(SystemExit):
    """SIGTERM, SIGHUP or SIGINT, raised as an exit so `finally` blocks and atexit hooks run."""


def _raise_exit(signum, frame) -> None:
    raise Terminated(128 + signum)


def _flush_logs() -> None:
    """Send the run's queued logs while its server still listens (else Prefect prints
    'Error logging to API' at exit)."""
    with contextlib.suppress(Exception):
        from prefect.logging.handlers import APILogHandler

        APILogHandler().flush()


@contextlib.contextmanager
def owned_server() -> Iterator[None]:
    """Around a flow run: clean up after killed runs, mark our server, stop it however we end."""
    stop_leftover_servers()
    before = frozenset(_running_servers())
    before_pids = frozenset(pid for pid, _ in ephemeral_servers())
    previous_owner = os.environ.get(OWNER_ENV)
    os.environ[OWNER_ENV] = str(os.getpid())
    # SIGINT too: a KeyboardInterrupt inside the flow waits for its task threads (a fetch that
    # drips) to finish, while an exit unwinds at once.
    previous = {s: signal.signal(s, _raise_exit)
                for s in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        _flush_logs()
        stop_own_servers(keep=before, keep_pids=before_pids)
        if previous_owner is None:
            os.environ.pop(OWNER_ENV, None)
        else:
            os.environ[OWNER_ENV] = previous_owner
