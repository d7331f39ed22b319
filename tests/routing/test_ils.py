"""The whole-tour iterated local search (metaopt/routing/tour_search.py, engine ``ils``)."""

import numpy as np
import pytest
from conftest import INSTANCES

from metaopt import read, solve
from metaopt.routing import tour_search as ts
from metaopt.routing.instance import RoutingInstance


def _random(n, seed, scale=1.0):
    rng = np.random.default_rng(seed)
    xy = rng.random((n, 2)) * scale
    d = np.sqrt(((xy[:, None] - xy[None]) ** 2).sum(-1))
    nbr = np.argsort(d, axis=1)[:, 1:9].astype(np.int64)
    tour = rng.permutation(n).astype(np.int64)
    pos = np.empty(n, np.int64)
    pos[tour] = np.arange(n)
    return xy, nbr, tour, pos, rng


def _consistent(tour, pos):
    n = len(tour)
    assert sorted(tour.tolist()) == list(range(n))
    assert (pos[tour] == np.arange(n)).all()


@pytest.mark.parametrize("conv", sorted(ts.CONVENTION_CODES.values()))
def test_descent_and_kicks_keep_a_tour_and_count_their_gain(conv):
    xy, nbr, tour, pos, rng = _random(300, conv, scale=1000.0)
    before = ts.tour_length(xy, conv, tour)
    gain = ts.descend(xy, conv, tour, pos, nbr, *ts.full_queue(tour), 10**9)
    _consistent(tour, pos)
    after = ts.tour_length(xy, conv, tour)
    assert gain == pytest.approx(before - after, rel=1e-9) and after < 0.5 * before
    k = 3000
    gain, kept = ts.kicks(xy, conv, tour, pos, nbr, rng.integers(0, 300, k),
                          rng.integers(1, 30, k), rng.integers(1, 30, k))
    _consistent(tour, pos)
    final = ts.tour_length(xy, conv, tour)
    assert gain == pytest.approx(after - final, rel=1e-6, abs=1e-6)
    assert kept > 0 and final < after


def test_a_descent_leaves_no_improving_candidate_move():
    """After the descent no 2-opt move that joins a node to one of its candidates, and no
    move of one node next to a candidate closer than the removal saves (the positive-gain
    rule), shortens the tour (brute force over them)."""
    xy, nbr, tour, pos, _ = _random(200, 5)
    ts.descend(xy, 0, tour, pos, nbr, *ts.full_queue(tour), 10**9)
    n = len(tour)

    def d(a, b):
        return float(np.hypot(*(xy[a] - xy[b])))

    for a in range(n):
        for c in nbr[a]:
            for step in (1, -1):
                b, dd = tour[(pos[a] + step) % n], tour[(pos[c] + step) % n]
                if len({a, b, c, dd}) == 4:
                    assert d(a, b) + d(c, dd) - d(a, c) - d(b, dd) <= 1e-6
        p, q = tour[(pos[a] - 1) % n], tour[(pos[a] + 1) % n]
        removal = d(p, a) + d(a, q) - d(p, q)
        for c in nbr[a]:
            if d(a, c) >= removal:
                continue
            for e in (tour[(pos[c] + 1) % n], tour[(pos[c] - 1) % n]):
                if {c, e} & {a, p}:
                    continue  # the node's own edges, and the slot before p (not searched)
                assert removal - (d(c, a) + d(a, e) - d(c, e)) <= 1e-6


def test_ils_engine_is_seeded_and_beats_its_descent():
    inst = read(INSTANCES / "routing" / "tsp1000" / "tsp1000_s1000003.tsp")
    runs = [solve(inst, "ils", 60, 3, params={"kicks": 20000}) for _ in range(2)]
    assert runs[0].solution == runs[1].solution and runs[0].verified
    other = solve(inst, "ils", 60, 4, params={"kicks": 20000})
    assert other.solution != runs[0].solution
    descent = next(p.objective for p in runs[0].trajectory if p.tag == "descent")
    greedy = solve(inst, "greedy", 60, 3)
    assert runs[0].objective < 0.97 * descent and runs[0].objective < greedy.objective
    assert runs[0].stats == {"kicks": 20000, "kept": runs[0].stats["kept"]}


def test_ils_refuses_distances_it_cannot_compute():
    from metaopt.errors import UsageError

    m = np.array([[0, 2, 3, 4, 5, 6, 7, 8, 9]] * 9)
    inst = RoutingInstance(name="x", problem="tsp", distance="explicit",
                           matrix=np.minimum(m, m.T))
    with pytest.raises(UsageError, match="Euclidean-type"):
        solve(inst, "ils", 1, 0)


def test_auto_takes_ils_beyond_fast_tsps_size():
    from metaopt.routing.auto_engine import FAST_TSP_WHOLE, choose

    rng = np.random.default_rng(0)
    big = RoutingInstance(name="b", problem="tsp", distance="exact",
                          coords=rng.random((FAST_TSP_WHOLE + 1, 2)))
    assert choose(big, 60)[0] == "ils"
    small = RoutingInstance(name="s", problem="tsp", distance="exact",
                            coords=rng.random((FAST_TSP_WHOLE, 2)))
    assert choose(small, 60)[0] == "fast-tsp"

