"""Taillard's (1993) job-shop generator and random Taillard-/Demirkol-like instances."""

from __future__ import annotations

import numpy as np

from metaopt.jssp.instance import JSSPInstance
from metaopt.jssp.taillard_seeds import SEEDS

_A, _B, _C, _M = 16807, 127773, 2836, 2**31 - 1


class _LCG:
    """Park–Miller minimal standard generator with Schrage's trick, as in Taillard's paper."""

    def __init__(self, seed: int) -> None:
        self.seed = int(seed)

    def unif(self, low: int, high: int) -> int:
        k = self.seed // _B
        self.seed = _A * (self.seed % _B) - k * _C
        if self.seed < 0:
            self.seed += _M
        return low + int(self.seed / _M * (high - low + 1))


def taillard(name: str, jobs: int, machines: int, time_seed: int, machine_seed: int,
             low: int = 1, high: int = 99) -> JSSPInstance:
    """Generate an instance exactly as Taillard's generator does from its two seeds."""
    times = _LCG(time_seed)
    durations = np.array([[times.unif(low, high) for _ in range(machines)]
                          for _ in range(jobs)], dtype=np.int64)
    order = _LCG(machine_seed)
    mach = np.empty((jobs, machines), np.int64)
    for j in range(jobs):
        row = list(range(machines))
        for k in range(machines):
            r = order.unif(k, machines - 1)
            row[k], row[r] = row[r], row[k]
        mach[j] = row
    return JSSPInstance(name, mach, durations, machines)


def taillard_published(name: str) -> JSSPInstance:
    """ta01 … ta80 from the published seeds."""
    if name not in SEEDS:
        raise KeyError(f"unknown Taillard instance {name!r} (expected ta01 … ta80)")
    return taillard(name, *SEEDS[name])


def random_jssp(name: str, jobs: int, machines: int, seed: int,
                low: int = 1, high: int = 99, two_sets: bool = False) -> JSSPInstance:
    """Random instance with U[low, high] durations and a random machine order per job.

    Taillard-like: low=1, high=99; Demirkol-like: low=1, high=200. ``two_sets``: every job
    visits machines 0 .. machines//2 - 1 (in random order) before the others, as in
    DMU41-80.
    """
    rng = np.random.default_rng(seed)
    durations = rng.integers(low, high + 1, size=(jobs, machines))
    keys = rng.random((jobs, machines))
    if two_sets:
        keys[:, : machines // 2] -= 1.0  # the first set sorts first
    mach = np.argsort(keys, axis=1)
    return JSSPInstance(name, mach.astype(np.int64), durations.astype(np.int64), machines)
