"""The ``pdr`` engine: a static dispatching rule, or the best of k randomised rollouts."""

from __future__ import annotations

from dataclasses import dataclass

from metaopt.control import Run
from metaopt.jssp.dispatch import build_schedule
from metaopt.jssp.instance import JSSPInstance
from metaopt.jssp.rules import RULES, Rule
from metaopt.outcome import Outcome
from metaopt.params import Params as BaseParams
from metaopt.params import param
from metaopt.result import Status


@dataclass(frozen=True)
class Params(BaseParams):
    """A dispatching rule, greedy, then optionally k randomised rollouts."""

    rule: Rule = param("mwkr", "the priority rule")
    samples: int = param(0, "randomised rollouts after the greedy one (best kept)", low=0)
    temperature: float = param(0.1, "softmax temperature of the randomised rollouts",
                               low=1e-6)


def solve(inst: JSSPInstance, run: Run, params: Params) -> Outcome:
    name, samples, temperature = params.rule, params.samples, params.temperature
    rule = RULES[name]
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
