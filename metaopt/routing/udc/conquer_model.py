"""The neural conquer model: an attention model that re-orders an open path with fixed ends
(UDC's TSP sub-solver). Nodes are normalised to the unit box; decoding runs from either end
(the path's start/end roles swapped), greedy at test, sampled in training."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import torch
from torch import nn

DEFAULT_POLICY = Path(__file__).resolve().parents[3] / "policies" / "udc-conquer-tsp.pt"


def normalise(xy: np.ndarray) -> np.ndarray:
    """Shift to the origin and scale the larger side to 1 (distances scale uniformly)."""
    lo = xy.min(axis=0)
    span = float((xy.max(axis=0) - lo).max()) or 1.0
    return (xy - lo) / span


class PathModel(nn.Module):
    def __init__(self, dim: int = 64, heads: int = 4, layers: int = 3) -> None:
        super().__init__()
        self.config = {"dim": dim, "heads": heads, "layers": layers}
        self.embed = nn.Linear(4, dim)  # x, y, is start, is end
        layer = nn.TransformerEncoderLayer(dim, heads, 2 * dim, dropout=0.0, batch_first=True)
        self.encoder = nn.TransformerEncoder(layer, layers, enable_nested_tensor=False)
        self.heads = heads
        self.query = nn.Linear(3 * dim, dim)
        self.glimpse_kv = nn.Linear(dim, 2 * dim, bias=False)  # projected once per rollout
        self.glimpse_out = nn.Linear(dim, dim)
        self.key = nn.Linear(dim, dim, bias=False)
        self.clip = 10.0

    def rollout(self, xy: torch.Tensor, start: torch.Tensor, end: torch.Tensor,
                greedy: bool, generator: torch.Generator | None = None
                ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """Paths over ``xy`` (B, m, 2) from ``start`` to ``end`` (B,): orders (B, m), lengths
        (B,) in the normalised units, summed log-probabilities (B,)."""
        b, m, _ = xy.shape
        rows = torch.arange(b)
        flags = torch.zeros(b, m, 2)
        flags[rows, start, 0] = 1.0
        flags[rows, end, 1] = 1.0
        h = self.encoder(self.embed(torch.cat((xy, flags), dim=2)))
        d, nh = h.shape[2], self.heads
        keys = self.key(h)
        gk, gv = self.glimpse_kv(h).view(b, m, 2, nh, d // nh).permute(2, 0, 3, 1, 4)
        # gk, gv: (B, heads, m, d/heads)
        mean = h.mean(dim=1)
        ctx_fixed = torch.cat((h[rows, end], mean), dim=1)
        visited = torch.zeros(b, m, dtype=torch.bool)
        visited[rows, start] = True
        cur = start.clone()
        order = [start]
        logp = torch.zeros(b)
        for _ in range(m - 2):
            mask = visited.clone()
            mask[rows, end] = True  # the end comes last
            q = self.query(torch.cat((h[rows, cur], ctx_fixed), dim=1))
            q = q.view(b, nh, 1, d // nh)
            att = (q @ gk.transpose(2, 3)) / math.sqrt(d // nh)  # (B, heads, 1, m)
            att = att.masked_fill(mask[:, None, None, :], float("-inf"))
            g = (torch.softmax(att, dim=3) @ gv).reshape(b, d)
            g = self.glimpse_out(g)
            logits = (g[:, None, :] @ keys.transpose(1, 2))[:, 0] / math.sqrt(d)
            logits = self.clip * torch.tanh(logits)
            logits = logits.masked_fill(mask, float("-inf"))
            lp = torch.log_softmax(logits, dim=1)
            if greedy:
                nxt = lp.argmax(dim=1)
            else:
                nxt = torch.multinomial(lp.exp(), 1, generator=generator)[:, 0]
            logp = logp + lp[rows, nxt]
            visited[rows, nxt] = True
            order.append(nxt)
            cur = nxt
        order.append(end)
        order = torch.stack(order, dim=1)
        pts = xy[rows[:, None], order]
        length = (pts[:, 1:] - pts[:, :-1]).norm(dim=2).sum(dim=1)
        return order, length, logp


class NeuralPathSolver:
    """Callable for ``TSPParts``: greedy decoding from both ends of every segment (plus
    ``samples`` sampled rollouts from each end), batched by segment size; the shortest order
    is returned."""

    def __init__(self, model: PathModel, samples: int = 0, seed: int = 0) -> None:
        self.model, self.samples = model, samples
        self.generator = torch.Generator().manual_seed(seed)

    @classmethod
    def load(cls, path: str | Path | None = None, samples: int = 0, seed: int = 0
             ) -> NeuralPathSolver:
        from metaopt.errors import UsageError

        path = Path(path or DEFAULT_POLICY)
        if not path.exists() or not Path(str(path) + ".json").exists():
            raise UsageError(f"no trained conquer model at {path} (run `metaopt train udc` or "
                             "pass --param conquer_policy=FILE)")
        return cls(load_model(path), samples, seed)

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
            xy = torch.cat((xy, xy))
            k = len(idx)
            start = torch.cat((torch.zeros(k, dtype=torch.long),
                               torch.full((k,), m - 1, dtype=torch.long)))
            end = torch.cat((torch.full((k,), m - 1, dtype=torch.long),
                             torch.zeros(k, dtype=torch.long)))
            candidates: list[list[np.ndarray]] = [[] for _ in idx]
            for rep in range(1 + self.samples):
                with torch.inference_mode():
                    order, _, _ = self.model.rollout(xy, start, end, greedy=rep == 0,
                                                     generator=self.generator)
                order = order.numpy()
                for j in range(k):
                    candidates[j] += [order[j], order[k + j][::-1]]
            for j, i in enumerate(idx):
                d = mats[i]
                out[i] = min(candidates[j], key=lambda o: float(d[o[:-1], o[1:]].sum()))
        return out


def save_model(model: PathModel, path: Path, sidecar: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    torch.save(model.state_dict(), path)
    Path(str(path) + ".json").write_text(json.dumps({"model": model.config, **sidecar},
                                                    indent=1) + "\n")


def load_model(path: str | Path) -> PathModel:
    """Weights via ``torch.load(weights_only=True)``; the architecture from the sidecar."""
    meta = json.loads(Path(str(path) + ".json").read_text())
    model = PathModel(**meta["model"])
    model.load_state_dict(torch.load(path, weights_only=True))
    model.eval()
    return model
