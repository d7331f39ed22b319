"""2-opt and Or-opt on an open path with fixed ends, compiled with numba.

Moves are drawn from candidate lists (each node's ``k`` nearest nodes in the piece): a 2-opt
reversal or an Or-opt move (a chain of 1–3 interior nodes, either way round, put between two
other neighbours) is tried only when one of the edges it creates joins a node to one of its
candidates. Each step makes the best such move — 2-opt while one improves, then Or-opt — until
neither improves. With ``k ≥ m − 1`` every move is a candidate (full best improvement).

With a capacity the path is a CVRP solution written as one sequence: copies of the depot
("markers", demand 0, at distance 0 from each other) separate the routes. A 2-opt reversal
across markers then re-joins the ends of two routes (a 2-opt* exchange, the variant that
joins head to reversed head and reversed tail to tail), an Or-opt move relocates a chain to
another route; a move is taken only if every route it changes stays within the capacity.
"""

from __future__ import annotations

import numpy as np
from numba import njit

EPS = 1e-9


@njit(cache=True)
def candidates(d, k):  # pragma: no cover - compiled
    """Each node's ``k`` nearest other nodes, (m, min(k, m − 1))."""
    m = d.shape[0]
    k = min(k, m - 1)
    nbr = np.empty((m, k), np.int64)
    for a in range(m):
        row = d[a].copy()
        row[a] = np.inf
        nbr[a] = np.argsort(row, kind="mergesort")[:k]
    return nbr


@njit(cache=True)
def _two_opt_gain(d, p, e1, e2):  # pragma: no cover - compiled
    a1, b1, a2, b2 = p[e1], p[e1 + 1], p[e2], p[e2 + 1]
    return d[a1, b1] + d[a2, b2] - d[a1, a2] - d[b1, b2]


@njit(cache=True)
def _routes(p, dem, marker, load, prev, nxt):  # pragma: no cover - compiled
    """Prefix loads and, per position, the nearest marker at or before / at or after it."""
    m = len(p)
    acc, last = 0.0, 0
    for t in range(m):
        acc += dem[p[t]]
        load[t] = acc
        if marker[p[t]]:
            last = t
        prev[t] = last
    last = m - 1
    for t in range(m - 1, -1, -1):
        if marker[p[t]]:
            last = t
        nxt[t] = last


@njit(cache=True)
def _reversal_fits(lo, hi, cap, load, prev, nxt):  # pragma: no cover - compiled
    """Whether reversing p[lo..hi] keeps the two routes it re-joins within ``cap``."""
    if cap <= 0.0 or nxt[lo] > hi:
        return True  # no capacity, or the reversal stays inside one route
    first, last = nxt[lo], prev[hi]  # the outermost markers inside the reversed part
    head = load[lo - 1] - load[prev[lo - 1]] + load[hi] - load[last]
    tail = load[first] - load[lo - 1] + load[nxt[hi + 1]] - load[hi]
    return head <= cap + 1e-9 and tail <= cap + 1e-9


@njit(cache=True)
def _best_two_opt(d, p, pos, nbr, cap, load, prev, nxt):  # pragma: no cover - compiled
    """Best feasible reversal p[e1+1..e2] creating an edge to a candidate: gain, e1, e2."""
    m = len(p)
    best, b1, b2 = EPS, -1, -1
    for a in range(m):
        i = pos[a]
        for c in nbr[a]:
            j = pos[c]
            lo, hi = min(i, j), max(i, j)
            if hi - lo < 2:
                continue
            if hi <= m - 2:  # new edges (p[lo], p[hi]) and (p[lo+1], p[hi+1])
                g = _two_opt_gain(d, p, lo, hi)
                if g > best and _reversal_fits(lo + 1, hi, cap, load, prev, nxt):
                    best, b1, b2 = g, lo, hi
            if lo >= 1:  # new edges (p[lo-1], p[hi-1]) and (p[lo], p[hi])
                g = _two_opt_gain(d, p, lo - 1, hi - 1)
                if g > best and _reversal_fits(lo, hi - 1, cap, load, prev, nxt):
                    best, b1, b2 = g, lo - 1, hi - 1
    return best, b1, b2


@njit(cache=True)
def _best_or_opt(d, p, pos, nbr, max_len, cap, load, prev, nxt
                 ):  # pragma: no cover - compiled
    """Best feasible chain move p[s..s+L−1] (no marker in it) to edge e, reversed or not,
    next to a candidate."""
    m = len(p)
    best, bs, bl, be, brev = EPS, -1, 0, 0, False
    for L in range(1, max_len + 1):
        for s in range(1, m - L):
            if cap > 0.0 and nxt[s] <= s + L - 1:
                continue  # the chain holds a marker
            first, last = p[s], p[s + L - 1]
            before, after = p[s - 1], p[s + L]
            removal = d[before, first] + d[last, after] - d[before, after]
            chain = load[s + L - 1] - load[s - 1]
            for end in range(2):
                node = first if end == 0 else last
                for c in nbr[node]:
                    j = pos[c]
                    for e in (j - 1, j):
                        if e < 0 or e > m - 2 or (s - 1 <= e <= s + L - 1):
                            continue
                        if cap > 0.0 and prev[e] != prev[s]:  # into another route
                            if load[nxt[e + 1]] - load[prev[e]] + chain > cap + 1e-9:
                                continue
                        a, b = p[e], p[e + 1]
                        base = d[a, b]
                        g = removal - (d[a, first] + d[last, b] - base)
                        if g > best:
                            best, bs, bl, be, brev = g, s, L, e, False
                        g = removal - (d[a, last] + d[first, b] - base)
                        if g > best:
                            best, bs, bl, be, brev = g, s, L, e, True
    return best, bs, bl, be, brev


@njit(cache=True)
def search(d, p, nbr, max_moves, dem, marker, cap):  # pragma: no cover - compiled
    """Improve the order ``p`` (first and last entries fixed) in place with the candidate
    lists ``nbr`` (``candidates``); with ``cap`` > 0, ``dem`` (node demands) and ``marker``
    (depot copies) make it a CVRP sequence whose routes must stay within ``cap``. Returns
    the moves made."""
    m = len(p)
    moves = 0
    if m < 4:
        return moves
    pos = np.empty(m, np.int64)
    buf = np.empty(m, p.dtype)
    load = np.zeros(m)
    prev = np.zeros(m, np.int64)
    nxt = np.zeros(m, np.int64)
    while moves < max_moves:
        for t in range(m):
            pos[p[t]] = t
        if cap > 0.0:
            _routes(p, dem, marker, load, prev, nxt)
        g2, e1, e2 = _best_two_opt(d, p, pos, nbr, cap, load, prev, nxt)
        if e1 >= 0:
            p[e1 + 1: e2 + 1] = p[e1 + 1: e2 + 1][::-1].copy()
            moves += 1
            continue
        g3, s, L, e, rev = _best_or_opt(d, p, pos, nbr, 3, cap, load, prev, nxt)
        if s < 0:
            break
        # the path without the chain, the chain put back after old edge e
        n = 0
        for t in range(m):
            if s <= t < s + L:
                continue
            buf[n] = p[t]
            n += 1
            if t == e:
                for c in range(L):
                    buf[n] = p[s + L - 1 - c] if rev else p[s + c]
                    n += 1
        p[:] = buf
        moves += 1
    return moves


def warm_up() -> None:
    """Load the compiled functions from numba's cache (compiling them on first use)."""
    d = np.zeros((4, 4))
    search(d, np.arange(4, dtype=np.int64), candidates(d, 3), 1, np.zeros(4),
           np.zeros(4, np.bool_), 0.0)
