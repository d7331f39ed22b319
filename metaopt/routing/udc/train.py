"""``metaopt train udc``: training of the UDC networks for TSP.

- Conquer: imitation of near-optimal open paths. Windows of ``window`` consecutive nodes are cut
  from fast-tsp tours of ``label_instances`` uniform instances of ``label_nodes`` nodes (the
  distribution of UDC's pieces); any run of r nodes inside a window is an optimal path between
  its ends, and the model learns its next node (cross-entropy). This replaced REINFORCE on
  random open paths, which after 45 CPU-minutes stayed 12.7 % above 2-opt (see the README).
- Divider: the GNN heatmap is trained supervised on tours that fast-tsp finds for random
  instances (``divider_sizes``; binary cross-entropy on k-NN edges), or loaded from
  ``divider_init``; ``divider_rl_minutes`` then fine-tunes it by DCR REINFORCE on the length
  after conquer + reunion (``divider_rl.py``; the conquer there is 2-opt/Or-opt, not the
  network, and the two are not trained jointly as in the paper).
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import numpy as np
import torch

from metaopt.config_file import load_config
from metaopt.learn.checkpoint import save as save_model
from metaopt.routing.udc.conquer_model import PathModel
from metaopt.routing.udc.imitation import imitate


@dataclass(frozen=True)
class UDCConfig:
    problem: str = "tsp"
    parts: list[str] = field(default_factory=lambda: ["conquer", "divider"])
    seed: int = 0
    # conquer
    label_instances: int = 1000
    label_nodes: int = 1000
    label_seconds: float = 0.3
    window: int = 100
    eval_paths: int = 64
    conquer_steps: int = 1_000_000
    conquer_minutes: float = 40.0
    batch: int = 128
    lr: float = 5e-4
    dim: int = 64
    heads: int = 4
    layers: int = 6
    eval_every: int = 250
    arch: str = "pointer"  # TSP conquer: "pointer" (encoder once, AM-style) or "bq"
    min_window: int = 20  # smallest labelled path length in a training batch
    init: str = ""  # start the TSP conquer model from these weights (their sidecar's model)
    # REINFORCE fine-tuning of the pointer TSP conquer model after imitation (0 = none)
    rl_minutes: float = 0.0
    rl_steps: int = 1_000_000
    rl_samples: int = 8  # sampled paths per piece; their mean is the piece's baseline
    rl_batch: int = 16  # pieces per step
    rl_lr: float = 2e-5
    rl_eval_every: int = 50
    # CVRP conquer labels (the conquer settings above are shared)
    cvrp_label_instances: int = 40
    cvrp_customers: int = 1000
    cvrp_capacity: int = 200
    cvrp_group: int = 100
    cvrp_label_seconds: float = 1.0
    cvrp_arch: str = "bq"  # CVRP conquer: "bq" or "pointer" (lost in session 4, see README)
    cvrp_batch: int = 32  # groups per step (pointer model; each holds ~100 decisions)
    # divider
    divider_sizes: list[int] = field(default_factory=lambda: [200, 500])
    divider_instances: int = 128
    divider_label_seconds: float = 0.3
    divider_epochs: int = 20
    divider_minutes: float = 10.0
    k: int = 16
    gnn_dim: int = 32
    gnn_layers: int = 6
    divider_init: str = ""  # start the divider from these weights (no supervised training)
    # DCR: REINFORCE of the divider on the length after conquer + reunion (0 = none)
    divider_rl_minutes: float = 0.0
    divider_rl_steps: int = 1_000_000
    divider_rl_samples: int = 8  # tours sampled per instance; their mean is the baseline
    divider_rl_nodes: int = 200  # instance size during DCR
    divider_rl_piece: int = 50  # conquer piece size during DCR (2-opt/Or-opt, 2 stages)
    divider_rl_lr: float = 1e-4
    divider_rl_eval: int = 16  # held-out instances
    divider_rl_eval_every: int = 20

    def __post_init__(self) -> None:
        if self.problem not in ("tsp", "cvrp"):
            raise ValueError("problem must be 'tsp' or 'cvrp'")
        if set(self.parts) - {"conquer", "divider"} or not self.parts:
            raise ValueError("parts must be a subset of ['conquer', 'divider']")
        if not 4 <= self.window <= self.label_nodes or self.batch < 1:
            raise ValueError("need 4 <= window <= label_nodes and batch >= 1")
        if self.arch not in ("pointer", "bq") or self.cvrp_arch not in ("pointer", "bq"):
            raise ValueError("arch and cvrp_arch must be 'pointer' or 'bq'")
        if not 4 <= self.min_window <= self.window:
            raise ValueError("need 4 <= min_window <= window")
        if self.conquer_minutes < 0 or self.rl_minutes < 0:
            raise ValueError("conquer_minutes and rl_minutes must be >= 0")
        if self.rl_minutes and (self.arch != "pointer" or self.rl_samples < 2
                                or self.rl_batch < 1 or self.rl_eval_every < 1):
            raise ValueError("REINFORCE fine-tuning needs arch 'pointer', rl_samples >= 2, "
                             "rl_batch >= 1 and rl_eval_every >= 1")

        if self.divider_rl_minutes < 0 or (self.divider_rl_minutes and (
                self.divider_rl_samples < 2 or self.divider_rl_piece < 4
                or self.divider_rl_nodes < self.divider_rl_piece
                or self.divider_rl_eval < 1 or self.divider_rl_eval_every < 1)):
            raise ValueError("DCR needs divider_rl_minutes >= 0, divider_rl_samples >= 2, "
                             "4 <= divider_rl_piece <= divider_rl_nodes, divider_rl_eval >= 1 "
                             "and divider_rl_eval_every >= 1")

    @classmethod
    def load(cls, path: str | Path | None, **overrides) -> UDCConfig:
        return load_config(cls, path, **overrides)


TINY = dict(label_instances=2, label_nodes=40, label_seconds=0.02, window=10, eval_paths=4,
            cvrp_label_instances=1, cvrp_customers=30, cvrp_capacity=30, cvrp_group=10,
            cvrp_label_seconds=0.05, cvrp_batch=4, min_window=4,
            conquer_steps=2, batch=4, eval_every=1, rl_batch=2, rl_samples=2,
            dim=16, heads=2, layers=1, divider_sizes=[30], divider_instances=2,
            divider_label_seconds=0.05, divider_epochs=1, k=8, gnn_dim=8, gnn_layers=2)


def _eval_set(cfg: UDCConfig, m: int, count: int) -> tuple[np.ndarray, float, float]:
    """Held-out labelled paths of ``m`` nodes, their mean label length and the mean length
    2-opt + Or-opt reaches from a shuffled order."""
    from metaopt.routing.udc.path_data import tour_windows
    from metaopt.routing.udc.paths import path_length, two_opt_or_opt

    rng = np.random.default_rng(cfg.seed + 10**6)
    per = cfg.label_nodes // m
    paths = tour_windows(rng, -(-count // per), cfg.label_nodes, cfg.label_seconds, m)[:count]
    labels, two_opt = [], []
    for pts in paths:
        d = np.linalg.norm(pts[:, None] - pts[None], axis=2)
        labels.append(path_length(d, np.arange(m)))
        mixed = np.concatenate(([0], 1 + rng.permutation(m - 2), [m - 1]))
        dm = d[np.ix_(mixed, mixed)]
        two_opt.append(path_length(dm, two_opt_or_opt(dm)))
    return paths, float(np.mean(labels)), float(np.mean(two_opt))


def _greedy_mean(model: torch.nn.Module, paths: np.ndarray) -> float:
    """Mean length of the shorter greedy path (from either end) over ``paths``."""
    xy = torch.tensor(paths)
    k = len(xy)
    both = torch.cat((xy, xy.flip(1)))
    from metaopt.routing.udc.reinforce import path_lengths

    with torch.inference_mode():
        lens = path_lengths(both, model.decode(both))
    return float(torch.minimum(lens[:k], lens[k:]).mean())


def _conquer_model(cfg: UDCConfig, rng: np.random.Generator) -> tuple[torch.nn.Module, dict]:
    """A fresh model as configured, or the ``init`` weights and their sidecar."""
    if cfg.init:
        from metaopt.errors import UsageError
        from metaopt.routing.udc.neural_path import load_path_model

        model, meta = load_path_model(cfg.init)
        arch = model.config.get("arch", "bq")
        if arch != cfg.arch:
            raise UsageError(f"init {cfg.init} holds a {arch!r} model, the config says "
                             f"arch={cfg.arch!r}")
        return model, meta
    with torch.random.fork_rng():
        torch.manual_seed(int(rng.integers(2**31)))
        if cfg.arch == "pointer":
            from metaopt.routing.udc.pointer_model import PointerPathModel

            return PointerPathModel(cfg.dim, cfg.heads, cfg.layers), {}
        return PathModel(cfg.dim, cfg.heads, cfg.layers), {}


def train_conquer(cfg: UDCConfig, out: Path, progress=print) -> dict:
    """Imitation of near-optimal path segments (for a run of r consecutive label nodes the
    target is the node after the first, cross-entropy over the r − 2 candidates), then, when
    ``rl_minutes`` > 0, REINFORCE fine-tuning on runs of the same tours."""
    from metaopt.routing.udc.path_data import sub_windows, tour_windows
    from metaopt.routing.udc.reinforce import reinforce
    from metaopt.version import code_version

    torch.set_num_threads(1)
    version = code_version()
    t0 = time.monotonic()
    rng = np.random.default_rng(cfg.seed)
    model, init_meta = _conquer_model(cfg, rng)
    progress(f"labelling {cfg.label_instances} instances of {cfg.label_nodes} nodes "
             f"with fast-tsp ({cfg.label_seconds} s each)")
    windows = tour_windows(rng, cfg.label_instances, cfg.label_nodes, cfg.label_seconds,
                           cfg.window, progress)
    m_eval = min(50, cfg.window)
    eval_paths, eval_label, eval_two_opt = _eval_set(cfg, m_eval, cfg.eval_paths)
    label_seconds = round(time.monotonic() - t0, 1)

    def next_batch():
        r = int(rng.integers(cfg.min_window, cfg.window + 1))
        seg = torch.tensor(sub_windows(windows, rng, cfg.batch, r))
        perm = torch.tensor(np.argsort(rng.random((cfg.batch, r - 2)), axis=1))
        rows = torch.arange(cfg.batch)[:, None]
        state = torch.cat((seg[:, :1], seg[:, 1:-1][rows, perm], seg[:, -1:]), dim=1)
        if cfg.arch == "pointer":  # every step of the path at once (teacher forcing)
            visit = 1 + perm.argsort(dim=1)
            return (state, visit), visit - 1
        return state, (perm == 0).long().argmax(dim=1)

    def evaluate(model):
        greedy = _greedy_mean(model, eval_paths)
        return greedy, {f"eval{m_eval}_greedy_mean_length": round(greedy, 4),
                        "gap_to_label_pct": round(100 * (greedy / eval_label - 1), 2),
                        "gap_to_two_opt_pct": round(100 * (greedy / eval_two_opt - 1), 2)}

    curve, rl_curve = [], []
    if cfg.conquer_minutes > 0:
        curve = imitate(model, cfg, next_batch, evaluate, "train_next_node_accuracy", progress)
    if cfg.rl_minutes > 0:
        def next_pieces():
            r = int(rng.integers(cfg.min_window, cfg.window + 1))
            return torch.tensor(sub_windows(windows, rng, cfg.rl_batch, r))

        generator = torch.Generator().manual_seed(int(rng.integers(2**63)))
        rl_curve = reinforce(model, cfg, next_pieces, evaluate, generator, progress)
    method = []
    if cfg.conquer_minutes > 0:
        method.append("imitation of path segments of fast-tsp tours (cross-entropy on the "
                      + ("next node at every step, teacher-forced; encoder-once pointer model"
                         if cfg.arch == "pointer" else
                         "next node, BQ-style quotiented states") + ")")
    if cfg.rl_minutes > 0:
        method.append("REINFORCE with a POMO-style shared baseline (mean of "
                      f"{cfg.rl_samples} samples per piece) on runs of the same tours")
    sidecar = {"kind": "udc-conquer-tsp", "config": asdict(cfg), "seed": cfg.seed,
               "method": "; then ".join(method) or "no training (init weights re-saved)",
               "eval": {"paths": cfg.eval_paths, "nodes": m_eval,
                        "label_mean_length": round(eval_label, 4),
                        "two_opt_or_opt_mean_length": round(eval_two_opt, 4)},
               "curve": curve, "version": version, "label_seconds": label_seconds,
               "trained_seconds": round(time.monotonic() - t0, 1),
               "kept": "weights at the evaluation point with the best greedy mean length"}
    if rl_curve:
        sidecar["rl_curve"] = rl_curve
    if init_meta:
        sidecar["init"] = {"path": cfg.init, "sidecar": {k: v for k, v in init_meta.items()
                                                         if k != "model"}}
    save_model(model, out, sidecar)
    return sidecar


def untrained_conquer(cfg: UDCConfig, out_dir: Path) -> dict:
    """Save the conquer network training would start from, untrained (the control of
    benchmarks), to ``out_dir/udc-conquer-PROBLEM.pt``."""
    from metaopt.version import code_version

    rng = np.random.default_rng(cfg.seed)
    if cfg.problem == "cvrp":
        from metaopt.routing.udc.cvrp_train import fresh_cvrp_model

        model = fresh_cvrp_model(cfg, rng)
    else:
        model, _ = _conquer_model(replace(cfg, init=""), rng)
    sidecar = {"kind": f"udc-conquer-{cfg.problem}", "config": asdict(cfg), "seed": cfg.seed,
               "curve": [], "version": code_version(), "trained_seconds": 0.0,
               "untrained": True, "kept": "the initial weights, before any update (a control)"}
    save_model(model, out_dir / f"udc-conquer-{cfg.problem}.pt", sidecar)
    return sidecar


def train(cfg: UDCConfig, out_dir: Path, progress=print) -> dict[str, dict]:
    """Train the configured parts; weights go to ``out_dir/udc-{conquer,divider}-PROBLEM.pt``.
    CVRP has a conquer network only (its divider is random insertion + split)."""
    done = {}
    if cfg.problem == "cvrp":
        from metaopt.routing.udc.cvrp_train import train_cvrp_conquer

        if "divider" in cfg.parts:
            progress("no CVRP divider network: udc divides CVRP by random insertion + split")
        if "conquer" in cfg.parts:
            done["conquer"] = train_cvrp_conquer(cfg, out_dir / "udc-conquer-cvrp.pt",
                                                 progress)
        return done
    if "conquer" in cfg.parts:
        done["conquer"] = train_conquer(cfg, out_dir / "udc-conquer-tsp.pt", progress)
    if "divider" in cfg.parts:
        from metaopt.routing.udc.divider_train import train_divider

        done["divider"] = train_divider(cfg, out_dir / "udc-divider-tsp.pt", progress)
    return done
