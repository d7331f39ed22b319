"""The run control an engine receives: deadline, seed, stop flag, incumbent reporting."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import numpy as np

from metaopt.result import TrajectoryPoint

ProgressFn = Callable[["Run"], None]


class Run:
    """One engine run: wall-clock deadline from creation, one seed, a stop flag, a trajectory.

    Objectives are in the instance's own sense (``sense`` 1 to minimise, -1 to maximise).

    Engines call :meth:`improved` whenever the incumbent improves and poll :attr:`stopped`
    (or register :meth:`on_stop` callbacks) so Ctrl-C and SIGTERM end them early.
    """

    def __init__(
        self,
        time_limit: float,
        seed: int,
        threads: int = 1,
        sense: int = 1,
        progress: ProgressFn | None = None,
    ) -> None:
        if time_limit <= 0:
            raise ValueError("time_limit must be positive")
        self.time_limit = float(time_limit)
        self.seed = int(seed)
        self.threads = int(threads)
        self.sense = 1 if sense >= 0 else -1
        self.rng = np.random.default_rng(self.seed)
        self.start = time.monotonic()
        self.trajectory: list[TrajectoryPoint] = []
        self.best: float | None = None
        self.bound: float | None = None
        self.phase: str = ""
        self._progress = progress
        self._stop = threading.Event()
        self._on_stop: list[Callable[[], None]] = []
        self._lock = threading.Lock()

    def child_seed(self, bits: int = 31) -> int:
        """A seed for a solver or torch, drawn from the run's one Generator."""
        return int(self.rng.integers(0, 2**bits - 1))

    def elapsed(self) -> float:
        return time.monotonic() - self.start

    def remaining(self) -> float:
        return max(0.0, self.time_limit - self.elapsed())

    @property
    def stopped(self) -> bool:
        return self._stop.is_set() or self.remaining() <= 0.0

    @property
    def interrupted(self) -> bool:
        return self._stop.is_set()

    def on_stop(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` when a stop is requested (at once if one already was)."""
        with self._lock:
            self._on_stop.append(callback)
        if self._stop.is_set():
            callback()

    def request_stop(self) -> None:
        self._stop.set()
        with self._lock:
            callbacks = list(self._on_stop)
        for cb in callbacks:
            try:
                cb()
            except Exception:  # a solver already finished may refuse; stopping must not fail
                pass

    def improved(self, objective: float, tag: str | None = None, at: float | None = None
                 ) -> bool:
        """Record a new incumbent if it is better (in the run's sense); return whether it was.

        ``at`` is the run time it was found, when an external solver reports it afterwards.
        """
        objective = float(objective)
        with self._lock:
            if self.best is not None and self.sense * objective >= self.sense * self.best:
                return False
            self.best = objective
            when = self.elapsed() if at is None else min(at, self.elapsed())
            self.trajectory.append(TrajectoryPoint(round(when, 6), objective, tag))
        self._notify()
        return True

    def set_bound(self, bound: float) -> None:
        self.bound = float(bound)
        self._notify()

    def set_phase(self, phase: str) -> None:
        self.phase = phase
        self._notify()

    def _notify(self) -> None:
        if self._progress is not None:
            self._progress(self)


def available_cpus() -> int:
    """The cores this process may run on (its affinity mask where the platform has one)."""
    import os

    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1
