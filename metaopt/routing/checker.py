"""Independent routing check: every node/customer exactly once, capacity, cost recomputed."""

from __future__ import annotations

import numpy as np

from metaopt.routing.instance import RoutingInstance
from metaopt.verdict import Verdict


def _as_ints(values) -> np.ndarray | None:
    try:
        arr = np.asarray(values, dtype=float)
    except (TypeError, ValueError):
        return None
    if arr.ndim != 1 or not np.all(np.isfinite(arr)) or np.any(arr != np.round(arr)):
        return None
    return arr.astype(np.int64)


def check_routing(inst: RoutingInstance, solution) -> Verdict:
    """TSP: a permutation of all nodes. CVRP: a list of routes of customers (depot omitted)."""
    n = inst.num_nodes
    if inst.problem == "tsp":
        tour = _as_ints(solution)
        if tour is None:
            return Verdict(False, "a TSP solution is a flat list of integer node ids")
        if len(tour) != n or np.any(tour < 0) or np.any(tour >= n):
            return Verdict(False, f"tour must visit each of the {n} nodes; got {len(tour)} ids")
        counts = np.bincount(tour, minlength=n)
        if np.any(counts != 1):
            missing = np.flatnonzero(counts == 0)
            return Verdict(False, f"node {missing[0]} is not visited exactly once")
        return Verdict(True, objective=inst.tour_length(tour))
    if not isinstance(solution, (list, tuple)):
        return Verdict(False, "a CVRP solution is a list of routes")
    seen = np.zeros(n, np.int64)
    routes = []
    for k, route in enumerate(solution):
        r = _as_ints(route) if len(route) else np.zeros(0, np.int64)
        if r is None:
            return Verdict(False, f"route {k + 1} is not a list of integer node ids")
        if np.any(r < 0) or np.any(r >= n) or np.any(r == inst.depot):
            return Verdict(False, f"route {k + 1} holds an id that is not a customer")
        load = int(inst.demands[r].sum())
        if load > inst.capacity:
            return Verdict(False, f"route {k + 1} carries {load} > capacity {inst.capacity}")
        np.add.at(seen, r, 1)
        routes.append(r)
    seen[inst.depot] = 1
    if np.any(seen != 1):
        bad = int(np.flatnonzero(seen != 1)[0])
        return Verdict(False, f"customer {bad} is visited {seen[bad]} times (expected once)")
    return Verdict(True, objective=inst.routes_cost(routes))
