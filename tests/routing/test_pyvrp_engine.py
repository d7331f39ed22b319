"""The whole-instance ``pyvrp`` engine holds its limit, and its integer distance matrix."""

import time

import numpy as np
import pytest

from metaopt import solve
from metaopt.errors import UsageError
from metaopt.routing.generate import uniform_cvrp
from metaopt.routing.instance import RoutingInstance
from metaopt.routing.integer import integer_matrix

pytest.importorskip("pyvrp")


def test_the_limit_holds_when_pyvrp_does_not_stop_by_itself(monkeypatch):
    from metaopt.routing import pyvrp_solve

    began = time.monotonic()  # PyVRP would run 8 s: only the engine's deadline ends it
    monkeypatch.setattr(pyvrp_solve._Stop, "__call__",
                        lambda self, cost: time.monotonic() > began + 8)
    inst = uniform_cvrp("c300", 300, 60, seed=4)
    res = solve(inst, "pyvrp", 1.5, 0)
    assert res.verified and res.runtime < 2.1
    # the routes that came back at the deadline are re-costed exactly (the trajectory's last
    # point may still be the scaled integer cost when that one is lower)
    assert res.objective == pytest.approx(inst.routes_cost(res.solution), abs=1e-9)


def test_no_solution_when_setup_outlasts_the_limit():
    inst = uniform_cvrp("c5000", 5000, 300, seed=1)
    res = solve(inst, "pyvrp", 0.5, 0)
    assert res.status.value == "no_solution" and "at the limit" in res.message
    assert res.runtime < 1.5  # the contract: max(1 s, 5 %) past the limit


def test_too_many_nodes_is_a_usage_error_before_any_work():
    inst = uniform_cvrp("c300", 300, 60, seed=4)
    with pytest.raises(UsageError, match="at most 100"):
        solve(inst, "pyvrp", 1, 0, params={"max_nodes": 100})


@pytest.mark.parametrize("distance", ["exact", "euc2d"])
def test_the_blockwise_integer_matrix_is_the_rounded_scaled_dense_one(distance):
    rng = np.random.default_rng(3)
    coords = rng.uniform(0, 3e6 if distance == "euc2d" else 1, (1200, 2))
    inst = RoutingInstance("m", "tsp", distance, coords=coords)
    nodes = rng.permutation(1200)[:1100]
    d = inst.dense(nodes)
    scale = 1e6 / d.max()  # euc2d here reaches 4e6 > 1e6, so both are scaled
    got, s = integer_matrix(inst, nodes)
    assert s == pytest.approx(scale) and np.array_equal(got, np.rint(d * scale))
    small = RoutingInstance("s", "tsp", "euc2d", coords=np.rint(coords[:50] / 1e4))
    got, s = integer_matrix(small)
    assert s == 1.0 and np.array_equal(got, small.dense())
