import numpy as np
import pytest
from conftest import INSTANCES

from metaopt import check, read, solve
from metaopt.control import Run
from metaopt.errors import UsageError
from metaopt.jssp import lns
from metaopt.jssp.dispatch import build_schedule
from metaopt.jssp.neighbourhoods import PICK
from metaopt.jssp.rules import RULES

TA01 = INSTANCES / "jssp" / "taillard" / "ta01.txt"


@pytest.fixture(scope="module")
def ta01():
    return read(TA01)


def machine_orders(inst, starts):
    return {m: list(np.argsort(np.where(inst.machines == m, starts, -1), axis=None,
                               kind="stable")[-inst.num_jobs:])
            for m in range(inst.num_machines)}


def test_compact_keeps_the_orders_and_closes_the_gaps(ta01):
    starts = build_schedule(ta01, RULES["spt"])
    delayed = starts.copy()
    delayed[delayed > 300] += 50  # feasible, with a gap on every machine
    assert check(ta01, delayed).feasible
    back = lns.compact(ta01, delayed)
    assert check(ta01, back).feasible
    assert machine_orders(ta01, back) == machine_orders(ta01, delayed)
    assert (back <= delayed).all()
    assert ta01.makespan(back) == ta01.makespan(starts)


@pytest.mark.parametrize("kind", sorted(PICK))
def test_a_resolved_neighbourhood_keeps_the_other_operations_in_order(kind, ta01):
    starts = lns.compact(ta01, build_schedule(ta01, RULES["lpt"]))
    rng = np.random.default_rng(1)
    free = PICK[kind](ta01, starts, 40, rng)
    assert 0 < free.sum() < free.size
    new, _ = lns.resolve(ta01, starts, free, 2.0, seed=1)
    v = check(ta01, new)
    assert v.feasible, v.violation
    assert v.objective <= ta01.makespan(starts)
    before, after = machine_orders(ta01, starts), machine_orders(ta01, new)
    fixed = set(np.flatnonzero(~free.ravel()))
    for m in before:  # operations outside the neighbourhood keep their machine order
        assert [x for x in after[m] if x in fixed] == [x for x in before[m] if x in fixed]


@pytest.mark.parametrize("rule", ["spt", "lpt", "mwkr"])
def test_a_critical_path_spans_the_makespan_through_touching_operations(rule, ta01):
    from metaopt.jssp.neighbourhoods import critical, critical_path

    starts = lns.compact(ta01, build_schedule(ta01, RULES[rule]))
    path = critical_path(ta01, starts)[::-1]  # first to last
    d = ta01.durations
    assert starts[path[0]] == 0
    assert sum(int(d[p]) for p in path) == ta01.makespan(starts)
    for (j0, o0), (j1, o1) in zip(path, path[1:], strict=False):
        assert starts[j0, o0] + d[j0, o0] == starts[j1, o1]
        assert (j0 == j1 and o1 == o0 + 1) or ta01.machines[j0, o0] == ta01.machines[j1, o1]
    free = critical(ta01, starts, 30, np.random.default_rng(0))
    assert free.sum() == 30 and any(free[p] for p in path)


def test_a_sub_solve_stops_at_the_deadline_whatever_its_seconds(ta01):
    import time

    starts = lns.compact(ta01, build_schedule(ta01, RULES["mwkr"]))
    free = np.ones(starts.shape, dtype=bool)  # the whole instance: not solved in 5 s
    began = time.monotonic()
    new, optimal = lns.resolve(ta01, starts, free, 5.0, seed=0, deadline=began + 0.3)
    assert time.monotonic() - began < 1.5 and not optimal


def test_one_free_operation_leaves_other_machines_to_their_chains(ta01):
    # only the free operation's machine has a NoOverlap: the others rely on the order arcs
    starts = lns.compact(ta01, build_schedule(ta01, RULES["mwkr"]))
    free = np.zeros(starts.shape, dtype=bool)
    free[3, 0] = True
    new, optimal = lns.resolve(ta01, starts, free, 2.0, seed=0)
    assert check(ta01, new).feasible and optimal


def test_the_search_improves_the_rule_and_holds_the_limit(ta01):
    start = build_schedule(ta01, RULES["fdd_mwkr"])
    run = Run(3.0, 0)
    state = lns.search(ta01, run, start, threads=2, sub_seconds=0.5)
    assert run.elapsed() < 3.5
    assert check(ta01, state.starts).objective == state.best < ta01.makespan(start)
    assert state.steps == sum(s.pulls for s in state.stats.values()) > 2
    assert state.bound == lns.trivial_bound(ta01) <= 1231  # ta01's optimum


def test_the_search_stops_at_the_trivial_bound():
    from metaopt.jssp.taillard import random_jssp

    inst = random_jssp("machine-bound", 2, 2, seed=2)
    inst.machines[:] = [[0, 1], [1, 0]]
    inst.durations[:] = [[5, 1], [1, 5]]  # machine 0's load, 10, is the optimum
    run = Run(20.0, 0)
    state = lns.search(inst, run, build_schedule(inst, RULES["spt"]), sub_seconds=0.5)
    assert state.proven and state.best == 10 and run.elapsed() < 5


def test_cp_lns_engine_is_verified_and_reports_its_neighbourhoods(ta01):
    res = solve(ta01, "cp-lns", 2, 0, params={"neighbourhoods": "window"})
    assert res.verified and res.trajectory[0].tag == "fdd_mwkr"
    assert set(res.stats["neighbourhoods"]) == {"window"}
    assert res.objective < res.trajectory[0].objective


def test_rl_cp_native_options_need_the_whole_model_search():
    from metaopt.engines import get_engine

    with pytest.raises(UsageError, match="search=whole"):
        get_engine("rl-cp").load().params({"cpsat.linearization_level": "0"})


def test_rl_cp_runs_the_lns_from_an_untrained_control(tmp_path, ta01):
    import json

    from click.testing import CliRunner

    from metaopt.cli import main

    out = tmp_path / "untrained.pt"
    r = CliRunner().invoke(main, ["train", "jssp", "--untrained", "--out", str(out)])
    assert r.exit_code == 0, r.output
    meta = json.loads((tmp_path / "untrained.pt.json").read_text())
    assert meta["untrained"] and meta["trained_seconds"] == 0 and meta["version"]
    res = solve(ta01, "rl-cp", 3, 0, params={"policy": str(out), "samples": 2,
                                                  "search": "lns"})
    assert res.verified and res.trajectory[0].tag == "rl-greedy"
    assert res.trajectory[-1].tag.startswith("lns-") and res.stats["steps"] > 0


def test_rl_cp_hybrid_hands_a_stalled_whole_model_search_to_the_lns(tmp_path, ta01):
    from click.testing import CliRunner

    from metaopt.cli import main

    out = tmp_path / "p.pt"
    assert CliRunner().invoke(main, ["train", "jssp", "--tiny", "--out", str(out)]).exit_code == 0
    res = solve(ta01, "rl-cp", 4, 0, threads=2, params={"policy": str(out), "samples": 2,
                                                         "stall": 0.05, "search": "hybrid"})
    assert res.verified and res.status.value == "feasible"
    assert 0 < res.stats["whole_model_seconds"] < 3.5 and res.stats["steps"] > 0
    assert res.bound >= res.stats["trivial_bound"]  # CP-SAT's bound is kept
