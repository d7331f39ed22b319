"""CVRP re-solving in rounds of chosen route neighbourhoods (``udc`` select=uniform/oldest):
candidates, disjoint choice, features, and runs that keep every customer once."""

import numpy as np
import pytest

from metaopt import check, solve
from metaopt.routing.generate import uniform_cvrp
from metaopt.routing.udc.delegate import FEATURES, Memory, candidates, choose, features
from metaopt.routing.udc.initial import split_routes

pytest.importorskip("pyvrp")


@pytest.fixture(scope="module")
def cvrp():
    inst = uniform_cvrp("c400", 400, 80, seed=6)
    order = np.random.default_rng(0).permutation(np.arange(1, 401))
    return inst, split_routes(inst, order)


def test_each_route_seeds_a_neighbourhood_of_at_least_n_customers(cvrp):
    inst, routes = cvrp
    cands = candidates(inst, routes, 60)
    assert len(cands) == len(routes)
    for i, c in enumerate(cands):
        assert c[0] == i and len(set(c.tolist())) == len(c)
        held = sum(len(routes[j]) for j in c)
        assert held >= 60 and held - len(routes[c[-1]]) < 60  # stops once it holds n


def test_choose_takes_the_best_candidates_that_share_no_route():
    cands = [np.array([0, 1]), np.array([1, 2]), np.array([3]), np.array([2, 4])]
    assert choose(np.array([0.9, 0.8, 0.1, 0.5]), cands, 3) == [0, 3, 2]
    assert choose(np.array([0.9, 0.8, 0.1, 0.5]), cands, 1) == [0]


def test_features_see_which_customers_were_re_solved(cvrp):
    inst, routes = cvrp
    cands = candidates(inst, routes, 60)
    memory = Memory.empty(inst.num_nodes)
    memory.record(np.array([v for j in cands[0] for v in routes[j]]), 5.0, 2.0,
                  np.zeros(len(FEATURES)))
    rows = features(inst, routes, cands, memory, 10.0, 60)
    never, age = FEATURES.index("never"), FEATURES.index("age")
    assert rows.shape == (len(cands), len(FEATURES)) and np.isfinite(rows).all()
    assert rows[0, never] == 0.0 and rows[0, age] == pytest.approx(0.5)
    untouched = [j for j, c in enumerate(cands) if not set(c.tolist()) & set(cands[0].tolist())]
    assert untouched and all(rows[j, never] == 1.0 and rows[j, age] == 1.0 for j in untouched)


@pytest.mark.parametrize("select", ["uniform", "oldest"])
def test_rounds_improve_the_sectors_and_keep_a_valid_solution(select):
    inst = uniform_cvrp("c600", 600, 90, seed=3)
    res = solve(inst, "udc", 4, 0, threads=2, params={"n": 120, "select": select})
    assert res.verified, res.message
    assert check(inst, res.solution).feasible
    assert res.trajectory[0].tag == "divide-sectors"
    assert any(p.tag == "udc-delegate" for p in res.trajectory)
    assert res.objective < res.trajectory[0].objective
