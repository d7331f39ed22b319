"""``pyvrp``: PyVRP's iterated local search for CVRP (integer distances, re-costed exactly)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from metaopt.control import Run
from metaopt.outcome import Outcome
from metaopt.params import Params as BaseParams
from metaopt.params import param
from metaopt.result import Status
from metaopt.routing.instance import RoutingInstance
from metaopt.routing.integer import MAX_DENSE_NODES, integer_matrix


@dataclass(frozen=True)
class Params(BaseParams):
    """How large an instance the whole-instance run may take."""

    max_nodes: int = param(MAX_DENSE_NODES, "refuse instances with more nodes (PyVRP holds two "
                                            "dense n×n int64 matrices: 1.6 GB at 10,000)",
                           low=2, high=20_000)


def cvrp_data(inst: RoutingInstance, customers: np.ndarray, capacity: int,
              max_nodes: int = MAX_DENSE_NODES):
    """PyVRP problem data over the depot and ``customers`` (node ids; clients are listed in
    their order) and the factor distances were scaled by."""
    import pyvrp

    nodes = np.concatenate(([inst.depot], customers)).astype(np.int64)
    matrix, scale = integer_matrix(inst, nodes, max_nodes=max_nodes)
    xy = inst.coords[nodes] if inst.coords is not None else np.zeros((len(nodes), 2))
    locations = [pyvrp.Location(x=float(x), y=float(y)) for x, y in xy]
    clients = [pyvrp.Client(i + 1, delivery=[int(inst.demands[c])])
               for i, c in enumerate(customers)]
    vehicles = [pyvrp.VehicleType(len(customers), capacity=[int(capacity)])]
    return pyvrp.ProblemData(locations, clients, [pyvrp.Depot(0)], vehicles, [matrix],
                             [np.zeros_like(matrix)]), scale


def routes_of(solution, customers: np.ndarray) -> list[list[int]]:
    """A PyVRP solution's routes as lists of the original node ids."""
    return [[int(customers[a.idx]) for a in route if a.is_client()] for route in solution.routes()]


class _Stop:
    """PyVRP stopping criterion: the deadline or ``stop()``; reports improvements to ``run``
    (when the sub-problem is the whole instance)."""

    def __init__(self, seconds: float, run: Run | None, scale: float,
                 stop: Callable[[], bool] | None) -> None:
        import time

        self.clock = time.monotonic
        self.deadline = self.clock() + seconds
        self.run, self.scale, self.best, self.stop = run, scale, float("inf"), stop

    def __call__(self, best_cost: float) -> bool:
        if self.run is not None and best_cost < self.best:
            self.best = best_cost
            self.run.improved(best_cost / self.scale, "pyvrp (integer distances)")
        return self.clock() >= self.deadline or (self.stop is not None and self.stop())


def solve_cvrp(inst: RoutingInstance, customers: np.ndarray, seconds: float, seed: int,
               capacity: int | None = None, run: Run | None = None,
               stop: Callable[[], bool] | None = None,
               start: list[list[int]] | None = None, max_nodes: int = MAX_DENSE_NODES):
    """Best routes PyVRP finds over ``customers`` in ``seconds`` (ended early once ``stop()``
    is true), or None; from the routes ``start`` (node ids covering ``customers``) when
    given. With ``run``, improvements are reported to it."""
    import pyvrp

    if stop is None and run is not None:
        stop = lambda: run.stopped  # noqa: E731
    data, scale = cvrp_data(inst, customers, capacity or inst.capacity, max_nodes)
    initial = None
    if start is not None:
        index = {int(c): i for i, c in enumerate(customers)}  # PyVRP's client numbers
        initial = pyvrp.Solution(data, [[index[int(c)] for c in r] for r in start if r])
    res = pyvrp.solve(data, _Stop(max(seconds, 0.01), run, scale, stop), seed=seed,
                      collect_stats=False, initial_solution=initial)
    if not res.is_feasible():
        return None
    return routes_of(res.best, customers)


def solve(inst: RoutingInstance, run: Run, params: Params) -> Outcome:
    customers = np.array([i for i in range(inst.num_nodes) if i != inst.depot], np.int64)
    run.set_phase("pyvrp")
    routes = solve_cvrp(inst, customers, run.remaining(), run.child_seed(), run=run,
                        max_nodes=params.max_nodes)
    if routes is None:
        return Outcome(Status.NO_SOLUTION, backend="pyvrp", message="no feasible solution")
    routes = [r for r in routes if r]
    cost = inst.routes_cost(routes)
    run.improved(cost, "pyvrp (exact cost)")
    return Outcome(Status.FEASIBLE, cost, solution=routes, backend="pyvrp")
