"""The neural conquer model for UDC's CVRP sub-problem: a group of routes re-built by a
policy that picks the next customer and whether to reach it through the depot.

As for TSP (``conquer_model.py``), the state is quotiented (BQ-NCO): the depot, the current
node, the customers left (with their demands) and the capacity left; a transformer over
those tokens, re-normalised to the unit box every step, scores (customer, direct or via the
depot). Direct moves that would overload the vehicle are masked, so every decoded solution
is capacity-feasible by construction (and checked again by the routing checker).
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from pathlib import Path

import numpy as np
import torch
from torch import nn

from metaopt.learn import checkpoint
from metaopt.policies import udc_conquer
from metaopt.routing.udc.decoding import distinct, normalise_batch
from metaopt.routing.udc.initial import split_routes
from metaopt.routing.udc.route_polish import RoutePolisher

DEFAULT_POLICY = udc_conquer("cvrp")
FEATURES = 6  # x, y, demand / Q, is depot, is current, capacity left / Q


def tokens(xy: torch.Tensor, dem: torch.Tensor, cap: torch.Tensor, at_depot: torch.Tensor
           ) -> torch.Tensor:
    """Token features (B, t, FEATURES) of states laid out as (depot, current, customers
    left): coordinates ``xy`` (B, t, 2), demands ``dem`` (B, t) as fractions of the capacity,
    the capacity fraction left ``cap`` (B,), and whether the current node is the depot."""
    b, t, _ = xy.shape
    flags = torch.zeros(b, t, 2)
    flags[:, 0, 0] = 1.0
    flags[:, 1, 0] = at_depot.float()
    flags[:, 1, 1] = 1.0
    return torch.cat((normalise_batch(xy), dem[..., None], flags,
                      cap[:, None, None].expand(b, t, 1)), dim=2)


class SubCVRPModel(nn.Module):
    def __init__(self, dim: int = 64, heads: int = 4, layers: int = 6) -> None:
        super().__init__()
        self.config = {"dim": dim, "heads": heads, "layers": layers}
        self.embed = nn.Linear(FEATURES, dim)
        layer = nn.TransformerEncoderLayer(dim, heads, 2 * dim, dropout=0.0, batch_first=True)
        self.encoder = nn.TransformerEncoder(layer, layers, enable_nested_tensor=False)
        self.head = nn.Linear(dim, 2)  # direct, via the depot

    def forward(self, feats: torch.Tensor) -> torch.Tensor:
        """Masked logits (B, 2r): customer j direct at 2j, via the depot at 2j + 1."""
        h = self.encoder(self.embed(feats))
        logits = self.head(h[:, 2:])
        over = feats[:, 2:, 2] > feats[:, 2:, 5] + 1e-6  # demand > capacity left
        at_depot = feats[:, 1, 3] > 0.5  # current is the depot (the start)
        logits[..., 0] = logits[..., 0].masked_fill(over, float("-inf"))
        logits[..., 1] = logits[..., 1].masked_fill(at_depot[:, None], float("-inf"))
        return logits.reshape(len(feats), -1)

    def decode(self, xy: torch.Tensor, dem: torch.Tensor, greedy: bool = True,
               generator: torch.Generator | None = None,
               stop: Callable[[], bool] | None = None
               ) -> tuple[torch.Tensor, torch.Tensor] | None:
        """Rollouts over customers 1..m: their order (B, m) and whether each is reached
        through the depot (B, m); None when ``stop()`` turned true first."""
        b, m1, _ = xy.shape
        rows = torch.arange(b)
        left = torch.arange(1, m1).repeat(b, 1)
        cur = torch.zeros(b, dtype=torch.long)
        cap = torch.ones(b)
        order, via = [], []
        while left.shape[1] > 0:
            if stop is not None and stop():
                return None
            idx = torch.cat((torch.zeros(b, 1, dtype=torch.long), cur[:, None], left), dim=1)
            logits = self(tokens(xy[rows[:, None], idx], dem[rows[:, None], idx], cap, cur == 0))
            if greedy:
                a = logits.argmax(dim=1)
            else:
                a = torch.multinomial(torch.softmax(logits, dim=1), 1, generator=generator)[:, 0]
            pick, through = a // 2, (a % 2) == 1
            cur = left[rows, pick]
            d = dem[rows, cur]
            cap = torch.where(through, 1.0 - d, cap - d)
            order.append(cur)
            via.append(through)
            keep = torch.ones_like(left, dtype=torch.bool)
            keep[rows, pick] = False
            left = left[keep].view(b, -1)
        return torch.stack(order, dim=1), torch.stack(via, dim=1)


def routes_from(order: np.ndarray, via: np.ndarray) -> list[list[int]]:
    """Local customer ids (1..m) cut into routes where ``via`` is set."""
    routes: list[list[int]] = []
    for v, new in zip(order.tolist(), via.tolist(), strict=True):
        if new or not routes:
            routes.append([])
        routes[-1].append(int(v))
    return routes


class NeuralCVRPSolver:
    """Sub-CVRP solver for ``CVRPParts``: one greedy and ``samples`` sampled rollouts in one
    batch; each rollout's routes and, with ``split``, Prins' optimal split of its customer
    order are candidates; the cheapest is returned (node ids of the instance). With
    ``polish`` = k ≥ 1 the k cheapest distinct candidates and the group's current routes are
    each improved by capacity-checked 2-opt / 2-opt* / Or-opt (``route_polish.py``) and the
    cheapest is returned (a hybrid, as for TSP: the network supplies starting points)."""

    def __init__(self, inst, model: nn.Module, samples: int = 7, seed: int = 0,
                 split: bool = True, stop: Callable[[], bool] | None = None,
                 polish: int = 0) -> None:
        self.inst, self.model, self.samples, self.split = inst, model, samples, split
        self.stop, self.polish = stop, int(polish)
        self.generator = torch.Generator().manual_seed(seed)

    @classmethod
    def load(cls, inst, path: str | Path | None = None, samples: int = 7, seed: int = 0,
             split: bool = True, stop: Callable[[], bool] | None = None,
             polish: int = 0) -> NeuralCVRPSolver:
        from metaopt.errors import UsageError

        path = Path(path or DEFAULT_POLICY)
        if not checkpoint.exists(path):
            raise UsageError(f"no trained CVRP conquer model at {path} (run `metaopt train udc "
                             "--problem cvrp` or pass --param conquer_policy=FILE)")
        from metaopt.routing.udc.cvrp_pointer import PointerCVRPModel

        model, _ = checkpoint.load(path, {"bq": SubCVRPModel, "pointer": PointerCVRPModel},
                                   "bq")
        return cls(inst, model, samples, seed, split, stop, polish)

    def __call__(self, routes: list[list[int]], seconds: float) -> list[list[int]] | None:
        torch.set_num_threads(1)
        inst = self.inst
        customers = np.array([v for r in routes for v in r], np.int64)
        nodes = np.concatenate(([inst.depot], customers))
        xy, dem = sub_problem(inst, customers)
        rollouts = []
        with torch.inference_mode():
            for greedy, count in ((True, 1), (False, self.samples)):
                if count == 0:
                    continue
                out = self.model.decode(xy[None].expand(count, -1, -1),
                                        dem[None].expand(count, -1), greedy=greedy,
                                        generator=self.generator, stop=self.stop)
                if out is None:  # out of time: keep what is done
                    break
                rollouts += list(zip(out[0].numpy(), out[1].numpy(), strict=True))
        if not rollouts:
            return None
        candidates = []
        for o, v in rollouts:
            candidates.append([[int(nodes[c]) for c in r] for r in routes_from(o, v)])
            if self.split:  # the same customer order, cut optimally into routes
                candidates.append(split_routes(inst, nodes[o]))
        if not self.polish or (self.stop is not None and self.stop()):
            return min(candidates, key=inst.routes_cost)
        starts = distinct(sorted(candidates, key=inst.routes_cost), self.polish, operator.eq)
        slots = max(len(r) for r in starts + [routes]) + 2  # room for new routes
        polisher = RoutePolisher(inst, customers, slots)
        return min([polisher(r) for r in starts + [routes]], key=inst.routes_cost)


def sub_problem(inst, customers: np.ndarray) -> tuple[torch.Tensor, torch.Tensor]:
    """Coordinates (m+1, 2), depot first, and demands as fractions of the capacity."""
    nodes = np.concatenate(([inst.depot], np.asarray(customers, np.int64)))
    xy = torch.tensor(np.asarray(inst.coords, float)[nodes], dtype=torch.float32)
    dem = torch.tensor(np.asarray(inst.demands, float)[nodes] / float(inst.capacity),
                       dtype=torch.float32)
    dem[0] = 0.0
    return xy, dem
