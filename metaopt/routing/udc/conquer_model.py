"""UDC's TSP sub-problem (an open path with fixed ends): the BQ-style conquer model, the
``NeuralPathSolver`` that runs it or the pointer model (``pointer_model.py``, the shipped
default) on a stage's pieces, and weight saving/loading shared by all conquer models.

The state of a partly built path is quotiented as in BQ-NCO (Drakulic et al., 2023): only the
nodes still to place matter, with the current node and the fixed end flagged. The model is a
transformer over exactly those nodes (re-normalised to the unit box at every step) that scores
which one comes next; decoding re-runs it on the shrinking set. It is size-agnostic and is
trained by imitating near-optimal path segments (``train.py``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import numpy as np
import torch
from torch import nn

from metaopt.policies import udc_conquer
from metaopt.routing.udc.path_search import candidates as path_candidates
from metaopt.routing.udc.paths import two_opt_or_opt

DEFAULT_POLICY = udc_conquer("tsp")


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


class PathModel(nn.Module):
    """Next-node scores for states laid out as (current, the nodes left in any order, end)."""

    def __init__(self, dim: int = 64, heads: int = 4, layers: int = 6) -> None:
        super().__init__()
        self.config = {"dim": dim, "heads": heads, "layers": layers}
        self.embed = nn.Linear(4, dim)  # x, y, is current, is end
        layer = nn.TransformerEncoderLayer(dim, heads, 2 * dim, dropout=0.0, batch_first=True)
        self.encoder = nn.TransformerEncoder(layer, layers, enable_nested_tensor=False)
        self.head = nn.Linear(dim, 1)

    def forward(self, xy: torch.Tensor) -> torch.Tensor:
        """``xy`` (B, r, 2), r ≥ 3, current first and end last: logits (B, r − 2) over the
        nodes in between."""
        b, r, _ = xy.shape
        flags = torch.zeros(b, r, 2)
        flags[:, 0, 0] = 1.0
        flags[:, -1, 1] = 1.0
        h = self.encoder(self.embed(torch.cat((normalise_batch(xy), flags), dim=2)))
        return self.head(h[:, 1:-1])[..., 0]

    def decode(self, xy: torch.Tensor, greedy: bool = True,
               generator: torch.Generator | None = None,
               stop: Callable[[], bool] | None = None, repeat: int = 1,
               greedy_rows: int = 0) -> torch.Tensor | None:
        """Paths over ``xy`` (B, m, 2) from node 0 to node m − 1: orders (B · repeat, m), row
        r · B + j a rollout of piece j, greedy or sampled (``pick_next``); None when
        ``stop()`` turned true before they were complete."""
        xy = xy.repeat(repeat, 1, 1)
        b, m, _ = xy.shape
        rows = torch.arange(b)
        left = torch.arange(1, m - 1).repeat(b, 1)  # node ids still to place
        cur = torch.zeros(b, dtype=torch.long)
        end = torch.full((b,), m - 1, dtype=torch.long)
        order = [cur]
        while left.shape[1] > 0:
            if stop is not None and stop():
                return None
            if left.shape[1] == 1:
                pick = torch.zeros(b, dtype=torch.long)
            else:
                state = torch.cat((cur[:, None], left, end[:, None]), dim=1)
                logits = self(xy[rows[:, None], state])
                pick = pick_next(logits, greedy, greedy_rows, generator)
            cur = left[rows, pick]
            order.append(cur)
            keep = torch.ones_like(left, dtype=torch.bool)
            keep[rows, pick] = False
            left = left[keep].view(b, -1)
        order.append(end)
        return torch.stack(order, dim=1)


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
        if not path.exists() or not Path(str(path) + ".json").exists():
            raise UsageError(f"no trained conquer model at {path} (run `metaopt train udc` or "
                             "pass --param conquer_policy=FILE)")
        return cls(load_model(path), samples, seed, stop, polish, augment)

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


def save_model(model: nn.Module, path: Path, sidecar: dict) -> None:
    """Weights plus a JSON sidecar holding the architecture (``model.config``) and how they
    were made."""
    path.parent.mkdir(parents=True, exist_ok=True)
    torch.save(model.state_dict(), path)
    Path(str(path) + ".json").write_text(json.dumps({"model": model.config, **sidecar},
                                                    indent=1) + "\n")


def load_model(path: str | Path, archs: dict[str, type[nn.Module]] | None = None
               ) -> nn.Module:
    """Weights via ``torch.load(weights_only=True)``; the architecture from the sidecar:
    its ``arch`` ("bq" when absent) picks the class in ``archs`` (default: the TSP path
    models, ``PathModel`` and ``PointerPathModel``)."""
    from metaopt.errors import UsageError

    if archs is None:
        from metaopt.routing.udc.pointer_model import PointerPathModel

        archs = {"bq": PathModel, "pointer": PointerPathModel}
    meta = json.loads(Path(str(path) + ".json").read_text())
    config = dict(meta["model"])
    arch = config.pop("arch", "bq")
    if arch not in archs:
        raise UsageError(f"{path}: unknown model architecture {arch!r} in its sidecar")
    model = archs[arch](**config)
    model.load_state_dict(torch.load(path, weights_only=True))
    model.eval()
    return model
