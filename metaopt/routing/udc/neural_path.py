"""The neural TSP conquer at inference: ``NeuralPathSolver`` runs a trained path network
(pointer or BQ, as its sidecar says) on a stage's pieces, optionally polished by 2-opt/Or-opt."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import torch
from torch import nn

from metaopt.learn import checkpoint
from metaopt.policies import udc_conquer
from metaopt.routing.udc.conquer_model import PathModel
from metaopt.routing.udc.decoding import distinct, normalise, symmetries
from metaopt.routing.udc.path_search import candidates as path_candidates
from metaopt.routing.udc.paths import two_opt_or_opt
from metaopt.routing.udc.pointer_model import PointerPathModel

DEFAULT_POLICY = udc_conquer("tsp")
ARCHS = {"bq": PathModel, "pointer": PointerPathModel}


def load_path_model(path: str | Path) -> tuple[nn.Module, dict]:
    """A trained TSP path model and its sidecar (``arch`` "bq" when the sidecar has none)."""
    return checkpoint.load(path, ARCHS, "bq")


class NeuralPathSolver:
    """Callable for ``TSPParts``: a greedy path from each end of every segment (plus
    ``samples`` sampled ones from each end), batched by segment size; the shortest wins.
    With ``polish`` = k ≥ 1 the k shortest distinct neural paths and the segment's current
    order are each improved by 2-opt/Or-opt and the shortest is returned (a hybrid: never
    worse than the classical conquer on the same segment; the network supplies the local
    search's starting points). ``augment`` (1–8) decodes each segment under that many
    symmetries of the square, each from both ends (POMO-style instance augmentation). A
    stage cannot be cut to a share of the time, but it stops when ``stop()`` (the run's
    deadline) turns true; unfinished segments keep their order."""

    def __init__(self, model: nn.Module, samples: int = 0, seed: int = 0,
                 stop: Callable[[], bool] | None = None, polish: int = 0,
                 augment: int = 1) -> None:
        if not 1 <= augment <= 8:
            from metaopt.errors import UsageError

            raise UsageError("augment must be between 1 and 8")
        self.model, self.samples, self.stop, self.polish = model, samples, stop, int(polish)
        self.augment = augment
        self.generator = torch.Generator().manual_seed(seed)

    @classmethod
    def load(cls, path: str | Path | None = None, samples: int = 0, seed: int = 0,
             stop: Callable[[], bool] | None = None, polish: int = 0,
             augment: int = 1) -> NeuralPathSolver:
        from metaopt.errors import UsageError

        path = Path(path or DEFAULT_POLICY)
        if not checkpoint.exists(path):
            raise UsageError(f"no trained conquer model at {path} (run `metaopt train udc` or "
                             "pass --param conquer_policy=FILE)")
        return cls(load_path_model(path)[0], samples, seed, stop, polish, augment)

    def __call__(self, mats: list[np.ndarray], seconds: float,
                 coords: list[np.ndarray] | None = None) -> list[np.ndarray]:
        from metaopt.errors import UsageError

        if coords is None:
            raise UsageError("the neural conquer needs node coordinates")
        torch.set_num_threads(1)
        out: list[np.ndarray | None] = [None] * len(mats)
        by_size: dict[int, list[int]] = {}
        for i, c in enumerate(coords):
            by_size.setdefault(len(c), []).append(i)
        for m, idx in by_size.items():
            xy = torch.tensor(np.stack([normalise(coords[i]) for i in idx]), dtype=torch.float32)
            xy = symmetries(xy, self.augment)
            both = torch.cat((xy, xy.flip(1)))  # forward, and from the other end
            k, rows = len(idx), len(xy)
            candidates: list[list[np.ndarray]] = [[np.arange(m)] for _ in idx]
            # one batch: the greedy rollouts (copy 0), then ``samples`` sampled copies
            copies = 1 + self.samples
            with torch.inference_mode():
                order = self.model.decode(both, greedy=copies == 1, generator=self.generator,
                                          stop=self.stop, repeat=copies,
                                          greedy_rows=2 * rows)
            if order is not None:
                order = order.numpy()
                for at in range(0, 2 * rows * copies, 2 * rows):
                    for r in range(rows):
                        candidates[r % k] += [order[at + r], m - 1 - order[at + rows + r][::-1]]
            for j, i in enumerate(idx):
                d = mats[i]

                def length(o, d=d):
                    return float(d[o[:-1], o[1:]].sum())

                out[i] = min(candidates[j], key=length)
                if self.polish and not (self.stop is not None and self.stop()):
                    # the neural paths (the current order, first, is polished anyway)
                    starts = distinct(sorted(candidates[j][1:], key=length), self.polish)
                    nbr = path_candidates(np.ascontiguousarray(d, dtype=np.float64), 10)
                    out[i] = min([two_opt_or_opt(d, o, nbr) for o in starts]
                                 + [two_opt_or_opt(d, None, nbr)], key=length)
        return out
