"""The ``lns`` engine's parameters."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from metaopt.params import Params, param

Bandit = Literal["epsilon_greedy", "softmax", "thompson", "ucb1", "linucb"]


@dataclass(frozen=True)
class LNSParams(Params):
    """Balans-style LNS: backend, bandit, acceptance, initial phase and sub-MIP limits."""

    backend: Literal["highs", "scip"] = param("highs", "MIP backend for the sub-MIPs")
    bandit: Bandit = param("epsilon_greedy", "operator-selection policy (linucb: contextual)")
    bandit_param: float | None = param(None, "the policy's epsilon, tau or alpha (none: its "
                                             "default)", low=0.0)
    accept: Literal["hill_climbing", "simulated_annealing"] = param(
        "hill_climbing", "acceptance criterion")
    sa_worse: float = param(0.01, "SA: relative worsening accepted with probability 1/2 at "
                                  "the start", low=0.0)
    initial: Literal["phase", "first"] = param(
        "phase", "phase: whole model for initial_fraction of the budget; first: stop at the "
                 "first solution (Balans)")
    initial_fraction: float = param(0.2, "share of the budget of the initial phase",
                                    low=0.0, high=1.0)
    sub_time: float = param(0.0, "first sub-MIP limit in s (0: 5 % of the budget, >= 1 s)",
                            low=0.0)
    min_sub_time: float = param(0.5, "smallest sub-MIP limit in s", low=0.0)
    min_left: float = param(0.2, "no iteration starts with less time left than this (s)",
                            low=0.0)
    workers: int | None = param(None, "searches in the portfolio, one process each, sharing "
                                      "incumbents (none: one per thread; 1: one search "
                                      "whose sub-MIPs get the threads)", low=1, high=64)
    max_iterations: int = param(0, "stop after this many LNS iterations (0: at the deadline)",
                                low=0)
