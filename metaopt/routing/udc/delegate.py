"""CVRP re-solving one round at a time, after learning-to-delegate (Li, Yan and Wu, 2021):
every route seeds a candidate sub-problem (itself and the routes whose centres lie nearest,
about ``n`` customers in all); a scorer rates the candidates; the best disjoint ones, one per
worker, are re-solved side by side from their own routes; a cheaper result replaces them.

What the scorer sees (``FEATURES``, one row per candidate) is the memory of earlier rounds,
kept per customer, and the candidate's shape. Each re-solve is logged with its features and
its relative gain, the data a learned scorer is trained on.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from metaopt.control import Run
from metaopt.routing.instance import RoutingInstance
from metaopt.routing.sub_cvrp import Job, SubCVRPPool

Routes = list[list[int]]
# Scores candidates (rows of features) for re-solving: higher first.
Scorer = Callable[[np.ndarray], np.ndarray]

FEATURES = (
    "never",        # share of its customers never re-solved
    "age",          # mean time since its customers were last re-solved / run time so far
    "times",        # mean number of re-solves its customers have been in
    "last_gain",    # mean relative gain (%) of the last re-solve its customers were in
    "cost",         # its routes' cost per customer / the whole solution's
    "fill",         # its load / (its routes × capacity)
    "depot",        # mean distance of its customers to the depot / the largest
    "spread",       # mean distance of its customers to their centre / the same for the whole
    "size",         # customers / n
)


@dataclass
class Memory:
    """Per customer: when it was last re-solved (run seconds; -1 never), how often, and the
    relative gain (%) of that last re-solve."""

    last: np.ndarray
    times: np.ndarray
    gain: np.ndarray
    log: list[tuple[np.ndarray, float]] = field(default_factory=list)

    @classmethod
    def empty(cls, nodes: int) -> Memory:
        return cls(np.full(nodes, -1.0), np.zeros(nodes), np.zeros(nodes))

    def record(self, customers: np.ndarray, now: float, gain: float, row: np.ndarray) -> None:
        self.last[customers] = now
        self.times[customers] += 1
        self.gain[customers] = gain
        self.log.append((row, gain))


def candidates(inst: RoutingInstance, routes: Routes, n: int) -> list[np.ndarray]:
    """For every route, the route indices nearest its centre (itself first) until they hold
    at least ``n`` customers."""
    xy = np.asarray(inst.coords, float)
    centre = np.array([xy[r].mean(axis=0) for r in routes])
    sizes = np.array([len(r) for r in routes])
    out = []
    for i in range(len(routes)):
        near = np.argsort(((centre - centre[i]) ** 2).sum(axis=1), kind="stable")
        k = int(np.searchsorted(np.cumsum(sizes[near]), n)) + 1
        out.append(near[:k])
    return out


def features(inst: RoutingInstance, routes: Routes, cands: list[np.ndarray], memory: Memory,
             now: float, n: int) -> np.ndarray:
    """One row of ``FEATURES`` per candidate."""
    xy = np.asarray(inst.coords, float)
    depot = xy[inst.depot]
    cost = np.array([inst.routes_cost([r]) for r in routes])
    load = np.array([float(inst.demands[r].sum()) for r in routes])
    everyone = np.concatenate([np.asarray(r) for r in routes])
    per_customer = cost.sum() / len(everyone)
    far = float(np.linalg.norm(xy[everyone] - depot, axis=1).max()) or 1.0
    whole_spread = float(np.linalg.norm(xy[everyone] - xy[everyone].mean(axis=0), axis=1).mean())
    rows = np.empty((len(cands), len(FEATURES)))
    for j, c in enumerate(cands):
        cust = np.concatenate([np.asarray(routes[i]) for i in c])
        last = memory.last[cust]
        seen = last >= 0
        p = xy[cust]
        rows[j] = (
            1.0 - seen.mean(),
            float(np.where(seen, now - last, now).mean()) / max(now, 1e-9),
            memory.times[cust].mean(),
            memory.gain[cust].mean(),
            cost[c].sum() / len(cust) / per_customer,
            load[c].sum() / (len(c) * inst.capacity),
            float(np.linalg.norm(p - depot, axis=1).mean()) / far,
            float(np.linalg.norm(p - p.mean(axis=0), axis=1).mean()) / (whole_spread or 1.0),
            len(cust) / n,
        )
    return rows


def choose(scores: np.ndarray, cands: list[np.ndarray], k: int) -> list[int]:
    """Up to ``k`` candidates sharing no route, best score first."""
    taken: set[int] = set()
    out = []
    for j in np.argsort(-scores, kind="stable"):
        if taken.isdisjoint(cands[j].tolist()):
            out.append(int(j))
            taken.update(cands[j].tolist())
            if len(out) == k:
                break
    return out


def uniform(rng: np.random.Generator) -> Scorer:
    """The control: every candidate equally likely."""
    return lambda rows: rng.random(len(rows))


def oldest(rows: np.ndarray) -> np.ndarray:
    """A hand-made rule: the candidate whose customers waited longest (never re-solved
    counts as waiting since the start)."""
    return rows[:, FEATURES.index("age")]


def delegate(inst: RoutingInstance, routes: Routes, run: Run, rng: np.random.Generator,
             pool: SubCVRPPool, n: int, seconds: float, scorer: Scorer,
             round_share: float, memory: Memory | None = None) -> tuple[Routes, int]:
    """Rounds until ``seconds`` are spent, each at most ``round_share`` of the time left:
    score the candidates, re-solve the best disjoint ones side by side, keep what is
    cheaper. Returns the routes and the number of rounds; improvements go to ``run``."""
    deadline = time.monotonic() + seconds
    memory = memory if memory is not None else Memory.empty(inst.num_nodes)
    routes = [list(r) for r in routes if r]
    best, rounds = inst.routes_cost(routes), 0
    while True:
        left = min(deadline - time.monotonic(), run.remaining())
        if run.stopped or left < 0.05 or not routes:
            break
        rounds += 1
        run.set_phase(f"delegate round {rounds}")
        cands = candidates(inst, routes, n)
        rows = features(inst, routes, cands, memory, run.elapsed(), n)
        picked = choose(np.asarray(scorer(rows), float), cands, pool.workers)
        groups = [[routes[i] for i in cands[j]] for j in picked]
        jobs = [Job(np.array(sorted(v for r in g for v in r), np.int64), g, left * round_share,
                    int(rng.integers(2**31))) for g in groups]
        solved = pool.solve(jobs)
        now = run.elapsed()
        replaced: dict[int, Routes] = {}
        for j, g, job, new in zip(picked, groups, jobs, solved, strict=True):
            before = inst.routes_cost(g)
            after = before if new is None else inst.routes_cost(new)
            gain = 100.0 * max(0.0, before - after) / before if before > 0 else 0.0
            memory.record(job.customers, now, gain, rows[j])
            if new is not None and after < before - 1e-9:
                replaced[j] = new
        if replaced:
            drop = {int(i) for j in replaced for i in cands[j]}
            routes = [r for i, r in enumerate(routes) if i not in drop]
            routes += [list(r) for new in replaced.values() for r in new if r]
            cost = inst.routes_cost(routes)
            if cost < best - 1e-9:
                best = cost
                run.improved(cost, "udc-delegate")
    return routes, rounds
