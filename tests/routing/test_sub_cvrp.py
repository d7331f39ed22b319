"""CVRP route groups re-solved by PyVRP side by side: warm starts, the worker pool, the
polar-sector divider, and stopping a run whose workers are busy."""

import json
import signal
import subprocess
import sys
import time

import numpy as np
import pytest

from metaopt import check, solve
from metaopt.routing.generate import uniform_cvrp, write_routing

pytest.importorskip("pyvrp")


@pytest.fixture(scope="module")
def cvrp300():
    return uniform_cvrp("c300", 300, 60, seed=4)


def test_pyvrp_starts_from_the_routes_it_is_given(cvrp300):
    from metaopt.routing.pyvrp_solve import solve_cvrp

    customers = np.arange(1, 301)
    good = solve_cvrp(cvrp300, customers, 2.0, 0)
    warm = solve_cvrp(cvrp300, customers, 0.01, 1, start=good)
    cold = solve_cvrp(cvrp300, customers, 0.01, 1)
    assert check(cvrp300, warm).feasible
    assert cvrp300.routes_cost(warm) <= cvrp300.routes_cost(good) + 1e-6
    assert cvrp300.routes_cost(warm) < cvrp300.routes_cost(cold)


def test_the_pool_solves_jobs_on_its_workers_and_a_stop_ends_them(cvrp300):
    from metaopt.routing.sub_cvrp import Job, SubCVRPPool

    parts = np.array_split(np.arange(1, 301), 4)
    with SubCVRPPool(cvrp300, 2, lambda: False) as pool:
        assert pool.workers == 2
        got = pool.solve([Job(p, None, 0.3, i) for i, p in enumerate(parts)])
    for part, routes in zip(parts, got, strict=True):
        assert sorted(v for r in routes for v in r) == part.tolist()
    began = time.monotonic()
    with SubCVRPPool(cvrp300, 2, lambda: time.monotonic() - began > 0.5) as pool:
        got = pool.solve([Job(p, None, 30.0, i) for i, p in enumerate(parts)])
    assert time.monotonic() - began < 3 and got == [None] * 4


def test_udc_cvrp_defaults_to_sectors_and_improves_them_on_two_workers():
    inst = uniform_cvrp("c400", 400, 80, seed=6)
    res = solve(inst, "udc", 5, 0, threads=2, params={"n": 100})
    assert res.verified and res.stats["divider"] == "sectors" and res.stats["workers"] == 2
    first = res.trajectory[0]
    assert first.tag == "divide-sectors" and res.objective < first.objective


def test_ctrl_c_ends_a_udc_cvrp_run_with_busy_workers(tmp_path):
    path = tmp_path / "c2000.vrp"
    write_routing(uniform_cvrp("c2000", 2000, 300, seed=1), path)
    cmd = [sys.executable, "-m", "metaopt.cli", "solve", str(path), "-e", "udc", "-t", "60",
           "--threads", "2", "--json", "--no-store"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(8)
    start = time.monotonic()
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert time.monotonic() - start < 5, err[-2000:]
    assert proc.returncode == 130, err[-2000:]
    info = json.loads(out)
    assert info["interrupted"] and info["verified"]


def test_auto_takes_route_groups_when_the_time_per_customer_is_short():
    from metaopt.routing.auto_engine import choose

    assert choose(uniform_cvrp("a", 3000, 300, seed=0), 10) == ("udc", {"conquer": "pyvrp"})
    assert choose(uniform_cvrp("b", 3000, 300, seed=0), 300)[0] == "pyvrp"
    assert choose(uniform_cvrp("c", 10000, 300, seed=0), 3600)[0] == "udc"  # no dense matrix
    assert choose(uniform_cvrp("f", 5000, 300, seed=0), 300)[0] == "udc"  # past the crossover
    assert choose(uniform_cvrp("d", 500, 300, seed=0), 1)[0] == "pyvrp"  # one group
    thousand = uniform_cvrp("e", 1000, 300, seed=0)  # groups side by side only on 2 threads
    assert choose(thousand, 10, threads=2)[0] == "udc"
    assert choose(thousand, 10, threads=1)[0] == "pyvrp"
