"""Candidate neighbour lists (k nearest nodes) for local search and sparse graphs."""

from __future__ import annotations

import numpy as np

from metaopt.routing.instance import RoutingInstance


def nearest_neighbours(inst: RoutingInstance, k: int) -> np.ndarray:
    """``(n, k)`` indices of each node's k nearest other nodes (k-d tree on coordinates)."""
    n = inst.num_nodes
    k = min(k, n - 1)
    if inst.coords is not None:
        from scipy.spatial import cKDTree

        _, idx = cKDTree(inst.coords).query(inst.coords, k=k + 1)
        idx = np.asarray(idx).reshape(n, k + 1)
    else:
        d = inst.matrix.copy()
        idx = np.argsort(d, axis=1, kind="stable")[:, : k + 1]
    out = np.empty((n, k), dtype=np.int64)
    for i in range(n):  # drop the node itself wherever the tree put it (ties at distance 0)
        row = idx[i][idx[i] != i]
        out[i] = row[:k]
    return out
