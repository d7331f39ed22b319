"""A Gymnasium environment over the dispatcher: pick which job starts next, or wait (no-op).

Observation (per job, a window of its next ``window`` operations):
  ``ops[j, w] = (earliest start − decision time, duration, legal)``, times divided by the
  instance's longest duration; operations past the job's end are zero rows.
``mask[j]`` says job j may start now; ``mask[n_jobs]`` is the no-op, which moves the decision
time to the next moment another job's operation could start. Reward: minus the makespan
increase (scaled), so an episode's return is minus the makespan over the scale. A masked-out
action leaves the state unchanged (reward 0, ``info["illegal"]``).
"""

from __future__ import annotations

import gymnasium as gym
import numpy as np
from gymnasium import spaces

from metaopt.jssp.dispatch import Dispatcher
from metaopt.jssp.instance import JSSPInstance


class JobShopEnv(gym.Env):
    metadata = {"render_modes": []}

    def __init__(self, inst: JSSPInstance, window: int = 4) -> None:
        self.inst = inst
        self.window = window
        self.n = inst.num_jobs
        self.scale = float(max(int(inst.durations.max()), 1))
        horizon = float(inst.durations.sum()) / self.scale
        self.observation_space = spaces.Dict({
            "ops": spaces.Box(0.0, max(horizon, 1.0), (self.n, window, 3), np.float32),
            "mask": spaces.MultiBinary(self.n + 1),
        })
        self.action_space = spaces.Discrete(self.n + 1)
        self.d: Dispatcher | None = None
        self.time = 0
        self._last: dict | None = None

    # -- helpers -----------------------------------------------------------------------
    def _est_all(self) -> np.ndarray:
        est = np.full(self.n, np.iinfo(np.int64).max, np.int64)
        jobs = self.d.active_jobs()
        est[jobs] = self.d.earliest_start(jobs)
        return est

    def _legal(self, est: np.ndarray) -> np.ndarray:
        return (est <= self.time) & (self.d.next_op < self.inst.num_ops)

    def _sync_time(self) -> None:
        """Move the decision time forward when nobody can start at it."""
        if self.d.finished:
            return
        est = self._est_all()
        if not self._legal(est).any():
            self.time = int(est.min())

    def _obs(self) -> dict:
        d, k, w = self.d, self.inst.num_ops, self.window
        est = self._est_all()
        legal = self._legal(est)
        ops = np.zeros((self.n, w, 3), np.float32)
        for off in range(w):  # vectorised over jobs, a loop over the small window
            idx = d.next_op + off
            alive = idx < k
            jobs = np.flatnonzero(alive)
            if not len(jobs):
                break
            dur = self.inst.durations[jobs, idx[jobs]]
            if off == 0:
                lb = np.maximum(est[jobs] - self.time, 0)
            else:  # lower bound: the previous window entry's start plus its duration
                lb = ops[jobs, off - 1, 0] * self.scale + ops[jobs, off - 1, 1] * self.scale
            ops[jobs, off, 0] = lb / self.scale
            ops[jobs, off, 1] = dur / self.scale
            ops[jobs, off, 2] = legal[jobs] if off == 0 else 0.0
        hi = self.observation_space["ops"].high
        np.minimum(ops, hi, out=ops)
        mask = np.zeros(self.n + 1, np.int8)
        mask[: self.n] = legal
        mask[self.n] = int((est[d.next_op < k] > self.time).any()) if not d.finished else 0
        self._last = {"ops": ops, "mask": mask}
        return {"ops": ops.copy(), "mask": mask.copy()}

    def action_masks(self) -> np.ndarray:
        return self._last["mask"].astype(bool)

    # -- gymnasium API ---------------------------------------------------------------------
    def reset(self, *, seed: int | None = None, options: dict | None = None):
        super().reset(seed=seed)
        self.d = Dispatcher(self.inst)
        self.time = 0
        self._sync_time()
        return self._obs(), {}

    def step(self, action: int):
        if not self._last["mask"][action]:  # masked-out actions change nothing (reported)
            return self._obs(), 0.0, False, False, {"illegal": True, "makespan": None}
        before = int(self.d.job_ready.max())
        if action == self.n:
            est = self._est_all()
            self.time = int(est[est > self.time].min())
        else:
            self.d.step(int(action))
            self._sync_time()
        after = int(self.d.job_ready.max())
        done = self.d.finished
        reward = -(after - before) / self.scale
        return self._obs(), float(reward), done, False, {"makespan": after if done else None}
