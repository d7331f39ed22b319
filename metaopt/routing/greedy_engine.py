"""Routing baseline: nearest neighbour + 2-opt/Or-opt (TSP); savings + route 2-opt (CVRP)."""

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
from metaopt.routing.local_search import improve_tour
from metaopt.routing.neighbours import nearest_neighbours
from metaopt.routing.space_filling import curve_order


@dataclass(frozen=True)
class Params(BaseParams):
    """Construction plus neighbour-list local search."""

    neighbours: int = param(10, "neighbour-list length for savings and 2-opt/Or-opt",
                            low=1, high=100)


def nearest_neighbour_tour(inst: RoutingInstance, start: int = 0,
                           stop: Callable[[], bool] | None = None) -> np.ndarray:
    """Nearest neighbour from ``start``, O(n²); once ``stop()`` is true (checked every 64
    steps) the unvisited nodes follow in Hilbert-curve order."""
    n = inst.num_nodes
    visited = np.zeros(n, bool)
    tour = np.empty(n, np.int64)
    cur = start
    all_nodes = np.arange(n)
    for k in range(n):
        if stop is not None and k and k % 64 == 0 and stop():
            tour[k:] = curve_order(inst, np.flatnonzero(~visited))
            return tour
        tour[k] = cur
        visited[cur] = True
        if k == n - 1:
            break
        d = inst.dist(np.full(n, cur), all_nodes)
        d[visited] = np.inf
        cur = int(np.argmin(d))
    return tour


def savings_routes(inst: RoutingInstance, nbr: np.ndarray) -> list[list[int]]:
    """Clarke–Wright savings over candidate pairs from the neighbour lists."""
    n, depot = inst.num_nodes, inst.depot
    customers = [i for i in range(n) if i != depot]
    a = np.repeat(np.arange(n), nbr.shape[1])
    b = nbr.ravel()
    keep = (a < b) & (a != depot) & (b != depot)
    a, b = a[keep], b[keep]
    zeros = np.full(len(a), depot)
    saving = inst.dist(zeros, a) + inst.dist(zeros, b) - inst.dist(a, b)
    order = np.argsort(-saving, kind="stable")
    routes: dict[int, list[int]] = {i: [i] for i in customers}
    route_of = {i: i for i in customers}
    load = {i: int(inst.demands[i]) for i in customers}
    for k in order:
        if saving[k] <= 0:
            break
        i, j = int(a[k]), int(b[k])
        ri, rj = route_of[i], route_of[j]
        if ri == rj or load[ri] + load[rj] > inst.capacity:
            continue
        r1, r2 = routes[ri], routes[rj]
        if r1[-1] != i:
            if r1[0] != i:
                continue
            r1.reverse()
        if r2[0] != j:
            if r2[-1] != j:
                continue
            r2.reverse()
        r1.extend(r2)
        load[ri] += load.pop(rj)
        for v in r2:
            route_of[v] = ri
        del routes[rj]
    return list(routes.values())


def _improve_route(inst: RoutingInstance, route: list[int], run: Run) -> list[int]:
    if len(route) < 3:
        return route
    nodes = np.array([inst.depot, *route])
    dense = inst.dense(nodes)
    local = np.arange(len(nodes))
    nbr = np.argsort(dense, axis=1)[:, 1: min(len(nodes), 11)]
    tour, _ = improve_tour(local, lambda x, y: dense[x, y], nbr, lambda: run.stopped)
    tour = np.roll(tour, -int(np.flatnonzero(tour == 0)[0]))
    return [int(v) for v in nodes[tour[1:]]]


def solve(inst: RoutingInstance, run: Run, params: Params) -> Outcome:
    nbr = nearest_neighbours(inst, params.neighbours)
    if inst.problem == "tsp":
        run.set_phase("nearest neighbour")
        tour = nearest_neighbour_tour(inst, 0, lambda: run.stopped)
        run.improved(inst.tour_length(tour), "nearest-neighbour")
        run.set_phase("2-opt/or-opt")
        tour, moves = improve_tour(tour, inst.dist, nbr, lambda: run.stopped)
        cost = inst.tour_length(tour)
        run.improved(cost, "2-opt/or-opt")
        return Outcome(Status.FEASIBLE, objective=cost, solution=[int(v) for v in tour],
                       iterations=moves, backend="numpy")
    run.set_phase("savings")
    routes = savings_routes(inst, nbr)
    run.improved(inst.routes_cost(routes), "savings")
    run.set_phase("route 2-opt")
    routes = [_improve_route(inst, r, run) for r in routes]
    cost = inst.routes_cost(routes)
    run.improved(cost, "2-opt/or-opt")
    return Outcome(Status.FEASIBLE, objective=cost, solution=routes, iterations=len(routes),
                   backend="numpy")
