"""Classical dividers: random insertion (TSP tour) and a capacity split of it (CVRP)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from metaopt.routing.instance import RoutingInstance
from metaopt.routing.space_filling import curve_order


def random_insertion(inst: RoutingInstance, nodes: np.ndarray, rng: np.random.Generator,
                     stop: Callable[[], bool] | None = None) -> np.ndarray:
    """A closed tour over ``nodes``: nodes in random order, each inserted where it lengthens
    the tour least. O(n²) numpy work, no n×n matrix. Once ``stop()`` is true (checked every
    64 insertions) the nodes not yet placed follow as one chain in Hilbert-curve order."""
    order = rng.permutation(np.asarray(nodes, np.int64))
    if len(order) <= 3:
        return order
    tour = np.empty(len(order), np.int64)
    tour[:3] = order[:3]
    size = 3
    for step, v in enumerate(order[3:]):
        if stop is not None and step % 64 == 0 and stop():
            rest = curve_order(inst, order[size:])
            tour[size:] = rest
            return tour
        cur = tour[:size]
        nxt = np.roll(cur, -1)
        vv = np.full(size, v)
        cost = inst.dist(cur, vv) + inst.dist(vv, nxt) - inst.dist(cur, nxt)
        k = int(np.argmin(cost)) + 1
        tour[k + 1: size + 1] = tour[k:size]
        tour[k] = v
        size += 1
    return tour


def split_routes(inst: RoutingInstance, giant: np.ndarray) -> list[list[int]]:
    """Prins' optimal split of a giant tour (customers only) into capacity-feasible routes,
    in the tour's order."""
    giant = np.asarray(giant, np.int64)
    n, depot, cap = len(giant), inst.depot, int(inst.capacity)
    dem = inst.demands[giant].astype(np.int64)
    to_depot = inst.dist(np.full(n, depot), giant)
    inner = inst.dist(giant[:-1], giant[1:]) if n > 1 else np.zeros(0)
    inner_cum = np.concatenate(([0.0], np.cumsum(inner)))
    dem_cum = np.concatenate(([0], np.cumsum(dem)))
    best = np.full(n + 1, np.inf)
    best[0] = 0.0
    pred = np.zeros(n + 1, np.int64)
    for i in range(n):  # routes giant[i:j] for every j whose load fits
        j_max = int(np.searchsorted(dem_cum, dem_cum[i] + cap, side="right")) - 1
        js = np.arange(i + 1, max(j_max, i + 1) + 1)
        cost = best[i] + to_depot[i] + (inner_cum[js - 1] - inner_cum[i]) + to_depot[js - 1]
        better = cost < best[js]
        best[js[better]] = cost[better]
        pred[js[better]] = i
    routes, j = [], n
    while j > 0:
        i = int(pred[j])
        routes.append([int(v) for v in giant[i:j]])
        j = i
    return routes[::-1]
