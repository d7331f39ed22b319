"""Online neighbourhood sizes: grow a neighbourhood whose sub-MIP was solved with time to
spare, shrink one whose sub-MIP hit its time or node limit without improving (the rule of
SCIP's ALNS for its target fixing rate)."""

from __future__ import annotations

from metaopt.mip.lns.backend import SubResult

GROW = 1.3
SHRINK = 1.0 / GROW


def adapt(op, res: SubResult, improved: bool, limit: float) -> None:
    """Change ``op.size`` after one sub-MIP of at most ``limit`` s (no-op when unsized)."""
    if op.size is None:
        return
    solved = (res.optimal or res.infeasible) and res.runtime < 0.5 * limit
    if solved:
        op.size = min(op.high, op.size * GROW)
    elif res.timed_out and not improved:
        op.size = max(op.low, op.size * SHRINK)
