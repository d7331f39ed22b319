"""DCR fine-tuning of the GNN divider, UDC's training signal for it: REINFORCE on the tour
length *after* the conquer and reunion stages, with a shared (POMO-style) baseline — the mean
over the tours sampled for the same instance. The conquer during training is the classical
2-opt/Or-opt on ``piece``-node paths (cheap and deterministic), two stages (cuts at 0, then
shifted by half a piece) as in UDC's training."""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np
import torch

from metaopt.learn.best_weights import BestWeights
from metaopt.learn.reinforce import shared_baseline_loss
from metaopt.learn.reinforce import step as step_once
from metaopt.routing.generate import uniform_tsp
from metaopt.routing.udc.divider import DividerGNN, graph_data, greedy_tour, walk_tour
from metaopt.routing.udc.paths import two_opt_or_opt
from metaopt.routing.udc.problems import TSPParts


def sample_tour(logits: torch.Tensor, nbr: np.ndarray, xy: np.ndarray, start: int,
                generator: torch.Generator | None = None, follow: np.ndarray | None = None
                ) -> tuple[np.ndarray, torch.Tensor]:
    """A tour drawn from the heatmap ``logits`` (N, K): the next node is sampled among the
    current node's unvisited neighbours (softmax of their scores), or — when all are taken —
    is the nearest unvisited node (no choice, no log-probability). Returns the tour and the
    summed log-probability of its sampled steps; with ``follow`` (a tour starting at
    ``start`` whose choices are all legal) its steps are taken instead of sampled."""
    logp = logits.new_zeros(())
    if follow is not None:
        after = np.empty(len(nbr), np.int64)  # the node ``follow`` visits after each node
        after[follow[:-1]] = follow[1:]

    def choose(cur: int, free: np.ndarray) -> int:
        nonlocal logp
        lp = torch.log_softmax(logits[cur, torch.from_numpy(free)], dim=0)
        if follow is None:
            j = int(torch.multinomial(lp.detach().exp(), 1, generator=generator))
        else:
            j = int(np.flatnonzero(nbr[cur, free] == after[cur])[0])
        logp = logp + lp[j]
        return j

    def nearest(cur: int, rest: np.ndarray) -> int:
        return int(rest[np.argmin(((xy[rest] - xy[cur]) ** 2).sum(axis=1))])

    return walk_tour(nbr, start, choose, nearest), logp


def after_reunion(inst, tour: np.ndarray, piece: int) -> float:
    """The tour's length after a conquer stage and a reunion stage (2-opt/Or-opt pieces)."""
    parts = TSPParts(inst, lambda mats, seconds, coords: [two_opt_or_opt(d) for d in mats])
    for offset in (0, piece // 2):
        tour = parts.conquer(tour, piece, offset, 1.0)
    return parts.cost(tour)


def _greedy_score(model: DividerGNN, held: list, piece: int) -> float:
    """Mean post-reunion length of the greedy tours (start node 0) on the held-out set."""
    out = []
    with torch.inference_mode():
        for inst, data, nbr in held:
            heat = model(data).view(nbr.shape).numpy()
            out.append(after_reunion(inst, greedy_tour(inst, heat, nbr, 0), piece))
    return float(np.mean(out))


def dcr(model: DividerGNN, cfg, rng: np.random.Generator, progress=print,
        instance: Callable[[int], tuple] | None = None) -> list[dict]:
    """Fine-tune ``model`` in place for ``cfg.divider_rl_minutes`` / ``divider_rl_steps``;
    the weights with the best held-out score are kept. Returns the curve. ``instance(seed)``
    gives (instance, graph, neighbour lists); default a uniform ``divider_rl_nodes`` TSP."""
    k, piece, samples = model.config["k"], cfg.divider_rl_piece, cfg.divider_rl_samples
    generator = torch.Generator().manual_seed(int(rng.integers(2**31)))

    def uniform(seed: int):
        inst = uniform_tsp("dcr", cfg.divider_rl_nodes, seed)
        data, nbr = graph_data(inst.coords, k)
        return inst, data, nbr

    instance = instance or uniform

    held = [instance(int(s)) for s in rng.integers(2**31, size=cfg.divider_rl_eval)]
    opt = torch.optim.Adam(model.parameters(), lr=cfg.divider_rl_lr)
    t0 = time.monotonic()
    model.eval()
    keep = BestWeights(model, progress)
    score = _greedy_score(model, held, piece)
    keep.record(score, {"dcr_step": 0, "seconds": 0.0,
                        "held_out_after_reunion": round(score, 5)})
    for step in range(1, cfg.divider_rl_steps + 1):
        inst, data, nbr = instance(int(rng.integers(2**31)))
        logits = model(data).view(nbr.shape)
        starts = rng.integers(len(nbr), size=samples)
        drawn = [sample_tour(logits, nbr, inst.coords, int(s), generator) for s in starts]
        lengths = torch.tensor([after_reunion(inst, t, piece) for t, _ in drawn])
        loss = shared_baseline_loss(lengths, torch.stack([lp for _, lp in drawn]),
                                    relative=True)
        step_once(opt, loss, clip=None)
        done = time.monotonic() - t0 > 60 * cfg.divider_rl_minutes
        if step % cfg.divider_rl_eval_every == 0 or done or step == cfg.divider_rl_steps:
            score = _greedy_score(model, held, piece)
            keep.record(score, {"dcr_step": step, "seconds": round(time.monotonic() - t0, 1),
                                "sampled_after_reunion": round(float(lengths.mean()), 5),
                                "held_out_after_reunion": round(score, 5)})
        if done:
            break
    return keep.restore()
