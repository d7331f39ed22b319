"""Operator selection: MABWiser bandits through ALNS's MABSelector, by name."""

from __future__ import annotations

import numpy as np

from metaopt.errors import UsageError

# Rewards for (new best, better than current, accepted, rejected), as in Balans.
SCORES = [5.0, 2.0, 1.0, 0.0]
POLICIES = ("epsilon_greedy", "softmax", "thompson", "ucb1", "linucb")


def _binarize(arm, reward) -> bool:
    return reward >= SCORES[1]


def learning_policy(name: str, param: float | None = None):
    from mabwiser.mab import LearningPolicy

    if name == "epsilon_greedy":
        return LearningPolicy.EpsilonGreedy(epsilon=0.15 if param is None else param)
    if name == "softmax":
        return LearningPolicy.Softmax(tau=1.0 if param is None else param)
    if name == "thompson":
        return LearningPolicy.ThompsonSampling(binarizer=_binarize)
    if name == "ucb1":
        return LearningPolicy.UCB1(alpha=1.0 if param is None else param)
    if name == "linucb":
        return LearningPolicy.LinUCB(alpha=1.0 if param is None else param)
    raise UsageError(f"unknown bandit {name!r} (choose from {', '.join(POLICIES)})")


def make_selector(name: str, num_destroy: int, seed: int, param: float | None = None):
    """A MABSelector that first pulls every arm once (in random order) and ignores wasted
    (zero-time, not applicable) iterations when learning."""
    from alns.select import MABSelector

    class Selector(MABSelector):
        untried = list(range(num_destroy))

        def __call__(self, rng, best, curr):
            if self.untried:
                return self.untried.pop(int(rng.integers(len(self.untried)))), 0
            return super().__call__(rng, best, curr)

        def update(self, cand, d_idx, r_idx, outcome):
            if getattr(cand, "wasted", False):
                return
            super().update(cand, d_idx, r_idx, outcome)

    selector = Selector(SCORES, num_destroy, 1, learning_policy(name, param), seed=seed)
    selector.untried = list(range(num_destroy))
    return selector


class RejectUnchanged:
    """Acceptance wrapper: a candidate the sub-MIP did not change counts as rejected."""

    def __init__(self, inner) -> None:
        self.inner = inner

    def __call__(self, rng, best, current, candidate) -> bool:
        if getattr(candidate, "unchanged", False):
            return False
        return self.inner(rng, best, current, candidate)


def context_vector(time_fraction: float, recent_improvement: float, lp_gap: float,
                   last_outcome: int) -> np.ndarray:
    """Search-state context for contextual bandits: time used, recent improvement rate,
    relative gap to the LP bound, and the last iteration's outcome (one-hot of 4)."""
    onehot = np.zeros(4)
    if 0 <= last_outcome < 4:
        onehot[last_outcome] = 1.0
    return np.concatenate(([time_fraction, recent_improvement, min(lp_gap, 1.0)], onehot))
