"""Uniform TSP/CVRP instances in the unit square (neural-CO conventions) and their files."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from metaopt.routing.instance import RoutingInstance

# Capacities used by the neural-CO literature (POMO, GLOP, UDC) for uniform CVRP.
DEFAULT_CAPACITY = {20: 30, 50: 40, 100: 50, 200: 80, 500: 100, 1000: 200, 2000: 300}


def uniform_tsp(name: str, n: int, seed: int) -> RoutingInstance:
    rng = np.random.default_rng(seed)
    return RoutingInstance(name, "tsp", "exact", coords=rng.random((n, 2)))


def uniform_cvrp(name: str, customers: int, capacity: int, seed: int) -> RoutingInstance:
    """Depot and customers uniform in the unit square, demands U{1..9}."""
    rng = np.random.default_rng(seed)
    coords = rng.random((customers + 1, 2))
    demands = np.concatenate(([0], rng.integers(1, 10, size=customers)))
    return RoutingInstance(name, "cvrp", "exact", coords=coords, demands=demands,
                           capacity=int(capacity))


_TYPE = {"euc2d": "EUC_2D", "ceil2d": "CEIL_2D", "floor2d": "FLOOR_2D", "att": "ATT",
         "geo": "GEO", "exact": "EXACT_2D"}


def write_routing(inst: RoutingInstance, path: str | Path, comment: str = "") -> None:
    """TSPLIB ``.tsp`` for TSP, VRPLIB ``.vrp`` for CVRP; coordinates at full precision."""
    lines = [f"NAME : {inst.name}"]
    if comment:
        lines.append(f"COMMENT : {comment}")
    lines += [f"TYPE : {inst.problem.upper()}", f"DIMENSION : {inst.num_nodes}",
              f"EDGE_WEIGHT_TYPE : {_TYPE[inst.distance]}"]
    if inst.problem == "cvrp":
        lines.append(f"CAPACITY : {inst.capacity}")
    lines.append("NODE_COORD_SECTION")
    lines += [f"{i + 1} {x!r} {y!r}" for i, (x, y) in enumerate(inst.coords.tolist())]
    if inst.problem == "cvrp":
        lines.append("DEMAND_SECTION")
        lines += [f"{i + 1} {int(d)}" for i, d in enumerate(inst.demands)]
        lines += ["DEPOT_SECTION", str(inst.depot + 1), "-1"]
    lines.append("EOF")
    Path(path).write_text("\n".join(lines) + "\n")
