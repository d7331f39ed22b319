"""Tabu search over job-shop machine orders, compiled with numba (Nowicki & Smutnicki's N5
neighbourhood: swap the first or last two operations of a block of a critical path).

A schedule is a machine order: ``order`` holds the operations (``job * ops + index``) grouped
by machine, machine ``m`` at ``order[first[m]:first[m + 1]]``. Moves are ranked by Taillard's
estimate from heads and tails; a swapped pair may not be swapped back for a random tenure
unless that would beat the best makespan. After ``stall`` iterations without a better
schedule the search goes back to the best one, makes a few random moves, and clears the tabu
list. :class:`Tabu` runs the compiled loop in chunks so that Python can watch the clock; the
loop releases the GIL, so it can run beside CP-SAT.
"""

from __future__ import annotations

import time

import numpy as np
from numba import njit

from metaopt.jssp.instance import JSSPInstance

TABU_SLOTS = 1 << 20  # hashed (first, second) pairs; a collision only makes a move tabu
STALL = 10_000  # iterations without a better schedule before a restart from the best
KICKS = 3  # random moves after such a restart
MAX_GROWTH = 10  # each fruitless restart kicks harder, up to this many times KICKS
CHUNK = 200  # iterations between looks at the clock


@njit(cache=True, nogil=True)
def _rand(state):  # pragma: no cover - compiled
    """xorshift64*: the next number in [0, 2**31) from ``state[0]``, updated in place."""
    x = state[0]
    x ^= x >> np.uint64(12)
    x ^= x << np.uint64(25)
    x ^= x >> np.uint64(27)
    state[0] = x
    return np.int64((x * np.uint64(2685821657736338717)) >> np.uint64(33))


@njit(cache=True, nogil=True)
def _evaluate(order, first, mach, dur, k, pos, mp, ms, head, tail, topo
              ):  # pragma: no cover - compiled
    """Fill machine neighbours, heads and tails of ``order``; the makespan, or -1 on a cycle."""
    n_ops = order.shape[0]
    for m in range(first.shape[0] - 1):
        for p in range(first[m], first[m + 1]):
            op = order[p]
            pos[op] = p
            mp[op] = order[p - 1] if p > first[m] else -1
            ms[op] = order[p + 1] if p + 1 < first[m + 1] else -1
    indeg = np.zeros(n_ops, np.int64)
    for op in range(n_ops):
        indeg[op] = (op % k > 0) + (mp[op] >= 0)
    size = 0
    for op in range(n_ops):
        if indeg[op] == 0:
            topo[size] = op
            size += 1
    done = 0
    while done < size:
        op = topo[done]
        done += 1
        if op % k < k - 1:
            indeg[op + 1] -= 1
            if indeg[op + 1] == 0:
                topo[size] = op + 1
                size += 1
        s = ms[op]
        if s >= 0:
            indeg[s] -= 1
            if indeg[s] == 0:
                topo[size] = s
                size += 1
    if size < n_ops:
        return -1
    span = 0
    for t in range(n_ops):
        op = topo[t]
        h = 0
        if op % k > 0:
            h = head[op - 1] + dur[op - 1]
        if mp[op] >= 0:
            h = max(h, head[mp[op]] + dur[mp[op]])
        head[op] = h
        span = max(span, h + dur[op])
    for t in range(n_ops - 1, -1, -1):
        op = topo[t]
        q = 0
        if op % k < k - 1:
            q = dur[op + 1] + tail[op + 1]
        if ms[op] >= 0:
            q = max(q, dur[ms[op]] + tail[ms[op]])
        tail[op] = q
    return span


@njit(cache=True, nogil=True)
def _moves(span, k, mach, dur, mp, ms, head, tail, rng, out):  # pragma: no cover - compiled
    """The N5 moves of one critical path (chosen at random where it branches) as (first,
    second) rows of ``out``; how many."""
    n_ops = head.shape[0]
    start = -1
    seen = 0
    for op in range(n_ops):  # a random critical operation that starts at 0
        if head[op] == 0 and dur[op] + tail[op] == span:
            seen += 1
            if _rand(rng) % seen == 0:
                start = op
    path = np.empty(n_ops, np.int64)
    length = 0
    op = start
    while op >= 0:
        path[length] = op
        length += 1
        end = head[op] + dur[op]
        nxt, options = -1, 0
        if op % k < k - 1 and head[op + 1] == end and end + dur[op + 1] + tail[op + 1] == span:
            nxt, options = op + 1, 1
        s = ms[op]
        if s >= 0 and head[s] == end and end + dur[s] + tail[s] == span:
            options += 1
            if options == 1 or _rand(rng) % 2 == 0:
                nxt = s
        op = nxt
    # blocks: runs of path operations joined by machine arcs
    count = 0
    b_start = 0
    blocks = 0
    block_first = np.empty(length, np.int64)
    block_last = np.empty(length, np.int64)
    for i in range(1, length + 1):
        if i == length or ms[path[i - 1]] != path[i]:
            block_first[blocks] = b_start
            block_last[blocks] = i - 1
            blocks += 1
            b_start = i
    for b in range(blocks):
        lo, hi = block_first[b], block_last[b]
        if hi == lo:
            continue
        if b > 0 and path[lo] // k != path[lo + 1] // k:  # a job's own order stays
            out[count, 0], out[count, 1] = path[lo], path[lo + 1]
            count += 1
        if b < blocks - 1 and (b == 0 or hi - lo > 1) and path[hi - 1] // k != path[hi] // k:
            out[count, 0], out[count, 1] = path[hi - 1], path[hi]
            count += 1
    return count


@njit(cache=True, nogil=True)
def _estimate(u, v, k, dur, mp, ms, head, tail):  # pragma: no cover - compiled
    """Taillard's estimate of the makespan after swapping ``u`` and its machine successor
    ``v``: the longest path through the pair in its new order."""
    a, b = mp[u], ms[v]
    rv = head[v - 1] + dur[v - 1] if v % k > 0 else 0
    if a >= 0:
        rv = max(rv, head[a] + dur[a])
    ru = head[u - 1] + dur[u - 1] if u % k > 0 else 0
    ru = max(ru, rv + dur[v])
    qu = dur[u + 1] + tail[u + 1] if u % k < k - 1 else 0
    if b >= 0:
        qu = max(qu, dur[b] + tail[b])
    qv = dur[v + 1] + tail[v + 1] if v % k < k - 1 else 0
    qv = max(qv, dur[u] + qu)
    return max(rv + dur[v] + qv, ru + dur[u] + qu)


@njit(cache=True, nogil=True)
def _swap(order, pos, u, v):  # pragma: no cover - compiled
    pu, pv = pos[u], pos[v]
    order[pu], order[pv] = v, u
    pos[u], pos[v] = pv, pu


@njit(cache=True, nogil=True)
def _slot(u, v):  # pragma: no cover - compiled
    return (u * 1000003 + v * 7919) & (TABU_SLOTS - 1)


@njit(cache=True, nogil=True)
def search(order, first, mach, dur, k, best_order, tabu, rng, counters, iterations, lower,
           tenure_low, tenure_high, stall, kicks):  # pragma: no cover - compiled
    """``iterations`` tabu steps from ``order`` (changed in place). ``counters`` holds the
    iteration number, the best makespan (in ``best_order``), the last improving iteration and
    the current makespan; stops early at ``lower``."""
    n_ops = order.shape[0]
    pos = np.empty(n_ops, np.int64)
    mp = np.empty(n_ops, np.int64)
    ms = np.empty(n_ops, np.int64)
    head = np.empty(n_ops, np.int64)
    tail = np.empty(n_ops, np.int64)
    topo = np.empty(n_ops, np.int64)
    moves = np.empty((2 * n_ops, 2), np.int64)
    span = _evaluate(order, first, mach, dur, k, pos, mp, ms, head, tail, topo)
    for _ in range(iterations):
        it = counters[0]
        if counters[1] <= lower:
            break
        if it - counters[2] > stall:  # restart: the best order, a few random moves
            order[:] = best_order
            tabu[:] = 0
            span = _evaluate(order, first, mach, dur, k, pos, mp, ms, head, tail, topo)
            counters[4] = min(counters[4] + 1, MAX_GROWTH)
            for _kick in range(kicks * counters[4]):
                count = _moves(span, k, mach, dur, mp, ms, head, tail, rng, moves)
                if count == 0:
                    break
                pick = _rand(rng) % count
                _swap(order, pos, moves[pick, 0], moves[pick, 1])
                span = _evaluate(order, first, mach, dur, k, pos, mp, ms, head, tail, topo)
                if span < 0:
                    _swap(order, pos, moves[pick, 1], moves[pick, 0])
                    span = _evaluate(order, first, mach, dur, k, pos, mp, ms, head, tail,
                                     topo)
            counters[2] = it
        count = _moves(span, k, mach, dur, mp, ms, head, tail, rng, moves)
        if count == 0:
            break  # one block: the makespan is a machine's load, optimal
        chosen, chosen_est, forced, forced_age = -1, np.int64(1) << 62, -1, np.int64(1) << 62
        for c in range(count):
            u, v = moves[c, 0], moves[c, 1]
            est = _estimate(u, v, k, dur, mp, ms, head, tail)
            until = tabu[_slot(u, v)]
            if until <= it or est < counters[1]:
                if est < chosen_est:
                    chosen, chosen_est = c, est
            elif until < forced_age:
                forced, forced_age = c, until
        if chosen < 0:
            chosen = forced
        u, v = moves[chosen, 0], moves[chosen, 1]
        _swap(order, pos, u, v)
        tabu[_slot(v, u)] = it + tenure_low + _rand(rng) % (tenure_high - tenure_low + 1)
        span = _evaluate(order, first, mach, dur, k, pos, mp, ms, head, tail, topo)
        if span < 0:  # a cycle (possible with zero durations): undo, the pair stays tabu
            _swap(order, pos, v, u)
            tabu[_slot(u, v)] = tabu[_slot(v, u)]
            span = _evaluate(order, first, mach, dur, k, pos, mp, ms, head, tail, topo)
        counters[0] = it + 1
        counters[3] = span
        if span < counters[1]:
            counters[1] = span
            counters[2] = it + 1
            counters[4] = 0
            best_order[:] = order


def machine_order(inst: JSSPInstance, starts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The operations grouped by machine in start order, and each machine's first place."""
    flat_m = inst.machines.ravel()
    order = np.lexsort((starts.ravel(), flat_m)).astype(np.int64)
    first = np.searchsorted(flat_m[order], np.arange(inst.num_machines + 1)).astype(np.int64)
    return order, first


def starts_of(inst: JSSPInstance, order: np.ndarray, first: np.ndarray) -> np.ndarray:
    """The semi-active start times of a machine order."""
    n_ops = order.shape[0]
    head = np.empty(n_ops, np.int64)
    scratch = [np.empty(n_ops, np.int64) for _ in range(5)]
    span = _evaluate(order, first, inst.machines.ravel().astype(np.int64),
                     inst.durations.ravel().astype(np.int64), inst.num_ops, scratch[0],
                     scratch[1], scratch[2], head, scratch[3], scratch[4])
    if span < 0:
        raise ValueError("machine order with a cycle")
    return head.reshape(inst.machines.shape)


class Tabu:
    """A tabu search from a schedule; :meth:`run` goes on from where the last call stopped."""

    def __init__(self, inst: JSSPInstance, starts: np.ndarray, seed: int, lower: int = 0,
                 stall: int = STALL, kicks: int = KICKS) -> None:
        self.inst = inst
        self.order, self.first = machine_order(inst, np.asarray(starts))
        self.best_order = self.order.copy()
        self.mach = inst.machines.ravel().astype(np.int64)
        self.dur = inst.durations.ravel().astype(np.int64)
        self.tabu = np.zeros(TABU_SLOTS, np.int64)
        self.rng = np.array([(seed * 2654435761 + 1) % 2**64 | 1], np.uint64)
        span = int((np.asarray(starts) + inst.durations).max())
        self.counters = np.array([0, span, 0, span, 0], np.int64)
        base = 10 + inst.num_jobs // max(1, inst.num_machines)
        self.tenure = (max(1, int(0.8 * base)), int(1.2 * base) + 1)
        self.lower, self.stall, self.kicks = lower, stall, kicks

    @property
    def best(self) -> int:
        return int(self.counters[1])

    @property
    def iterations(self) -> int:
        return int(self.counters[0])

    def best_starts(self) -> np.ndarray:
        return starts_of(self.inst, self.best_order, self.first)

    def run(self, deadline: float, stop=lambda: False, iterations: int | None = None) -> int:
        """Search until ``deadline`` (time.monotonic()), ``stop()``, the lower bound, or
        ``iterations`` more steps; the best makespan."""
        end = None if iterations is None else self.iterations + iterations
        while time.monotonic() < deadline and not stop() and self.best > self.lower:
            before = self.iterations
            chunk = CHUNK if end is None else min(CHUNK, end - before)
            if chunk <= 0:
                break
            search(self.order, self.first, self.mach, self.dur, self.inst.num_ops,
                   self.best_order, self.tabu, self.rng, self.counters, chunk, self.lower,
                   self.tenure[0], self.tenure[1], self.stall, self.kicks)
            if self.iterations == before:
                break  # no move left: optimal
        return self.best


def warm_up() -> None:
    """Compile (or load from numba's cache) before a run's clock starts."""
    inst = JSSPInstance("warm-up", np.array([[0, 1], [1, 0]]), np.array([[1, 2], [2, 1]]), 2)
    Tabu(inst, np.array([[0, 1], [0, 2]]), 0).run(time.monotonic() + 1.0)
