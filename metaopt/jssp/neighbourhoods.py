"""Job-shop LNS neighbourhoods: which operations a CP-SAT sub-solve may re-sequence.

Each kind picks about ``size`` operations (a bool jobs × ops mask) from the incumbent's start
times: a time window (consecutive operations in start order), whole machines, or whole jobs.
"""

from __future__ import annotations

import numpy as np

from metaopt.jssp.instance import JSSPInstance

KINDS = ("window", "machines", "jobs")


def window(inst: JSSPInstance, starts: np.ndarray, size: int, rng: np.random.Generator
           ) -> np.ndarray:
    """``size`` operations consecutive in start order, from a random place."""
    order = np.argsort(starts, axis=None, kind="stable")
    size = min(size, order.size)
    first = int(rng.integers(0, order.size - size + 1))
    free = np.zeros(starts.size, dtype=bool)
    free[order[first:first + size]] = True
    return free.reshape(starts.shape)


def machines(inst: JSSPInstance, starts: np.ndarray, size: int, rng: np.random.Generator
             ) -> np.ndarray:
    """Every operation of random machines, until about ``size`` operations are free."""
    per_machine = max(1, inst.num_jobs)
    count = max(1, min(inst.num_machines, round(size / per_machine)))
    chosen = rng.choice(inst.num_machines, size=count, replace=False)
    return np.isin(inst.machines, chosen)


def jobs(inst: JSSPInstance, starts: np.ndarray, size: int, rng: np.random.Generator
         ) -> np.ndarray:
    """Every operation of random jobs, until about ``size`` operations are free."""
    count = max(1, min(inst.num_jobs, round(size / inst.num_ops)))
    free = np.zeros(starts.shape, dtype=bool)
    free[rng.choice(inst.num_jobs, size=count, replace=False)] = True
    return free


PICK = {"window": window, "machines": machines, "jobs": jobs}
