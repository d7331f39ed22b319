"""The ``rl`` engine: sample the trained dispatching policy at several temperatures."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np

from metaopt.control import Run
from metaopt.errors import UsageError
from metaopt.jssp.instance import JSSPInstance
from metaopt.outcome import Outcome
from metaopt.policies import JSSP_DISPATCH
from metaopt.result import Status

DEFAULT_POLICY = JSSP_DISPATCH


def prepare(params: dict) -> None:
    """Import torch before the clock starts."""
    import metaopt.jssp.rollout  # noqa: F401


def solve(inst: JSSPInstance, run: Run, params: dict) -> Outcome:
    """Params: ``policy`` (file), ``samples`` (rollouts after the greedy one, default 32)."""
    import torch

    from metaopt.jssp.rollout import rollouts
    from metaopt.jssp.train import load_policy

    path = Path(params.get("policy", DEFAULT_POLICY))
    if not path.exists() or not Path(str(path) + ".json").exists():
        raise UsageError(f"no trained policy at {path} (run `metaopt train jssp` or pass "
                         "--param policy=FILE)")
    policy, meta = load_policy(path)
    torch.set_num_threads(1)
    gen = torch.Generator().manual_seed(run.child_seed())
    window = meta["config"]["window"]
    samples = int(params.get("samples", 32))
    noop = bool(meta["config"].get("noop", True))  # policies trained without waiting
    t0 = time.monotonic()
    spans, _, starts = rollouts(policy, inst, 1, gen, greedy=True, window=window, noop=noop)
    one = time.monotonic() - t0  # a batch of b rollouts costs about one × (1 + 0.36 (b − 1))
    best, best_ms = starts[0], int(spans[0])
    run.improved(best_ms, "rl-greedy")
    done, temps = 1, (0.5, 1.0, 2.0)
    batch = 8
    while done < 1 + samples and not run.stopped:
        size = min(batch, 1 + samples - done)
        while size and one * (1 + 0.36 * (size - 1)) > run.remaining():
            size -= 1  # start only what fits in the time left
        if not size:
            break
        t = temps[(done // batch) % len(temps)]
        spans, _, starts = rollouts(policy, inst, size, gen, temperature=t, window=window,
                                    noop=noop)
        done += len(spans)
        k = int(np.argmin(spans))
        if spans[k] < best_ms:
            best, best_ms = starts[k], int(spans[k])
            run.improved(best_ms, f"rl-t{t}")
    return Outcome(Status.FEASIBLE, objective=float(best_ms), solution=best.tolist(),
                   iterations=done, backend="torch", stats={"rollouts": done})


def solve_with_cp(inst: JSSPInstance, run: Run, params: dict) -> Outcome:
    """``rl-cp``: the policy's best schedule (``rl_fraction`` of the budget, default 0.1)
    becomes a complete CP-SAT hint; CP-SAT then uses the rest of the time."""
    from metaopt.jssp import cpsat_engine

    own = {k: params[k] for k in ("policy", "samples") if k in params}
    frac = float(params.get("rl_fraction", 0.1))
    sub = Run(max(frac * run.remaining(), 0.05), run.child_seed(), progress=None)
    run.on_stop(sub.request_stop)
    first = solve(inst, sub, own)
    for point in sub.trajectory:
        run.improved(point.objective, point.tag)
    rest = {k: v for k, v in params.items() if k not in ("policy", "samples", "rl_fraction")}
    out = cpsat_engine.solve(inst, run, {**rest, "hint": np.asarray(first.solution)})
    if out.objective is None or out.objective > first.objective:  # CP-SAT found nothing better
        out.status, out.objective, out.solution = Status.FEASIBLE, first.objective, first.solution
    out.backend = "torch+cpsat"
    out.stats = {**out.stats, "rl_rollouts": first.iterations}
    return out
