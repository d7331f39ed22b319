"""B partial schedules of one job-shop instance, stepped in lockstep with numpy.

This is the state behind both the Gymnasium environment (B = 1) and the batched rollouts used
for training and inference; there is no per-copy Python loop.

Decision semantics (after Tassel et al. 2023): each copy has a decision time. A job is legal
when its next operation could start at or before that time; choosing it starts the operation
as early as possible. The no-op (action ``n_jobs``) moves the decision time to the next moment
another operation could start. When nothing is legal the time moves there by itself.

Observation per job: a window of its next ``window`` operations, each
``(earliest start − decision time, duration, legal, work left)``: the first two divided by the
instance's longest duration (later window entries: previous entry's start plus its duration),
work left (this operation and the job's later ones) divided by the largest job total; operations
past the job's end are zero rows.
"""

from __future__ import annotations

import copy

import numpy as np

from metaopt.jssp.instance import JSSPInstance

BIG = np.iinfo(np.int64).max // 4
FEATURES = 4


class BatchState:
    def __init__(self, inst: JSSPInstance, batch: int, window: int = 4) -> None:
        self.inst, self.b, self.window = inst, batch, window
        n, k = inst.machines.shape
        self.n, self.k = n, k
        self.scale = float(max(int(inst.durations.max()), 1))
        self.horizon = max(float(inst.durations.sum()) / self.scale, 1.0)
        # padded so that next_op + window never indexes past the end
        self._mach = np.zeros((n, k + window), np.int64)
        self._mach[:, :k] = inst.machines
        self._dur = np.zeros((n, k + window), np.int64)
        self._dur[:, :k] = inst.durations
        self._jobs = np.arange(n)[None, :]
        left = np.zeros((n, k + window + 1), np.float64)
        left[:, :k] = np.cumsum(inst.durations[:, ::-1], axis=1)[:, ::-1]
        self._left = left
        self._work_scale = float(max(left[:, 0].max(), 1.0))
        self._rows = np.arange(batch)
        self.next_op = np.zeros((batch, n), np.int64)
        self.job_ready = np.zeros((batch, n), np.int64)
        self.machine_ready = np.zeros((batch, inst.num_machines), np.int64)
        self.starts = np.full((batch, n, k), -1, np.int64)
        self.time = np.zeros(batch, np.int64)
        self._refresh()

    def repeat(self, batch: int) -> BatchState:
        """``batch`` copies of copy 0, in its current state."""
        out = copy.copy(self)
        out.b, out._rows = batch, np.arange(batch)
        for name in ("next_op", "job_ready", "machine_ready", "starts", "time", "est", "active",
                     "legal"):
            setattr(out, name, np.repeat(getattr(self, name)[:1], batch, axis=0))
        return out

    # -- derived quantities ----------------------------------------------------------------
    def _refresh(self) -> None:
        """Recompute earliest starts and legality; jump the time where nothing is legal."""
        active = self.next_op < self.k
        m = self._mach[self._jobs, self.next_op]
        est = np.maximum(self.job_ready, np.take_along_axis(self.machine_ready, m, axis=1))
        self.est = np.where(active, est, BIG)
        self.active = active
        stuck = ~((self.est <= self.time[:, None]).any(axis=1)) & active.any(axis=1)
        if stuck.any():
            self.time[stuck] = self.est[stuck].min(axis=1)
        self.legal = self.est <= self.time[:, None]

    @property
    def done(self) -> np.ndarray:
        return ~self.active.any(axis=1)

    def makespans(self) -> np.ndarray:
        return self.job_ready.max(axis=1)

    def mask(self, noop: bool = True) -> np.ndarray:
        """(B, n + 1) bool: legal jobs, then the no-op (legal when someone starts later).
        With ``noop=False`` the no-op is never legal: the schedules are non-delay."""
        later = (self.est > self.time[:, None]) & self.active
        wait = later.any(axis=1, keepdims=True) & noop
        return np.concatenate((self.legal, wait), axis=1)

    def ops(self, rows: np.ndarray | None = None) -> np.ndarray:
        """(B, n, window, 4) float32 observation of the copies ``rows`` (default all), clipped
        to [0, horizon]."""
        rows = self._rows if rows is None else rows
        w = self.window
        next_op, est, active = self.next_op[rows], self.est[rows], self.active[rows]
        idx = next_op[:, :, None] + np.arange(w)[None, None, :]
        alive = idx < self.k
        dur = self._dur[self._jobs[:, :, None], idx].astype(np.float64)
        lb0 = np.maximum(est - self.time[rows, None], 0).astype(np.float64)
        lb0 = np.where(active, lb0, 0.0)
        before = np.cumsum(dur, axis=2) - dur  # durations of earlier window entries
        out = np.zeros(idx.shape + (FEATURES,), np.float32)
        out[..., 0] = np.where(alive, lb0[:, :, None] + before, 0.0) / self.scale
        out[..., 1] = dur / self.scale
        out[:, :, 0, 2] = self.legal[rows]
        work = self._left[self._jobs[:, :, None], idx]  # work left from this operation on
        out[..., 3] = work / self._work_scale
        np.minimum(out, self.horizon, out=out)
        return out

    # -- transitions -------------------------------------------------------------------------
    def follow(self, starts: np.ndarray, rows: np.ndarray, limit: int) -> None:
        """Up to ``limit`` non-delay decisions for each copy in ``rows``, following the
        schedule ``starts``: the legal job whose next operation starts first there."""
        from metaopt.jssp.follow import follow

        follow(self._mach, self._dur, np.ascontiguousarray(starts, np.int64),
               np.asarray(rows, np.int64), self.next_op, self.job_ready, self.machine_ready,
               self.time, self.starts, limit)
        self._refresh()

    def step(self, rows: np.ndarray, actions: np.ndarray) -> None:
        """Apply ``actions[i]`` to copy ``rows[i]``; actions must be legal (see ``mask``)."""
        rows, actions = np.asarray(rows), np.asarray(actions)
        noop = actions == self.n
        if noop.any():
            r = rows[noop]
            later = np.where(self.est[r] > self.time[r, None], self.est[r], BIG)
            self.time[r] = later.min(axis=1)
        r, j = rows[~noop], actions[~noop]
        if len(r):
            op = self.next_op[r, j]
            m = self._mach[j, op]
            start = self.est[r, j]
            end = start + self._dur[j, op]
            self.starts[r, j, op] = start
            self.job_ready[r, j] = end
            self.machine_ready[r, m] = end
            self.next_op[r, j] += 1
        self._refresh()


def guided_actions(inst: JSSPInstance, starts: np.ndarray, window: int = 4) -> list[int]:
    """Non-delay decisions guided by a schedule: among the legal jobs, the one whose next
    operation starts first in ``starts`` (the imitation target of a no-wait policy)."""
    return guided_replay(inst, starts, window)[0]


def guided_replay(inst: JSSPInstance, starts: np.ndarray, window: int = 4
                  ) -> tuple[list[int], int]:
    """``guided_actions`` and the makespan they reach."""
    starts = np.asarray(starts)
    state = BatchState(inst, 1, window)
    row = np.zeros(1, np.int64)
    actions: list[int] = []
    padded = np.concatenate((starts, np.full((inst.num_jobs, 1), BIG)), axis=1)
    jobs = np.arange(inst.num_jobs)
    while not state.done[0]:
        key = np.where(state.legal[0], padded[jobs, state.next_op[0]], BIG)
        job = int(np.argmin(key))
        actions.append(job)
        state.step(row, np.array([job]))
    return actions, int(state.makespans()[0])


def actions_for(inst: JSSPInstance, starts: np.ndarray, window: int = 4) -> list[int]:
    """The action sequence that rebuilds a feasible schedule (left-shifted, so no longer):
    operations in order of start time, with no-ops until each becomes legal."""
    starts = np.asarray(starts)
    n, k = starts.shape
    order = np.lexsort((np.repeat(np.arange(n), k), starts.ravel()))
    state = BatchState(inst, 1, window)
    actions: list[int] = []
    row = np.zeros(1, np.int64)
    for flat in order:
        job = int(flat // k)
        while not state.legal[0, job]:
            actions.append(n)
            state.step(row, np.array([n]))
        actions.append(job)
        state.step(row, np.array([job]))
    return actions
