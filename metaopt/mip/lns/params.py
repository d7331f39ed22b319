"""The ``lns`` engine's parameters."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from metaopt.params import Params, param

Bandit = Literal["epsilon_greedy", "softmax", "thompson", "ucb1", "linucb", "uniform"]


@dataclass(frozen=True)
class LNSParams(Params):
    """Adaptive LNS: backend, host search, bandit, rewards, sizes, sub-MIP limits."""

    backend: Literal["highs", "scip"] = param("highs", "MIP backend for the sub-MIPs")
    host: Literal["solver", "none"] = param(
        "solver", "solver: draws run inside the backend's own search of the whole model, "
                  "which keeps its tree and bound, takes the LNS solutions and may prove "
                  "optimality; none: the LNS loop alone (Balans style)")
    start: Literal["greedy", "none"] = param(
        "greedy", "host=solver: greedy: an LP-free first incumbent for 0-1 programs "
                  "(greedy repair from the objective's preferred bounds, then 1-opt) before "
                  "the host's first; none: the control")
    scout: Literal["other", "none"] = param(
        "other", "host=solver: other: while nobody has a solution after scout_after of the "
                 "budget, the other backend searches the whole model with feasibility "
                 "emphasis beside the host (sharing its core on one thread); none: the control")
    scout_after: float = param(0.1, "when the scout starts, as a share of the budget",
                               low=0.0, high=1.0)
    scout_for: float = param(0.2, "the longest the scout runs, as a share of the budget "
                                  "(on one thread it has half the core meanwhile)",
                             low=0.0, high=1.0)
    root_wait: float = param(0.05, "host on one thread: the LNS waits for the host's root "
                                   "node, up to this share of the budget, after a greedy "
                                   "start", low=0.0, high=1.0)
    cold_root_wait: float = param(0.2, "the same wait when the first incumbent is the "
                                       "host's (no greedy start)", low=0.0, high=1.0)
    lns_share: float = param(0.5, "host: the LNS's first share of the time, then adapted "
                                  "to the improvement rates", low=0.05, high=0.95)
    bandit: Bandit = param("epsilon_greedy", "operator-selection policy (linucb: contextual; "
                                             "uniform: the control)")
    bandit_param: float | None = param(None, "the policy's epsilon, tau or alpha (none: its "
                                             "default)", low=0.0)
    reward: Literal["time", "outcome"] = param(
        "time", "time: gap to the LP bound closed per share of the budget, a cost for "
                "fruitless time; outcome: Balans's scores for best/better/accepted")
    sizes: Literal["adaptive", "fixed"] = param(
        "adaptive", "adaptive: each operator's size grows when its sub-MIPs are solved, "
                    "shrinks when they hit a limit; fixed: the starting sizes")
    accept: Literal["hill_climbing", "simulated_annealing"] = param(
        "hill_climbing", "acceptance criterion")
    sa_worse: float = param(0.01, "SA: relative worsening accepted with probability 1/2 at "
                                  "the start", low=0.0)
    initial: Literal["first", "phase"] = param(
        "first", "host none: first: stop the whole-model search at its first solution; "
                 "phase: run it for initial_fraction of the budget")
    initial_fraction: float = param(0.05, "host none: cap (first) or length (phase) of the "
                                          "initial whole-model search, as a budget share",
                                    low=0.0, high=1.0)
    sub_time: float = param(0.0, "first sub-MIP limit in s (0: 2 % of the budget, at least "
                                  "min_sub_time)",
                            low=0.0)
    min_sub_time: float = param(0.5, "smallest sub-MIP limit in s", low=0.0)
    sub_nodes: int = param(500, "node limit of a sub-MIP (0: none)", low=0)
    sub_heuristics: Literal["off", "default", "aggressive"] = param(
        "default", "the backend's own primal heuristics inside sub-MIPs")
    min_left: float = param(0.2, "no draw starts with less time left than this (s)",
                            low=0.0)
    workers: int | None = param(None, "searches in the portfolio, one process each, sharing "
                                      "incumbents (none: one per thread; 1: one search "
                                      "whose sub-MIPs get the threads)", low=1, high=64)
    max_iterations: int = param(0, "stop after this many LNS draws (0: at the deadline)",
                                low=0)
