"""A cheaper neural conquer for UDC's TSP piece (an open path with fixed ends): an attention
model in the style of AM/POMO (Kool et al., 2019; Kwon et al., 2020).

The nodes are encoded once; each step a single query — built from the current node, the
fixed end, the mean of all nodes and the mean of the nodes still to place — attends over the
unplaced nodes and points at the next one. A decoding step costs one small attention instead
of re-running the whole transformer as ``PathModel`` (BQ-style) does, so a stage of pieces is
several times cheaper and UDC can run many more stages in the same time. Trained by imitating
near-optimal path segments with teacher forcing: one encoder pass scores every step of a
labelled path at once (``train.py``).
"""

from __future__ import annotations

import math
from collections.abc import Callable

import torch
from torch import nn

from metaopt.routing.udc.decoding import normalise_batch, pick_next


class PointerBase(nn.Module):
    """What the pointer conquer models share: node features → transformer encoder, a context
    projection to one query per decision, and the multi-head glimpse plus clipped single-head
    pointer over the allowed nodes (``pointer``)."""

    def __init__(self, features: int, context: int, dim: int, heads: int, layers: int,
                 clip: float) -> None:
        super().__init__()
        self.config = {"arch": "pointer", "dim": dim, "heads": heads, "layers": layers,
                       "clip": clip}
        self.heads, self.clip = heads, clip
        self.embed = nn.Linear(features, dim)
        layer = nn.TransformerEncoderLayer(dim, heads, 4 * dim, dropout=0.0, batch_first=True)
        self.encoder = nn.TransformerEncoder(layer, layers, enable_nested_tensor=False)
        self.context = nn.Linear(context, dim)
        self.keys = nn.Linear(dim, 3 * dim, bias=False)  # glimpse keys, values, pointer keys
        self.out = nn.Linear(dim, dim)

    def pointer(self, q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, p: torch.Tensor,
                allowed: torch.Tensor) -> torch.Tensor:
        """Logits (B, T, n) from queries ``q`` (B, T, d) over n nodes with keys ``k``, values
        ``v`` and pointer keys ``p`` (B, n, d), only where ``allowed`` (B, T, n)."""
        b, t, d = q.shape
        hd = d // self.heads
        qh = q.view(b, t, self.heads, hd).transpose(1, 2)  # (B, H, T, hd)
        kh = k.view(b, -1, self.heads, hd).transpose(1, 2)  # (B, H, n, hd)
        vh = v.view(b, -1, self.heads, hd).transpose(1, 2)
        att = ((qh @ kh.transpose(2, 3)) / math.sqrt(hd)).masked_fill(~allowed[:, None],
                                                                      float("-inf"))
        g = (torch.softmax(att, dim=3) @ vh).transpose(1, 2).reshape(b, t, d)
        logits = (self.out(g) @ p.transpose(1, 2)) / math.sqrt(d)
        return (self.clip * torch.tanh(logits)).masked_fill(~allowed, float("-inf"))


class PointerPathModel(PointerBase):
    """Layout of a piece: node 0 is the start, node m − 1 the fixed end, the nodes in between
    in any order; scores are over those m − 2 middle nodes."""

    def __init__(self, dim: int = 128, heads: int = 8, layers: int = 4,
                 clip: float = 10.0) -> None:
        # features: x, y, is start, is end; context: current, end, mean of all, mean of open
        super().__init__(4, 4 * dim, dim, heads, layers, clip)

    def encode(self, xy: torch.Tensor) -> tuple[torch.Tensor, ...]:
        """Node embeddings (B, m, d) and the glimpse keys/values and pointer keys of the middle
        nodes, each (B, m − 2, d)."""
        b, m, _ = xy.shape
        flags = torch.zeros(b, m, 2)
        flags[:, 0, 0] = 1.0
        flags[:, -1, 1] = 1.0
        h = self.encoder(self.embed(torch.cat((normalise_batch(xy), flags), dim=2)))
        k, v, p = self.keys(h[:, 1:-1]).chunk(3, dim=2)
        return h, k, v, p

    def scores(self, h: torch.Tensor, k: torch.Tensor, v: torch.Tensor, p: torch.Tensor,
               cur: torch.Tensor, open_: torch.Tensor) -> torch.Tensor:
        """Logits (B, T, m − 2) for T decision points at once: ``cur`` (B, T) the current node,
        ``open_`` (B, T, m − 2) true where a middle node is still to place."""
        b, t = cur.shape
        d = h.shape[2]
        hc = h[torch.arange(b)[:, None], cur]  # (B, T, d)
        he = h[:, -1:].expand(b, t, d)
        hall = h.mean(dim=1, keepdim=True).expand(b, t, d)
        w = open_.float()
        hopen = (w @ h[:, 1:-1]) / w.sum(dim=2, keepdim=True).clamp_min(1.0)
        q = self.context(torch.cat((hc, he, hall, hopen), dim=2))
        return self.pointer(q, k, v, p, open_)

    def forward(self, xy: torch.Tensor, visit: torch.Tensor) -> torch.Tensor:
        """Teacher forcing: ``visit`` (B, m − 2) the labelled order of the middle nodes (node
        ids 1..m − 2); logits (B, m − 2, m − 2) for every step, the target of step t being
        ``visit[:, t] − 1``."""
        b, r = visit.shape
        h, k, v, p = self.encode(xy)
        cur = torch.cat((torch.zeros(b, 1, dtype=torch.long), visit[:, :-1]), dim=1)
        rank = torch.empty_like(visit)
        rank.scatter_(1, visit - 1, torch.arange(r).expand(b, r))  # step at which a node goes
        open_ = rank[:, None, :] >= torch.arange(r)[None, :, None]
        return self.scores(h, k, v, p, cur, open_)

    def decode(self, xy: torch.Tensor, greedy: bool = True,
               generator: torch.Generator | None = None,
               stop: Callable[[], bool] | None = None, repeat: int = 1,
               greedy_rows: int = 0) -> torch.Tensor | None:
        """Paths over ``xy`` (B, m, 2) from node 0 to node m − 1: orders (B · repeat, m), row
        r · B + j a rollout of piece j, greedy or sampled (``pick_next``; the encoding is
        shared, so sampled copies are cheap);
        None when ``stop()`` turned true before they were complete. Computes what ``scores``
        does, with the context projection split per input so that a step only gathers and
        adds."""
        b, m, _ = xy.shape
        d = self.context.out_features
        h, k, v, p = (t.repeat(repeat, 1, 1) for t in self.encode(xy))
        b *= repeat
        rows = torch.arange(b)
        w_cur, w_end, w_all, w_open = self.context.weight.split(d, dim=1)
        q_cur = h @ w_cur.T  # (B, m, d)
        q_fixed = (h[:, -1] @ w_end.T + h.mean(dim=1) @ w_all.T + self.context.bias)
        q_open = h[:, 1:-1] @ w_open.T  # (B, m-2, d)
        open_sum = q_open.sum(dim=1)
        closed = torch.zeros(b, m - 2, dtype=torch.bool)
        cur = torch.zeros(b, dtype=torch.long)
        order = [cur]
        for step in range(m - 2):
            if stop is not None and stop():
                return None
            q = q_cur[rows, cur] + q_fixed + open_sum / (m - 2 - step)
            logits = self.pointer(q[:, None], k, v, p, ~closed[:, None])[:, 0]
            pick = pick_next(logits, greedy, greedy_rows, generator)
            closed[rows, pick] = True
            open_sum = open_sum - q_open[rows, pick]
            cur = pick + 1
            order.append(cur)
        order.append(torch.full((b,), m - 1, dtype=torch.long))
        return torch.stack(order, dim=1)
