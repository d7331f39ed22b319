"""A cheaper neural conquer for UDC's CVRP sub-problem: an attention model in the style of
AM (Kool et al., 2019) over the depot and a group's customers.

The nodes are encoded once; each step a query built from the current node, the depot, the
mean of all nodes, the mean of the customers still to visit and the capacity left points at
the next customer or at the depot (which starts a new route). Customers whose demand exceeds
the capacity left are masked, and so is the depot while the vehicle stands there, so every
rollout is capacity-feasible. ``decode`` returns the same (order, via-depot) pair as the
BQ-style ``SubCVRPModel``, so ``NeuralCVRPSolver`` takes either. Trained by teacher-forced
imitation of PyVRP solutions of route groups (``cvrp_train.py``).
"""

from __future__ import annotations

from collections.abc import Callable

import torch

from metaopt.routing.udc.decoding import normalise_batch
from metaopt.routing.udc.pointer_model import PointerBase


class PointerCVRPModel(PointerBase):
    """Layout of a sub-problem: node 0 the depot, nodes 1..m the customers; ``dem`` the
    demands as fractions of the capacity (0 for the depot and for padding)."""

    def __init__(self, dim: int = 128, heads: int = 8, layers: int = 4,
                 clip: float = 10.0) -> None:
        # features: x, y, demand, is depot; context: current, depot, mean of all, mean of the
        # customers left, capacity left
        super().__init__(4, 4 * dim + 1, dim, heads, layers, clip)

    def encode(self, xy: torch.Tensor, dem: torch.Tensor, pad: torch.Tensor | None = None
               ) -> tuple[torch.Tensor, ...]:
        """Embeddings (B, m+1, d), their masked mean (B, d) and the glimpse keys, values and
        pointer keys (B, m+1, d); ``pad`` (B, m+1) marks padding nodes of a training batch."""
        b, m1, _ = xy.shape
        depot = torch.zeros(b, m1, 1)
        depot[:, 0] = 1.0
        feats = torch.cat((normalise_batch(xy), dem[..., None], depot), dim=2)
        h = self.encoder(self.embed(feats), src_key_padding_mask=pad)
        real = torch.ones(b, m1, 1) if pad is None else (~pad)[..., None].float()
        mean = (h * real).sum(dim=1) / real.sum(dim=1)
        k, v, p = self.keys(h).chunk(3, dim=2)
        return h, mean, k, v, p

    def forward(self, xy: torch.Tensor, dem: torch.Tensor, pad: torch.Tensor,
                cur: torch.Tensor, cap: torch.Tensor, left: torch.Tensor,
                allowed: torch.Tensor) -> torch.Tensor:
        """Teacher forcing over T steps: ``cur`` (B, T) the node the vehicle stands at,
        ``cap`` (B, T) its capacity left, ``left`` (B, T, m+1) the customers still to visit,
        ``allowed`` (B, T, m+1) the legal moves; logits (B, T, m+1)."""
        b, t = cur.shape
        h, mean, k, v, p = self.encode(xy, dem, pad)
        d = h.shape[2]
        w = left.float()
        hleft = (w @ h) / w.sum(dim=2, keepdim=True).clamp_min(1.0)
        q = self.context(torch.cat((h[torch.arange(b)[:, None], cur],
                                    h[:, :1].expand(b, t, d), mean[:, None].expand(b, t, d),
                                    hleft, cap[..., None]), dim=2))
        return self.pointer(q, k, v, p, allowed)

    def decode(self, xy: torch.Tensor, dem: torch.Tensor, greedy: bool = True,
               generator: torch.Generator | None = None,
               stop: Callable[[], bool] | None = None
               ) -> tuple[torch.Tensor, torch.Tensor] | None:
        """Rollouts over customers 1..m: their order (B, m) and whether each is reached
        through the depot (B, m); None when ``stop()`` turned true first."""
        b, m1, _ = xy.shape
        rows = torch.arange(b)
        h, mean, k, v, p = self.encode(xy, dem)
        d = h.shape[2]
        w_cur, w_dep, w_all, w_left, w_cap = self.context.weight.split([d, d, d, d, 1], dim=1)
        q_cur = h @ w_cur.T
        q_fixed = h[:, 0] @ w_dep.T + mean @ w_all.T + self.context.bias
        q_left = h @ w_left.T
        left = torch.ones(b, m1, dtype=torch.bool)
        left[:, 0] = False
        left_sum = (q_left * left[..., None]).sum(dim=1)
        cur = torch.zeros(b, dtype=torch.long)
        cap = torch.ones(b)
        via = torch.zeros(b, dtype=torch.bool)
        order, vias = [], []
        for _ in range(2 * (m1 - 1)):  # at most one depot visit per customer
            if not left.any():
                break
            if stop is not None and stop():
                return None
            count = left.sum(dim=1, keepdim=True).clamp_min(1)
            q = q_cur[rows, cur] + q_fixed + left_sum / count + cap[:, None] * w_cap.T
            allowed = left & (dem <= cap[:, None] + 1e-6)
            allowed[:, 0] = cur != 0
            # a rollout that is done waits at the depot (its moves are ignored)
            done = ~left.any(dim=1)
            allowed[done, 0] = True
            logits = self.pointer(q[:, None], k, v, p, allowed[:, None])[:, 0]
            if greedy:
                pick = logits.argmax(dim=1)
            else:
                pick = torch.multinomial(torch.softmax(logits, dim=1), 1,
                                         generator=generator)[:, 0]
            to_depot = pick == 0
            cap = torch.where(to_depot, torch.ones(b), cap - dem[rows, pick])
            via = (via | to_depot) & ~done
            served = ~to_depot & ~done
            left[rows[served], pick[served]] = False
            left_sum = left_sum - q_left[rows, pick] * served[:, None]
            cur = pick
            # record customers per rollout (rollouts finish at different steps)
            order.append(torch.where(served, pick, -1))
            vias.append(via & served)
            via = via & ~served
        o, f = torch.stack(order, dim=1), torch.stack(vias, dim=1)
        keep = o >= 0
        return o[keep].view(b, m1 - 1), f[keep].view(b, m1 - 1)
