"""Issue 5: routing engines — udc (classical and neural parts), fast-tsp, pyvrp, auto."""

from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from conftest import INSTANCES

from metaopt import read, solve
from metaopt.errors import UsageError
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


def _improving_moves(d: np.ndarray, p: np.ndarray) -> list:
    """Every 2-opt reversal and Or-opt chain move (1-3 interior nodes, either way round)
    of the open path ``p`` that shortens it, by brute force."""
    m, base, found = len(p), path_length(d, p), []
    for i in range(1, m - 1):
        for j in range(i + 1, m - 1):
            q = np.concatenate((p[:i], p[i: j + 1][::-1], p[j + 1:]))
            if path_length(d, q) < base - 1e-9:
                found.append(("2-opt", i, j))
    for L in (1, 2, 3):
        for s in range(1, m - L):
            chain, rest = p[s: s + L], np.concatenate((p[:s], p[s + L:]))
            for at in range(1, len(rest)):
                for c in (chain, chain[::-1]):
                    q = np.concatenate((rest[:at], c, rest[at:]))
                    if path_length(d, q) < base - 1e-9:
                        found.append(("or-opt", s, L, at))
    return found


def test_path_search_ends_in_a_local_optimum_of_both_neighbourhoods():
    """With full candidate lists no 2-opt or Or-opt move improves the result; with the
    default lists (10 nearest) the path is still never longer than the start, its ends
    and its node set are kept, and ``start`` is where it begins."""
    rng = np.random.default_rng(11)
    for m in (6, 15, 40):
        pts = rng.random((m, 2))
        d = np.linalg.norm(pts[:, None] - pts[None], axis=2)
        start = np.concatenate(([0], 1 + rng.permutation(m - 2), [m - 1]))
        full = two_opt_or_opt(d, start, k=m - 1)
        assert _improving_moves(d, full) == []
        near = two_opt_or_opt(d, start)
        for p in (full, near):
            assert p[0] == 0 and p[-1] == m - 1 and sorted(p.tolist()) == list(range(m))
            assert path_length(d, p) <= path_length(d, start) + 1e-9
        assert np.array_equal(two_opt_or_opt(d, start, max_moves=0), start)


def test_udc_classical_tsp_improves_over_its_divider():
    inst = read(TSP100)
    alone = solve(inst, "udc", 10, 0, params={"stages": 0, "conquer": "two-opt"})
    staged = solve(inst, "udc", 10, 0, params={"stages": 4, "conquer": "two-opt"})
    assert alone.verified and staged.verified
    assert staged.objective < alone.objective
    assert staged.stats["stages_run"] == 4
    tags = {p.tag for p in staged.trajectory}
    assert "divide-insertion" in tags and any(t.startswith("udc-two-opt-stage") for t in tags)
    again = solve(inst, "udc", 10, 0, params={"stages": 4, "conquer": "two-opt"})
    assert again.solution == staged.solution  # one seed, same tour


def test_udc_defaults_run_stages_until_the_deadline_with_fast_tsp():
    pytest.importorskip("fast_tsp")
    res = solve(read(TSP100), "udc", 2, 0)
    assert res.verified and res.stats["conquer"] == "fast-tsp"
    assert res.stats["stages_run"] > 5 and res.runtime >= 1.8
    assert res.stats["divider"] == "descent" and res.stats["n"] == 500
    assert res.trajectory[0].tag == "divide-descent"


def test_udc_tsp_defaults_follow_the_measured_settings():
    """Descent and 500-node pieces; 200 when the limit gives under 1/2000 s per node;
    insertion and 300-node pieces without coordinates; what is given stays."""
    pytest.importorskip("fast_tsp")
    from metaopt.routing.instance import RoutingInstance
    from metaopt.routing.udc.engine import Params

    big = uniform_tsp("t", 50_000, seed=0)
    plan = Params().plan
    assert (plan(big, 60).divider, plan(big, 60).n) == ("descent", 500)
    assert (plan(big, 10).divider, plan(big, 10).n) == ("descent", 200)
    assert Params(n=80).plan(big, 10).n == 80
    assert Params(divider="insertion").plan(big, 60).n == 300
    m = np.array([[0, 2, 3, 4, 5, 6, 7, 8, 9]] * 9)
    flat = RoutingInstance(name="x", problem="tsp", distance="explicit",
                           matrix=np.minimum(m, m.T))
    assert (plan(flat, 60).divider, plan(flat, 60).n) == ("insertion", 300)
    two_opt = Params(conquer="two-opt").plan(big, 60)
    assert (two_opt.divider, two_opt.n) == ("insertion", 100)
    assert Params().plan(read(CVRP100), 60).n == 600  # CVRP keeps its own


def test_udc_curve_and_descent_dividers():
    inst = uniform_tsp("t", 400, seed=2)
    params = {"stages": 0, "conquer": "two-opt"}
    curve = solve(inst, "udc", 5, 0, params={**params, "divider": "curve"})
    descent = solve(inst, "udc", 5, 0, params={**params, "divider": "descent"})
    assert curve.verified and descent.verified
    assert descent.trajectory[0].tag == "divide-descent"
    assert descent.objective < 0.9 * curve.objective  # the descent shortens the curve's tour
    with pytest.raises(UsageError, match="builds TSP solutions"):
        solve(read(CVRP100), "udc", 1, 0, params={"divider": "descent"})


def test_udc_cvrp_can_start_from_pyvrp_on_the_whole_instance():
    pytest.importorskip("pyvrp")
    inst = read(CVRP100)
    res = solve(inst, "udc", 4, 0, params={"divider": "pyvrp", "n": 40, "stages": 3})
    assert res.verified and res.trajectory[0].tag == "divide-pyvrp"
    with pytest.raises(UsageError, match="builds CVRP solutions"):
        solve(read(TSP100), "udc", 1, 0, params={"divider": "pyvrp"})


@pytest.mark.parametrize("divider", ["insertion", "curve"])
def test_udc_cvrp_with_pyvrp_conquer(divider):
    pytest.importorskip("pyvrp")
    inst = read(CVRP100)
    res = solve(inst, "udc", 6, 0, params={"stages": 2, "n": 40, "divider": divider})
    assert res.verified and res.stats["conquer"] == "pyvrp"
    first = next(p for p in res.trajectory if p.tag == f"divide-{divider}")
    assert res.objective < first.objective  # the conquer stages improved the divider's


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

    with pytest.raises(UsageError, match="'conquer': expected one of"):
        solve(read(TSP100), "udc", 2, 0, params={"conquer": "magic"})
    with pytest.raises(UsageError, match="TSP conquer must be one of"):
        solve(read(TSP100), "udc", 2, 0, params={"conquer": "pyvrp"})


@pytest.fixture(scope="module")
def tiny_policies(tmp_path_factory):
    pytest.importorskip("fast_tsp")
    from metaopt.cli import main

    pytest.importorskip("pyvrp")
    out = tmp_path_factory.mktemp("udc")
    for problem in ("tsp", "cvrp"):
        r = CliRunner().invoke(main, ["train", "udc", "--tiny", "--problem", problem,
                                      "--out-dir", str(out)])
        assert r.exit_code == 0, r.output
    return out


def test_tiny_training_writes_weights_and_sidecars(tiny_policies):
    import json

    for name in ("conquer-tsp", "divider-tsp", "conquer-cvrp"):
        meta = json.loads((tiny_policies / f"udc-{name}.pt.json").read_text())
        assert meta["curve"] and meta["version"] and meta["seed"] == 0
        assert meta["model"]
    conquer = json.loads((tiny_policies / "udc-conquer-tsp.pt.json").read_text())
    assert conquer["model"]["arch"] == "pointer"  # the default TSP conquer architecture


@pytest.mark.parametrize("problem", ["tsp", "cvrp"])
def test_untrained_writes_the_initial_conquer_network(tmp_path, problem):
    import json

    import torch

    from metaopt.cli import main

    args = ["train", "udc", "--tiny", "--problem", problem, "--untrained", "--out-dir"]
    for out in (tmp_path / "a", tmp_path / "b"):
        r = CliRunner().invoke(main, args + [str(out)])
        assert r.exit_code == 0, r.output
    meta = json.loads((tmp_path / "a" / f"udc-conquer-{problem}.pt.json").read_text())
    assert meta["untrained"] and meta["trained_seconds"] == 0.0 and meta["model"]
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == [
        f"udc-conquer-{problem}.pt", f"udc-conquer-{problem}.pt.json"]
    a, b = (torch.load(tmp_path / d / f"udc-conquer-{problem}.pt", weights_only=True)
            for d in ("a", "b"))
    assert all(torch.equal(a[k], b[k]) for k in a)  # the same seed, the same weights
    inst = read(TSP100) if problem == "tsp" else uniform_cvrp("c60", 60, 40, seed=2)
    res = solve(inst, "udc", 3, 0, params={
        "conquer": "neural", "stages": 2,
        "conquer_policy": str(tmp_path / "a" / f"udc-conquer-{problem}.pt")})
    assert res.verified


def test_udc_with_neural_conquer_and_gnn_divider(tiny_policies):
    inst = read(TSP100)
    params = {"conquer": "neural", "divider": "gnn", "stages": 3,
              "conquer_policy": str(tiny_policies / "udc-conquer-tsp.pt"),
              "divider_policy": str(tiny_policies / "udc-divider-tsp.pt")}
    res = solve(inst, "udc", 20, 0, params=params)
    assert res.verified and res.stats["divider"] == "gnn"
    first = next(p for p in res.trajectory if p.tag == "divide-gnn")
    assert res.objective < first.objective  # the conquer stages improved the divider's


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

    with pytest.raises(UsageError, match="conquer_policy: no such file"):
        solve(read(TSP100), "udc", 2, 0,
              params={"conquer": "neural", "conquer_policy": str(tmp_path / "x.pt")})


def test_neural_conquer_bad_augment_is_a_usage_error(tiny_policies):
    from metaopt.errors import UsageError

    with pytest.raises(UsageError, match="augment"):
        solve(read(TSP100), "udc", 2, 0,
              params={"conquer": "neural", "augment": 9,
                      "conquer_policy": str(tiny_policies / "udc-conquer-tsp.pt")})


def test_polish_starts_from_the_neural_path_even_when_the_current_order_is_shorter():
    """Once a piece is decent its current order is shorter than any raw neural path; the
    hybrid must still polish the neural path (an earlier version then polished only the current
    order, so the network could no longer contribute). A stand-in model returns a fixed path
    that is worse raw but polishes to a better local optimum than the current order."""
    import torch

    from metaopt.routing.udc.neural_path import NeuralPathSolver

    class Fixed:
        def __init__(self, order):
            self.order = torch.as_tensor(order)

        def decode(self, xy, greedy=True, generator=None, stop=None, repeat=1, greedy_rows=0):
            return self.order.repeat(len(xy) * repeat, 1)

    m = 12
    for seed in range(200):
        rng = np.random.default_rng(seed)
        pts = rng.random((m, 2))
        d0 = np.linalg.norm(pts[:, None] - pts[None], axis=2)
        start = np.concatenate(([0], 1 + rng.permutation(m - 2), [m - 1]))
        current = start[two_opt_or_opt(d0[np.ix_(start, start)])]  # a local optimum
        coords = pts[current]
        d = d0[np.ix_(current, current)]  # the piece as the solver sees it: 0..m-1 in order
        neural = np.concatenate(([0], 1 + rng.permutation(m - 2), [m - 1]))
        mirror = m - 1 - neural[::-1]
        raw = min((neural, mirror), key=lambda o: path_length(d, o))
        polished = raw[two_opt_or_opt(d[np.ix_(raw, raw)])]
        here = path_length(d, np.arange(m))
        if path_length(d, raw) > here and path_length(d, polished) < here - 1e-6:
            break
    else:
        pytest.fail("no test case found")
    out = NeuralPathSolver(Fixed(neural), polish=1)([d], 1.0, [coords])[0]
    assert path_length(d, out) <= path_length(d, polished) + 1e-9 < here


def test_polishing_more_neural_starts_never_loses_to_one(tiny_policies):
    """``polish = k`` polishes the k best distinct neural paths as well: per piece it can only
    be as short as or shorter than ``polish = true`` (the same candidates, a superset of
    starts); a count out of range or a string is a usage error."""
    import torch

    from metaopt.errors import UsageError
    from metaopt.routing.udc.neural_path import NeuralPathSolver
    from metaopt.routing.udc.pointer_model import PointerPathModel

    torch.manual_seed(0)
    model = PointerPathModel(dim=16, heads=2, layers=1).eval()
    rng = np.random.default_rng(3)
    coords = [rng.random((30, 2)) for _ in range(5)]
    mats = [np.linalg.norm(c[:, None] - c[None], axis=2) for c in coords]
    one = NeuralPathSolver(model, augment=4, polish=1)(mats, 1.0, coords)
    four = NeuralPathSolver(model, augment=4, polish=4)(mats, 1.0, coords)
    for d, a, b in zip(mats, one, four, strict=True):
        assert sorted(b) == list(range(30)) and b[0] == 0 and b[-1] == 29
        assert path_length(d, b) <= path_length(d, a) + 1e-9
    for bad in ("yes", 65):
        with pytest.raises(UsageError, match="polish"):
            solve(read(TSP100), "udc", 2, 0,
                  params={"conquer": "neural", "polish": bad,
                          "conquer_policy": str(tiny_policies / "udc-conquer-tsp.pt")})


@pytest.mark.parametrize("arch", ["bq", "pointer"])
def test_path_model_decodes_permutations_with_fixed_ends(arch):
    import torch

    from metaopt.routing.udc.conquer_model import PathModel
    from metaopt.routing.udc.neural_path import NeuralPathSolver
    from metaopt.routing.udc.pointer_model import PointerPathModel

    torch.manual_seed(0)
    model = (PathModel if arch == "bq" else PointerPathModel)(dim=16, heads=2, layers=1).eval()
    xy = torch.rand(5, 12, 2)
    for greedy in (True, False):
        order = model.decode(xy, greedy=greedy, generator=torch.Generator().manual_seed(1))
        for o in order.tolist():
            assert o[0] == 0 and o[-1] == 11 and sorted(o) == list(range(12))
    # one batch of greedy rows then sampled copies: the greedy rows are the greedy decode,
    # the sampled ones are not all the same
    mixed = model.decode(xy, greedy=False, generator=torch.Generator().manual_seed(1),
                         repeat=4, greedy_rows=5)
    assert torch.equal(mixed[:5], model.decode(xy))
    assert len({tuple(o) for o in mixed[5:].tolist()}) > 1
    rng = np.random.default_rng(0)
    coords = [rng.random((m, 2)) for m in (7, 12, 12)]
    mats = [np.linalg.norm(c[:, None] - c[None], axis=2) for c in coords]
    for solver in (NeuralPathSolver(model, samples=2), NeuralPathSolver(model, augment=8)):
        for d, o in zip(mats, solver(mats, 1.0, coords), strict=True):
            assert o[0] == 0 and o[-1] == len(d) - 1 and sorted(o) == list(range(len(d)))
    # more symmetries only add candidates: never a longer path than the identity alone
    one, eight = (NeuralPathSolver(model, augment=a)(mats, 1.0, coords) for a in (1, 8))
    for d, a, b in zip(mats, one, eight, strict=True):
        assert path_length(d, b) <= path_length(d, a) + 1e-9
    # past the deadline nothing is decoded and every segment keeps its order
    assert model.decode(xy, stop=lambda: True) is None
    late = NeuralPathSolver(model, stop=lambda: True)(mats, 1.0, coords)
    assert all((o == np.arange(len(d))).all() for d, o in zip(mats, late, strict=True))


def test_symmetries_keep_distances():
    import torch

    from metaopt.routing.udc.decoding import symmetries

    xy = torch.rand(3, 9, 2)
    aug = symmetries(xy, 8).view(8, 3, 9, 2)
    lengths = (aug[:, :, 1:] - aug[:, :, :-1]).norm(dim=3).sum(dim=2)
    assert torch.allclose(lengths, lengths[:1].expand(8, 3), atol=1e-5)
    assert len({tuple(a[0, 0].tolist()) for a in aug}) == 8  # eight distinct images


def test_pointer_decode_matches_its_teacher_forced_scores():
    """The fast decode (context projection split per input, running sums) must pick what the
    training-time ``forward`` scores highest at every step, and sampled paths must only use
    open nodes."""
    import torch

    from metaopt.routing.udc.pointer_model import PointerPathModel

    torch.manual_seed(0)
    model = PointerPathModel(dim=32, heads=4, layers=2).eval()
    xy = torch.rand(6, 15, 2)
    with torch.no_grad():
        order = model.decode(xy)
        logits = model(xy, order[:, 1:-1])
    assert (logits.argmax(dim=2) == order[:, 1:-1] - 1).all()
    # a permuted labelled order: each step's open set is exactly the nodes not yet visited
    visit = torch.stack([torch.randperm(13) + 1 for _ in range(6)])
    with torch.no_grad():
        logits = model(xy, visit)
    for t in range(13):
        finite = torch.isfinite(logits[:, t])
        expect = torch.ones(6, 13, dtype=torch.bool)
        expect.scatter_(1, visit[:, :t] - 1, False)
        assert (finite == expect).all()


def test_path_log_prob_is_a_distribution_over_paths():
    """The probabilities REINFORCE uses, summed over every order of a small piece, are 1."""
    import itertools

    import torch

    from metaopt.routing.udc.pointer_model import PointerPathModel
    from metaopt.routing.udc.reinforce import path_log_prob

    torch.manual_seed(0)
    model = PointerPathModel(dim=16, heads=2, layers=1).eval()
    middle = list(itertools.permutations(range(1, 5)))
    order = torch.tensor([[0, *p, 5] for p in middle])
    xy = torch.rand(1, 6, 2).expand(len(order), 6, 2)
    with torch.no_grad():
        total = path_log_prob(model, xy, order).exp().sum()
    assert abs(float(total) - 1.0) < 1e-5


def test_reinforce_shortens_the_expected_path():
    """On one fixed piece, REINFORCE with the shared baseline must lower the exact expected
    length (over all 120 orders) of the model's paths; a wrong sign would raise it."""
    import itertools

    import torch

    from metaopt.routing.udc.pointer_model import PointerPathModel
    from metaopt.routing.udc.reinforce import path_lengths, path_log_prob, reinforce
    from metaopt.routing.udc.train import UDCConfig

    torch.manual_seed(0)
    model = PointerPathModel(dim=16, heads=2, layers=1).eval()
    xy = torch.rand(1, 7, 2)
    orders = torch.tensor([[0, *p, 6] for p in itertools.permutations(range(1, 6))])
    many = xy.expand(len(orders), 7, 2)
    lengths = path_lengths(many, orders)

    def expected():
        with torch.no_grad():
            return float((path_log_prob(model, many, orders).exp() * lengths).sum())

    before = expected()
    cfg = UDCConfig(rl_minutes=1.0, rl_steps=60, rl_samples=8, rl_lr=3e-3, rl_eval_every=1000)
    curve = reinforce(model, cfg, lambda: xy.repeat(4, 1, 1),
                      lambda m: (expected(), {"expected": expected()}),
                      torch.Generator().manual_seed(0), progress=lambda line: None)
    assert len(curve) == 2 and curve[-1]["rl_step"] == 60
    assert expected() < before - 0.25 * (before - float(lengths.min()))


def test_divider_tour_probabilities_sum_to_one():
    """With every node a neighbour, each step of a tour from node 0 is a choice: the
    probabilities of all 4! tours must sum to 1 (a wrong log-probability would not)."""
    import itertools

    import torch

    from metaopt.routing.udc.divider import DividerGNN, graph_data
    from metaopt.routing.udc.divider_rl import sample_tour

    torch.manual_seed(0)
    xy = np.random.default_rng(4).random((5, 2))
    model = DividerGNN(dim=8, layers=2, k=4)
    data, nbr = graph_data(xy, 4)
    logits = model(data).view(nbr.shape)
    total = 0.0
    for perm in itertools.permutations(range(1, 5)):
        tour = np.array((0, *perm))
        got, logp = sample_tour(logits, nbr, xy, 0, follow=tour)
        assert np.array_equal(got, tour)
        total += float(logp.exp())
    assert abs(total - 1.0) < 1e-5


def test_dcr_lowers_the_expected_length_after_reunion():
    """On one fixed 6-node instance, DCR must lower the exact expected post-reunion length of
    the divider's tours from node 0 (over all 120); a wrong sign would raise it."""
    import itertools

    import torch

    from metaopt.routing.udc.divider import DividerGNN, graph_data
    from metaopt.routing.udc.divider_rl import after_reunion, dcr, sample_tour
    from metaopt.routing.udc.train import UDCConfig

    torch.manual_seed(0)
    inst = uniform_tsp("t", 6, seed=8)
    model = DividerGNN(dim=8, layers=2, k=5)
    data, nbr = graph_data(inst.coords, 5)
    tours = [np.array((0, *p)) for p in itertools.permutations(range(1, 6))]
    lengths = np.array([after_reunion(inst, t, 4) for t in tours])

    def expected():
        with torch.no_grad():
            logits = model(data).view(nbr.shape)
            probs = [float(sample_tour(logits, nbr, inst.coords, 0, follow=t)[1].exp())
                     for t in tours]
        return float(np.dot(probs, lengths))

    before = expected()
    assert lengths.max() > lengths.min() + 1e-6  # the reunion leaves a choice to learn
    cfg = UDCConfig(divider_rl_minutes=1.0, divider_rl_steps=40, divider_rl_samples=8,
                    divider_rl_piece=4, divider_rl_nodes=6, divider_rl_lr=3e-2,
                    divider_rl_eval=1, divider_rl_eval_every=1000, k=5)
    curve = dcr(model, cfg, np.random.default_rng(0), lambda line: None,
                instance=lambda seed: (inst, data, nbr))
    assert curve[-1]["dcr_step"] == 40
    assert expected() < before - 0.25 * (before - float(lengths.min()))


def test_tiny_dcr_from_init_divider(tiny_policies, tmp_path):
    """``divider_init`` + ``divider_rl_minutes``: no supervised curve, a DCR curve and the
    init in the sidecar, and the weights divide."""
    import json

    from metaopt.routing.udc.train import TINY, UDCConfig, train

    init = str(tiny_policies / "udc-divider-tsp.pt")
    cfg = UDCConfig(**{**TINY, "parts": ["divider"], "divider_init": init,
                       "divider_rl_minutes": 1.0, "divider_rl_steps": 2,
                       "divider_rl_nodes": 30, "divider_rl_piece": 10, "divider_rl_samples": 2,
                       "divider_rl_eval": 2, "divider_rl_eval_every": 1})
    train(cfg, tmp_path, progress=lambda line: None)
    policy = tmp_path / "udc-divider-tsp.pt"
    meta = json.loads(Path(str(policy) + ".json").read_text())
    assert "curve" not in meta and meta["init"]["path"] == init
    assert [p["dcr_step"] for p in meta["dcr_curve"]] == [0, 1, 2]
    res = solve(read(TSP100), "udc", 20, 0,
                params={"divider": "gnn", "stages": 2, "divider_policy": str(policy)})
    assert res.verified
    with pytest.raises(ValueError):
        UDCConfig(divider_rl_minutes=1.0, divider_rl_samples=1)


def test_tiny_training_with_reinforce_from_init_weights(tiny_policies, tmp_path):
    """``init`` + ``conquer_minutes = 0`` + ``rl_minutes``: fine-tuning only, recorded in the
    sidecar, and the weights solve."""
    import json

    from metaopt.routing.udc.train import TINY, UDCConfig, train

    init = str(tiny_policies / "udc-conquer-tsp.pt")
    cfg = UDCConfig(**{**TINY, "parts": ["conquer"], "init": init, "conquer_minutes": 0,
                       "rl_minutes": 1.0, "rl_steps": 3})
    train(cfg, tmp_path, progress=lambda line: None)
    policy = tmp_path / "udc-conquer-tsp.pt"
    meta = json.loads(Path(str(policy) + ".json").read_text())
    assert meta["curve"] == [] and meta["rl_curve"][-1]["rl_step"] == 3
    assert meta["init"]["path"] == init and "REINFORCE" in meta["method"]
    res = solve(read(TSP100), "udc", 20, 0,
                params={"conquer": "neural", "stages": 2, "conquer_policy": str(policy)})
    assert res.verified
    with pytest.raises(ValueError):
        UDCConfig(**{**TINY, "arch": "bq", "rl_minutes": 1.0})


def test_path_training_windows_are_runs_of_a_good_tour():
    pytest.importorskip("fast_tsp")
    from metaopt.routing.udc.path_data import sub_windows, tour_windows

    w = tour_windows(np.random.default_rng(0), 2, 60, 0.05, 20)
    assert w.shape == (6, 20, 2)
    # a run of a near-optimal tour: 2-opt/Or-opt with these ends finds nothing much shorter
    for pts in w:
        d = np.linalg.norm(pts[:, None] - pts[None], axis=2)
        assert path_length(d, two_opt_or_opt(d)) > 0.97 * path_length(d, np.arange(20))
    runs = sub_windows(w, np.random.default_rng(1), 8, 7)
    assert runs.shape == (8, 7, 2) and runs.min() >= 0 and runs.max() <= 1


def test_cvrp_model_rollouts_respect_capacity():
    import torch

    from metaopt import check
    from metaopt.routing.udc.cvrp_model import NeuralCVRPSolver, SubCVRPModel

    torch.manual_seed(0)
    inst = uniform_cvrp("c", 40, 12, seed=5)  # tight: about 5 customers a route
    model = SubCVRPModel(dim=16, heads=2, layers=1).eval()
    current = split_routes(inst, np.arange(1, 41))
    costs = {}
    for split, polish in ((False, 0), (True, 0), (True, 3)):
        routes = NeuralCVRPSolver(inst, model, samples=5, split=split,
                                  polish=polish)(current, 1.0)
        assert sorted(v for r in routes for v in r) == list(range(1, 41))
        assert check(inst, routes).feasible
        costs[split, polish] = inst.routes_cost(routes)
    # same rollouts (same seed), more candidates; polished ones never cost more
    assert costs[True, 0] <= costs[False, 0] + 1e-9
    assert costs[True, 3] <= min(costs[True, 0], inst.routes_cost(current)) + 1e-9


def test_route_polish_keeps_every_route_within_capacity_and_never_costs_more():
    """Random groups with tight capacities (2-5 customers a route): the polished routes
    serve the same customers, pass the checker (capacity) and cost less than the start."""
    from metaopt import check
    from metaopt.routing.udc.route_polish import RoutePolisher

    for seed in range(12):
        inst = uniform_cvrp("c", 30, int(10 + 4 * (seed % 4)), seed=seed)
        rng = np.random.default_rng(seed)
        start = split_routes(inst, 1 + rng.permutation(30))
        new = RoutePolisher(inst, np.arange(1, 31), len(start) + 2)(start)
        assert sorted(v for r in new for v in r) == list(range(1, 31))
        assert check(inst, new).feasible
        assert inst.routes_cost(new) < inst.routes_cost(start) - 1e-9


def test_cvrp_labels_replay_as_legal_decisions():
    pytest.importorskip("pyvrp")
    import torch

    from metaopt.routing.udc.cvrp_model import SubCVRPModel
    from metaopt.routing.udc.cvrp_train import _cap_before, batch, labelled_groups

    groups = labelled_groups(np.random.default_rng(0), 1, 40, 15, 12, 0.05)
    assert groups and all(g["cost"] <= g["before"] + 1e-9 for g in groups)
    for g in groups:
        g["cap"] = _cap_before(g["dem"], g["via"])
        assert (g["cap"] >= g["dem"][1:] - 1e-6).all() or g["via"].any()
    model = SubCVRPModel(dim=16, heads=2, layers=1).eval()
    rng = np.random.default_rng(1)
    for r in range(1, min(len(g["via"]) for g in groups) + 1):
        feats, target = batch(groups, rng, 6, r)
        with torch.no_grad():
            logits = model(feats)
        assert torch.isfinite(logits[torch.arange(6), target]).all()  # the label is legal


def test_cvrp_pointer_decode_matches_its_teacher_forced_scores():
    """Greedy rollouts of the pointer CVRP model are capacity-feasible, and replayed as
    teacher-forcing labels every move is legal and is the one ``forward`` scores highest."""
    pytest.importorskip("pyvrp")
    import torch

    from metaopt.routing.udc.cvrp_model import routes_from
    from metaopt.routing.udc.cvrp_pointer import PointerCVRPModel
    from metaopt.routing.udc.cvrp_train import labelled_groups, pointer_batch

    torch.manual_seed(0)
    model = PointerCVRPModel(dim=32, heads=4, layers=2).eval()
    groups = labelled_groups(np.random.default_rng(0), 1, 60, 20, 15, 0.05)
    replay = []
    for g in groups:
        xy, dem = torch.tensor(g["xy"]), torch.tensor(g["dem"])
        m = len(g["via"])
        with torch.no_grad():
            order, via = model.decode(xy[None].expand(3, -1, -1), dem[None].expand(3, -1),
                                      greedy=False, generator=torch.Generator().manual_seed(1))
            greedy = model.decode(xy[None], dem[None])
        for o, v in [*zip(order, via, strict=True), (greedy[0][0], greedy[1][0])]:
            routes = routes_from(o.numpy(), v.numpy())
            assert sorted(c for r in routes for c in r) == list(range(1, m + 1))
            assert max(float(dem[r].sum()) for r in routes) <= 1 + 1e-6
        o, v = greedy[0][0].numpy(), greedy[1][0].numpy()
        nodes = np.concatenate(([0], o))
        replay.append({"xy": g["xy"][nodes], "dem": g["dem"][nodes], "via": v})
    inputs, target = pointer_batch(replay, np.random.default_rng(2), 6, rotate=False)
    with torch.no_grad():
        logits = model(*inputs)
    valid = target >= 0
    assert torch.isfinite(logits[valid].gather(1, target[valid][:, None])).all()
    assert (logits.argmax(dim=2)[valid] == target[valid]).all()
    inputs, target = pointer_batch(groups, np.random.default_rng(3), 6)  # PyVRP's labels
    with torch.no_grad():
        logits = model(*inputs)
    valid = target >= 0
    assert torch.isfinite(logits[valid].gather(1, target[valid][:, None])).all()


def test_tiny_cvrp_pointer_training_loads_and_solves(tmp_path):
    """The CVRP pointer model (``cvrp_arch = "pointer"``) trains, is found by its sidecar's
    arch and gives checked solutions."""
    pytest.importorskip("pyvrp")
    import json

    from metaopt.routing.udc.train import TINY, UDCConfig, train

    cfg = UDCConfig(**{**TINY, "problem": "cvrp", "cvrp_arch": "pointer"})
    train(cfg, tmp_path, progress=lambda line: None)
    policy = tmp_path / "udc-conquer-cvrp.pt"
    assert json.loads(Path(str(policy) + ".json").read_text())["model"]["arch"] == "pointer"
    res = solve(read(CVRP100), "udc", 20, 0,
                params={"conquer": "neural", "stages": 2, "conquer_policy": str(policy)})
    assert res.verified and res.stats["conquer"] == "neural"


def test_udc_cvrp_with_neural_conquer(tiny_policies):
    res = solve(read(CVRP100), "udc", 20, 0,
                params={"conquer": "neural", "stages": 3, "polish": 1,
                        "conquer_policy": str(tiny_policies / "udc-conquer-cvrp.pt")})
    assert res.verified and res.stats["conquer"] == "neural"
    first = next(p for p in res.trajectory if p.tag == "divide-insertion")
    assert res.objective < first.objective  # the conquer stages improved the divider's


def test_cli_stages_and_starts_options():
    import json

    from metaopt.cli import main

    r = CliRunner().invoke(main, ["solve", str(TSP100), "-e", "udc", "--stages", "3",
                                  "--starts", "2", "-t", "5", "--no-store", "--json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["verified"]
    r = CliRunner().invoke(main, ["solve", str(TSP100), "-e", "greedy", "--stages", "3",
                                  "--no-store"])
    assert r.exit_code == 2 and "udc engine only" in r.output
