"""Training of the CVRP conquer model (``metaopt train udc --problem cvrp``).

Labels are made the way the engine meets its sub-problems: a uniform CVRP instance, its
random-insertion + split solution (the classical divider), cut into groups of consecutive
routes (``CVRPParts.groups``); PyVRP re-solves each group and the better of the two is the
label. The model imitates the label's decisions (next customer, direct or via the depot),
routes taken in angular order and each driven counter-clockwise around the depot so that
the targets are consistent.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict
from pathlib import Path

import numpy as np
import torch

from metaopt.learn.checkpoint import save as save_model
from metaopt.routing.udc.cvrp_model import SubCVRPModel, tokens
from metaopt.routing.udc.imitation import imitate


def _oriented(inst, routes: list[list[int]]) -> list[list[int]]:
    """Routes by the angle of their centre around the depot, each counter-clockwise."""
    xy = np.asarray(inst.coords, float)
    depot = xy[inst.depot]
    out = []
    for r in routes:
        a, b = xy[r[0]] - depot, xy[r[-1]] - depot
        out.append(r if a[0] * b[1] - a[1] * b[0] >= 0 else r[::-1])
    c = [xy[r].mean(axis=0) - depot for r in out]
    return [out[i] for i in np.argsort([np.arctan2(v[1], v[0]) for v in c], kind="stable")]


def labelled_groups(rng: np.random.Generator, instances: int, customers: int, capacity: int,
                    group: int, seconds: float, progress=None) -> list[dict]:
    """Per group: ``xy`` (m+1, 2) depot first then customers in label order, ``dem`` (m+1)
    as capacity fractions, ``via`` (m,) route starts after the first, ``cost``, ``before``
    (the divider's cost of the same group)."""
    from metaopt.routing.generate import uniform_cvrp
    from metaopt.routing.pyvrp_solve import solve_cvrp
    from metaopt.routing.udc.initial import random_insertion, split_routes
    from metaopt.routing.udc.problems import CVRPParts

    out = []
    t0 = time.monotonic()
    for i in range(instances):
        if progress is not None and i and i % 20 == 0:
            progress(f"  labelled {i}/{instances} instances, {len(out)} groups, "
                     f"{time.monotonic() - t0:.0f} s")
        inst = uniform_cvrp(f"label{i}", customers, capacity, int(rng.integers(2**31)))
        tour = random_insertion(inst, np.arange(1, customers + 1), rng)
        parts = CVRPParts(inst, None)
        for g in parts.groups(split_routes(inst, tour), group, int(rng.integers(customers))):
            cust = np.array([v for r in g for v in r], np.int64)
            sol = solve_cvrp(inst, cust, seconds, int(rng.integers(2**31)))
            before = inst.routes_cost(g)
            cost = float("inf") if sol is None else inst.routes_cost(sol)
            if cost > before:
                sol, cost = g, before
            sol = _oriented(inst, [r for r in sol if r])
            seq = np.array([v for r in sol for v in r], np.int64)
            starts = np.cumsum([0] + [len(r) for r in sol[:-1]])
            via = np.zeros(len(seq), bool)
            via[starts[1:]] = True
            nodes = np.concatenate(([inst.depot], seq))
            dem = inst.demands[nodes] / float(inst.capacity)
            dem[0] = 0.0
            out.append({"xy": np.asarray(inst.coords, float)[nodes].astype(np.float32),
                        "dem": dem.astype(np.float32), "via": via,
                        "cost": cost, "before": before})
    return out


def _cap_before(dem: np.ndarray, via: np.ndarray) -> np.ndarray:
    """Capacity fraction left before each decision (1 at the start)."""
    cap = np.ones(len(via), np.float32)
    load = 0.0
    for i in range(len(via)):
        cap[i] = 1.0 - load
        load = dem[i + 1] if via[i] else load + dem[i + 1]
    return cap


def batch(groups: list[dict], rng: np.random.Generator, size: int, r: int
          ) -> tuple[torch.Tensor, torch.Tensor]:
    """``size`` states with ``r`` customers left (from groups of at least r customers) and
    their targets (2 · position + via) with the customers left shuffled, each turned by a
    random angle around the depot (turns keep the counter-clockwise convention)."""
    pool = [g for g in groups if len(g["via"]) >= r]
    feats, target = [], []
    for j in rng.integers(len(pool), size=size):
        g = pool[j]
        m = len(g["via"])
        k = m - r  # decisions made
        left = k + 1 + rng.permutation(r)
        idx = np.concatenate(([0], [k], left))  # node k: the current (0: the depot)
        cap = g["cap"][k]
        a = rng.uniform(0, 2 * np.pi)
        turn = np.array([[np.cos(a), np.sin(a)], [-np.sin(a), np.cos(a)]], np.float32)
        xy = (g["xy"][idx] - g["xy"][0]) @ turn
        feats.append((xy, g["dem"][idx], cap, k == 0))
        target.append(2 * int(np.flatnonzero(left == k + 1)[0]) + int(g["via"][k]))
    xy = torch.tensor(np.stack([f[0] for f in feats]))
    dem = torch.tensor(np.stack([f[1] for f in feats]))
    cap = torch.tensor([f[2] for f in feats], dtype=torch.float32)
    at_depot = torch.tensor([f[3] for f in feats])
    return tokens(xy, dem, cap, at_depot), torch.tensor(target)


def pointer_batch(groups: list[dict], rng: np.random.Generator, size: int,
                  rotate: bool = True) -> tuple[tuple[torch.Tensor, ...], torch.Tensor]:
    """Teacher-forcing inputs for ``PointerCVRPModel`` from ``size`` random groups (each
    turned by a random angle around the depot unless ``rotate`` is false, customers shuffled,
    padded to the largest):
    (xy, dem, pad, cur, cap, left, allowed) and the targets (B, T), -100 past a group's end.
    A route start after the first is two moves: to the depot, then to the customer."""
    picked = [groups[j] for j in rng.integers(len(groups), size=size)]
    big = max(len(g["via"]) for g in picked) + 1
    steps = max(len(g["via"]) + int(g["via"].sum()) for g in picked)
    xy = np.zeros((size, big, 2), np.float32)
    dem = np.zeros((size, big), np.float32)
    pad = np.ones((size, big), bool)
    cur = np.zeros((size, steps), np.int64)
    cap = np.ones((size, steps), np.float32)
    left = np.zeros((size, steps, big), bool)
    allowed = np.zeros((size, steps, big), bool)
    allowed[:, :, 0] = True
    target = np.full((size, steps), -100, np.int64)
    for b, g in enumerate(picked):
        m = len(g["via"])
        a = rng.uniform(0, 2 * np.pi) if rotate else 0.0
        turn = np.array([[np.cos(a), np.sin(a)], [-np.sin(a), np.cos(a)]], np.float32)
        node = np.concatenate(([0], 1 + rng.permutation(m)))  # label customer i -> node[i]
        xy[b, :] = 0.0  # padding sits on the depot (the origin after the shift)
        xy[b, node] = (g["xy"] - g["xy"][0]) @ turn
        dem[b, node] = g["dem"]
        pad[b, : m + 1] = False
        moves = []
        for i in range(m):
            if g["via"][i]:
                moves.append(0)
            moves.append(int(node[i + 1]))
        t_b = len(moves)
        target[b, :t_b] = moves
        rank = np.full(big, -1)
        rank[[v for v in moves if v]] = [t for t, v in enumerate(moves) if v]
        left[b, :t_b] = rank[None, :] >= np.arange(t_b)[:, None]
        load = 1.0
        for t, v in enumerate(moves):
            cur[b, t] = moves[t - 1] if t else 0
            cap[b, t] = load
            load = 1.0 if v == 0 else load - float(dem[b, v])
        allowed[b, :t_b] = left[b, :t_b] & (dem[b][None, :] <= cap[b, :t_b, None] + 1e-6)
        allowed[b, :t_b, 0] = cur[b, :t_b] != 0
    inputs = tuple(torch.from_numpy(x) for x in (xy, dem, pad, cur, cap, left, allowed))
    return inputs, torch.from_numpy(target)


def _greedy_cost(model: torch.nn.Module, groups: list[dict]) -> float:
    """Mean cost of the greedy rollout over ``groups`` (coordinates as given)."""
    from metaopt.routing.udc.cvrp_model import routes_from

    total = 0.0
    for g in groups:
        xy = torch.tensor(g["xy"])
        with torch.inference_mode():
            order, via = model.decode(xy[None], torch.tensor(g["dem"])[None])
        p = g["xy"].astype(float)
        for r in routes_from(order[0].numpy(), via[0].numpy()):
            pts = p[[0] + r + [0]]
            total += float(np.linalg.norm(pts[1:] - pts[:-1], axis=1).sum())
    return total / len(groups)


def fresh_cvrp_model(cfg, rng: np.random.Generator) -> torch.nn.Module:
    """The CVRP conquer network training starts from (torch seeded from ``rng``)."""
    with torch.random.fork_rng():
        torch.manual_seed(int(rng.integers(2**31)))
        if cfg.cvrp_arch == "pointer":
            from metaopt.routing.udc.cvrp_pointer import PointerCVRPModel

            return PointerCVRPModel(cfg.dim, cfg.heads, cfg.layers)
        return SubCVRPModel(cfg.dim, cfg.heads, cfg.layers)


def train_cvrp_conquer(cfg, out: Path, progress=print) -> dict:
    from metaopt.version import code_version

    torch.set_num_threads(1)
    version = code_version()
    t0 = time.monotonic()
    rng = np.random.default_rng(cfg.seed)
    model = fresh_cvrp_model(cfg, rng)
    progress(f"labelling {cfg.cvrp_label_instances} CVRP{cfg.cvrp_customers} instances "
             f"(capacity {cfg.cvrp_capacity}), groups of ~{cfg.cvrp_group} customers, PyVRP "
             f"{cfg.cvrp_label_seconds} s each")
    args = (cfg.cvrp_customers, cfg.cvrp_capacity, cfg.cvrp_group, cfg.cvrp_label_seconds)
    groups = labelled_groups(rng, cfg.cvrp_label_instances, *args, progress=progress)
    held = labelled_groups(np.random.default_rng(cfg.seed + 10**6), 1, *args)
    for g in groups:
        g["cap"] = _cap_before(g["dem"], g["via"])
    label_cost = float(np.mean([g["cost"] for g in held]))
    divider_cost = float(np.mean([g["before"] for g in held]))
    label_seconds = round(time.monotonic() - t0, 1)
    progress(json.dumps({"groups": len(groups), "held_out": len(held),
                         "seconds": label_seconds}))
    max_r = min(len(g["via"]) for g in groups)

    def next_batch():
        if cfg.cvrp_arch == "pointer":  # every decision of whole groups (teacher forcing)
            return pointer_batch(groups, rng, cfg.cvrp_batch)
        return batch(groups, rng, cfg.batch, int(rng.integers(2, max(max_r, 2) + 1)))

    def evaluate(model):
        greedy = _greedy_cost(model, held)
        return greedy, {"eval_greedy_mean_cost": round(greedy, 4),
                        "gap_to_label_pct": round(100 * (greedy / label_cost - 1), 2),
                        "gap_to_divider_pct": round(100 * (greedy / divider_cost - 1), 2)}

    curve = imitate(model, cfg, next_batch, evaluate, "train_accuracy", progress)
    sidecar = {"kind": "udc-conquer-cvrp", "config": asdict(cfg), "seed": cfg.seed,
               "method": "imitation of PyVRP solutions of route groups (cross-entropy on "
                         + ("every move, to a customer or the depot, teacher-forced; "
                            "encoder-once pointer model" if cfg.cvrp_arch == "pointer" else
                            "the next customer and whether it starts a route; BQ-style "
                            "states") + ")",
               "eval": {"groups": len(held), "label_mean_cost": round(label_cost, 4),
                        "divider_mean_cost": round(divider_cost, 4)},
               "curve": curve, "version": version, "label_seconds": label_seconds,
               "trained_seconds": round(time.monotonic() - t0, 1),
               "kept": "weights at the evaluation point with the best greedy mean cost"}
    save_model(model, out, sidecar)
    return sidecar
