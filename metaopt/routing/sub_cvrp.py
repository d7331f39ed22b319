"""Sub-CVRPs solved by PyVRP side by side: one forked process per worker, each job a set of
customers, optionally the routes to start from, and its seconds."""

from __future__ import annotations

import multiprocessing as mp
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from metaopt.routing.forked import quiet_worker
from metaopt.routing.instance import RoutingInstance

Routes = list[list[int]]


@dataclass(frozen=True)
class Job:
    """One sub-CVRP: its customers (node ids), the routes to start from (or None), its time
    and seed."""

    customers: np.ndarray
    start: Routes | None
    seconds: float
    seed: int


_INSTANCE: RoutingInstance | None = None  # what a forked worker inherits


def _solve(inst: RoutingInstance, job: Job, stop: Callable[[], bool] | None = None
           ) -> Routes | None:
    from metaopt.routing.pyvrp_solve import solve_cvrp

    routes = solve_cvrp(inst, job.customers, job.seconds, job.seed, start=job.start, stop=stop)
    return None if routes is None else [r for r in routes if r]


def _solve_job(job: Job) -> Routes | None:
    assert _INSTANCE is not None
    return _solve(_INSTANCE, job)


class SubCVRPPool:
    """Solves batches of sub-CVRPs on ``workers`` processes (forked once, where the platform
    forks; else one at a time here). A stop ends a batch at once: jobs not finished come back
    as None."""

    def __init__(self, inst: RoutingInstance, workers: int,
                 stop: Callable[[], bool]) -> None:
        self.inst, self.stop = inst, stop
        forks = "fork" in mp.get_all_start_methods()
        self.workers = max(1, workers) if forks else 1
        self._pool = None

    def __enter__(self) -> SubCVRPPool:
        global _INSTANCE
        if self.workers > 1:
            _INSTANCE = self.inst
            self._pool = mp.get_context("fork").Pool(self.workers, initializer=quiet_worker)
        return self

    def __exit__(self, *exc) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    def seconds_each(self, seconds: float, jobs: int) -> float:
        """Each job's time when ``jobs`` jobs share ``seconds`` in rounds of ``workers``."""
        return seconds / max(1, -(-jobs // self.workers))

    def solve(self, jobs: list[Job]) -> list[Routes | None]:
        """Each job's routes (None where PyVRP found nothing feasible or the run stopped)."""
        if self._pool is None:
            return [self._here(job) for job in jobs]
        pending = [self._pool.apply_async(_solve_job, (job,)) for job in jobs]
        while not all(p.ready() for p in pending):
            if self.stop():
                self.__exit__()  # kills the workers mid-job
                return [p.get() if p.ready() else None for p in pending]
            time.sleep(0.02)
        return [p.get() for p in pending]

    def _here(self, job: Job) -> Routes | None:
        return None if self.stop() else _solve(self.inst, job, self.stop)
