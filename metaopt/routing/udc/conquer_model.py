"""UDC's TSP sub-problem (an open path with fixed ends): the BQ-style conquer network.

The state of a partly built path is quotiented as in BQ-NCO (Drakulic et al., 2023): only the
nodes still to place matter, with the current node and the fixed end flagged. The model is a
transformer over exactly those nodes (re-normalised to the unit box at every step) that scores
which one comes next; decoding re-runs it on the shrinking set. It is size-agnostic and is
trained by imitating near-optimal path segments (``train.py``). The pointer network
(``pointer_model.py``) is the shipped default; ``neural_path.py`` runs either.
"""

from __future__ import annotations

from collections.abc import Callable

import torch
from torch import nn

from metaopt.routing.udc.decoding import normalise_batch, pick_next


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
