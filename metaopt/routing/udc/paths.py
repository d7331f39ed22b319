"""Classical conquerors for the TSP sub-problem: an open path whose two ends are fixed.

Each takes the dense distance matrix of a segment in its current order (node 0 and node m−1
are the fixed ends) and returns an order of 0..m−1 that starts at 0 and ends at m−1.
"""

from __future__ import annotations

import numpy as np


def path_length(d: np.ndarray, order: np.ndarray) -> float:
    return float(d[order[:-1], order[1:]].sum())


def two_opt_or_opt(d: np.ndarray, start: np.ndarray | None = None,
                   nbr: np.ndarray | None = None, k: int = 10,
                   max_moves: int = 10_000) -> np.ndarray:
    """2-opt and Or-opt (chains up to 3) until neither improves, from ``start`` (default the
    order 0..m−1; its ends stay), moves drawn from the candidate lists ``nbr`` (default each
    node's ``k`` nearest; ``path_search.py``, compiled)."""
    from metaopt.routing.udc.path_search import candidates, search

    d = np.ascontiguousarray(d, dtype=np.float64)
    p = np.arange(len(d), dtype=np.int64) if start is None else np.array(start, np.int64)
    m = len(d)
    search(d, p, candidates(d, k) if nbr is None else nbr, max_moves, np.zeros(m),
           np.zeros(m, np.bool_), 0.0)
    return p


def fast_tsp_path(d: np.ndarray, seconds: float) -> np.ndarray:
    """fast-tsp on the segment plus a dummy node tied to both ends at cost 0 and to all
    others at the 16-bit maximum; the tour through the dummy, opened there, is the path."""
    import fast_tsp

    m = len(d)
    if m < 4:
        return np.arange(m)
    current = path_length(d, np.arange(m))
    scale = 60_000.0 / max(current, 1e-12)  # every path through the dummy costs < 65 535
    big = 65_535
    full = np.full((m + 1, m + 1), big, np.int64)
    full[:m, :m] = np.minimum(np.rint(d * scale), big)
    full[m, 0] = full[0, m] = full[m, m - 1] = full[m - 1, m] = 0
    full[m, m] = 0
    tour = np.asarray(fast_tsp.find_tour(full.tolist(), seconds), np.int64)
    k = int(np.flatnonzero(tour == m)[0])
    tour = np.roll(tour, -k)[1:]  # open at the dummy
    if tour[0] != 0:
        tour = tour[::-1]
    if tour[0] != 0 or tour[-1] != m - 1:
        return np.arange(m)  # the dummy did not sit between the ends: keep the old path
    return tour
