import time

import numpy as np
import pytest
import scipy.sparse as sp
from conftest import INSTANCES

from metaopt import read, solve
from metaopt.mip.checker import check_mip
from metaopt.mip.instance import MIPInstance
from metaopt.mip.lns.host import Host
from metaopt.mip.lns.scout import SLICE, Scout

KNAPSACK = INSTANCES / "mip" / "hard" / "mknapsack_100x10_s1.mps.gz"


@pytest.fixture(scope="module")
def knapsack():
    return read(KNAPSACK)


@pytest.mark.parametrize("backend", ["highs", "scip"])
def test_scout_shares_the_core_and_sends_feasible_solutions(backend, knapsack):
    host = Host(backend, knapsack, 1, 0, 30.0)
    scout = Scout(backend, knapsack, 1, 30.0, host, concurrent=False)
    try:
        assert host.suspended and not scout.proc.suspended  # the scout's turn first
        turns, found, t0 = set(), None, time.monotonic()
        while time.monotonic() - t0 < 20 and (found is None or len(turns) < 2):
            for m in scout.messages():
                if m[0] == "solution":
                    found = m[1]
            scout.tick()
            assert host.suspended != scout.proc.suspended  # one of them has the core
            turns.add(host.suspended)
            time.sleep(SLICE / 5)
        assert turns == {True, False}
        assert found is not None and check_mip(knapsack, found).feasible
    finally:
        scout.close()
        host.close()
    assert not host.suspended and not scout.proc.alive()


def test_lns_starts_a_scout_only_while_nobody_has_a_solution(knapsack):
    params = {"start": "none", "scout_after": 0.0}
    res = solve(knapsack, "lns", 4, 0, params=params)
    assert res.verified and res.stats["scout"][0] is not None
    assert res.stats["scout"][1] is not None  # ended at the first solution
    greedy = solve(knapsack, "lns", 4, 0, params={"scout_after": 0.0})  # a greedy start first
    assert greedy.stats["scout"] == [None, None]
    off = solve(knapsack, "lns", 4, 0, params={**params, "scout": "none"})
    assert off.verified and off.stats["scout"] == [None, None]


def market_split(rows: int, seed: int) -> MIPInstance:
    """Cornuéjols–Dawande market split: 0-1 equalities that solvers take long to satisfy."""
    rng = np.random.default_rng(seed)
    cols = 10 * (rows - 1)
    a = rng.integers(0, 100, size=(rows, cols))
    b = (a.sum(axis=1) // 2).astype(float)
    return MIPInstance(
        "market_split", 1, np.zeros(cols), 0.0, sp.csr_matrix(a.astype(float)), b, b,
        np.zeros(cols), np.ones(cols), np.ones(cols, dtype=bool),
        tuple(f"x{j}" for j in range(cols)), tuple(f"r{i}" for i in range(rows)))


def test_the_scout_stops_after_its_share_of_the_budget():
    inst = market_split(5, 0)
    res = solve(inst, "lns", 3, 0, params={"start": "none", "scout_after": 0.0,
                                           "scout_for": 0.1})
    started, ended = res.stats["scout"]
    assert res.stats["first_solution_at"] is None  # nobody found one, yet the scout ended
    assert ended is not None and 0.25 <= ended - started < 1.0
