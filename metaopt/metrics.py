"""Anytime metrics computed from stored trajectories."""

from __future__ import annotations

from metaopt.bks import primal_gap
from metaopt.result import Result, TrajectoryPoint


def verified_trajectory(run: Result) -> list[TrajectoryPoint]:
    """A run's trajectory if its answer was verified; a failed or unverified run counts as
    having found nothing (its claimed incumbents are not evidence)."""
    if run.verified and run.objective is not None:
        return list(run.trajectory)
    return []


def primal_integral(trajectory: list[TrajectoryPoint], reference: float | None,
                    horizon: float) -> float:
    """Berthold's primal integral over [0, horizon] seconds: the integral of the primal gap
    (a fraction in [0, 1]; 1 while there is no solution). Lower is better."""
    if reference is None or horizon <= 0:
        return float("nan")
    total, t_prev, g_prev = 0.0, 0.0, 1.0
    for point in sorted(trajectory, key=lambda p: p.time):
        t = min(max(point.time, 0.0), horizon)
        total += g_prev * (t - t_prev)
        t_prev = t
        g_prev = primal_gap(point.objective, reference) / 100.0
    return total + g_prev * (horizon - t_prev)
