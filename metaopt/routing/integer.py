"""Integer distance matrices for solvers that only take integers (fast-tsp, PyVRP)."""

from __future__ import annotations

import numpy as np

from metaopt.errors import UsageError
from metaopt.routing.instance import RoutingInstance

MAX_DENSE_NODES = 6000  # n² int64 entries: 288 MB at this size


def integer_matrix(inst: RoutingInstance, nodes: np.ndarray | None = None,
                   max_value: int | None = None, max_nodes: int = MAX_DENSE_NODES
                   ) -> tuple[np.ndarray, float]:
    """The dense matrix among ``nodes`` as integers, and the factor it was scaled by.

    Integer conventions (euc2d, att, …) are kept exact when they fit under ``max_value``;
    otherwise (and for float ``exact`` distances) the matrix is scaled so its largest entry
    is ``max_value`` (default 10⁶) and rounded. Objectives are recomputed exactly afterwards.
    More than ``max_nodes`` nodes is a usage error.
    """
    count = inst.num_nodes if nodes is None else len(nodes)
    if count > max_nodes:
        raise UsageError(f"{inst.name}: {count} nodes need a dense {count}×{count} matrix; "
                         f"this engine takes at most {max_nodes}")
    d = inst.dense(nodes)
    top = float(d.max()) if d.size else 0.0
    limit = max_value or 1_000_000
    integral = inst.distance != "exact" and np.allclose(d, np.rint(d))
    scale = 1.0 if integral and top <= limit else (limit / top if top > 0 else 1.0)
    return np.rint(d * scale).astype(np.int64), scale
