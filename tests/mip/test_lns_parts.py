"""The lns engine's adaptive parts, each against its control: rewards, sizes, shares."""

import numpy as np
import pytest
from conftest import INSTANCES

from metaopt import read, solve
from metaopt.mip.lns.backend import SubResult
from metaopt.mip.lns.bandits import make_selector
from metaopt.mip.lns.hosted import Shares
from metaopt.mip.lns.operators import Mutation, SearchData
from metaopt.mip.lns.rewards import gap_closed, time_reward
from metaopt.mip.lns.sizes import adapt

KNAPSACK = INSTANCES / "mip" / "hard" / "mknapsack_100x10_s1.mps.gz"


def test_gap_closed_is_the_share_of_the_gap_to_the_bound():
    assert gap_closed(10.0, 8.0, 0.0) == pytest.approx(0.2)
    assert gap_closed(10.0, 10.0, 0.0) == 0.0 and gap_closed(10.0, 11.0, 0.0) == 0.0
    assert gap_closed(-100.0, -110.0, None) == pytest.approx(0.1)  # no bound: relative


def test_time_reward_prefers_improvement_per_second_and_charges_fruitless_time():
    budget = 60.0
    fast = time_reward(0.01, 0.1, budget)
    slow = time_reward(0.05, 10.0, budget)  # five times the gain in a hundred times the time
    assert fast > slow > 0
    assert time_reward(0.02, 1.0, budget) > time_reward(0.01, 1.0, budget)
    assert 0 > time_reward(0.0, 0.5, budget) > time_reward(0.0, 5.0, budget) >= -0.1


def test_bandit_learns_from_time_rewards():
    """Arm 1 gets the better reward on every draw; a greedy bandit then pulls it (with
    outcome rewards both arms look the same: each draw is a new best)."""

    class Cand:
        wasted = False

        def __init__(self, reward):
            self.reward = reward

    rng = np.random.default_rng(0)
    sel = make_selector("epsilon_greedy", 2, seed=0, param=0.0)
    for _ in range(2):
        d, _ = sel(rng, None, None)
        sel.update(Cand(0.8 if d == 1 else 0.1), d, 0, 0)
    assert all(sel(rng, None, None)[0] == 1 for _ in range(20))
    uniform = make_selector("uniform", 4, seed=0)
    picks = [uniform(rng, None, None)[0] for _ in range(400)]
    assert set(picks) == {0, 1, 2, 3} and min(np.bincount(picks)) > 60


def _res(optimal=False, infeasible=False, timed_out=False, runtime=0.1):
    return SubResult(None, timed_out, infeasible, runtime, optimal)


def test_sizes_grow_when_solved_with_time_to_spare_and_shrink_on_limits():
    op = Mutation(SearchData(read(KNAPSACK), None))
    start = op.size
    adapt(op, _res(optimal=True, runtime=0.1), improved=False, limit=1.0)
    assert op.size > start
    grown = op.size
    adapt(op, _res(timed_out=True, runtime=1.0), improved=False, limit=1.0)
    assert op.size < grown
    kept = op.size
    adapt(op, _res(timed_out=True, runtime=1.0), improved=True, limit=1.0)  # it paid: keep
    assert op.size == kept
    for _ in range(100):
        adapt(op, _res(timed_out=True, runtime=1.0), improved=False, limit=1.0)
    assert op.size == pytest.approx(op.low)


def test_fixed_sizes_never_change():
    inst = read(KNAPSACK)
    res = solve(inst, "lns", 4, 0, params={"host": "none", "sizes": "fixed"})
    adaptive = solve(inst, "lns", 4, 0, params={"host": "none"})
    assert all(len(o["sizes"]) <= 1 for o in res.stats["operators"].values())
    assert any(len(o["sizes"]) > 1 for o in adaptive.stats["operators"].values())


def test_shares_follow_the_improvement_rates():
    s = Shares(0.5, 60.0)
    s.add("tree", 5.0, 0.0)
    s.add("lns", 5.0, 0.3)
    s.update(10.0)
    assert s.share > 0.5
    t = Shares(0.5, 60.0)
    t.add("tree", 5.0, 0.3)
    t.add("lns", 5.0, 0.0)
    t.update(10.0)
    assert t.share < 0.5
    assert 0.1 <= t.share and s.share <= 0.9
    for _ in range(10):  # old closures fade: with nothing new, the share drifts back
        t.add("tree", 6.0, 0.0)
        t.add("lns", 6.0, 0.0)
        t.update(12.0)
    assert abs(t.share - 0.5) < 0.1


def test_result_statistics_per_operator():
    res = solve(read(KNAPSACK), "lns", 5, 0)
    for o in res.stats["operators"].values():
        assert {"pulls", "time", "improvements", "gap_closed_per_s", "size", "sizes"} <= set(o)
    assert 0.1 <= res.stats["lns_share"] <= 0.9
    assert res.stats["first_solution_at"] is not None
