"""Labelled open paths for the conquer model: segments of near-optimal tours.

A segment of an optimal tour is an optimal path between its two ends over its nodes, so
windows cut from fast-tsp tours of random uniform instances are (near-)optimal sub-problems
drawn from the same distribution as UDC's pieces: consecutive nodes of a large tour.
"""

from __future__ import annotations

import numpy as np

from metaopt.errors import UsageError


def tour_windows(rng: np.random.Generator, instances: int, nodes: int, seconds: float,
                 window: int, progress=None) -> np.ndarray:
    """(instances · ⌊nodes / window⌋, window, 2) coordinates, in path order, of disjoint windows
    of fast-tsp tours (``seconds`` each) of uniform instances."""
    try:
        import fast_tsp
    except ImportError:
        raise UsageError("labelling conquer training data needs fast-tsp: "
                         "pip install fast-tsp") from None
    if window < 4 or nodes < window:
        raise UsageError("need 4 <= window <= nodes")
    out = []
    for i in range(instances):
        if progress is not None and i and i % 100 == 0:
            progress(f"  labelled {i}/{instances} instances")
        xy = rng.random((nodes, 2))
        d = np.linalg.norm(xy[:, None] - xy[None], axis=2)
        tour = np.asarray(fast_tsp.find_tour(np.rint(d * 40_000).astype(np.int64).tolist(),
                                             seconds), np.int64)
        tour = np.roll(tour, -int(rng.integers(nodes)))
        per = nodes // window
        out.append(xy[tour[: per * window]].reshape(per, window, 2))
    return np.concatenate(out).astype(np.float32)


def sub_windows(windows: np.ndarray, rng: np.random.Generator, batch: int, r: int
                ) -> np.ndarray:
    """``batch`` random runs of ``r`` consecutive nodes, half of them reversed, each under a
    random symmetry of the square (the labels stay optimal)."""
    w, length, _ = windows.shape
    idx = rng.integers(w, size=batch)
    s = rng.integers(0, length - r + 1, size=batch)
    seg = windows[idx[:, None], s[:, None] + np.arange(r)].copy()
    rev = rng.random(batch) < 0.5
    seg[rev] = seg[rev, ::-1]
    swap = rng.random(batch) < 0.5
    seg[swap] = seg[swap][..., ::-1]
    for axis in (0, 1):
        flip = rng.random(batch) < 0.5
        seg[flip, :, axis] = 1.0 - seg[flip, :, axis]
    return seg
