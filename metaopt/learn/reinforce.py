"""REINFORCE with a shared baseline (Kwon et al., 2020): the samples drawn for one instance
are each other's baseline, so no critic is trained."""

from __future__ import annotations

import torch


def shared_baseline_loss(costs: torch.Tensor, log_probs: torch.Tensor, dim: int = -1,
                         relative: bool = False) -> torch.Tensor:
    """The policy-gradient loss of samples with ``costs`` (lower is better) and
    ``log_probs`` (same shape); the baseline is the mean over ``dim`` (the samples of one
    instance). ``relative`` divides the advantage by that mean, making the step size
    independent of the cost's scale."""
    costs = costs.to(log_probs.dtype)
    baseline = costs.mean(dim=dim, keepdim=True)
    advantage = costs - baseline
    if relative:
        advantage = advantage / baseline.abs().clamp_min(1.0)
    return (advantage.detach() * log_probs).mean()


def step(optimizer: torch.optim.Optimizer, loss: torch.Tensor, clip: float | None = 1.0
         ) -> None:
    """One optimiser step on ``loss``, gradients clipped to norm ``clip``."""
    optimizer.zero_grad()
    loss.backward()
    if clip is not None:
        params = [p for group in optimizer.param_groups for p in group["params"]]
        torch.nn.utils.clip_grad_norm_(params, clip)
    optimizer.step()
