"""Where a whole run's CPU and memory go: a sampler of this process and its descendants.

Linux only (reads /proc). Every `interval` seconds it reads each process of the tree — its CPU
time, its time waiting for a core on the run queue (/proc/PID/schedstat), its state and, less
often, its proportional memory (PSS) — and groups the processes by role:

  flow      this process (the Prefect flow, its task threads and the DuckDB writer)
  api       Prefect's ephemeral API server (a uvicorn subprocess)
  parse     the forkserver the parses are forked from, and one child per document
  worker-N  (older layouts) an extraction worker process with everything below it
  other     anything else (multiprocessing's resource tracker)

A role is busy while any of its processes runs or waits for a core. A document's child is
seen from the first to the last sample it was alive at; CPU time of a process is its last
sample, so each short-lived child loses at most one interval. For benchmarks only.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

_TICK = os.sysconf("SC_CLK_TCK")


@dataclass(slots=True)
class _Proc:
    pid: int
    ppid: int
    role: str
    depth: int = 0  # below the process that gave it its role: a document's child is 2
    cpu: float = 0.0  # user + system seconds
    wait: float = 0.0  # seconds runnable but not running
    seen: tuple[float, float] = (0.0, 0.0)  # first and last sample it was alive at
    peak_pss: float = 0.0  # MiB, at the samples that read memory


@dataclass
class RoleStats:
    cpu: float = 0.0
    wait: float = 0.0
    busy: float = 0.0  # seconds of wall time with some process of the role runnable
    first_busy: float | None = None
    last_busy: float | None = None
    peak_pss_mib: float = 0.0


@dataclass
class Report:
    wall: float
    roles: dict[str, RoleStats] = field(default_factory=dict)
    peak_pss_mib: float = 0.0  # of all processes together, at the worst sample
    peak_rss_mib: float = 0.0
    sampler_cpu: float = 0.0  # what this sampler cost the flow process
    # One per document's child process: (role, first seen, last seen, CPU seconds, peak PSS MiB).
    documents: list[tuple[str, float, float, float, float]] = field(default_factory=list)

    def critical_path(self, slots: int) -> dict:
        """The parse's own bound: the longest document against the total over the slots, and
        the slot time no document used between the first parse's start and the last's end."""
        if not self.documents:
            return {}
        cpu = [d[3] for d in self.documents]
        start = min(d[1] for d in self.documents)
        end = max(d[2] for d in self.documents)
        lived = sum(d[2] - d[1] for d in self.documents)
        return {"documents": len(cpu), "parse_cpu_s": round(sum(cpu), 2),
                "longest_document_cpu_s": round(max(cpu), 2),
                "parse_cpu_per_slot_s": round(sum(cpu) / slots, 2),
                "first_parse_start_s": round(start, 2), "last_parse_end_s": round(end, 2),
                "documents_alive_s": round(lived, 2),
                "largest_document_pss_mib": round(max(d[4] for d in self.documents)),
                "slot_idle_s": round(max(0.0, slots * (end - start) - lived), 2)}

    def as_dict(self, slots: int = 1) -> dict:
        roles = {name: {"cpu_s": round(r.cpu, 2), "runqueue_wait_s": round(r.wait, 2),
                        "busy_s": round(r.busy, 2),
                        "first_busy_s": None if r.first_busy is None else round(r.first_busy, 2),
                        "last_busy_s": None if r.last_busy is None else round(r.last_busy, 2),
                        "peak_pss_mib": round(r.peak_pss_mib)}
                 for name, r in sorted(self.roles.items())}
        return {"wall_s": round(self.wall, 2), "roles": roles,
                "peak_pss_mib": round(self.peak_pss_mib), "peak_rss_mib": round(self.peak_rss_mib),
                "sampler_cpu_s": round(self.sampler_cpu, 2),
                "critical_path": self.critical_path(slots)}


def _stat(pid: int) -> tuple[int, str, float] | None:
    """ppid, state and CPU seconds of a process, None once it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text[text.rindex(")") + 2:].split()
    return int(fields[1]), fields[0], (int(fields[11]) + int(fields[12])) / _TICK


def _schedwait(pid: int) -> float:
    try:
        return int(Path(f"/proc/{pid}/schedstat").read_text().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


def _memory(pid: int) -> tuple[float, float]:
    """PSS and RSS in MiB (0 once the process is gone)."""
    pss = rss = 0.0
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                pss = int(line.split()[1]) / 1024
            elif line.startswith("Rss:"):
                rss = int(line.split()[1]) / 1024
    except OSError:
        pass
    return pss, rss


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


class ProcessTree:
    """with ProcessTree() as tree: ...; tree.report — the tree below this process while inside."""

    def __init__(self, interval: float = 0.2, memory_every: int = 2):
        self.interval, self.memory_every = interval, memory_every
        self.root = os.getpid()
        self._procs: dict[int, _Proc] = {}
        self._base: dict[int, tuple[float, float]] = {}
        self._foreign: set[int] = set()
        self._workers = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="proctree", daemon=True)
        self.report: Report | None = None

    def _role(self, pid: int, ppid: int) -> tuple[str, int]:
        if pid == self.root:
            return "flow", 0
        parent = self._procs.get(ppid)
        if parent is not None and parent.role != "flow":
            return parent.role, parent.depth + 1
        cmd = _cmdline(pid)
        if "uvicorn" in cmd:
            return "api", 0
        if "forkserver" in cmd and ppid == self.root:
            return "parse", 0
        if "resource_tracker" in cmd:
            return "other", 0
        if "multiprocessing" in cmd:
            self._workers += 1
            return f"worker-{self._workers}", 0
        return "other", 0

    def _descendants(self) -> list[tuple[int, int, str, float]]:
        """Every process of the tree, parents before children. A process found outside the
        tree is not read again while it lives: the machine's other processes cost one read."""
        alive = {int(e.name) for e in os.scandir("/proc") if e.name.isdigit()}
        self._foreign &= alive
        stats: dict[int, tuple[int, str, float]] = {}
        for pid in alive - self._foreign:
            st = _stat(pid)
            if st is not None:
                stats[pid] = st
        ours = {self.root}
        added = True
        while added:  # a child may be read before its parent
            added = False
            for pid, st in stats.items():
                if pid not in ours and st[0] in ours:
                    ours.add(pid)
                    added = True
        self._foreign |= set(stats) - ours
        out, todo = [], [self.root]
        children: dict[int, list[int]] = {}
        for pid in ours - {self.root}:
            children.setdefault(stats[pid][0], []).append(pid)
        while todo:
            pid = todo.pop(0)
            if pid in stats:
                out.append((pid, *stats[pid]))
                todo.extend(sorted(children.get(pid, [])))
        return out

    def _loop(self) -> None:
        started = time.perf_counter()
        roles: dict[str, RoleStats] = {}
        report = Report(wall=0.0, roles=roles)
        cpu0 = time.thread_time()
        tick = 0
        last = started
        while not self._stop.is_set():
            now = time.perf_counter()
            step, last = now - last, now
            at = now - started
            runnable: set[str] = set()
            pss_total = rss_total = 0.0
            pss_roles: dict[str, float] = {}
            for pid, ppid, state, cpu in self._descendants():
                proc = self._procs.get(pid)
                if proc is None:
                    role, depth = self._role(pid, ppid)
                    proc = self._procs[pid] = _Proc(pid, ppid, role, depth, seen=(at, at))
                proc.cpu, proc.wait = cpu, _schedwait(pid)
                proc.seen = (proc.seen[0], at)
                if state == "R" and pid != self.root:
                    runnable.add(proc.role)
                if tick % self.memory_every == 0:
                    pss, rss = _memory(pid)
                    proc.peak_pss = max(proc.peak_pss, pss)
                    pss_total, rss_total = pss_total + pss, rss_total + rss
                    pss_roles[proc.role] = pss_roles.get(proc.role, 0.0) + pss
            for role, pss in pss_roles.items():
                r = roles.setdefault(role, RoleStats())
                r.peak_pss_mib = max(r.peak_pss_mib, pss)
            report.peak_pss_mib = max(report.peak_pss_mib, pss_total)
            report.peak_rss_mib = max(report.peak_rss_mib, rss_total)
            for role in runnable:
                r = roles.setdefault(role, RoleStats())
                r.busy += step
                r.first_busy = at if r.first_busy is None else r.first_busy
                r.last_busy = at
            tick += 1
            self._stop.wait(self.interval)
        report.wall = time.perf_counter() - started
        report.sampler_cpu = time.thread_time() - cpu0
        for proc in self._procs.values():
            cpu0_, wait0 = self._base.get(proc.pid, (0.0, 0.0))
            r = roles.setdefault(proc.role, RoleStats())
            r.cpu += proc.cpu - cpu0_
            r.wait += proc.wait - wait0
            if (proc.role.startswith("worker") and proc.depth == 2
                    or proc.role == "parse" and proc.depth == 1):
                report.documents.append((proc.role, *proc.seen, proc.cpu, proc.peak_pss))
        self.report = report

    def __enter__(self) -> ProcessTree:
        # CPU spent before the block (the flow process's, the API server's) is not the block's.
        self._base = {pid: (cpu, _schedwait(pid)) for pid, _, _, cpu in self._descendants()}
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        assert self.report is not None
        self.report.roles.setdefault("flow", RoleStats()).cpu -= self.report.sampler_cpu
