import sys

import numpy as np
import pytest
from conftest import INSTANCES

from metaopt import read, solve
from metaopt.control import Run
from metaopt.params import NoParams

MIP_SMALL = sorted((INSTANCES / "mip" / "small").glob("*.mps"))


@pytest.mark.parametrize("engine", ["highs", "scip"])
@pytest.mark.parametrize("path", MIP_SMALL, ids=[p.stem for p in MIP_SMALL])
def test_mip_baselines_verified(engine, path):
    inst = read(path)
    res = solve(inst, engine, 20, 0)
    assert res.status.has_solution, res.message
    assert res.verified, res.violation
    assert res.trajectory and res.trajectory[-1].objective == pytest.approx(res.objective)
    if res.status.value == "optimal" and res.bound is not None:
        assert res.objective == pytest.approx(res.bound, rel=1e-3)


def test_highs_and_scip_agree_on_optimum():
    inst = read(INSTANCES / "mip" / "small" / "mknapsack_40x4_s0.mps")
    a, b = solve(inst, "highs", 30, 0), solve(inst, "scip", 30, 0)
    if a.status.value == b.status.value == "optimal":
        assert a.objective == pytest.approx(b.objective, rel=1e-4)


def test_cpsat_on_ta01_and_hint():
    inst = read(INSTANCES / "jssp" / "taillard" / "ta01.txt")
    res = solve(inst, "cpsat", 3, 0)
    assert res.verified and res.objective >= 1231
    hinted = solve(inst, "cpsat", 3, 0, params={"warm_start": "mwkr"})
    assert hinted.verified and hinted.trajectory[0].tag == "mwkr"
    assert hinted.objective <= hinted.trajectory[0].objective


@pytest.mark.parametrize("path", [INSTANCES / "routing" / "tsp100" / "tsp100_s100000.tsp",
                                  INSTANCES / "routing" / "cvrp100" / "cvrp100_s100100.vrp"])
def test_greedy_verified_and_better_than_construction(path):
    inst = read(path)
    res = solve(inst, "greedy", 10, 0)
    assert res.verified, res.violation
    assert len(res.trajectory) == 2 and res.trajectory[1].objective < res.trajectory[0].objective


def test_greedy_same_seed_same_result():
    inst = read(INSTANCES / "routing" / "tsp500" / "tsp500_s500000.tsp")
    a, b = solve(inst, "greedy", 10, 3), solve(inst, "greedy", 10, 3)
    assert a.solution == b.solution and a.objective == b.objective


def test_cpsat_same_seed_same_result():
    inst = read(INSTANCES / "jssp" / "taillard" / "ta01.txt")
    a, b = (solve(inst, "cpsat", 30, 1, params={"cpsat.max_deterministic_time": 0.5})
            for _ in range(2))
    assert a.verified and a.solution == b.solution and a.objective == b.objective


@pytest.mark.parametrize("path,engine,limit", [
    (INSTANCES / "mip" / "hard" / "setcover_500x1000_s1.mps.gz", "highs", 2.0),
    (INSTANCES / "mip" / "hard" / "setcover_500x1000_s1.mps.gz", "scip", 2.0),
    (INSTANCES / "jssp" / "taillard" / "ta41.txt", "cpsat", 3.0),
    (INSTANCES / "routing" / "tsp1000" / "tsp1000_s1000000.tsp", "greedy", 0.5),
])
def test_time_limit_is_honoured(path, engine, limit):
    inst = read(path)
    res = solve(inst, engine, limit, 0)
    assert res.runtime <= limit + max(1.0, 0.05 * limit)
    assert res.status.has_solution and res.verified


def test_stop_request_ends_engine_early():
    inst = read(INSTANCES / "jssp" / "taillard" / "ta41.txt")
    run = Run(60, 0)
    import threading

    threading.Timer(2.0, run.request_stop).start()
    res = solve(inst, "cpsat", 60, 0, run=run)
    assert res.runtime < 10 and res.verified and res.interrupted


def _fake_engine(monkeypatch, name: str, fn) -> None:
    from metaopt import engines

    module = type(sys)(f"{name}_module")
    module.solve = fn
    module.Params = NoParams
    monkeypatch.setitem(sys.modules, f"{name}_module", module)
    monkeypatch.setitem(engines.ENGINES, name,
                        engines.Engine(name, ("jssp",), f"{name}_module:solve", (), "x"))


def test_engine_failure_is_an_error_result(monkeypatch):
    def crash(inst, run, params):
        raise RuntimeError("solver exploded")

    _fake_engine(monkeypatch, "crash", crash)
    res = solve(read(INSTANCES / "jssp" / "taillard" / "ta01.txt"), "crash", 1, 0)
    assert res.status.value == "error" and "solver exploded" in res.message


def test_wrong_answer_is_caught_by_checker(monkeypatch):
    """An engine that lies about its schedule is marked unverified, never trusted."""
    from metaopt.outcome import Outcome
    from metaopt.result import Status

    def liar(inst, run, params):
        zeros = np.zeros(inst.machines.shape, int).tolist()
        return Outcome(Status.FEASIBLE, objective=1.0, solution=zeros)

    _fake_engine(monkeypatch, "liar", liar)
    res = solve(read(INSTANCES / "jssp" / "taillard" / "ta01.txt"), "liar", 1, 0)
    assert res.verified is False and res.violation
