import numpy as np
from conftest import INSTANCES

from metaopt import check, read, solve
from metaopt.jssp.taillard import random_jssp
from metaopt.routing.generate import uniform_cvrp, uniform_tsp


def test_jssp_checker_catches_precedence():
    inst = random_jssp("c", 4, 3, seed=2)
    res = solve(inst, "cpsat", 5, 0)
    assert res.verified and res.status.value == "optimal"
    starts = np.array(res.solution)
    assert check(inst, starts).objective == res.objective
    late = starts.copy()
    late[0, 1] = late[0, 0]  # second op starts with the first
    v = check(inst, late)
    assert not v.feasible and "before operation 0 ends" in v.violation


def test_jssp_checker_catches_an_overlap_that_keeps_precedence():
    """Two jobs meet on machine 0 at the same time; every job's own order is kept, so only
    the machine check can reject it."""
    from metaopt.jssp.instance import JSSPInstance

    inst = JSSPInstance("o", np.array([[0, 1], [0, 1]]), np.array([[3, 2], [4, 1]]), 2)
    ok = check(inst, [[0, 3], [3, 7]])
    assert ok.feasible and ok.objective == 8
    v = check(inst, [[0, 3], [1, 5]])  # job 1 starts on machine 0 while job 0 is on it
    assert not v.feasible and "machine 0" in v.violation and "overlaps" in v.violation
    v = check(inst, [[0, 4], [0, 5]])  # machine 1: [4, 6) and [5, 6) (and machine 0 too)
    assert not v.feasible and "overlaps" in v.violation
    zero = JSSPInstance("z", np.array([[0], [0]]), np.array([[0], [2]]), 1)
    assert check(zero, [[1], [0]]).feasible  # a zero-length operation never clashes


def test_routing_checker_catches_missing_node_and_capacity():
    tsp = uniform_tsp("t", 20, 1)
    tour = list(range(20))
    assert check(tsp, tour).feasible
    assert abs(check(tsp, tour).objective - tsp.tour_length(tour)) < 1e-12
    assert not check(tsp, tour[:-1] + [0]).feasible
    cvrp = uniform_cvrp("c", 10, 15, 1)
    one = [[i] for i in range(1, 11)]
    assert check(cvrp, one).feasible
    assert not check(cvrp, [list(range(1, 11))]).feasible or cvrp.demands.sum() <= 15
    assert not check(cvrp, one[:-1]).feasible  # a customer left out
    assert not check(cvrp, one + [[3]]).feasible  # a customer twice
    assert not check(cvrp, [[0, 1]] + one[1:]).feasible  # the depot as a customer


def test_mip_checker_catches_bounds_integrality_and_rows():
    inst = read(INSTANCES / "mip" / "small" / "mknapsack_40x4_s0.mps")
    res = solve(inst, "highs", 10, 0)
    assert res.verified
    sol = dict(res.solution)
    assert check(inst, sol).feasible
    name = next(iter(sol))
    assert not check(inst, {**sol, name: 0.5}).feasible  # fractional binary
    assert not check(inst, {**sol, name: 2.0}).feasible  # above bound
    every = {n: 1.0 for n in inst.var_names}
    v = check(inst, every)
    assert not v.feasible and "row" in v.violation
    assert not check(inst, {"nonexistent": 1.0}).feasible


def test_euc2d_rounding_is_nearest_integer(tmp_path):
    p = tmp_path / "r.tsp"
    p.write_text("NAME : r\nTYPE : TSP\nDIMENSION : 3\nEDGE_WEIGHT_TYPE : EUC_2D\n"
                 "NODE_COORD_SECTION\n1 0 0\n2 0 2.4\n3 0 5\nEOF\n")
    inst = read(p)
    assert inst.distance == "euc2d"
    assert list(inst.dist(np.array([0, 1, 2]), np.array([1, 2, 0]))) == [2.0, 3.0, 5.0]
    assert inst.coords[1, 1] == 2.4  # raw coordinates kept
