"""Job-shop LNS neighbourhoods: which operations a CP-SAT sub-solve may re-sequence.

Each kind picks about ``size`` operations (a bool jobs × ops mask) from the incumbent's start
times: a time window (consecutive operations in start order) from a random place or around a
random operation of a critical path, whole machines, or whole jobs.
"""

from __future__ import annotations

import numpy as np

from metaopt.jssp.instance import JSSPInstance

# the kinds "mixed" draws from; "critical" is chosen only by name: in the mix it was 0.3 %
# worse on the development set (10 instances, 10 s, 2 threads)
KINDS = ("window", "machines", "jobs")


def window(inst: JSSPInstance, starts: np.ndarray, size: int, rng: np.random.Generator
           ) -> np.ndarray:
    """``size`` operations consecutive in start order, from a random place."""
    size = min(size, starts.size)
    return _in_start_order(starts, int(rng.integers(0, starts.size - size + 1)), size)


def _in_start_order(starts: np.ndarray, first: int, size: int) -> np.ndarray:
    """The mask of the operations at places ``first`` … ``first + size − 1`` in start order."""
    order = np.argsort(starts, axis=None, kind="stable")
    free = np.zeros(starts.size, dtype=bool)
    free[order[first:first + size]] = True
    return free.reshape(starts.shape)


def critical_path(inst: JSSPInstance, starts: np.ndarray) -> list[tuple[int, int]]:
    """Operations (job, index) of one critical path of a semi-active schedule, last first:
    from an operation that ends last, each step goes to the job or machine predecessor that
    ends exactly when it starts."""
    n, k = starts.shape
    ends = starts + inst.durations
    flat_m = inst.machines.ravel()
    order = np.lexsort((starts.ravel(), flat_m))  # by machine, then start
    before = np.full(n * k, -1)
    same = flat_m[order[1:]] == flat_m[order[:-1]]
    before[order[1:][same]] = order[:-1][same]  # the previous operation on the machine
    cur = int(np.argmax(ends))
    path = [cur]
    while True:
        j, o = divmod(cur, k)
        s = starts[j, o]
        if s == 0:
            break
        if o > 0 and ends[j, o - 1] == s:
            cur -= 1
        elif before[cur] >= 0 and ends.ravel()[before[cur]] == s:
            cur = int(before[cur])
        else:
            break  # not semi-active here: nothing ends exactly at its start
        path.append(cur)
    return [divmod(c, k) for c in path]


def critical(inst: JSSPInstance, starts: np.ndarray, size: int, rng: np.random.Generator
             ) -> np.ndarray:
    """``size`` operations consecutive in start order around a random critical operation
    (only moves that touch a critical path can shorten the makespan)."""
    path = critical_path(inst, starts)
    j, o = path[int(rng.integers(len(path)))]
    size = min(size, starts.size)
    order = np.argsort(starts, axis=None, kind="stable")
    at = int(np.flatnonzero(order == j * starts.shape[1] + o)[0])
    first = min(max(0, at - int(rng.integers(size))), starts.size - size)
    return _in_start_order(starts, first, size)


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


PICK = {"window": window, "critical": critical, "machines": machines, "jobs": jobs}
