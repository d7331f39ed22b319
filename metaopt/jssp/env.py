"""A Gymnasium environment over one copy of :class:`BatchState`: pick which job starts next,
or wait (no-op). Observation and decision semantics are documented in ``batch_state``.

Reward: minus the makespan increase (scaled), so an episode's return is minus the makespan over
the scale. A masked-out action leaves the state unchanged (reward 0, ``info["illegal"]``).
"""

from __future__ import annotations

import gymnasium as gym
import numpy as np
from gymnasium import spaces

from metaopt.jssp.batch_state import FEATURES, BatchState
from metaopt.jssp.instance import JSSPInstance


class JobShopEnv(gym.Env):
    metadata = {"render_modes": []}

    def __init__(self, inst: JSSPInstance, window: int = 4) -> None:
        self.inst = inst
        self.window = window
        self.n = inst.num_jobs
        self.state = BatchState(inst, 1, window)
        self.scale = self.state.scale
        self.observation_space = spaces.Dict({
            "ops": spaces.Box(0.0, self.state.horizon, (self.n, window, FEATURES),
                                 np.float32),
            "mask": spaces.MultiBinary(self.n + 1),
        })
        self.action_space = spaces.Discrete(self.n + 1)
        self._row = np.zeros(1, np.int64)

    @property
    def starts(self) -> np.ndarray:
        return self.state.starts[0]

    def _obs(self) -> dict:
        return {"ops": self.state.ops()[0], "mask": self.state.mask()[0].astype(np.int8)}

    def action_masks(self) -> np.ndarray:
        return self.state.mask()[0]

    def reset(self, *, seed: int | None = None, options: dict | None = None):
        super().reset(seed=seed)
        self.state = BatchState(self.inst, 1, self.window)
        return self._obs(), {}

    def step(self, action: int):
        if not self.state.mask()[0, action]:  # masked-out actions change nothing (reported)
            return self._obs(), 0.0, False, False, {"illegal": True, "makespan": None}
        before = int(self.state.makespans()[0])
        self.state.step(self._row, np.array([action]))
        after = int(self.state.makespans()[0])
        done = bool(self.state.done[0])
        reward = -(after - before) / self.scale
        return self._obs(), float(reward), done, False, {"makespan": after if done else None}
