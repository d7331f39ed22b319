"""MIP families from the learning-for-MIP literature (after Gasse et al. 2019 / Ecole).

Each generator takes a name, its size parameters and a seed and returns a MIPInstance.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from metaopt.mip.instance import MIPInstance


def _mip(name: str, sense: int, c, rows: list[tuple[dict[int, float], float, float]],
         n: int, integer, lower=None, upper=None, prefix: str = "x",
         names: list[str] | None = None) -> MIPInstance:
    data, indices, indptr = [], [], [0]
    for coefs, _, _ in rows:
        keys = sorted(coefs)
        indices += keys
        data += [coefs[k] for k in keys]
        indptr.append(len(indices))
    A = sp.csr_matrix((np.array(data, float), np.array(indices, np.int64),
                       np.array(indptr, np.int64)), shape=(len(rows), n))
    return MIPInstance(
        name=name, sense=sense, c=sense * np.asarray(c, float), offset=0.0, A=A,
        row_lower=np.array([r[1] for r in rows], float),
        row_upper=np.array([r[2] for r in rows], float),
        col_lower=np.zeros(n) if lower is None else np.asarray(lower, float),
        col_upper=np.ones(n) if upper is None else np.asarray(upper, float),
        integer=np.asarray(integer, bool),
        var_names=tuple(names or (f"{prefix}{j}" for j in range(n))),
        row_names=tuple(f"c{i}" for i in range(len(rows))),
    )


def set_cover(name: str, rows: int, cols: int, seed: int, density: float = 0.05,
              max_cost: int = 100) -> MIPInstance:
    """Balas & Ho set cover: min c x, every row covered at least once, x binary."""
    rng = np.random.default_rng(seed)
    nnz_per_row = max(2, int(round(density * cols)))
    table = []
    for _ in range(rows):
        cover = rng.choice(cols, size=nnz_per_row, replace=False)
        table.append({int(j): 1.0 for j in cover})
    uncovered = set(range(cols)) - {j for r in table for j in r}
    for j in uncovered:  # every column appears in some row
        table[int(rng.integers(rows))][j] = 1.0
    cost = rng.integers(1, max_cost + 1, size=cols)
    return _mip(name, 1, cost, [(r, 1.0, np.inf) for r in table], cols, np.ones(cols, bool))


def combinatorial_auction(name: str, items: int, bids: int, seed: int,
                          mean_bundle: float = 5.0) -> MIPInstance:
    """Bids on bundles of related items; max revenue, each item sold at most once.

    A simplified version of Leyton-Brown's "arbitrary relationships" distribution: bundles grow
    from a random item through an item-affinity matrix, price = bundle value × U[1, 1.5].
    """
    rng = np.random.default_rng(seed)
    value = rng.uniform(1, 100, size=items)
    affinity = rng.random((items, items))
    np.fill_diagonal(affinity, 0)
    rows: list[dict[int, float]] = [{} for _ in range(items)]
    prices = []
    for b in range(bids):
        size = min(items, 1 + rng.poisson(mean_bundle - 1))
        bundle = [int(rng.integers(items))]
        while len(bundle) < size:
            weights = affinity[bundle].sum(axis=0)
            weights[bundle] = 0
            bundle.append(int(rng.choice(items, p=weights / weights.sum())))
        prices.append(value[bundle].sum() * rng.uniform(1.0, 1.5))
        for i in bundle:
            rows[i][b] = 1.0
    rows = [r for r in rows if r]
    return _mip(name, -1, np.round(prices, 2), [(r, -np.inf, 1.0) for r in rows], bids,
                np.ones(bids, bool))


def facility_location(name: str, customers: int, facilities: int, seed: int,
                      ratio: float = 5.0) -> MIPInstance:
    """Capacitated facility location (Cornuéjols, Sridharan, Thizy 1991)."""
    rng = np.random.default_rng(seed)
    cx, cy = rng.random(customers), rng.random(customers)
    fx, fy = rng.random(facilities), rng.random(facilities)
    demand = rng.integers(5, 36, size=customers)
    capacity = rng.integers(10, 161, size=facilities).astype(float)
    fixed = (rng.integers(100, 111, size=facilities) * np.sqrt(capacity)
             + rng.integers(0, 91, size=facilities))
    capacity *= ratio * demand.sum() / capacity.sum()
    capacity = np.round(capacity)
    dist = np.sqrt((cx[:, None] - fx[None]) ** 2 + (cy[:, None] - fy[None]) ** 2)
    trans = np.round(dist * 10 * demand[:, None], 3)
    nx = customers * facilities
    n = nx + facilities

    def x(i: int, j: int) -> int:
        return i * facilities + j

    c = np.concatenate((trans.ravel(), np.round(fixed, 3)))
    rows = [({x(i, j): 1.0 for j in range(facilities)}, 1.0, 1.0) for i in range(customers)]
    for j in range(facilities):
        coefs = {x(i, j): float(demand[i]) for i in range(customers)}
        coefs[nx + j] = -capacity[j]
        rows.append((coefs, -np.inf, 0.0))
    rows.append(({nx + j: capacity[j] for j in range(facilities)}, float(demand.sum()), np.inf))
    for i in range(customers):
        for j in range(facilities):
            rows.append(({x(i, j): 1.0, nx + j: -1.0}, -np.inf, 0.0))
    names = [f"x_{i}_{j}" for i in range(customers) for j in range(facilities)]
    names += [f"y_{j}" for j in range(facilities)]
    return _mip(name, 1, c, rows, n, np.arange(n) >= nx, names=names)


def independent_set(name: str, nodes: int, seed: int, affinity: int = 4) -> MIPInstance:
    """Maximum independent set on a Barabási–Albert graph, clique (edge) constraints."""
    rng = np.random.default_rng(seed)
    edges: set[tuple[int, int]] = set()
    degree = np.zeros(nodes)
    for v in range(affinity + 1):
        for u in range(v):
            edges.add((u, v))
            degree[[u, v]] += 1
    for v in range(affinity + 1, nodes):
        targets = rng.choice(v, size=affinity, replace=False, p=degree[:v] / degree[:v].sum())
        for u in targets:
            edges.add((int(u), v))
            degree[[u, v]] += 1
    rows = [({u: 1.0, v: 1.0}, -np.inf, 1.0) for u, v in sorted(edges)]
    return _mip(name, -1, np.ones(nodes), rows, nodes, np.ones(nodes, bool))


def multiple_knapsack(name: str, items: int, knapsacks: int, seed: int) -> MIPInstance:
    """Multiple knapsack with weakly correlated profits (Fukunaga 2011 style)."""
    rng = np.random.default_rng(seed)
    weight = rng.integers(10, 101, size=items)
    profit = np.maximum(1, weight + rng.integers(-10, 11, size=items))
    share = rng.dirichlet(np.ones(knapsacks))
    cap = np.maximum(weight.max(), np.floor(share * weight.sum() / 2))
    n = items * knapsacks
    rows = [({i * knapsacks + k: 1.0 for k in range(knapsacks)}, -np.inf, 1.0)
            for i in range(items)]
    rows += [({i * knapsacks + k: float(weight[i]) for i in range(items)}, -np.inf, float(cap[k]))
             for k in range(knapsacks)]
    names = [f"x_{i}_{k}" for i in range(items) for k in range(knapsacks)]
    return _mip(name, -1, np.repeat(profit, knapsacks), rows, n, np.ones(n, bool), names=names)


FAMILIES = {
    "setcover": set_cover,
    "cauction": combinatorial_auction,
    "facility": facility_location,
    "indset": independent_set,
    "mknapsack": multiple_knapsack,
}
