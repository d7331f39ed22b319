"""The backend protocol the LNS engine drives: one model kept for the whole run."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from metaopt.mip.lns.neighbourhood import Neighbourhood


@dataclass
class SubResult:
    """The outcome of one sub-MIP: ``x`` when the solver returned a solution."""

    x: np.ndarray | None
    timed_out: bool
    infeasible: bool
    runtime: float
    optimal: bool = False


class Backend(Protocol):
    name: str
    # When set (during the initial phase), called with each new incumbent's objective
    # (minimisation form, offset included) as the solver finds it.
    on_incumbent: Callable[[float], None] | None

    def lp_relaxation(self, time_limit: float) -> np.ndarray | None:
        """Root LP relaxation values (integrality dropped), or None if it did not solve."""

    def initial_solution(self, time_limit: float, seed: int, first_only: bool = True
                         ) -> SubResult:
        """Solve the whole model with heuristic emphasis: stop at the first solution, or
        (``first_only=False``) keep improving until ``time_limit``."""

    def solve(self, nb: Neighbourhood, start: np.ndarray, cutoff: float | None,
              time_limit: float, seed: int, node_limit: int = 0) -> SubResult:
        """Solve the model restricted to ``nb`` from ``start`` within ``time_limit`` s and
        ``node_limit`` nodes (0: none); restore the model afterwards. A run stopped by either
        limit is ``timed_out``.

        ``cutoff`` (minimisation, offset included) keeps only solutions better than it.
        """

    def interrupt(self) -> None:
        """Stop the solve in progress, if any (called from another thread)."""
