"""REINFORCE fine-tuning of the pointer TSP conquer model with a POMO-style shared baseline.

Each step samples ``rl_samples`` paths for each of ``rl_batch`` pieces (the encoding is shared
by the samples), and pushes up the log-probability of the samples shorter than their piece's
mean and down that of the longer ones (Kwon et al., 2020). The log-probabilities come from one
teacher-forced pass over the sampled orders, so a step costs one sampling decode plus one
training pass. This is the conquer half of UDC's DCR training, applied after imitation.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import torch
from torch import nn

from metaopt.learn.best_weights import BestWeights
from metaopt.learn.reinforce import shared_baseline_loss
from metaopt.learn.reinforce import step as step_once
from metaopt.routing.udc.decoding import normalise_batch


def path_lengths(xy: torch.Tensor, order: torch.Tensor) -> torch.Tensor:
    """Lengths (B,) of the paths ``order`` (B, m) over ``xy`` (B, m, 2)."""
    pts = xy[torch.arange(len(xy))[:, None], order]
    return (pts[:, 1:] - pts[:, :-1]).norm(dim=2).sum(dim=1)


def path_log_prob(model: nn.Module, xy: torch.Tensor, order: torch.Tensor) -> torch.Tensor:
    """Log-probability (B,) under ``model`` of the paths ``order`` (B, m), 0 … m − 1 fixed."""
    visit = order[:, 1:-1]
    logits = model(xy, visit)  # (B, m − 2, m − 2)
    chosen = torch.log_softmax(logits, dim=2).gather(2, (visit - 1)[..., None])[..., 0]
    return chosen.sum(dim=1)


def reinforce(model: nn.Module, cfg, next_pieces: Callable[[], torch.Tensor],
              evaluate: Callable[[nn.Module], tuple[float, dict]],
              generator: torch.Generator, progress=print) -> list[dict]:
    """Fine-tune ``model`` on ``next_pieces()`` ((B, m, 2) open paths, start first, end last)
    for ``cfg.rl_minutes`` or ``cfg.rl_steps`` steps; every ``cfg.rl_eval_every`` steps
    ``evaluate(model)`` scores it (lower is better). The model ends with the best-scored
    weights (the starting ones included); returns the curve."""
    opt = torch.optim.Adam(model.parameters(), lr=cfg.rl_lr)
    budget = 60 * cfg.rl_minutes
    model.eval()
    keep = BestWeights(model, progress)
    score, extra = evaluate(model)
    keep.record(score, {"rl_step": 0, "seconds": 0.0, **extra})
    t1 = time.monotonic()
    s = cfg.rl_samples
    mean_len, spread, seen = 0.0, 0.0, 0
    step = 0
    while True:
        step += 1
        xy = normalise_batch(next_pieces())
        b = len(xy)
        with torch.no_grad():
            order = model.decode(xy, greedy=False, generator=generator, repeat=s)
        xys = xy.repeat(s, 1, 1)
        lengths = path_lengths(xys, order).view(s, b)
        model.train()
        logp = path_log_prob(model, xys, order).view(s, b)
        step_once(opt, shared_baseline_loss(lengths, logp, dim=0), clip=1.0)
        mean_len += float(lengths.mean()) * b
        spread += float((lengths.max(dim=0).values - lengths.min(dim=0).values).mean()) * b
        seen += b
        late = time.monotonic() - t1 > budget or step >= cfg.rl_steps
        if step % cfg.rl_eval_every == 0 or late:
            model.eval()
            score, extra = evaluate(model)
            point = {"rl_step": step, "seconds": round(time.monotonic() - t1, 1),
                     "sample_mean_length": round(mean_len / seen, 4),
                     "sample_spread": round(spread / seen, 4), **extra}
            mean_len, spread, seen = 0.0, 0.0, 0
            keep.record(score, point)
        if late:
            break
    curve = keep.restore()
    model.eval()
    return curve
