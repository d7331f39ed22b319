"""A size-agnostic dispatching policy (after Tassel et al. 2023): attention inside each job's
window of next operations, then attention across jobs; one logit per job plus a no-op logit."""

from __future__ import annotations

import torch
from torch import nn


class DispatchPolicy(nn.Module):
    def __init__(self, features: int = 3, dim: int = 32, heads: int = 2) -> None:
        super().__init__()
        self.config = {"features": features, "dim": dim, "heads": heads}
        self.embed = nn.Linear(features, dim)
        self.within_job = nn.TransformerEncoderLayer(dim, heads, 2 * dim, dropout=0.0,
                                                     batch_first=True)
        self.across_jobs = nn.TransformerEncoderLayer(dim, heads, 2 * dim, dropout=0.0,
                                                      batch_first=True)
        self.job_head = nn.Linear(dim, 1)
        self.noop_head = nn.Linear(dim, 1)

    def forward(self, ops: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """``ops`` (B, jobs, window, features), ``mask`` (B, jobs + 1) bool → masked logits
        (B, jobs + 1); any number of jobs and machines."""
        b, n, w, f = ops.shape
        h = self.embed(ops.reshape(b * n, w, f))
        h = self.within_job(h)[:, 0].reshape(b, n, -1)  # the next operation's token
        h = self.across_jobs(h)
        logits = torch.cat((self.job_head(h).squeeze(-1),
                            self.noop_head(h.mean(dim=1))), dim=1)
        return logits.masked_fill(~mask, float("-inf"))
