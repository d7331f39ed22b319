"""Operator selection: MABWiser bandits through ALNS's MABSelector, by name, learning from
time-aware rewards (``rewards.py``) or from Balans's outcome scores; or uniform choice."""

from __future__ import annotations

import numpy as np

from metaopt.errors import UsageError

# Balans's rewards for (new best, better than current, accepted, rejected).
SCORES = [5.0, 2.0, 1.0, 0.0]
POLICIES = ("epsilon_greedy", "softmax", "thompson", "ucb1", "linucb", "uniform")


def learning_policy(name: str, param: float | None = None, time_rewards: bool = True):
    from mabwiser.mab import LearningPolicy

    if name == "epsilon_greedy":
        return LearningPolicy.EpsilonGreedy(epsilon=0.15 if param is None else param)
    if name == "softmax":
        return LearningPolicy.Softmax(tau=1.0 if param is None else param)
    if name == "thompson":
        threshold = 0.0 if time_rewards else SCORES[1] - 0.5
        return LearningPolicy.ThompsonSampling(binarizer=lambda arm, r: r > threshold)
    if name == "ucb1":
        return LearningPolicy.UCB1(alpha=1.0 if param is None else param)
    if name == "linucb":
        return LearningPolicy.LinUCB(alpha=1.0 if param is None else param)
    raise UsageError(f"unknown bandit {name!r} (choose from {', '.join(POLICIES)})")


class UniformSelector:
    """The control: every operator equally likely at every draw."""

    def __init__(self, num_destroy: int) -> None:
        self.num_destroy = num_destroy

    def __call__(self, rng, best, curr) -> tuple[int, int]:
        return int(rng.integers(self.num_destroy)), 0

    def update(self, cand, d_idx, r_idx, outcome) -> None:
        pass


def make_selector(name: str, num_destroy: int, seed: int, param: float | None = None,
                  time_rewards: bool = True):
    """A selector that first pulls every arm once (in random order) and ignores wasted
    (zero-time, not applicable) draws when learning. With ``time_rewards`` it learns from
    the candidate's ``reward``, else from the outcome class."""
    if name == "uniform":
        return UniformSelector(num_destroy)
    from alns.select import MABSelector

    class Selector(MABSelector):
        def __call__(self, rng, best, curr):
            if self.untried:
                return self.untried.pop(int(rng.integers(len(self.untried)))), 0
            return super().__call__(rng, best, curr)

        def update(self, cand, d_idx, r_idx, outcome):
            if getattr(cand, "wasted", False):
                return
            if not time_rewards:
                return super().update(cand, d_idx, r_idx, outcome)
            ctx = np.atleast_2d(cand.get_context()) if self.mab.is_contextual else None
            self.mab.partial_fit([f"{d_idx}_{r_idx}"], [cand.reward], contexts=ctx)

    selector = Selector(SCORES, num_destroy, 1, learning_policy(name, param, time_rewards),
                        seed=seed)
    selector.untried = list(range(num_destroy))
    return selector


def context_vector(time_fraction: float, recent_improvement: float, lp_gap: float,
                   last_outcome: int) -> np.ndarray:
    """Search-state context for contextual bandits: time used, recent improvement rate,
    relative gap to the LP bound, and the last iteration's outcome (one-hot of 4)."""
    onehot = np.zeros(4)
    if 0 <= last_outcome < 4:
        onehot[last_outcome] = 1.0
    return np.concatenate(([time_fraction, recent_improvement, min(lp_gap, 1.0)], onehot))
