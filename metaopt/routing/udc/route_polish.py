"""Local search on a group of CVRP routes: the compiled 2-opt / Or-opt of ``path_search.py``
run on the routes written as one sequence with depot copies between them (2-opt* tail
exchanges, relocations and intra-route 2-opt, all capacity-checked)."""

from __future__ import annotations

import numpy as np

from metaopt.routing.instance import RoutingInstance
from metaopt.routing.udc.path_search import candidates, search


class RoutePolisher:
    """Polishes solutions over one set of customers; the matrix and the candidate lists
    (``k`` nearest, depot copies not neighbours of each other) are built once, for up to
    ``slots`` routes."""

    def __init__(self, inst: RoutingInstance, customers: np.ndarray, slots: int,
                 k: int = 16) -> None:
        self.customers = np.asarray(customers, np.int64)
        m = len(self.customers)
        self.slots = slots
        nodes = np.concatenate((self.customers, np.full(slots + 1, inst.depot)))
        self.local = {int(c): i for i, c in enumerate(self.customers)}
        self.d = np.ascontiguousarray(inst.dense(nodes), dtype=np.float64)
        self.dem = np.asarray(inst.demands, float)[nodes]
        self.dem[m:] = 0.0
        self.marker = np.zeros(len(nodes), np.bool_)
        self.marker[m:] = True
        apart = self.d.copy()
        apart[m:, m:] = np.inf
        self.nbr = candidates(apart, k)
        self.cap = float(inst.capacity)

    def __call__(self, routes: list[list[int]], max_moves: int = 10_000) -> list[list[int]]:
        """The routes (instance node ids, all of this polisher's customers) improved."""
        routes = [r for r in routes if r]
        if len(routes) > self.slots:
            return routes
        m = len(self.customers)
        seq = [m]
        for i, r in enumerate(routes):
            seq += [self.local[int(c)] for c in r] + [m + 1 + i]
        seq += list(range(m + 1 + len(routes), m + 1 + self.slots))  # spare empty routes
        p = np.array(seq, np.int64)
        search(self.d, p, self.nbr, max_moves, self.dem, self.marker, self.cap)
        out, cur = [], []
        for v in p[1:]:
            if v >= m:
                if cur:
                    out.append(cur)
                cur = []
            else:
                cur.append(int(self.customers[v]))
        return out
