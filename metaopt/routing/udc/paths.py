"""Classical conquerors for the TSP sub-problem: an open path whose two ends are fixed.

Each takes the dense distance matrix of a segment in its current order (node 0 and node m−1
are the fixed ends) and returns an order of 0..m−1 that starts at 0 and ends at m−1.
"""

from __future__ import annotations

import numpy as np

EPS = 1e-9


def path_length(d: np.ndarray, order: np.ndarray) -> float:
    return float(d[order[:-1], order[1:]].sum())


def _best_two_opt(d: np.ndarray, p: np.ndarray) -> tuple[float, int, int]:
    """Best reversal p[i..j] (1 ≤ i < j ≤ m−2): gain and (i, j)."""
    m = len(p)
    a, b = p[:-1], p[1:]  # edge k = (p[k], p[k+1])
    cur = d[a, b]
    # reversing p[i..j] swaps edges (i−1, i) and (j, j+1) for (i−1, j) and (i, j+1)
    gain = cur[:, None] + cur[None, :] - d[a[:, None], a[None, :]] - d[b[:, None], b[None, :]]
    k = np.arange(m - 1)
    gain[k[:, None] >= k[None, :]] = -np.inf  # need edge index e1 < e2
    flat = int(np.argmax(gain))
    e1, e2 = divmod(flat, m - 1)
    return float(gain[e1, e2]), e1 + 1, e2


def _best_or_opt(d: np.ndarray, p: np.ndarray, max_len: int = 3) -> tuple[float, tuple]:
    """Best move of a chain p[i..i+L−1] (interior only) between two other neighbours."""
    m = len(p)
    best = (EPS, None)
    for L in range(1, max_len + 1):
        starts = np.arange(1, m - L)  # chain inside, keeping both ends fixed
        if not len(starts):
            break
        first, last = p[starts], p[starts + L - 1]
        before, after = p[starts - 1], p[starts + L]
        removal = d[before, first] + d[last, after] - d[before, after]
        a, b = p[:-1], p[1:]
        # insert between edge (a[k], b[k]), either orientation
        add_fwd = d[a[None, :], first[:, None]] + d[last[:, None], b[None, :]] - d[a, b][None, :]
        add_rev = d[a[None, :], last[:, None]] + d[first[:, None], b[None, :]] - d[a, b][None, :]
        k = np.arange(m - 1)[None, :]
        inside = (k >= starts[:, None] - 1) & (k <= starts[:, None] + L - 1)
        add_fwd[inside] = np.inf
        add_rev[inside] = np.inf
        for add, rev in ((add_fwd, False), (add_rev, True)):
            gain = removal[:, None] - add
            flat = int(np.argmax(gain))
            s, e = divmod(flat, m - 1)
            if gain[s, e] > best[0]:
                best = (float(gain[s, e]), (int(starts[s]), L, int(e), rev))
    return best


def two_opt_or_opt(d: np.ndarray, max_moves: int = 10_000) -> np.ndarray:
    """Best-improvement 2-opt and Or-opt (chains up to 3) until neither improves."""
    m = len(d)
    p = np.arange(m)
    if m < 4:
        return p
    for _ in range(max_moves):
        g2, i, j = _best_two_opt(d, p)
        if g2 > EPS:
            p[i: j + 1] = p[i: j + 1][::-1]
            continue
        g3, move = _best_or_opt(d, p)
        if move is None:
            break
        s, L, e, rev = move
        chain = p[s: s + L][::-1] if rev else p[s: s + L]
        rest = np.concatenate((p[:s], p[s + L:]))
        # edge e indexed the old path; map it to the path without the chain
        at = e + 1 if e < s else e + 1 - L
        p = np.concatenate((rest[:at], chain, rest[at:]))
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
