"""The lns engine, parametrised over both backends (HiGHS and SCIP)."""

import numpy as np
import pytest
from click.testing import CliRunner
from conftest import INSTANCES

from metaopt import check, read, solve
from metaopt.cli import main
from metaopt.control import Run
from metaopt.mip import generators as g
from metaopt.mip.lns.operators import SearchData, default_operators
from metaopt.mip.lns.params import LNSParams

BACKENDS = ["highs", "scip"]
KNAPSACK = INSTANCES / "mip" / "hard" / "mknapsack_100x10_s1.mps.gz"
FACILITY = INSTANCES / "mip" / "small" / "facility_30x15_s0.mps"


@pytest.fixture(scope="module")
def knapsack():
    return read(KNAPSACK)


@pytest.mark.parametrize("host", ["solver", "none"])
@pytest.mark.parametrize("backend", BACKENDS)
def test_lns_result_is_verified_and_within_budget(backend, host, knapsack):
    res = solve(knapsack, "lns", 6, 0, params={"backend": backend, "host": host})
    assert res.status.value == "feasible" and res.verified, res.violation
    assert res.runtime <= 6 + 1.0
    assert res.backend == backend
    ops = res.stats["operators"]
    assert sum(o["pulls"] for o in ops.values()) == res.iterations > 0
    for o in ops.values():
        assert o["best"] + o["better"] + o["accept"] + o["reject"] == o["pulls"]
        assert o["time"] >= 0 and o["improvements"] <= o["pulls"]
    tags = [t.tag for t in res.trajectory]
    assert tags[0] == ("greedy" if host == "solver" else "initial")  # a 0-1 model
    objs = [t.objective for t in res.trajectory]
    assert all(b > a for a, b in zip(objs, objs[1:], strict=False))  # maximisation improves


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("bandit", ["epsilon_greedy", "softmax", "thompson", "ucb1", "linucb"])
def test_every_bandit_runs(backend, bandit, knapsack):
    res = solve(knapsack, "lns", 3, 1, params={"backend": backend, "bandit": bandit,
                                               "host": "none"})
    assert res.verified and res.iterations > 0


@pytest.mark.parametrize("backend", BACKENDS)
def test_simulated_annealing_and_first_solution_mode(backend):
    inst = read(FACILITY)
    res = solve(inst, "lns", 5, 2, params={"backend": backend, "accept": "simulated_annealing",
                                           "initial": "first", "host": "none"})
    assert res.verified
    assert res.objective >= res.bound - 1e-6  # minimisation: never below the LP bound


def test_operator_neighbourhoods_contain_the_incumbent(knapsack):
    """Fixing-type neighbourhoods keep the incumbent feasible; rows hold at the incumbent."""
    base = solve(knapsack, "highs", 5, 0)
    x = np.zeros(knapsack.num_vars)
    index = {n: j for j, n in enumerate(knapsack.var_names)}
    for name, v in base.solution.items():
        x[index[name]] = v
    data = SearchData(knapsack, np.clip(x + 0.3, 0, 1))
    data.remember(x)
    data.remember(np.zeros_like(x))
    rng = np.random.default_rng(0)
    for op in default_operators(data):
        nb = op(x, rng)
        if nb is None:
            continue
        if op.name.startswith(("mutation", "rins", "crossover", "dins", "random")):
            assert np.all(nb.bound_lo <= x[nb.bound_idx] + 1e-9), op.name
            assert np.all(x[nb.bound_idx] <= nb.bound_hi + 1e-9), op.name
        for row in nb.rows:
            act = row.values @ x[row.indices]
            assert row.lower - 1e-9 <= act <= row.upper + 1e-9, op.name
        if op.name.startswith("mutation"):
            assert not np.any(~knapsack.integer[nb.bound_idx])  # continuous never frozen


def test_operators_needing_binaries_are_dropped():
    inst = g.multiple_knapsack("m", 10, 2, 0)
    general = type(inst)(**{**inst.__dict__, "col_upper": np.full(inst.num_vars, 3.0)})
    names = [op.name for op in default_operators(SearchData(general, None))]
    assert names and not any(n.startswith(("local_branching", "proximity")) for n in names)
    assert not any(n.startswith(("rins", "rens", "dins")) for n in names)  # no LP given


def test_lp_without_integers_is_solved_whole(tmp_path):
    lp = tmp_path / "p.lp"
    lp.write_text("Maximize\n obj: x + 2 y\nSubject To\n c1: x + y <= 4\n"
                  "Bounds\n 0 <= x <= 3\n 0 <= y <= 3\nEnd\n")
    res = solve(read(lp), "lns", 3, 0)
    assert res.verified and res.objective == pytest.approx(7.0)


def test_unknown_parameter_is_a_usage_error(knapsack):
    r = CliRunner().invoke(main, ["solve", str(KNAPSACK), "-e", "lns", "-p", "bakend=scip",
                                  "--no-store"])
    assert r.exit_code == 2 and "unknown lns parameter" in r.output
    with pytest.raises(Exception, match="bandit"):
        LNSParams(bandit="nope")


def test_stop_request_returns_best_so_far(knapsack):
    import threading

    run = Run(60, 0, sense=knapsack.sense)
    threading.Timer(2.0, run.request_stop).start()
    res = solve(knapsack, "lns", 60, 0, run=run)
    assert res.runtime < 6 and res.verified and res.interrupted


def test_checker_agrees_with_engine(knapsack):
    res = solve(knapsack, "lns", 3, 4, params={"backend": "scip"})
    assert check(knapsack, res.solution).objective == pytest.approx(res.objective)


def test_wasted_iterations_are_never_rewarded():
    from alns.Outcome import Outcome

    from metaopt.mip.lns.bandits import make_selector

    class Cand:
        wasted = True
        reward = 0.5

    sel = make_selector("epsilon_greedy", 3, seed=0)
    rng = np.random.default_rng(0)
    first = {sel(rng, None, None)[0] for _ in range(3)}
    assert first == {0, 1, 2}  # every arm is pulled once before the bandit decides
    sel.update(Cand(), 1, 0, Outcome.BEST)
    assert not sel.mab._is_initial_fit
    Cand.wasted = False
    sel.update(Cand(), 1, 0, Outcome.BEST)
    assert sel.mab._is_initial_fit


def test_model_solved_in_initial_phase_is_optimal():
    res = solve(read(INSTANCES / "mip" / "small" / "setcover_200x400_s0.mps"), "lns", 20, 0,
                params={"host": "none", "initial": "phase", "initial_fraction": 0.9})
    assert res.status.value == "optimal" and res.verified and res.iterations == 0


@pytest.mark.parametrize("backend", BACKENDS)
def test_hosted_search_ends_with_the_solvers_proof(backend):
    """The host keeps its tree for the whole run, so an easy model ends proven optimal
    (the LNS alone can only run out the clock), with the bound equal to the objective."""
    inst = read(FACILITY)
    res = solve(inst, "lns", 30, 0, params={"backend": backend})
    assert res.status.value == "optimal" and res.verified
    assert res.bound == pytest.approx(res.objective) and res.runtime < 25
    alone = solve(inst, "lns", 4, 0, params={"backend": backend, "host": "none"})
    assert alone.status.value == "feasible"


def test_hosted_search_on_two_threads_runs_host_and_lns_side_by_side(knapsack):
    res = solve(knapsack, "lns", 6, 0, threads=2)
    assert res.verified and res.iterations > 0 and res.runtime <= 7
    assert res.stats["host_status"] in ("limit", "stopped", "optimal")


def test_portfolio_shares_incumbents_and_is_verified(knapsack):
    # no workers given: one search per thread
    res = solve(knapsack, "lns", 12, 0, threads=2, params={"host": "none"})
    assert res.verified and res.status.value == "feasible"
    assert res.runtime <= 12 + 2.0  # process start-up and join on a loaded 2-core machine
    workers = res.stats["workers"]
    assert set(workers) == {"0", "1"}
    assert all(w["status"] in ("feasible", "optimal") for w in workers.values()), workers
    assert all(t.tag.startswith("worker") for t in res.trajectory)


@pytest.mark.parametrize("backend", BACKENDS)
def test_same_seed_same_run(backend):
    """Sub-MIPs of this small model finish far inside their limits, so the run is
    deterministic: same operators, same trajectory, same answer."""
    inst = read(FACILITY)
    params = {"backend": backend, "max_iterations": 8, "initial": "first", "sub_time": 30.0,
              "host": "none"}
    a, b = (solve(inst, "lns", 120, 7, params=params) for _ in range(2))
    assert a.verified and a.iterations == 8
    assert [(t.objective, t.tag) for t in a.trajectory] == \
        [(t.objective, t.tag) for t in b.trajectory]
    assert a.solution == b.solution
    ops = {k: (v["pulls"], v["best"]) for k, v in a.stats["operators"].items()}
    assert ops == {k: (v["pulls"], v["best"]) for k, v in b.stats["operators"].items()}


def test_closing_the_host_never_waits_on_solutions_it_did_not_read():
    """Solutions sent to a host that never reads them fill the pipe; the process must still
    exit at once (it hung at exit, flushing them, after a run had ended)."""
    import subprocess
    import sys

    code = (f"import numpy as np\nfrom metaopt import read\n"
            f"from metaopt.mip.lns.host import Host\n"
            f"h = Host('highs', read({str(KNAPSACK)!r}), 1, 0, 30.0)\nh.suspend()\n"
            f"for _ in range(4):\n    h.send(np.zeros(100_000))\nh.close()\n")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=30)
