"""``pyvrp``: PyVRP's iterated local search for CVRP (integer distances, re-costed exactly)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from metaopt.control import Run
from metaopt.outcome import Outcome
from metaopt.params import Params as BaseParams
from metaopt.params import param
from metaopt.result import Status
from metaopt.routing.instance import RoutingInstance
from metaopt.routing.integer import MAX_DENSE_NODES, check_dense
from metaopt.routing.pyvrp_process import solve_held


@dataclass(frozen=True)
class Params(BaseParams):
    """How large an instance the whole-instance run may take."""

    max_nodes: int = param(MAX_DENSE_NODES, "refuse instances with more nodes (PyVRP holds two "
                                            "dense n×n int64 matrices: 1.6 GB at 10,000)",
                           low=2, high=20_000)


def solve(inst: RoutingInstance, run: Run, params: Params) -> Outcome:
    customers = np.array([i for i in range(inst.num_nodes) if i != inst.depot], np.int64)
    check_dense(inst, inst.num_nodes, params.max_nodes)
    run.set_phase("pyvrp")
    routes, finished = solve_held(inst, customers, run, run.child_seed(), params.max_nodes)
    if routes is None:
        why = "no feasible solution" if finished else (
            "PyVRP had no solution at the limit (its setup and first local search at "
            f"{inst.num_nodes} nodes take longer)")
        return Outcome(Status.NO_SOLUTION, backend="pyvrp", message=why)
    routes = [r for r in routes if r]
    cost = inst.routes_cost(routes)
    run.improved(cost, "pyvrp (exact cost)")
    return Outcome(Status.FEASIBLE, cost, solution=routes, backend="pyvrp")
