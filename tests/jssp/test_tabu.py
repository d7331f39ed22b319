import time

import numpy as np
import pytest
from conftest import INSTANCES

from metaopt import check, read, solve
from metaopt.jssp import lns, tabu
from metaopt.jssp.dispatch import build_schedule
from metaopt.jssp.rules import RULES

TA01 = INSTANCES / "jssp" / "taillard" / "ta01.txt"
FAR = 1e9  # a deadline that never comes: the tests bound the search by iterations


@pytest.fixture(scope="module")
def ta01():
    return read(TA01)


def test_machine_orders_round_trip_to_the_semi_active_schedule(ta01):
    starts = lns.compact(ta01, build_schedule(ta01, RULES["spt"]))
    order, first = tabu.machine_order(ta01, starts)
    assert sorted(order) == list(range(starts.size))
    assert (np.diff(first) == ta01.num_jobs).all()
    assert (tabu.starts_of(ta01, order, first) == starts).all()


def test_the_tabu_search_improves_a_rule_schedule_and_keeps_it_feasible(ta01):
    starts = build_schedule(ta01, RULES["fdd_mwkr"])
    before = ta01.makespan(starts)
    search = tabu.Tabu(ta01, starts, seed=3, lower=lns.trivial_bound(ta01))
    best = search.run(FAR, iterations=3000)
    assert search.iterations == 3000
    found = search.best_starts()
    v = check(ta01, found)
    assert v.feasible, v.violation
    assert v.objective == best == ta01.makespan(found)
    # N5 moves on the critical path: 1433 -> about 1290 in 3000 steps (the optimum is 1231)
    assert best < 0.92 * before


def test_the_same_seed_gives_the_same_search(ta01):
    starts = build_schedule(ta01, RULES["mwkr"])
    runs = [tabu.Tabu(ta01, starts, seed=7, stall=500) for _ in range(2)]
    for search in runs:
        search.run(FAR, iterations=2500)  # restarts, kicks and tenures draw from the seed
    assert runs[0].best == runs[1].best
    assert (runs[0].best_order == runs[1].best_order).all()


def test_the_tabu_search_stops_at_its_deadline_and_at_the_lower_bound(ta01):
    starts = build_schedule(ta01, RULES["spt"])
    search = tabu.Tabu(ta01, starts, seed=1)
    t0 = time.monotonic()
    search.run(t0 + 0.3)
    assert time.monotonic() - t0 < 0.6
    easy = tabu.Tabu(ta01, starts, seed=1, lower=10**9)  # any schedule meets this bound
    easy.run(FAR)
    assert easy.iterations == 0


def test_the_lns_shares_its_incumbent_with_a_tabu_thread(ta01):
    r = solve(ta01, "cp-lns", time_limit=3, seed=0, threads=2, params={"tabu": 1})
    assert r.verified and r.status.value in ("feasible", "optimal")
    assert r.stats["tabu_iterations"] > 0
    assert "tabu" in r.stats["neighbourhoods"]
    assert any(p.tag == "lns-tabu" for p in r.trajectory)


def test_jobs_that_revisit_a_machine_and_zero_durations_stay_feasible():
    from metaopt.jssp.instance import JSSPInstance

    rng = np.random.default_rng(5)
    machines = rng.integers(0, 4, size=(8, 6))  # a job may use a machine twice in a row
    durations = rng.integers(0, 9, size=(8, 6))  # and some operations take no time
    inst = JSSPInstance("revisits", machines, durations, 4)
    starts = build_schedule(inst, RULES["spt"])
    search = tabu.Tabu(inst, starts, seed=2, stall=300)
    search.run(FAR, iterations=3000)
    found = search.best_starts()
    v = check(inst, found)
    assert v.feasible, v.violation
    assert v.objective == search.best <= inst.makespan(starts)
