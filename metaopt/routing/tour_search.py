"""Iterated 2-opt / Or-opt on a whole TSP tour, compiled with numba, in O(n) memory.

The tour is an array with each node's position. Every change is a 2-opt exchange
(``_swap``: remove two edges, add the two that keep one cycle), applied by reversing the
shorter side of the cycle; an Or-opt move (a chain of 1–3 nodes put between two other
nodes, either way round) is two or three of them, and so is the double-bridge kick. Moves
come from candidate lists (each node's nearest neighbours, taken only while the first new
edge is shorter than what the move removes: the positive-gain rule) and a queue of nodes to
look at (don't-look bits). The iterated search kicks a random stretch of the tour with a double
bridge of short segments, repairs from the six nodes it touched, and undoes the lot unless
the tour got shorter. Distances come from the coordinates under the instance's convention.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

import numpy as np
from numba import njit

from metaopt.routing.distances import pair_distance
from metaopt.routing.instance import RoutingInstance
from metaopt.routing.neighbours import nearest_neighbours

EPS = 1e-7
# TSPLIB conventions computed here from coordinates (the others take the dense paths)
CONVENTION_CODES = {"exact": 0, "euc2d": 1, "ceil2d": 2, "floor2d": 3, "att": 4}
LOG_SIZE = 1 << 15  # exchanges one kick and its repair may make before the repair stops
BATCH_SECONDS = 0.1  # compiled work between two looks at the clock and at a stop request


def supports(inst: RoutingInstance) -> bool:
    return inst.coords is not None and inst.distance in CONVENTION_CODES


@njit(cache=True, inline="always")
def _dist(xy, a, b, conv):  # pragma: no cover - compiled
    dx = xy[a, 0] - xy[b, 0]
    dy = xy[a, 1] - xy[b, 1]
    if conv == 4:
        r = math.sqrt((dx * dx + dy * dy) / 10.0)
        t = math.floor(r + 0.5)
        return t + 1.0 if t < r else t
    r = math.sqrt(dx * dx + dy * dy)
    if conv == 1:
        return math.floor(r + 0.5)
    if conv == 2:
        return math.ceil(r)
    if conv == 3:
        return math.floor(r)
    return r


@njit(cache=True, inline="always")
def _succ(t, pos, a):  # pragma: no cover - compiled
    i = pos[a] + 1
    return t[0] if i == len(t) else t[i]


@njit(cache=True, inline="always")
def _pred(t, pos, a):  # pragma: no cover - compiled
    i = pos[a] - 1
    return t[len(t) - 1] if i < 0 else t[i]


@njit(cache=True)
def _reverse(t, pos, start, length):  # pragma: no cover - compiled
    """Reverse the cyclic stretch of ``length`` positions from ``start``."""
    n = len(t)
    i, j = start, (start + length - 1) % n
    for _ in range(length // 2):
        a, b = t[i], t[j]
        t[i], t[j] = b, a
        pos[b], pos[a] = i, j
        i += 1
        if i == n:
            i = 0
        j -= 1
        if j < 0:
            j = n - 1


@njit(cache=True)
def _swap(t, pos, x1, x2, y1, y2, log, nlog):  # pragma: no cover - compiled
    """Replace edges (x1, x2), (y1, y2) with (x1, y1), (x2, y2); returns the new log size."""
    if _succ(t, pos, x1) != x2:  # walk the other way round: x2 → x1, y2 → y1
        x1, x2, y1, y2 = x2, x1, y2, y1
    # now x1 → x2 … y1 → y2: reverse x2..y1, or the rest of the cycle if that is shorter
    n = len(t)
    length = (pos[y1] - pos[x2]) % n + 1
    if 2 * length <= n:
        _reverse(t, pos, pos[x2], length)
    else:
        _reverse(t, pos, pos[y2], n - length)
    if nlog < len(log):
        log[nlog, 0], log[nlog, 1], log[nlog, 2], log[nlog, 3] = x1, x2, y1, y2
    return nlog + 1


@njit(cache=True)
def _push(queue, queued, head_tail, a):  # pragma: no cover - compiled
    if not queued[a]:
        queued[a] = True
        n = len(queue)
        queue[head_tail[1] % n] = a
        head_tail[1] += 1


@njit(cache=True)
def _improve_from(xy, conv, t, pos, nbr, a, log, nlog, queue, queued,
                  head_tail):  # pragma: no cover - compiled
    """One improving 2-opt or Or-opt move around ``a`` if there is one: (gain, log size)."""
    n = len(t)
    for direction in range(2):
        b = _succ(t, pos, a) if direction == 0 else _pred(t, pos, a)
        dab = _dist(xy, a, b, conv)
        # 2-opt: new edges (a, c), (b, d) with d the same-side neighbour of c
        for c in nbr[a]:
            g1 = dab - _dist(xy, a, c, conv)
            if g1 <= EPS:
                break
            d = _succ(t, pos, c) if direction == 0 else _pred(t, pos, c)
            if c == b or d == a:
                continue
            gain = g1 + _dist(xy, c, d, conv) - _dist(xy, b, d, conv)
            if gain > EPS:
                nlog = _swap(t, pos, a, b, c, d, log, nlog)
                for v in (a, b, c, d):
                    _push(queue, queued, head_tail, v)
                return gain, nlog
        # Or-opt: the chain of 1-3 nodes from a (this direction) moves next to a neighbour
        for length in range(1, 4):
            if length + 3 > n:
                break
            # the chain in forward order is u..v; p before it, q after it
            if direction == 0:
                u = a
                v = a
                for _ in range(length - 1):
                    v = _succ(t, pos, v)
            else:
                v = a
                u = a
                for _ in range(length - 1):
                    u = _pred(t, pos, u)
            p = _pred(t, pos, u)
            q = _succ(t, pos, v)
            g0 = _dist(xy, p, u, conv) + _dist(xy, v, q, conv) - _dist(xy, p, q, conv)
            if g0 <= EPS:
                continue
            for c in nbr[a]:
                if _dist(xy, a, c, conv) >= g0:
                    break
                # c must lie outside the chain
                k = (pos[c] - pos[u]) % n
                if k < length:
                    continue
                for side in range(2):
                    e = _succ(t, pos, c) if side == 0 else _pred(t, pos, c)
                    cc, ee = (c, e) if side == 0 else (e, c)  # forward edge cc → ee
                    if (pos[ee] - pos[u]) % n < length or ee == p or cc == v:
                        continue  # an edge of the chain, or the slot next to it
                    base = g0 + _dist(xy, cc, ee, conv)
                    same = _dist(xy, cc, u, conv) + _dist(xy, v, ee, conv)
                    flip = _dist(xy, cc, v, conv) + _dist(xy, u, ee, conv)
                    gain = base - min(same, flip)
                    if gain > EPS:
                        nlog = _swap(t, pos, p, u, cc, ee, log, nlog)  # (p,cc), (u,ee)
                        if cc != q:
                            nlog = _swap(t, pos, p, cc, q, v, log, nlog)  # (p,q), (cc,v)
                        if same < flip:
                            nlog = _swap(t, pos, cc, v, u, ee, log, nlog)  # (cc,u), (v,ee)
                        for w in (p, q, u, v, cc, ee):
                            _push(queue, queued, head_tail, w)
                        return gain, nlog
    return 0.0, nlog


@njit(cache=True)
def _local_search(xy, conv, t, pos, nbr, log, nlog, queue, queued, head_tail, bounded,
                  max_pops):  # pragma: no cover - compiled
    """Improve from every queued node until none improves (or, if ``bounded``, the log is
    full, or ``max_pops`` nodes were looked at); (total gain, log size)."""
    total = 0.0
    n = len(queue)
    end = head_tail[0] + max_pops
    while head_tail[0] < head_tail[1] and head_tail[0] < end:
        a = queue[head_tail[0] % n]
        head_tail[0] += 1
        queued[a] = False
        while True:
            gain, nlog = _improve_from(xy, conv, t, pos, nbr, a, log, nlog, queue, queued,
                                       head_tail)
            total += gain
            if gain <= 0.0 or bounded and nlog >= len(log):
                break
        if bounded and nlog >= len(log):
            break
    return total, nlog


@njit(cache=True)
def descend(xy, conv, t, pos, nbr, queue, queued, head_tail,
            max_pops):  # pragma: no cover - compiled
    """Local search from the queued nodes, at most ``max_pops`` of them; the total gain.
    The queue (``queue``, ``queued``, ``head_tail``) carries over to the next call."""
    log = np.empty((0, 4), np.int64)
    total, _ = _local_search(xy, conv, t, pos, nbr, log, 0, queue, queued, head_tail, False,
                             max_pops)
    return total


def descend_all(xy: np.ndarray, conv: int, t: np.ndarray, pos: np.ndarray, nbr: np.ndarray,
                stop: Callable[[], bool]) -> None:
    """Descent from every node, in place, in compiled batches of about ``BATCH_SECONDS``,
    until no improving move is left or ``stop()``."""
    queue, queued, head_tail = full_queue(t)
    pops = 20_000
    while head_tail[0] < head_tail[1] and not stop():
        t0 = time.monotonic()
        descend(xy, conv, t, pos, nbr, queue, queued, head_tail, pops)
        pops = resize(pops, time.monotonic() - t0)


def descended(inst: RoutingInstance, tour: np.ndarray, stop: Callable[[], bool],
              neighbours: int = 8) -> np.ndarray:
    """A copy of the closed ``tour`` (all nodes) after :func:`descend_all` with candidate
    lists of ``neighbours`` nearest nodes."""
    xy = np.ascontiguousarray(inst.coords, dtype=float)
    t = np.array(tour, dtype=np.int64)
    if len(t) < 8:
        return t
    pos = np.empty(len(t), np.int64)
    pos[t] = np.arange(len(t))
    nbr = np.ascontiguousarray(nearest_neighbours(inst, neighbours), dtype=np.int64)
    descend_all(xy, CONVENTION_CODES[inst.distance], t, pos, nbr, stop)
    return t


def resize(size: int, seconds: float) -> int:
    """The next batch size, aiming at ``BATCH_SECONDS`` a batch."""
    if seconds <= 0.0:
        return size * 2
    return int(min(max(size * BATCH_SECONDS / seconds, 10), size * 4))


def full_queue(t: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A descent queue holding every node."""
    n = len(t)
    return t.copy(), np.ones(n, np.bool_), np.array([0, n], np.int64)


@njit(cache=True)
def kicks(xy, conv, t, pos, nbr, starts, len1, len2):  # pragma: no cover - compiled
    """One double-bridge kick and repair per entry of ``starts``, each kept only if the tour
    got shorter: (total gain, kicks kept)."""
    n = len(t)
    queue = np.empty(n, np.int64)
    queued = np.zeros(n, np.bool_)
    head_tail = np.zeros(2, np.int64)
    log = np.empty((LOG_SIZE, 4), np.int64)
    total, kept = 0.0, 0
    for it in range(len(starts)):
        l1, l2 = len1[it], len2[it]
        if l1 + l2 + 2 > n:
            continue
        i = starts[it]
        x1 = t[i]
        b1 = t[(i + 1) % n]
        b2 = t[(i + l1) % n]
        c1 = t[(i + l1 + 1) % n]
        c2 = t[(i + l1 + l2) % n]
        y1 = t[(i + l1 + l2 + 1) % n]
        delta = (_dist(xy, x1, c1, conv) + _dist(xy, c2, b1, conv) + _dist(xy, b2, y1, conv)
                 - _dist(xy, x1, b1, conv) - _dist(xy, b2, c1, conv)
                 - _dist(xy, c2, y1, conv))
        nlog = _swap(t, pos, x1, b1, c2, y1, log, 0)  # x1 c2..c1 b2..b1 y1
        nlog = _swap(t, pos, x1, c2, c1, b2, log, nlog)  # x1 c1..c2 b2..b1 y1
        nlog = _swap(t, pos, c2, b2, b1, y1, log, nlog)  # x1 c1..c2 b1..b2 y1
        head_tail[0] = 0
        head_tail[1] = 0
        for v in (x1, b1, b2, c1, c2, y1):
            _push(queue, queued, head_tail, v)
        gain, nlog = _local_search(xy, conv, t, pos, nbr, log, nlog, queue, queued,
                                   head_tail, True, n * n)
        while head_tail[0] < head_tail[1]:  # a repair cut short leaves nodes queued
            queued[queue[head_tail[0] % n]] = False
            head_tail[0] += 1
        if gain - delta > EPS or nlog > len(log):  # too long a repair cannot be undone
            total += gain - delta
            kept += 1
        else:
            for k in range(min(nlog, len(log)) - 1, -1, -1):  # undo, newest first
                _swap(t, pos, log[k, 0], log[k, 2], log[k, 1], log[k, 3], log, len(log))
    return total, kept


def tour_length(xy: np.ndarray, conv: int, tour: np.ndarray) -> float:
    """The tour's length under the convention with code ``conv`` (the instance's own
    distance function, so the search and the checker agree)."""
    name = next(k for k, v in CONVENTION_CODES.items() if v == conv)
    return float(pair_distance(xy, None, name, tour, np.roll(tour, -1)).sum())


def warm_up() -> None:
    """Compile (or load from numba's cache) before a run's clock starts."""
    rng = np.random.default_rng(0)
    xy = rng.random((12, 2))
    # the same array types and layouts as the engine's calls, so nothing compiles later
    nbr = np.ascontiguousarray(np.argsort(((xy[:, None] - xy[None]) ** 2).sum(-1),
                                          axis=1)[:, 1:6], dtype=np.int64)
    t = np.arange(12, dtype=np.int64)
    pos = t.copy()
    descend(xy, 0, t, pos, nbr, *full_queue(t), 1000)
    kicks(xy, 0, t, pos, nbr, np.zeros(2, np.int64), np.ones(2, np.int64),
          np.ones(2, np.int64))
