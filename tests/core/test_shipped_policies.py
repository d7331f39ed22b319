"""Every shipped weight file loads through the one checkpoint reader, and beats an untrained
network of the same architecture (the control) at what it was trained for."""

import json

import numpy as np
import pytest
from conftest import ROOT

torch = pytest.importorskip("torch")

from metaopt.learn import checkpoint  # noqa: E402

POLICIES = ROOT / "policies"
SHIPPED = sorted(POLICIES.glob("*.pt"))


def untrained(model):
    """A fresh network of ``model``'s class and sizes, initialised from a fixed seed."""
    config = dict(model.config)
    config.pop("arch", None)
    with torch.random.fork_rng():
        torch.manual_seed(0)
        fresh = type(model)(**config)
    return fresh.eval()


def test_every_shipped_policy_has_a_sidecar_saying_how_it_was_made():
    assert {p.name for p in SHIPPED} == {"jssp-dispatch.pt", "udc-conquer-tsp.pt",
                                        "udc-conquer-cvrp.pt", "udc-divider-tsp.pt"}
    for p in SHIPPED:
        meta = json.loads(checkpoint.sidecar_path(p).read_text())
        assert meta["model"] and meta.get("config") and meta.get("version"), p.name
        assert meta.get("curve") or meta.get("rl_curve") or meta.get("dcr_curve"), p.name


def test_a_sidecar_cannot_ask_for_a_huge_model(tmp_path):
    from metaopt.errors import UsageError
    from metaopt.jssp.policy import DispatchPolicy, load_policy

    bad = tmp_path / "p.pt"
    torch.save(DispatchPolicy().state_dict(), bad)
    checkpoint.sidecar_path(bad).write_text(json.dumps({"model": {"dim": 10**9}}))
    with pytest.raises(UsageError, match="not a bounded size"):
        load_policy(bad)
    checkpoint.sidecar_path(bad).write_text(json.dumps({"model": {"dim": 16}}))
    with pytest.raises(UsageError, match="do not load"):
        load_policy(bad)  # weights of another size: one clear message


def test_dispatch_policy_beats_its_untrained_control():
    from metaopt.jssp.policy import load_policy
    from metaopt.jssp.rollout import rollouts
    from metaopt.jssp.taillard import random_jssp

    policy, meta = load_policy(POLICIES / "jssp-dispatch.pt")
    control = untrained(policy)
    window, noop = meta["config"]["window"], bool(meta["config"].get("noop", True))
    spans = {"trained": [], "untrained": []}
    for k in range(4):
        inst = random_jssp(f"t{k}", 15, 10, seed=500 + k)
        for name, net in (("trained", policy), ("untrained", control)):
            gen = torch.Generator().manual_seed(0)
            s, _, _ = rollouts(net, inst, 1, gen, greedy=True, window=window, noop=noop)
            spans[name].append(float(s[0]))
    assert np.mean(spans["trained"]) < 0.9 * np.mean(spans["untrained"]), spans


def _pieces(count: int, m: int, seed: int):
    rng = np.random.default_rng(seed)
    coords = [rng.random((m, 2)) for _ in range(count)]
    mats = [np.linalg.norm(c[:, None] - c[None], axis=2) for c in coords]
    return mats, coords


def test_tsp_conquer_beats_its_untrained_control():
    from metaopt.routing.udc.neural_path import NeuralPathSolver, load_path_model

    model, _ = load_path_model(POLICIES / "udc-conquer-tsp.pt")
    mats, coords = _pieces(16, 50, 3)
    lengths = {}
    for name, net in (("trained", model), ("untrained", untrained(model))):
        paths = NeuralPathSolver(net, samples=0, seed=0)(mats, 10.0, coords)
        lengths[name] = np.mean([d[p[:-1], p[1:]].sum() for d, p in zip(mats, paths,
                                                                         strict=True)])
    assert lengths["trained"] < 0.6 * lengths["untrained"], lengths


def test_cvrp_conquer_beats_its_untrained_control():
    from metaopt.routing.generate import uniform_cvrp
    from metaopt.routing.udc.cvrp_model import NeuralCVRPSolver, SubCVRPModel

    path = POLICIES / "udc-conquer-cvrp.pt"
    model, _ = checkpoint.load(path, {"bq": SubCVRPModel}, "bq")
    costs = {"trained": [], "untrained": []}
    for k in range(4):
        inst = uniform_cvrp(f"c{k}", 60, 50, seed=40 + k)
        routes = [[v] for v in range(1, inst.num_nodes)]  # one route per customer
        for name, net in (("trained", model), ("untrained", untrained(model))):
            solver = NeuralCVRPSolver(inst, net, samples=0, seed=0, split=False)
            costs[name].append(inst.routes_cost(solver(routes, 10.0)))
    assert np.mean(costs["trained"]) < 0.5 * np.mean(costs["untrained"]), costs


def test_gnn_divider_beats_its_untrained_control():
    from metaopt.routing.generate import uniform_tsp
    from metaopt.routing.udc.divider import GNNDivider

    trained = GNNDivider.load("tsp", POLICIES / "udc-divider-tsp.pt")
    control = GNNDivider(untrained(trained.model))
    lengths = {"trained": [], "untrained": []}
    for k in range(3):
        inst = uniform_tsp(f"d{k}", 300, seed=70 + k)
        for name, divider in (("trained", trained), ("untrained", control)):
            tour = divider.build(inst, np.random.default_rng(0))
            lengths[name].append(inst.tour_length(tour))
    assert np.mean(lengths["trained"]) < 0.9 * np.mean(lengths["untrained"]), lengths
