"""REINFORCE training of the dispatching policy on random Taillard-like instances.

Each update draws instances of the configured sizes, samples ``samples`` rollouts per instance
and uses their mean makespan as the shared baseline (POMO-style). Ta01–ta80 are never used.
Not yet here: the CP-SAT self-imitation of improved suffixes from Tassel et al. (2023).
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import torch

from metaopt.jssp.policy import DispatchPolicy
from metaopt.jssp.rollout import rollouts
from metaopt.jssp.taillard import random_jssp

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


@dataclass(frozen=True)
class TrainConfig:
    sizes: list[list[int]] = field(default_factory=lambda: [[10, 10], [15, 10], [15, 15],
                                                             [20, 15]])
    updates: int = 400
    instances_per_update: int = 2
    samples: int = 8
    lr: float = 1e-3
    dim: int = 32
    heads: int = 2
    window: int = 4
    seed: int = 0
    eval_every: int = 20

    def __post_init__(self) -> None:
        if self.updates < 1 or self.samples < 2 or not self.sizes:
            raise ValueError("need updates >= 1, samples >= 2 and at least one size")

    @classmethod
    def load(cls, path: str | Path | None) -> TrainConfig:
        if path is None:
            return cls()
        data = tomllib.loads(Path(path).read_text())
        unknown = set(data) - set(cls.__dataclass_fields__)
        if unknown:
            raise ValueError(f"unknown training option(s): {', '.join(sorted(unknown))}")
        return cls(**data)


TINY = TrainConfig(sizes=[[6, 6]], updates=1, instances_per_update=1, samples=4, eval_every=1)


def train(cfg: TrainConfig, out: Path, progress=print) -> dict:
    """Train, save ``out`` (state dict) and ``out.json`` (config, seed, curve, version)."""
    from metaopt.version import __version__

    torch.set_num_threads(1)
    rng = np.random.default_rng(cfg.seed)
    gen = torch.Generator().manual_seed(int(rng.integers(2**31)))
    torch_seed = int(rng.integers(2**31))
    with torch.random.fork_rng():  # model initialisation from the run's seed, not the global
        torch.manual_seed(torch_seed)
        policy = DispatchPolicy(dim=cfg.dim, heads=cfg.heads)
    opt = torch.optim.Adam(policy.parameters(), lr=cfg.lr)
    evals = [random_jssp(f"eval{k}", *cfg.sizes[k % len(cfg.sizes)], seed=10**6 + k)
             for k in range(4)]
    curve = []
    t0 = time.monotonic()
    for update in range(1, cfg.updates + 1):
        loss = torch.zeros(())
        spans_seen = []
        for _ in range(cfg.instances_per_update):
            jobs, machines = cfg.sizes[int(rng.integers(len(cfg.sizes)))]
            inst = random_jssp("train", jobs, machines, int(rng.integers(2**31)))
            spans, logp, _ = rollouts(policy, inst, cfg.samples, gen, window=cfg.window,
                                      track_grad=True)
            adv = torch.from_numpy((spans - spans.mean()) / max(spans.mean(), 1.0)).float()
            loss = loss + (adv * logp).mean()
            spans_seen.append(spans.mean())
        opt.zero_grad()
        (loss / cfg.instances_per_update).backward()
        torch.nn.utils.clip_grad_norm_(policy.parameters(), 1.0)
        opt.step()
        if update % cfg.eval_every == 0 or update == cfg.updates:
            greedy = [rollouts(policy, e, 1, gen, greedy=True, window=cfg.window)[0][0]
                      for e in evals]
            point = {"update": update, "seconds": round(time.monotonic() - t0, 1),
                     "train_mean_makespan": float(np.mean(spans_seen)),
                     "eval_greedy_mean_makespan": float(np.mean(greedy))}
            curve.append(point)
            progress(json.dumps(point))
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    torch.save(policy.state_dict(), out)
    sidecar = {"kind": "jssp-dispatch", "model": policy.config, "config": asdict(cfg),
               "seed": cfg.seed, "torch_seed": torch_seed, "curve": curve,
               "version": __version__, "trained_seconds": round(time.monotonic() - t0, 1)}
    Path(str(out) + ".json").write_text(json.dumps(sidecar, indent=1) + "\n")
    return sidecar


def load_policy(path: str | Path) -> tuple[DispatchPolicy, dict]:
    """Load weights safely (``weights_only=True``) with the architecture from the sidecar."""
    meta = json.loads(Path(str(path) + ".json").read_text())
    cfg = meta["model"]
    policy = DispatchPolicy(features=cfg["features"], dim=cfg["dim"], heads=cfg["heads"])
    policy.load_state_dict(torch.load(path, weights_only=True))
    policy.eval()
    return policy, meta
