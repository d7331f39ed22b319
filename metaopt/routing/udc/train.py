"""``metaopt train udc``: training of the UDC networks for TSP.

- Conquer: REINFORCE on random uniform open paths (sizes ``conquer_sizes``), ``samples``
  sampled rollouts per path, half from each end, their mean length as the shared baseline
  (POMO-style). This is the "pre-training of the conquer model on random open paths" route.
- Divider: the GNN heatmap is trained supervised on tours that fast-tsp finds for random
  instances (``divider_sizes``; binary cross-entropy on k-NN edges). The paper's joint DCR
  REINFORCE of the divider on the post-reunion objective is not done here.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import torch

from metaopt.config_file import load_config
from metaopt.routing.udc.conquer_model import PathModel, save_model


@dataclass(frozen=True)
class UDCConfig:
    problem: str = "tsp"
    parts: list[str] = field(default_factory=lambda: ["conquer", "divider"])
    seed: int = 0
    # conquer
    conquer_sizes: list[int] = field(default_factory=lambda: [20, 50])
    conquer_steps: int = 100_000
    conquer_minutes: float = 45.0
    batch: int = 16
    samples: int = 8
    lr: float = 3e-4
    dim: int = 64
    heads: int = 4
    layers: int = 2
    eval_every: int = 50
    # divider
    divider_sizes: list[int] = field(default_factory=lambda: [200, 500])
    divider_instances: int = 128
    divider_label_seconds: float = 0.3
    divider_epochs: int = 20
    divider_minutes: float = 10.0
    k: int = 16
    gnn_dim: int = 32
    gnn_layers: int = 6

    def __post_init__(self) -> None:
        if self.problem != "tsp":
            raise ValueError("only problem = 'tsp' can be trained so far (CVRP networks are "
                             "not built; udc on CVRP uses the classical PyVRP conquer)")
        if set(self.parts) - {"conquer", "divider"} or not self.parts:
            raise ValueError("parts must be a subset of ['conquer', 'divider']")
        if self.samples < 2 or self.samples % 2 or min(self.conquer_sizes) < 4:
            raise ValueError("samples must be even and >= 2; sizes >= 4")

    @classmethod
    def load(cls, path: str | Path | None, **overrides) -> UDCConfig:
        return load_config(cls, path, **overrides)


TINY = dict(conquer_sizes=[8], conquer_steps=2, batch=4, samples=2, eval_every=1,
            dim=16, heads=2, layers=1, divider_sizes=[30], divider_instances=2,
            divider_label_seconds=0.05, divider_epochs=1, k=8, gnn_dim=8, gnn_layers=2)


def _eval_paths(rng: np.random.Generator, m: int, count: int) -> tuple[torch.Tensor, float]:
    """Fixed evaluation paths and the mean length 2-opt + Or-opt reaches on them."""
    from metaopt.routing.udc.paths import path_length, two_opt_or_opt

    xy = rng.random((count, m, 2))
    ref = []
    for pts in xy:
        d = np.linalg.norm(pts[:, None] - pts[None], axis=2)
        ref.append(path_length(d, two_opt_or_opt(d)))
    return torch.tensor(xy, dtype=torch.float32), float(np.mean(ref))


def train_conquer(cfg: UDCConfig, out: Path, progress=print) -> dict:
    from metaopt.version import code_version

    torch.set_num_threads(1)
    rng = np.random.default_rng(cfg.seed)
    gen = torch.Generator().manual_seed(int(rng.integers(2**31)))
    with torch.random.fork_rng():
        torch.manual_seed(int(rng.integers(2**31)))
        model = PathModel(cfg.dim, cfg.heads, cfg.layers)
    opt = torch.optim.Adam(model.parameters(), lr=cfg.lr)
    m_eval = max(cfg.conquer_sizes)
    eval_xy, eval_ref = _eval_paths(np.random.default_rng(cfg.seed + 10**6), m_eval, 32)
    curve, best, best_state = [], float("inf"), None
    t0 = time.monotonic()
    half = cfg.samples // 2
    for step in range(1, cfg.conquer_steps + 1):
        m = int(rng.choice(cfg.conquer_sizes))
        xy = torch.tensor(rng.random((cfg.batch, m, 2)), dtype=torch.float32)
        rep = xy.repeat_interleave(cfg.samples, dim=0)
        fwd = torch.tensor(([0] * half + [m - 1] * half) * cfg.batch)
        back = torch.tensor(([m - 1] * half + [0] * half) * cfg.batch)
        model.train()
        _, length, logp = model.rollout(rep, fwd, back, greedy=False, generator=gen)
        length = length.view(cfg.batch, cfg.samples)
        adv = (length - length.mean(dim=1, keepdim=True)).detach()
        loss = (adv * logp.view(cfg.batch, cfg.samples)).mean()
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        late = time.monotonic() - t0 > 60 * cfg.conquer_minutes
        if step % cfg.eval_every == 0 or step == cfg.conquer_steps or late:
            model.eval()
            k = len(eval_xy)
            with torch.inference_mode():
                _, lens, _ = model.rollout(
                    torch.cat((eval_xy, eval_xy)),
                    torch.tensor([0] * k + [m_eval - 1] * k),
                    torch.tensor([m_eval - 1] * k + [0] * k), greedy=True)
            greedy = float(torch.minimum(lens[:k], lens[k:]).mean())
            point = {"step": step, "seconds": round(time.monotonic() - t0, 1),
                     "train_mean_length": float(length.mean()),
                     f"eval{m_eval}_greedy_mean_length": round(greedy, 4),
                     f"eval{m_eval}_two_opt_or_opt_mean_length": round(eval_ref, 4),
                     "gap_to_two_opt_pct": round(100 * (greedy / eval_ref - 1), 2)}
            curve.append(point)
            progress(json.dumps(point))
            if greedy <= best:
                best, best_state = greedy, {k_: v.clone() for k_, v in model.state_dict().items()}
        if late:
            break
    model.load_state_dict(best_state)
    sidecar = {"kind": "udc-conquer-tsp", "config": asdict(cfg), "seed": cfg.seed,
               "curve": curve, "version": code_version(),
               "trained_seconds": round(time.monotonic() - t0, 1),
               "kept": "weights at the evaluation point with the best greedy mean length"}
    save_model(model, out, sidecar)
    return sidecar


def train(cfg: UDCConfig, out_dir: Path, progress=print) -> dict[str, dict]:
    """Train the configured parts; weights go to ``out_dir/udc-{conquer,divider}-tsp.pt``."""
    done = {}
    if "conquer" in cfg.parts:
        done["conquer"] = train_conquer(cfg, out_dir / "udc-conquer-tsp.pt", progress)
    if "divider" in cfg.parts:
        from metaopt.routing.udc.divider import train_divider

        done["divider"] = train_divider(cfg, out_dir / "udc-divider-tsp.pt", progress)
    return done
