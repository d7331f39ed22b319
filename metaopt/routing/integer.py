"""Integer distance matrices for solvers that only take integers (fast-tsp, PyVRP)."""

from __future__ import annotations

import numpy as np

from metaopt.errors import UsageError
from metaopt.routing.instance import RoutingInstance

MAX_DENSE_NODES = 6000  # n² int64 entries: 288 MB at this size


def check_dense(inst: RoutingInstance, count: int, max_nodes: int) -> None:
    """A usage error when ``count`` nodes are more than a dense matrix may take."""
    if count > max_nodes:
        raise UsageError(f"{inst.name}: {count} nodes need a dense {count}×{count} matrix; "
                         f"this engine takes at most {max_nodes}")


def integer_matrix(inst: RoutingInstance, nodes: np.ndarray | None = None,
                   max_value: int | None = None, max_nodes: int = MAX_DENSE_NODES
                   ) -> tuple[np.ndarray, float]:
    """The dense matrix among ``nodes`` as integers, and the factor it was scaled by.

    Integer conventions (euc2d, att, …) are kept exact when they fit under ``max_value``;
    otherwise (and for float ``exact`` distances) the matrix is scaled so its largest entry
    is ``max_value`` (default 10⁶) and rounded. Objectives are recomputed exactly afterwards.
    More than ``max_nodes`` nodes is a usage error.
    """
    idx = np.arange(inst.num_nodes) if nodes is None else np.asarray(nodes)
    count = len(idx)
    check_dense(inst, count, max_nodes)
    step = max(1, (1 << 21) // max(count, 1))  # rows per block: no n² float temporaries
    blocks = range(0, count, step)

    def block(r: int) -> np.ndarray:
        return np.asarray(inst.dist(idx[r:r + step, None], idx[None, :]), np.float64)

    top, integral = 0.0, inst.distance != "exact"
    for r in blocks:  # first pass: the largest entry, and whether all are integers
        b = block(r)
        if b.size:
            top = max(top, float(b.max()))
            integral = integral and np.allclose(b, np.rint(b))
    limit = max_value or 1_000_000
    scale = 1.0 if integral and top <= limit else (limit / top if top > 0 else 1.0)
    out = np.empty((count, count), np.int64)
    for r in blocks:
        b = block(r)
        if scale != 1.0:
            b *= scale
        out[r:r + step] = np.rint(b, out=b)
    return out, scale
