"""Non-delay schedule builder: at each step, among the jobs whose next operation can start
earliest, a priority rule picks one. Work per step is O(jobs) numpy, no loop over operations."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from metaopt.jssp.instance import JSSPInstance

# A rule maps (the dispatcher, the candidate jobs) to a key per candidate; the least key wins.
Rule = Callable[["Dispatcher", np.ndarray], np.ndarray]


class Dispatcher:
    """The state of a partial schedule; ``step(job)`` starts that job's next operation."""

    def __init__(self, inst: JSSPInstance) -> None:
        self.inst = inst
        n, k = inst.machines.shape
        self.next_op = np.zeros(n, np.int64)
        self.job_ready = np.zeros(n, np.int64)
        self.machine_ready = np.zeros(inst.num_machines, np.int64)
        self.starts = np.full((n, k), -1, np.int64)
        self.remaining_work = inst.durations.sum(axis=1).astype(np.int64)
        self.done_work = np.zeros(n, np.int64)
        self._rows = np.arange(n)

    @property
    def finished(self) -> bool:
        return bool(np.all(self.next_op >= self.inst.num_ops))

    def active_jobs(self) -> np.ndarray:
        return np.flatnonzero(self.next_op < self.inst.num_ops)

    def current(self, jobs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Machine and duration of each job's next operation."""
        ops = self.next_op[jobs]
        return self.inst.machines[jobs, ops], self.inst.durations[jobs, ops]

    def earliest_start(self, jobs: np.ndarray) -> np.ndarray:
        machines, _ = self.current(jobs)
        return np.maximum(self.job_ready[jobs], self.machine_ready[machines])

    def candidates(self) -> np.ndarray:
        """Non-delay candidates: jobs whose next operation can start at the earliest time."""
        jobs = self.active_jobs()
        est = self.earliest_start(jobs)
        return jobs[est == est.min()]

    def step(self, job: int) -> None:
        op = self.next_op[job]
        m = self.inst.machines[job, op]
        d = self.inst.durations[job, op]
        start = max(self.job_ready[job], self.machine_ready[m])
        self.starts[job, op] = start
        self.job_ready[job] = self.machine_ready[m] = start + d
        self.next_op[job] += 1
        self.remaining_work[job] -= d
        self.done_work[job] += d

    def makespan(self) -> int:
        return self.inst.makespan(self.starts)


def build_schedule(inst: JSSPInstance, rule: Rule, rng: np.random.Generator | None = None,
                   temperature: float = 0.0) -> np.ndarray:
    """Start times of the non-delay schedule the rule builds. With ``temperature`` > 0 and an
    ``rng``, candidates are sampled with probability ∝ exp(-normalised key / temperature)."""
    d = Dispatcher(inst)
    while not d.finished:
        cand = d.candidates()
        if len(cand) == 1:
            d.step(int(cand[0]))
            continue
        key = rule(d, cand).astype(float)
        if temperature > 0 and rng is not None:
            span = key.max() - key.min()
            z = (key - key.min()) / span if span > 0 else np.zeros_like(key)
            p = np.exp(-z / temperature)
            d.step(int(cand[rng.choice(len(cand), p=p / p.sum())]))
        else:
            d.step(int(cand[np.argmin(key)]))
    return d.starts
