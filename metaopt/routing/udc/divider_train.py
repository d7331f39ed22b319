"""Training of the GNN divider: supervised on fast-tsp tours of random instances (or from
``divider_init`` weights), then optionally DCR fine-tuning (``divider_rl.py``)."""

from __future__ import annotations

import json
import time
from dataclasses import asdict
from pathlib import Path

import numpy as np
import torch
from torch import nn
from torch_geometric.data import Batch, Data

from metaopt.learn import checkpoint
from metaopt.routing.udc.divider import DividerGNN, graph_data


def _labelled(xy: np.ndarray, k: int, seconds: float) -> Data:
    """A random instance with edge labels: 1 where fast-tsp's tour uses the k-NN edge."""
    import fast_tsp

    d = np.linalg.norm(xy[:, None] - xy[None], axis=2)
    tour = np.asarray(fast_tsp.find_tour(np.rint(d * 60_000 / d.max()).astype(int).tolist(),
                                         seconds))
    nxt, prv = np.empty(len(xy), np.int64), np.empty(len(xy), np.int64)
    nxt[tour], prv[tour] = np.roll(tour, -1), np.roll(tour, 1)
    data, nbr = graph_data(xy, k)
    y = (nbr == nxt[:, None]) | (nbr == prv[:, None])
    data.y = torch.tensor(y.ravel(), dtype=torch.float32)
    return data


def _supervised(model: DividerGNN, cfg, rng: np.random.Generator, progress) -> list[dict]:
    """Binary cross-entropy on k-NN edges against fast-tsp tours of random instances."""
    t0 = time.monotonic()
    sizes = cfg.divider_sizes
    data = [_labelled(rng.random((sizes[i % len(sizes)], 2)), cfg.k, cfg.divider_label_seconds)
            for i in range(cfg.divider_instances)]
    held = data[: max(1, len(data) // 8)]
    train_set = data[len(held):] or held
    progress(json.dumps({"labelled_instances": len(data),
                         "seconds": round(time.monotonic() - t0, 1)}))
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    pos = float(cfg.k) / 2.0  # about 2 of k edges per node are tour edges
    loss_fn = nn.BCEWithLogitsLoss(pos_weight=torch.tensor(pos))
    curve = []
    for epoch in range(1, cfg.divider_epochs + 1):
        order = rng.permutation(len(train_set))
        for i in range(0, len(order), 4):
            batch = Batch.from_data_list([train_set[j] for j in order[i: i + 4]])
            loss = loss_fn(model(batch), batch.y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        with torch.inference_mode():
            hb = Batch.from_data_list(held)
            logits = model(hb)
            held_loss = float(loss_fn(logits, hb.y))
            # share of tour edges among each node's two best-scored neighbours
            kk = held[0].edge_index.shape[1] // held[0].num_nodes
            top = logits.view(-1, kk).topk(2, dim=1).indices
            hit = float(hb.y.view(-1, kk).gather(1, top).mean())
        point = {"epoch": epoch, "seconds": round(time.monotonic() - t0, 1),
                 "held_out_loss": round(held_loss, 4), "top2_hit_rate": round(hit, 4)}
        curve.append(point)
        progress(json.dumps(point))
        if time.monotonic() - t0 > 60 * cfg.divider_minutes:
            break
    return curve


def train_divider(cfg, out: Path, progress=print) -> dict:
    """Supervised training (or ``divider_init``), then DCR when ``divider_rl_minutes`` > 0;
    weights and sidecar to ``out``."""
    from metaopt.version import code_version

    torch.set_num_threads(1)
    rng = np.random.default_rng(cfg.seed + 1)
    t0 = time.monotonic()
    sidecar: dict = {"kind": "udc-divider-tsp", "seed": cfg.seed, "config": asdict(cfg)}
    if cfg.divider_init:
        from metaopt.errors import UsageError

        model, meta = checkpoint.load(cfg.divider_init, {"gnn": DividerGNN}, "gnn")
        model.train()
        if model.config["k"] != cfg.k:
            raise UsageError(f"divider_init {cfg.divider_init} has k={model.config['k']}, "
                             f"the config says k={cfg.k}")
        sidecar["init"] = {"path": cfg.divider_init,
                           "sidecar": {k: v for k, v in meta.items() if k != "model"}}
    else:
        with torch.random.fork_rng():
            torch.manual_seed(int(rng.integers(2**31)))
            model = DividerGNN(cfg.gnn_dim, cfg.gnn_layers, cfg.k)
        sidecar["curve"] = _supervised(model, cfg, rng, progress)
        sidecar["labels"] = f"fast-tsp tours, {cfg.divider_label_seconds} s each"
    if cfg.divider_rl_minutes > 0:
        from metaopt.routing.udc.divider_rl import dcr

        sidecar["dcr_curve"] = dcr(model, cfg, rng, progress)
    sidecar.update(version=code_version(), trained_seconds=round(time.monotonic() - t0, 1))
    checkpoint.save(model, out, sidecar)
    return {"model": model.config, **sidecar}
