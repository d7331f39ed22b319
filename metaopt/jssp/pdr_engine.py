"""The ``pdr`` engine: a static dispatching rule, or the best of k randomised rollouts."""

from __future__ import annotations

from metaopt.control import Run
from metaopt.errors import UsageError
from metaopt.jssp.dispatch import build_schedule
from metaopt.jssp.instance import JSSPInstance
from metaopt.jssp.rules import RULES
from metaopt.outcome import Outcome
from metaopt.result import Status


def solve(inst: JSSPInstance, run: Run, params: dict) -> Outcome:
    """Params: ``rule`` (default mwkr), ``samples`` (0: greedy only; k: also k randomised
    rollouts at ``temperature``, keep the best)."""
    unknown = set(params) - {"rule", "samples", "temperature"}
    if unknown:
        raise UsageError(f"unknown pdr parameter(s): {', '.join(sorted(unknown))}")
    name = str(params.get("rule", "mwkr")).lower()
    if name not in RULES:
        raise UsageError(f"unknown rule {name!r} (choose from {', '.join(RULES)})")
    rule = RULES[name]
    samples = int(params.get("samples", 0))
    temperature = float(params.get("temperature", 0.1))
    run.set_phase(f"{name} greedy")
    best = build_schedule(inst, rule)
    best_ms = int((best + inst.durations).max())
    run.improved(best_ms, name)
    done = 1
    for _ in range(samples):
        if run.stopped:
            break
        starts = build_schedule(inst, rule, run.rng, temperature)
        ms = int((starts + inst.durations).max())
        done += 1
        if ms < best_ms:
            best, best_ms = starts, ms
            run.improved(ms, f"{name}-sampled")
    return Outcome(Status.FEASIBLE, objective=float(best_ms), solution=best.tolist(),
                   iterations=done, backend="numpy", stats={"rule": name, "rollouts": done})
