"""The GNN divider: an anisotropic edge-gated GNN (torch-geometric ``MessagePassing``) over a
sparse k-NN graph gives each edge a score; the heatmap is stored N×K (never N×N) and a tour
is built from it greedily (falling back to the nearest unvisited node when all of a node's
neighbours are taken).

Simplifications against UDC: the heatmap is not conditioned on the partial solution (first,
last, visited nodes); it is trained supervised on fast-tsp tours, optionally fine-tuned by DCR
REINFORCE with a classical conquer (``divider_rl.py``), not jointly with the conquer network.
Training is in ``divider_train.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import torch
from torch import nn
from torch_geometric.data import Data
from torch_geometric.nn import MessagePassing

from metaopt.learn import checkpoint
from metaopt.policies import UDC_DIVIDER_TSP
from metaopt.routing.udc.decoding import normalise

DEFAULT_POLICY = UDC_DIVIDER_TSP


def knn_graph(xy: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Neighbour lists (N, k) by ``scipy.spatial.cKDTree`` and their distances."""
    from scipy.spatial import cKDTree

    k = min(k, len(xy) - 1)
    dist, idx = cKDTree(xy).query(xy, k=k + 1)
    return idx[:, 1:], dist[:, 1:]


def graph_data(xy: np.ndarray, k: int) -> tuple[Data, np.ndarray]:
    xy = normalise(np.asarray(xy, float))
    nbr, dist = knn_graph(xy, k)
    n, kk = nbr.shape
    src = np.repeat(np.arange(n), kk)
    edge_index = torch.tensor(np.stack((src, nbr.ravel())), dtype=torch.long)
    data = Data(x=torch.tensor(xy, dtype=torch.float32), edge_index=edge_index,
                edge_attr=torch.tensor(dist.reshape(-1, 1), dtype=torch.float32))
    return data, nbr


class GatedLayer(MessagePassing):
    """h_i += ReLU(LN(U h_i + Σ_j σ(e_ij) ⊙ V h_j / Σ_j σ(e_ij)));
    e_ij += ReLU(LN(A e_ij + B h_i + C h_j))."""

    def __init__(self, dim: int) -> None:
        super().__init__(aggr="add")
        self.u, self.v = nn.Linear(dim, dim), nn.Linear(dim, dim)
        self.a, self.b, self.c = nn.Linear(dim, dim), nn.Linear(dim, dim), nn.Linear(dim, dim)
        self.norm_h, self.norm_e = nn.LayerNorm(dim), nn.LayerNorm(dim)

    def forward(self, h: torch.Tensor, edge_index: torch.Tensor, e: torch.Tensor):
        src, dst = edge_index
        e_new = self.a(e) + self.b(h)[src] + self.c(h)[dst]
        gate = torch.sigmoid(e_new)
        agg = self.propagate(edge_index.flip(0), v=self.v(h), gate=gate)  # into node src
        den = self.propagate(edge_index.flip(0), v=torch.ones_like(h), gate=gate)
        h = h + torch.relu(self.norm_h(self.u(h) + agg / (den + 1e-6)))
        e = e + torch.relu(self.norm_e(e_new))
        return h, e

    def message(self, v_j: torch.Tensor, gate: torch.Tensor) -> torch.Tensor:
        return gate * v_j


class DividerGNN(nn.Module):
    def __init__(self, dim: int = 32, layers: int = 6, k: int = 16) -> None:
        super().__init__()
        self.config = {"dim": dim, "layers": layers, "k": k}
        self.node_in, self.edge_in = nn.Linear(2, dim), nn.Linear(1, dim)
        self.layers = nn.ModuleList(GatedLayer(dim) for _ in range(layers))
        self.head = nn.Sequential(nn.Linear(dim, dim), nn.ReLU(), nn.Linear(dim, 1))

    def forward(self, data) -> torch.Tensor:
        """One logit per edge of ``data`` (a ``Data`` or ``Batch``)."""
        h, e = self.node_in(data.x), self.edge_in(data.edge_attr)
        for layer in self.layers:
            h, e = layer(h, data.edge_index, e)
        return self.head(e)[:, 0]


def walk_tour(nbr: np.ndarray, start: int, choose: Callable[[int, np.ndarray], int],
              nearest: Callable[[int, np.ndarray], int],
              stop: Callable[[], bool] | None = None,
              rest_order: Callable[[np.ndarray], np.ndarray] | None = None) -> np.ndarray:
    """A tour from ``start``: each step goes to the neighbour ``choose(cur, free)`` picks
    (an index into ``free``, the positions in ``nbr[cur]`` still unvisited) or, when all are
    taken, to ``nearest(cur, rest)`` among the unvisited nodes ``rest``. Once ``stop()`` is
    true (checked every 64 steps) the unvisited nodes follow in ``rest_order`` (default:
    index order)."""
    n = len(nbr)
    visited = np.zeros(n, bool)
    tour = np.empty(n, np.int64)
    cur = start
    for step in range(n):
        if stop is not None and step % 64 == 0 and step and stop():
            rest = np.flatnonzero(~visited)
            tour[step:] = rest_order(rest) if rest_order is not None else rest
            return tour
        tour[step] = cur
        visited[cur] = True
        if step == n - 1:
            break
        free = np.flatnonzero(~visited[nbr[cur]])
        if len(free):
            cur = int(nbr[cur, free[choose(cur, free)]])
        else:
            cur = nearest(cur, np.flatnonzero(~visited))
    return tour


def greedy_tour(inst, heat: np.ndarray, nbr: np.ndarray, start: int,
                stop: Callable[[], bool] | None = None) -> np.ndarray:
    """Follow the hottest unvisited neighbour; if none is left, the nearest unvisited node;
    once ``stop()`` is true, the rest in Hilbert-curve order."""
    from metaopt.routing.space_filling import curve_order

    return walk_tour(nbr, start, lambda cur, free: int(np.argmax(heat[cur][free])),
                     lambda cur, rest: int(rest[np.argmin(inst.dist(np.full(len(rest), cur),
                                                                    rest))]),
                     stop, lambda rest: curve_order(inst, rest))


class GNNDivider:
    def __init__(self, model: DividerGNN) -> None:
        self.model = model

    @classmethod
    def load(cls, problem: str, path: str | Path | None = None) -> GNNDivider:
        from metaopt.errors import UsageError

        if problem != "tsp":
            raise UsageError("the GNN divider exists for TSP only; use divider=insertion")
        path = Path(path or DEFAULT_POLICY)
        if not checkpoint.exists(path):
            raise UsageError(f"no trained divider at {path} (run `metaopt train udc` or pass "
                             "--param divider_policy=FILE)")
        return cls(checkpoint.load(path, {"gnn": DividerGNN}, "gnn")[0])

    def heatmap(self, inst) -> tuple[np.ndarray, np.ndarray]:
        """Edge scores (N, K) and the neighbour lists they belong to."""
        if inst.coords is None:
            from metaopt.errors import UsageError

            raise UsageError(f"{inst.name}: the GNN divider needs coordinates")
        torch.set_num_threads(1)
        data, nbr = graph_data(inst.coords, self.model.config["k"])
        with torch.inference_mode():
            logits = self.model(data).numpy()
        return logits.reshape(nbr.shape), nbr

    def build(self, inst, rng: np.random.Generator,
              stop: Callable[[], bool] | None = None) -> np.ndarray:
        heat, nbr = self.heatmap(inst)
        return greedy_tour(inst, heat, nbr, int(rng.integers(inst.num_nodes)), stop)
