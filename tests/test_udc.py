"""Issue 5: routing engines — udc (classical and neural parts), fast-tsp, pyvrp, auto."""

import numpy as np
import pytest
from click.testing import CliRunner
from conftest import INSTANCES

from metaopt import read, solve
from metaopt.routing.generate import uniform_cvrp, uniform_tsp
from metaopt.routing.udc.initial import random_insertion, split_routes
from metaopt.routing.udc.paths import fast_tsp_path, path_length, two_opt_or_opt

TSP100 = INSTANCES / "routing" / "tsp100" / "tsp100_s100000.tsp"
CVRP100 = INSTANCES / "routing" / "cvrp100" / "cvrp100_s100100.vrp"


def test_random_insertion_and_split_give_valid_solutions():
    from metaopt import check

    inst = uniform_cvrp("c", 150, 50, seed=3)
    rng = np.random.default_rng(0)
    giant = random_insertion(inst, np.arange(1, 151), rng)
    assert sorted(giant.tolist()) == list(range(1, 151))
    routes = split_routes(inst, giant)
    assert check(inst, routes).feasible
    assert [v for r in routes for v in r] == giant.tolist()  # the split keeps the order
    tsp = uniform_tsp("t", 200, seed=1)
    tour = random_insertion(tsp, np.arange(200), rng)
    assert sorted(tour.tolist()) == list(range(200))


@pytest.mark.parametrize("solver", ["two-opt", "fast-tsp"])
def test_path_solvers_keep_the_ends_and_never_lengthen(solver):
    if solver == "fast-tsp":
        pytest.importorskip("fast_tsp")
    rng = np.random.default_rng(5)
    for m in (5, 12, 60):
        pts = rng.random((m, 2))
        d = np.linalg.norm(pts[:, None] - pts[None], axis=2)
        p = two_opt_or_opt(d) if solver == "two-opt" else fast_tsp_path(d, 0.05)
        assert p[0] == 0 and p[-1] == m - 1 and sorted(p.tolist()) == list(range(m))
        assert path_length(d, p) <= path_length(d, np.arange(m)) + 1e-9


def test_two_opt_or_opt_finds_the_optimum_of_a_small_path():
    import itertools

    rng = np.random.default_rng(2)
    pts = rng.random((7, 2))
    d = np.linalg.norm(pts[:, None] - pts[None], axis=2)
    best = min(path_length(d, np.array((0, *perm, 6)))
               for perm in itertools.permutations(range(1, 6)))
    assert path_length(d, two_opt_or_opt(d)) <= best * 1.05


def test_udc_classical_tsp_improves_over_its_divider():
    inst = read(TSP100)
    alone = solve(inst, "udc", 10, 0, params={"stages": 0})
    staged = solve(inst, "udc", 10, 0, params={"stages": 4})
    assert alone.verified and staged.verified
    assert staged.objective < alone.objective
    assert staged.stats["stages_run"] == 4
    tags = {p.tag for p in staged.trajectory}
    assert "divide-insertion" in tags and any(t.startswith("udc-two-opt-stage") for t in tags)
    again = solve(inst, "udc", 10, 0, params={"stages": 4})
    assert again.solution == staged.solution  # one seed, same tour


def test_udc_cvrp_with_pyvrp_conquer():
    pytest.importorskip("pyvrp")
    inst = read(CVRP100)
    res = solve(inst, "udc", 6, 0, params={"stages": 2, "n": 40})
    assert res.verified and res.stats["conquer"] == "pyvrp"
    first = next(p for p in res.trajectory if p.tag == "divide-insertion")
    assert res.objective <= first.objective


def test_classical_peers_and_auto():
    pytest.importorskip("fast_tsp")
    pytest.importorskip("pyvrp")
    tsp, cvrp = read(TSP100), read(CVRP100)
    fast = solve(tsp, "fast-tsp", 1, 0)
    greedy = solve(tsp, "greedy", 5, 0)
    assert fast.verified and fast.objective <= greedy.objective * 1.001
    hgs = solve(cvrp, "pyvrp", 1, 0)
    assert hgs.verified
    auto = solve(tsp, "auto", 1, 0)
    assert auto.verified and auto.stats["auto_chose"] == "fast-tsp"
    assert solve(cvrp, "auto", 1, 0).stats["auto_chose"] == "pyvrp"


def test_udc_unknown_conquer_is_a_usage_error():
    from metaopt.errors import UsageError

    with pytest.raises(UsageError, match="conquer must be one of"):
        solve(read(TSP100), "udc", 2, 0, params={"conquer": "magic"})


@pytest.fixture(scope="module")
def tiny_policies(tmp_path_factory):
    pytest.importorskip("fast_tsp")
    from metaopt.cli import main

    out = tmp_path_factory.mktemp("udc")
    r = CliRunner().invoke(main, ["train", "udc", "--tiny", "--out-dir", str(out)])
    assert r.exit_code == 0, r.output
    return out


def test_tiny_training_writes_weights_and_sidecars(tiny_policies):
    import json

    for part in ("conquer", "divider"):
        meta = json.loads((tiny_policies / f"udc-{part}-tsp.pt.json").read_text())
        assert meta["curve"] and meta["version"] and meta["seed"] == 0
        assert meta["model"]


def test_udc_with_neural_conquer_and_gnn_divider(tiny_policies):
    inst = read(TSP100)
    params = {"conquer": "neural", "divider": "gnn", "stages": 3,
              "conquer_policy": str(tiny_policies / "udc-conquer-tsp.pt"),
              "divider_policy": str(tiny_policies / "udc-divider-tsp.pt")}
    res = solve(inst, "udc", 20, 0, params=params)
    assert res.verified and res.stats["divider"] == "gnn"
    first = next(p for p in res.trajectory if p.tag == "divide-gnn")
    assert res.objective <= first.objective


def test_gnn_heatmap_is_sparse(tiny_policies):
    from metaopt.routing.udc.divider import GNNDivider

    inst = uniform_tsp("big", 3000, seed=4)
    div = GNNDivider.load("tsp", tiny_policies / "udc-divider-tsp.pt")
    heat, nbr = div.heatmap(inst)
    k = div.model.config["k"]
    assert heat.shape == (3000, k) and nbr.shape == (3000, k)
    assert np.isfinite(heat).all()


def test_neural_conquer_without_weights_is_a_usage_error(tmp_path):
    from metaopt.errors import UsageError

    with pytest.raises(UsageError, match="no trained conquer model"):
        solve(read(TSP100), "udc", 2, 0,
              params={"conquer": "neural", "conquer_policy": str(tmp_path / "x.pt")})
