"""Training of the dispatching policy on random Taillard-like instances (ta01–ta80 never used).

Each update draws instances of the configured sizes and, per instance:
- samples ``samples`` rollouts; with ``method = "reinforce"``, REINFORCE with their mean
  makespan as the shared baseline (POMO-style); with ``"self-labeling"`` (after Corsini et al.
  2024), cross-entropy towards the decisions the best rollout took, so the policy learns to
  produce its own best-of-``samples`` schedule;
- self-imitation (after Tassel et al. 2023): the best rollout's operations that start before a
  random cut time are fixed, CP-SAT re-solves the rest for ``cp_seconds``, and when that is
  shorter the policy imitates (cross-entropy) the improved suffix's decisions. With
  ``noop = false`` (default) the policy never waits, so the target is the non-delay replay
  that follows CP-SAT's order, used only when it beats the rollout.
Tassel et al. also use the CP makespan reached from each prefix as the policy-gradient
advantage; here the advantage is the plain shared-baseline one.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import torch

from metaopt.config_file import load_config
from metaopt.jssp.batch_state import FEATURES, actions_for, guided_replay
from metaopt.jssp.cpsat_engine import improve
from metaopt.jssp.policy import DispatchPolicy
from metaopt.jssp.rollout import actions_of, rollouts, teacher_forced
from metaopt.jssp.taillard import random_jssp
from metaopt.learn import checkpoint
from metaopt.learn.best_weights import BestWeights
from metaopt.learn.reinforce import shared_baseline_loss, step


@dataclass(frozen=True)
class TrainConfig:
    sizes: list[list[int]] = field(default_factory=lambda: [[10, 10], [15, 10], [15, 15],
                                                             [20, 15]])
    updates: int = 100_000
    instances_per_update: int = 2
    samples: int = 16
    lr: float = 2e-4
    dim: int = 32
    heads: int = 2
    window: int = 4
    layers: int = 1
    seed: int = 0
    eval_every: int = 25
    cp_seconds: float = 0.5
    imitation_weight: float = 1.0
    max_cut: float = 0.8
    max_minutes: float = 50.0  # stop after this much training time (0: run all updates)
    noop: bool = False  # False: the policy never waits (non-delay schedules)
    method: str = "reinforce"  # or "self-labeling"
    start_from: str | None = None  # weights to go on training (their sidecar's architecture)
    temperature: float = 1.0  # of the training rollouts

    def __post_init__(self) -> None:
        if self.updates < 1 or self.samples < 2 or not self.sizes:
            raise ValueError("need updates >= 1, samples >= 2 and at least one size")
        if self.method not in ("reinforce", "self-labeling"):
            raise ValueError(f"method must be reinforce or self-labeling, not {self.method!r}")
        if self.temperature <= 0:
            raise ValueError("need temperature > 0")
        if self.cp_seconds < 0 or not 0 <= self.max_cut <= 1 or self.max_minutes < 0:
            raise ValueError("need cp_seconds >= 0, 0 <= max_cut <= 1, max_minutes >= 0")

    @classmethod
    def load(cls, path: str | Path | None) -> TrainConfig:
        return load_config(cls, path)


TINY = TrainConfig(sizes=[[6, 6]], updates=1, instances_per_update=1, samples=4, eval_every=1,
                   cp_seconds=0.2, max_minutes=0.0)


def _imitation_loss(policy, inst, starts: np.ndarray, cfg: TrainConfig,
                    rng: np.random.Generator) -> torch.Tensor | None:
    """Cross-entropy towards the CP-SAT-improved suffix of ``starts``, or None."""
    makespan = int((starts + inst.durations).max())
    cut = rng.uniform(0.0, cfg.max_cut) * makespan
    fixed = starts < cut
    better = improve(inst, starts, fixed, cfg.cp_seconds, int(rng.integers(2**31)))
    if better is None:
        return None
    if cfg.noop:  # reproduce the CP schedule exactly, waiting where it waits
        actions = actions_for(inst, better, cfg.window)
        job_steps = [t for t, a in enumerate(actions) if a < inst.num_jobs]
        k = int(fixed.sum())  # the fixed operations start first: imitate what follows
        first = job_steps[k - 1] + 1 if k else 0
    else:  # non-delay decisions that follow the CP schedule's order, from the cut on;
        # only when replaying them beats the rollout (the non-delay replay can be longer)
        actions, replayed = guided_replay(inst, better, cfg.window)
        if replayed >= makespan:
            return None
        first = int(fixed.sum())
    logp = teacher_forced(policy, inst, actions, cfg.window, first, cfg.noop)
    return -logp.mean() if len(logp) else None


def _self_label_loss(policy, inst, spans: np.ndarray, trace: list,
                     cfg: TrainConfig) -> torch.Tensor:
    """Cross-entropy towards the decisions the best rollout took."""
    actions = actions_of(trace, int(np.argmin(spans)))
    logp = teacher_forced(policy, inst, actions, cfg.window, 0, cfg.noop)
    return -logp.mean() if len(logp) else torch.zeros(())


def _fresh(cfg: TrainConfig) -> tuple[DispatchPolicy, torch.Generator, int,
                                     np.random.Generator]:
    """The network training starts from (initialised from the config's seed), its rollout
    generator, the torch seed and the run's numpy Generator."""
    rng = np.random.default_rng(cfg.seed)
    gen = torch.Generator().manual_seed(int(rng.integers(2**31)))
    torch_seed = int(rng.integers(2**31))
    with torch.random.fork_rng():  # model initialisation from the run's seed, not the global
        torch.manual_seed(torch_seed)
        policy = DispatchPolicy(FEATURES, cfg.dim, cfg.heads, cfg.window, cfg.layers)
    return policy, gen, torch_seed, rng


def untrained(cfg: TrainConfig, out: Path) -> dict:
    """Save the network training would start from, untrained: the control of benchmarks."""
    from metaopt.version import code_version

    policy, _, torch_seed, _ = _fresh(cfg)
    sidecar = {"kind": "jssp-dispatch", "config": asdict(cfg), "seed": cfg.seed,
               "torch_seed": torch_seed, "curve": [], "version": code_version(),
               "trained_seconds": 0.0, "untrained": True,
               "kept": "the initial weights, before any update (a control)"}
    checkpoint.save(policy, out, sidecar)
    return {"model": policy.config, **sidecar}


def train(cfg: TrainConfig, out: Path, progress=print) -> dict:
    """Train, save ``out`` (state dict) and ``out.json`` (config, seed, curve, version)."""
    from metaopt.version import code_version

    torch.set_num_threads(1)
    policy, gen, torch_seed, rng = _fresh(cfg)
    if cfg.start_from:
        from metaopt.jssp.policy import load_policy

        policy, _ = load_policy(cfg.start_from)
        policy.train()
        if policy.config["window"] != cfg.window:
            raise ValueError(f"{cfg.start_from} has window {policy.config['window']}, the "
                             f"configuration {cfg.window}")
    opt = torch.optim.Adam(policy.parameters(), lr=cfg.lr)
    evals = [random_jssp(f"eval{k}", *cfg.sizes[k % len(cfg.sizes)], seed=10**6 + k)
             for k in range(8)]
    keep = BestWeights(policy, progress)
    t0 = time.monotonic()
    improved = tried = 0

    def evaluate(update: int, seen: list[float]) -> None:
        greedy = [rollouts(policy, e, 1, gen, greedy=True, window=cfg.window,
                           noop=cfg.noop)[0][0] for e in evals]
        point = {"update": update, "seconds": round(time.monotonic() - t0, 1),
                 "train_mean_makespan": float(np.mean(seen)) if seen else None,
                 "eval_greedy_mean_makespan": float(np.mean(greedy)),
                 "cp_improved_share": round(improved / max(tried, 1), 3)}
        keep.record(point["eval_greedy_mean_makespan"], point)

    if cfg.start_from:
        evaluate(0, [])  # the weights it starts from stay the answer unless beaten
    for update in range(1, cfg.updates + 1):
        loss = torch.zeros(())
        spans_seen = []
        for _ in range(cfg.instances_per_update):
            jobs, machines = cfg.sizes[int(rng.integers(len(cfg.sizes)))]
            inst = random_jssp("train", jobs, machines, int(rng.integers(2**31)))
            labels = cfg.method == "self-labeling"
            trace: list | None = [] if labels else None
            spans, logp, starts = rollouts(policy, inst, cfg.samples, gen, cfg.temperature,
                                           window=cfg.window, track_grad=not labels,
                                           noop=cfg.noop, trace=trace)
            if labels:
                loss = loss + _self_label_loss(policy, inst, spans, trace, cfg)
            else:
                loss = loss + shared_baseline_loss(torch.from_numpy(spans), logp,
                                                   relative=True)
            spans_seen.append(spans.mean())
            if cfg.cp_seconds > 0 and cfg.imitation_weight > 0:
                tried += 1
                imitation = _imitation_loss(policy, inst, starts[int(np.argmin(spans))], cfg,
                                            rng)
                if imitation is not None:
                    improved += 1
                    loss = loss + cfg.imitation_weight * imitation
        step(opt, loss / cfg.instances_per_update, clip=1.0)
        out_of_time = cfg.max_minutes and time.monotonic() - t0 > 60 * cfg.max_minutes
        if update % cfg.eval_every == 0 or update == cfg.updates or out_of_time:
            evaluate(update, spans_seen)
            improved = tried = 0
        if out_of_time:
            break
    curve = keep.restore()  # the weights with the best greedy makespan on the eval set
    started = None
    if cfg.start_from:
        first = checkpoint.read_sidecar(cfg.start_from)
        started = {k: first.get(k) for k in ("config", "version", "trained_seconds",
                                              "best_eval_greedy_mean_makespan", "started_from")}
    sidecar = {"kind": "jssp-dispatch", "config": asdict(cfg), "seed": cfg.seed,
               "torch_seed": torch_seed, "curve": curve, "version": code_version(),
               "started_from": started,
               "trained_seconds": round(time.monotonic() - t0, 1),
               "kept": "weights at the evaluation point with the best greedy mean makespan "
                       "on the held-out generated instances",
               "best_eval_greedy_mean_makespan": keep.best}
    checkpoint.save(policy, out, sidecar)
    return {"model": policy.config, **sidecar}
