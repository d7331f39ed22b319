"""One call of PyVRP's iterated local search on a set of customers (integer distances)."""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np

from metaopt.control import Run
from metaopt.routing.instance import RoutingInstance
from metaopt.routing.integer import MAX_DENSE_NODES, integer_matrix

Routes = list[list[int]]
SEND_EVERY = 0.25  # seconds between two reports of the best routes


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


def routes_of(solution, customers: np.ndarray) -> Routes:
    """A PyVRP solution's routes as lists of the original node ids."""
    return [[int(customers[a.idx]) for a in route if a.is_client()] for route in solution.routes()]


class _Stop:
    """PyVRP stopping criterion: the deadline or ``stop()``; reports improvements to ``run``
    (when the sub-problem is the whole instance)."""

    def __init__(self, deadline: float, run: Run | None, scale: float,
                 stop: Callable[[], bool] | None) -> None:
        self.deadline, self.run, self.scale, self.stop = deadline, run, scale, stop
        self.best = float("inf")

    def __call__(self, best_cost: float) -> bool:
        if self.run is not None and best_cost < self.best:
            self.best = best_cost
            self.run.improved(best_cost / self.scale, "pyvrp (integer distances)")
        return time.monotonic() >= self.deadline or (self.stop is not None and self.stop())


def _reporter(customers: np.ndarray, scale: float, send: Callable[[float, Routes], None]):
    """ILS callbacks that pass the best feasible routes to ``send`` at most every
    ``SEND_EVERY`` seconds (and the first at once)."""
    import pyvrp

    class Report(pyvrp.IteratedLocalSearchCallbacks):
        sent, at = float("inf"), 0.0

        def on_iteration(self, current, candidate, best, cost_evaluator) -> None:
            now = time.monotonic()
            if now - self.at >= SEND_EVERY and best.is_feasible() and best.distance() < self.sent:
                self.sent, self.at = best.distance(), now
                send(best.distance() / scale, [r for r in routes_of(best, customers) if r])

    return Report()


def solve_cvrp(inst: RoutingInstance, customers: np.ndarray, seconds: float, seed: int,
               capacity: int | None = None, run: Run | None = None,
               stop: Callable[[], bool] | None = None,
               start: Routes | None = None, max_nodes: int = MAX_DENSE_NODES,
               send: Callable[[float, Routes], None] | None = None) -> Routes | None:
    """Best routes PyVRP finds over ``customers`` in ``seconds`` from now, building its data
    included (ended early once ``stop()`` is true), or None; from the routes ``start`` (node
    ids covering ``customers``) when given. With ``run``, improvements are reported to it;
    with ``send``, the best routes now and then (see ``_reporter``)."""
    import pyvrp

    deadline = time.monotonic() + max(seconds, 0.01)
    if stop is None and run is not None:
        stop = lambda: run.stopped  # noqa: E731
    data, scale = cvrp_data(inst, customers, capacity or inst.capacity, max_nodes)
    initial = None
    if start is not None:
        index = {int(c): i for i, c in enumerate(customers)}  # PyVRP's client numbers
        initial = pyvrp.Solution(data, [[index[int(c)] for c in r] for r in start if r])
    params = pyvrp.SolveParams()
    if send is not None:
        ils = pyvrp.IteratedLocalSearchParams(callbacks=_reporter(customers, scale, send))
        params = pyvrp.SolveParams(ils=ils)
    res = pyvrp.solve(data, _Stop(deadline, run, scale, stop), seed=seed, collect_stats=False,
                      params=params, initial_solution=initial)
    if not res.is_feasible():
        return None
    return routes_of(res.best, customers)
