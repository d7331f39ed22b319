"""Helpers the conquer networks and solvers share: coordinate normalisation, the next-node
pick of a decoding step, the symmetries of the unit square, distinct candidates."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import torch


def normalise(xy: np.ndarray) -> np.ndarray:
    """Shift to the origin and scale the larger side to 1 (distances scale uniformly)."""
    lo = xy.min(axis=0)
    span = float((xy.max(axis=0) - lo).max()) or 1.0
    return (xy - lo) / span


def normalise_batch(xy: torch.Tensor) -> torch.Tensor:
    """``normalise`` for (B, r, 2), each row on its own."""
    lo = xy.amin(dim=1, keepdim=True)
    span = (xy.amax(dim=1, keepdim=True) - lo).amax(dim=2, keepdim=True).clamp_min(1e-9)
    return (xy - lo) / span


def pick_next(logits: torch.Tensor, greedy: bool, greedy_rows: int,
              generator: torch.Generator | None) -> torch.Tensor:
    """The next node of each row: the argmax when ``greedy`` or for the first
    ``greedy_rows`` rows, a sample from the softmax otherwise."""
    if greedy or greedy_rows >= len(logits):
        return logits.argmax(dim=1)
    pick = torch.multinomial(torch.softmax(logits, dim=1), 1, generator=generator)[:, 0]
    if greedy_rows > 0:
        pick[:greedy_rows] = logits[:greedy_rows].argmax(dim=1)
    return pick


def symmetries(xy: torch.Tensor, count: int) -> torch.Tensor:
    """The first ``count`` (1–8) symmetries of the unit square applied to ``xy`` (k, m, 2),
    stacked as (count · k, m, 2); the identity first. Path lengths are unchanged."""
    out = []
    for s in range(count):
        p = xy.flip(2) if s & 4 else xy
        if s & 1:
            p = torch.stack((1.0 - p[..., 0], p[..., 1]), dim=-1)
        if s & 2:
            p = torch.stack((p[..., 0], 1.0 - p[..., 1]), dim=-1)
        out.append(p)
    return torch.cat(out)


def distinct(items: list, k: int, same: Callable = np.array_equal) -> list:
    """The first ``k`` pairwise different (not ``same``) entries of ``items``."""
    out: list = []
    for o in items:
        if len(out) == k:
            break
        if not any(same(o, p) for p in out):
            out.append(o)
    return out
