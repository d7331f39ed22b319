"""Time-aware bandit rewards: how much of the gap to the LP bound a draw closed, per share of
the budget it used, with a cost for time that found nothing."""

from __future__ import annotations

# A fruitless draw that used this share of the budget costs FRUITLESS_COST.
FRUITLESS_SHARE = 0.05
FRUITLESS_COST = 0.1
MIN_SHARE = 1e-3  # a draw counts as at least this share of the budget


def gap_closed(before: float, after: float, bound: float | None) -> float:
    """Share of the gap between ``before`` and the bound that ``after`` closed (minimisation);
    without a bound, the relative objective change."""
    if after >= before:
        return 0.0
    scale = before - bound if bound is not None and before - bound > 1e-9 else \
        max(abs(before), 1.0)
    return min(1.0, (before - after) / scale)


def time_reward(closed: float, seconds: float, budget: float) -> float:
    """In (0, 1) for a draw that closed some gap (rate r = closed / budget share ↦ r / (1+r));
    negative, down to -FRUITLESS_COST, for one that closed none."""
    share = max(seconds / max(budget, 1e-9), MIN_SHARE)
    if closed > 0:
        rate = closed / share
        return rate / (1.0 + rate)
    return -FRUITLESS_COST * min(1.0, share / FRUITLESS_SHARE)
