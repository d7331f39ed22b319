"""The problem-specific parts of divide–conquer–reunion: how a solution is cut into
sub-problems and how improved sub-solutions are put back. The shared loop (``loop.py``) only
sees ``cut``/``solve``/``join``; a new problem (OVRP, PCTSP, OP) adds a class here.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from metaopt.routing.instance import RoutingInstance

# A path solver: (dense matrices of segments in their current order, seconds, coordinates or
# None) -> new orders, ends kept.
PathSolver = Callable[[list[np.ndarray], float, list[np.ndarray] | None], list[np.ndarray]]
# A sub-CVRP solver: groups of current routes (node ids), the time for all of them -> new
# routes for each group, or None where it found none.
SubCVRPSolver = Callable[[list[list[list[int]]], float], list[list[list[int]] | None]]


class TSPParts:
    """Solution: a closed tour. Sub-problem: ``n`` consecutive nodes as an open path with
    fixed ends; replaced only if shorter."""

    def __init__(self, inst: RoutingInstance, solve_paths: PathSolver) -> None:
        self.inst, self.solve_paths = inst, solve_paths

    def cost(self, tour: np.ndarray) -> float:
        return self.inst.tour_length(tour)

    def conquer(self, tour: np.ndarray, n: int, offset: int, seconds: float) -> np.ndarray:
        t = np.roll(np.asarray(tour), -offset)
        segs = [t[i: i + n] for i in range(0, len(t), n)]
        segs = [s for s in segs if len(s) >= 4]
        mats = [self.inst.dense(s) for s in segs]
        coords = None if self.inst.coords is None else [self.inst.coords[s] for s in segs]
        orders = self.solve_paths(mats, seconds, coords)
        out = []
        for s, d, order in zip(segs, mats, orders, strict=True):
            before = float(d[np.arange(len(s) - 1), np.arange(1, len(s))].sum())
            after = float(d[order[:-1], order[1:]].sum())
            out.append(s[order] if after < before - 1e-9 else s)
        rest = t[sum(len(s) for s in segs):]  # a short tail left as it is
        return np.concatenate(out + [rest]) if out else t


class CVRPParts:
    """Solution: routes. Sub-problem: consecutive routes (by the polar angle of their centre
    around the depot) holding about ``n`` customers, re-solved as a CVRP; replaced only if
    cheaper. Offsets (in customers) shift the grouping by whole routes."""

    def __init__(self, inst: RoutingInstance, solve_sub: SubCVRPSolver) -> None:
        self.inst, self.solve_sub = inst, solve_sub

    def cost(self, routes: list[list[int]]) -> float:
        return self.inst.routes_cost(routes)

    def _sorted(self, routes: list[list[int]]) -> list[list[int]]:
        xy = np.asarray(self.inst.coords, float)
        depot = xy[self.inst.depot]

        def angle(r):
            c = xy[r].mean(axis=0) - depot
            return float(np.arctan2(c[1], c[0]))

        return sorted((r for r in routes if r), key=angle)

    def groups(self, routes: list[list[int]], n: int, offset: int) -> list[list[list[int]]]:
        """Consecutive routes by angle, about ``n`` customers a group, the first group
        starting at the route that holds customer number ``offset`` in that order."""
        rs = self._sorted(routes)
        if not rs:
            return []
        sizes = np.cumsum([len(r) for r in rs])
        k = int(np.searchsorted(sizes, offset % sizes[-1], side="right")) % len(rs)
        rs = rs[k:] + rs[:k]
        groups, cur, size = [], [], 0
        for r in rs:
            cur.append(r)
            size += len(r)
            if size >= n:
                groups.append(cur)
                cur, size = [], 0
        if cur:
            groups.append(cur)
        return groups

    def conquer(self, routes: list[list[int]], n: int, offset: int, seconds: float
                ) -> list[list[int]]:
        groups = self.groups(routes, n, offset)
        worth = [g for g in groups if len(g) > 1 or sum(len(r) for r in g) > 3]
        solved = dict(zip(map(id, worth), self.solve_sub(worth, seconds), strict=True))
        out: list[list[int]] = []
        for g in groups:
            new = solved.get(id(g))
            if new is not None and self.inst.routes_cost(new) < self.inst.routes_cost(g) - 1e-9:
                out += [r for r in new if r]
            else:
                out += g
        return out
