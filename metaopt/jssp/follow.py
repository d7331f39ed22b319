"""Non-delay decisions that follow a schedule's order, compiled with numba: the fast part of
re-sampling a window of a schedule (:class:`metaopt.jssp.rollout.Windows`)."""

from __future__ import annotations

import numpy as np
from numba import njit

BIG = np.iinfo(np.int64).max // 4  # batch_state.BIG (not imported: batch_state imports this)


@njit(cache=True)
def follow(machines, durations, key, rows, next_op, job_ready, machine_ready, time, starts,
           limit):  # pragma: no cover - compiled
    """For each copy in ``rows``, make up to ``limit`` decisions in place: at the copy's
    decision time, start the legal job whose next operation has the smallest ``key``; when no
    job is legal, move the time to the earliest possible start (as ``BatchState`` does)."""
    n = next_op.shape[1]
    k = starts.shape[2]
    for b in rows:
        made = 0
        while made < limit:
            chosen, chosen_key, earliest = -1, BIG, BIG
            for j in range(n):
                o = next_op[b, j]
                if o >= k:
                    continue
                e = max(job_ready[b, j], machine_ready[b, machines[j, o]])
                earliest = min(earliest, e)
                if e <= time[b] and key[j, o] < chosen_key:
                    chosen, chosen_key = j, key[j, o]
            if earliest == BIG:
                break  # every job is done
            if chosen < 0:
                time[b] = earliest
                continue
            o = next_op[b, chosen]
            m = machines[chosen, o]
            start = max(job_ready[b, chosen], machine_ready[b, m])
            starts[b, chosen, o] = start
            job_ready[b, chosen] = machine_ready[b, m] = start + durations[chosen, o]
            next_op[b, chosen] = o + 1
            made += 1


def warm_up() -> None:
    """Compile (or load from numba's cache) before a run's clock starts."""
    m = np.zeros((1, 1), np.int64)
    follow(m, m + 1, m, np.zeros(1, np.int64), np.zeros((1, 1), np.int64),
           np.zeros((1, 1), np.int64), np.zeros((1, 1), np.int64), np.zeros(1, np.int64),
           np.full((1, 1, 1), -1, np.int64), 1)
