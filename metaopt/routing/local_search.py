"""Neighbour-list 2-opt and Or-opt on a closed tour, vectorised with numpy."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

Dist = Callable[[np.ndarray, np.ndarray], np.ndarray]
EPS = 1e-9


def _two_opt_move(tour: np.ndarray, dist: Dist, nbr: np.ndarray) -> bool:
    n = len(tour)
    pos = np.empty(n, np.int64)
    pos[tour] = np.arange(n)
    a = np.repeat(np.arange(n), nbr.shape[1])
    c = nbr.ravel()
    i, j = pos[a], pos[c]
    best_gain, best = EPS, None
    for step in (1, -1):  # successor edges, then predecessor edges
        an, cn = tour[(i + step) % n], tour[(j + step) % n]
        gain = dist(a, an) + dist(c, cn) - dist(a, c) - dist(an, cn)
        gain[(cn == a) | (an == c)] = -np.inf
        k = int(np.argmax(gain))
        if gain[k] > best_gain:
            best_gain, best = gain[k], (int(i[k]), int(j[k]), step)
    if best is None:
        return False
    i0, j0, step = best
    if step == -1:
        i0, j0 = (i0 - 1) % n, (j0 - 1) % n
    lo, hi = min(i0, j0), max(i0, j0)
    tour[lo + 1: hi + 1] = tour[lo + 1: hi + 1][::-1]
    return True


def _or_opt_move(tour: np.ndarray, dist: Dist, nbr: np.ndarray, max_len: int = 3) -> bool:
    n = len(tour)
    if n < 8:
        return False
    pos = np.empty(n, np.int64)
    pos[tour] = np.arange(n)
    best_gain, best = EPS, None
    start = np.arange(n)
    for length in range(1, max_len + 1):
        s0, sl = tour[start], tour[(start + length - 1) % n]
        p, nx = tour[(start - 1) % n], tour[(start + length) % n]
        removal = dist(p, s0) + dist(sl, nx) - dist(p, nx)
        for end_node, step in ((s0, 1), (sl, -1)):  # c next to s0 (after c) or to sl (before c)
            c = nbr[end_node]
            other = tour[(pos[c] + step) % n]
            inside = (pos[c] - start[:, None]) % n < length
            if step == 1:
                cost = dist(c, s0[:, None]) + dist(sl[:, None], other) - dist(c, other)
                bad = inside | (c == p[:, None])
            else:
                cost = dist(other, s0[:, None]) + dist(sl[:, None], c) - dist(other, c)
                bad = inside | (c == nx[:, None])
            gain = removal[:, None] - cost
            gain[bad | ((pos[other] - start[:, None]) % n < length)] = -np.inf
            k = int(np.argmax(gain))
            if gain.flat[k] > best_gain:
                r, q = divmod(k, gain.shape[1])
                best_gain, best = gain.flat[k], (r, length, int(c[r, q]), step)
    if best is None:
        return False
    i0, length, c, step = best
    seg_idx = (i0 + np.arange(length)) % n
    segment = tour[seg_idx]
    keep = np.ones(n, bool)
    keep[seg_idx] = False
    rest = tour[keep]
    at = int(np.flatnonzero(rest == c)[0]) + (1 if step == 1 else 0)
    tour[:] = np.concatenate((rest[:at], segment, rest[at:]))
    return True


def improve_tour(tour: np.ndarray, dist: Dist, nbr: np.ndarray,
                 stop: Callable[[], bool] = lambda: False) -> tuple[np.ndarray, int]:
    """2-opt, then Or-opt, alternated until neither improves or ``stop()``; returns moves."""
    tour = np.array(tour, dtype=np.int64)
    moves = 0
    improved = True
    while improved and not stop():
        improved = False
        while not stop() and _two_opt_move(tour, dist, nbr):
            moves += 1
            improved = True
        while not stop() and _or_opt_move(tour, dist, nbr):
            moves += 1
            improved = True
    return tour, moves
