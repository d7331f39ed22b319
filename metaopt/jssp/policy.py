"""A size-agnostic dispatching policy (after Tassel et al. 2023): each job's window of next
operations is encoded by a small MLP, then jobs attend to each other; one logit per job plus a
no-op logit. Any number of jobs and machines."""

from __future__ import annotations

from pathlib import Path

import torch
from torch import nn


class DispatchPolicy(nn.Module):
    def __init__(self, features: int = 4, dim: int = 32, heads: int = 2, window: int = 4,
                 layers: int = 1) -> None:
        super().__init__()
        self.config = {"features": features, "dim": dim, "heads": heads, "window": window,
                       "layers": layers}
        self.embed = nn.Sequential(nn.Linear(features * window, dim), nn.ReLU(),
                                   nn.Linear(dim, dim))
        self.across_jobs = nn.ModuleList(
            nn.TransformerEncoderLayer(dim, heads, 2 * dim, dropout=0.0, batch_first=True)
            for _ in range(layers))
        self.job_head = nn.Sequential(nn.Linear(dim, dim), nn.ReLU(), nn.Linear(dim, 1))
        self.noop_head = nn.Linear(dim, 1)

    def forward(self, ops: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """``ops`` (B, jobs, window, features), ``mask`` (B, jobs + 1) bool → masked logits
        (B, jobs + 1)."""
        b, n, w, f = ops.shape
        h = self.embed(ops.reshape(b, n, w * f))
        for layer in self.across_jobs:
            h = layer(h)
        logits = torch.cat((self.job_head(h).squeeze(-1),
                            self.noop_head(h.mean(dim=1))), dim=1)
        return logits.masked_fill(~mask, float("-inf"))


def load_policy(path: str | Path) -> tuple[DispatchPolicy, dict]:
    """The policy at ``path`` (weights only) with the architecture from its sidecar."""
    from metaopt.learn import checkpoint

    return checkpoint.load(path, {"dispatch": DispatchPolicy}, "dispatch")
