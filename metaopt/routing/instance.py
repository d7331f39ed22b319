"""A routing instance (TSP or CVRP) with raw coordinates and a named distance convention."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from metaopt.routing.distances import pair_distance


@dataclass(frozen=True, eq=False)
class RoutingInstance:
    """Nodes 0..n-1; for CVRP node ``depot`` (0) is the depot and ``demands[depot] == 0``."""

    name: str
    problem: str
    distance: str
    coords: np.ndarray | None = None
    matrix: np.ndarray | None = None
    demands: np.ndarray | None = None
    capacity: int | None = None
    depot: int = 0

    @property
    def num_nodes(self) -> int:
        return len(self.coords) if self.coords is not None else len(self.matrix)

    def dist(self, a, b) -> np.ndarray:
        """Distances between paired node indices, under the instance's convention."""
        return pair_distance(self.coords, self.matrix, self.distance, a, b)

    def dense(self, nodes: np.ndarray | None = None) -> np.ndarray:
        """The distance matrix among ``nodes`` (all nodes when omitted); mind the n² memory."""
        idx = np.arange(self.num_nodes) if nodes is None else np.asarray(nodes)
        return self.dist(idx[:, None], idx[None, :])

    def tour_length(self, tour) -> float:
        t = np.asarray(tour)
        return float(self.dist(t, np.roll(t, -1)).sum())

    def routes_cost(self, routes) -> float:
        total = 0.0
        for r in routes:
            if len(r):
                path = np.concatenate(([self.depot], np.asarray(r), [self.depot]))
                total += float(self.dist(path[:-1], path[1:]).sum())
        return total

    def objective(self, solution) -> float:
        return self.tour_length(solution) if self.problem == "tsp" else self.routes_cost(solution)
