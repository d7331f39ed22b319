"""The GNN divider: an anisotropic edge-gated GNN (torch-geometric ``MessagePassing``) over a
sparse k-NN graph gives each edge a score; the heatmap is stored N×K (never N×N) and a tour
is built from it greedily (falling back to the nearest unvisited node when all of a node's
neighbours are taken).

Simplifications against UDC: the heatmap is not conditioned on the partial solution (first,
last, visited nodes); it is trained supervised on fast-tsp tours, optionally fine-tuned by DCR
REINFORCE with a classical conquer (``divider_rl.py``), not jointly with the conquer network.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

import numpy as np
import torch
from torch import nn
from torch_geometric.data import Batch, Data
from torch_geometric.nn import MessagePassing

from metaopt.policies import UDC_DIVIDER_TSP
from metaopt.routing.udc.conquer_model import normalise

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
        if not path.exists() or not Path(str(path) + ".json").exists():
            raise UsageError(f"no trained divider at {path} (run `metaopt train udc` or pass "
                             "--param divider_policy=FILE)")
        meta = json.loads(Path(str(path) + ".json").read_text())
        model = DividerGNN(**meta["model"])
        model.load_state_dict(torch.load(path, weights_only=True))
        model.eval()
        return cls(model)

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


def _labelled(xy: np.ndarray, k: int, seconds: float) -> Data:
    """A random instance with edge labels: 1 where fast-tsp's tour uses the k-NN edge."""
    import fast_tsp

    d = np.linalg.norm(xy[:, None] - xy[None], axis=2)
    tour = np.asarray(fast_tsp.find_tour(np.rint(d * 60_000 / d.max()).astype(int).tolist(),
                                         seconds))
    nxt, prv = np.empty(len(xy), np.int64), np.empty(len(xy), np.int64)
    nxt[tour], prv[tour] = np.roll(tour, -1), np.roll(tour, 1)
    data, nbr = graph_data(xy, k)
    y = (nbr == nxt[:, None]) | (nbr == prv[:, None])
    data.y = torch.tensor(y.ravel(), dtype=torch.float32)
    return data


def _supervised(model: DividerGNN, cfg, rng: np.random.Generator, progress) -> list[dict]:
    """Binary cross-entropy on k-NN edges against fast-tsp tours of random instances."""
    t0 = time.monotonic()
    sizes = cfg.divider_sizes
    data = [_labelled(rng.random((sizes[i % len(sizes)], 2)), cfg.k, cfg.divider_label_seconds)
            for i in range(cfg.divider_instances)]
    held = data[: max(1, len(data) // 8)]
    train_set = data[len(held):] or held
    progress(json.dumps({"labelled_instances": len(data),
                         "seconds": round(time.monotonic() - t0, 1)}))
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    pos = float(cfg.k) / 2.0  # about 2 of k edges per node are tour edges
    loss_fn = nn.BCEWithLogitsLoss(pos_weight=torch.tensor(pos))
    curve = []
    for epoch in range(1, cfg.divider_epochs + 1):
        order = rng.permutation(len(train_set))
        for i in range(0, len(order), 4):
            batch = Batch.from_data_list([train_set[j] for j in order[i: i + 4]])
            loss = loss_fn(model(batch), batch.y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        with torch.inference_mode():
            hb = Batch.from_data_list(held)
            logits = model(hb)
            held_loss = float(loss_fn(logits, hb.y))
            # share of tour edges among each node's two best-scored neighbours
            kk = held[0].edge_index.shape[1] // held[0].num_nodes
            top = logits.view(-1, kk).topk(2, dim=1).indices
            hit = float(hb.y.view(-1, kk).gather(1, top).mean())
        point = {"epoch": epoch, "seconds": round(time.monotonic() - t0, 1),
                 "held_out_loss": round(held_loss, 4), "top2_hit_rate": round(hit, 4)}
        curve.append(point)
        progress(json.dumps(point))
        if time.monotonic() - t0 > 60 * cfg.divider_minutes:
            break
    return curve


def train_divider(cfg, out: Path, progress=print) -> dict:
    """Supervised training (or ``divider_init``), then DCR when ``divider_rl_minutes`` > 0;
    weights and sidecar to ``out``."""
    from metaopt.version import code_version

    torch.set_num_threads(1)
    rng = np.random.default_rng(cfg.seed + 1)
    t0 = time.monotonic()
    sidecar: dict = {"kind": "udc-divider-tsp", "seed": cfg.seed, "config": asdict(cfg)}
    if cfg.divider_init:
        from metaopt.errors import UsageError

        meta = json.loads(Path(cfg.divider_init + ".json").read_text())
        model = DividerGNN(**meta["model"])
        if model.config["k"] != cfg.k:
            raise UsageError(f"divider_init {cfg.divider_init} has k={model.config['k']}, "
                             f"the config says k={cfg.k}")
        model.load_state_dict(torch.load(cfg.divider_init, weights_only=True))
        sidecar["init"] = {"path": cfg.divider_init,
                           "sidecar": {k: v for k, v in meta.items() if k != "model"}}
    else:
        with torch.random.fork_rng():
            torch.manual_seed(int(rng.integers(2**31)))
            model = DividerGNN(cfg.gnn_dim, cfg.gnn_layers, cfg.k)
        sidecar["curve"] = _supervised(model, cfg, rng, progress)
        sidecar["labels"] = f"fast-tsp tours, {cfg.divider_label_seconds} s each"
    if cfg.divider_rl_minutes > 0:
        from metaopt.routing.udc.divider_rl import dcr

        sidecar["dcr_curve"] = dcr(model, cfg, rng, progress)
    out.parent.mkdir(parents=True, exist_ok=True)
    torch.save(model.state_dict(), out)
    sidecar.update(model=model.config, version=code_version(),
                   trained_seconds=round(time.monotonic() - t0, 1))
    Path(str(out) + ".json").write_text(json.dumps(sidecar, indent=1) + "\n")
    return sidecar
