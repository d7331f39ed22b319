"""The imitation loop shared by the TSP and CVRP conquer models: cross-entropy on labelled
decisions, gradient clipping, a learning rate falling linearly to a tenth over the time
budget, periodic greedy evaluation, and the best-evaluated weights kept."""

from __future__ import annotations

import time
from collections.abc import Callable

import torch
from torch import nn

from metaopt.learn.best_weights import BestWeights

# model input (a tensor or a tuple of them), target indices (any shape; the logits carry one
# more trailing dimension, the choices; -100 marks padding, ignored)
Batch = tuple[torch.Tensor | tuple[torch.Tensor, ...], torch.Tensor]


def imitate(model: nn.Module, cfg, next_batch: Callable[[], Batch],
            evaluate: Callable[[nn.Module], tuple[float, dict]], accuracy_key: str,
            progress=print) -> list[dict]:
    """Train ``model`` on ``next_batch()`` for ``cfg.conquer_steps`` steps or
    ``cfg.conquer_minutes``; every ``cfg.eval_every`` steps ``evaluate(model)`` gives a score
    (lower is better) and the curve point's extra fields. The model ends with the weights of
    the best score; returns the curve."""
    opt = torch.optim.Adam(model.parameters(), lr=cfg.lr)
    budget = 60 * cfg.conquer_minutes
    keep = BestWeights(model, progress)
    t1 = time.monotonic()
    loss_sum, hits, seen = 0.0, 0, 0
    for step in range(1, cfg.conquer_steps + 1):
        state, target = next_batch()
        model.train()
        logits = model(*state) if isinstance(state, tuple) else model(state)
        logits, target = logits.reshape(-1, logits.shape[-1]), target.reshape(-1)
        loss = torch.nn.functional.cross_entropy(logits, target)
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        done = (time.monotonic() - t1) / budget
        for group in opt.param_groups:
            group["lr"] = cfg.lr * max(0.1, 1.0 - 0.9 * done)
        opt.step()
        valid = target >= 0  # padding steps carry the ignored target -100
        loss_sum += loss.item() * int(valid.sum())
        hits += int(((logits.argmax(dim=1) == target) & valid).sum())
        seen += int(valid.sum())
        late = time.monotonic() - t1 > budget
        if step % cfg.eval_every == 0 or step == cfg.conquer_steps or late:
            model.eval()
            score, extra = evaluate(model)
            point = {"step": step, "seconds": round(time.monotonic() - t1, 1),
                     "train_loss": round(loss_sum / seen, 4),
                     accuracy_key: round(hits / seen, 4), **extra}
            loss_sum, hits, seen = 0.0, 0, 0
            keep.record(score, point)
        if late:
            break
    return keep.restore()
