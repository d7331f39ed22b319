"""The ``rl-cp`` engine: the learned policy's best schedule as a complete CP-SAT hint."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np

from metaopt.control import Run
from metaopt.jssp import cpsat_engine, rl_engine
from metaopt.jssp.instance import JSSPInstance
from metaopt.outcome import Outcome
from metaopt.params import param
from metaopt.result import Status


@dataclass(frozen=True)
class Params(rl_engine.Params):
    """The rl engine's parameters, its share of the budget, and CP-SAT's native fields."""

    native_prefix: ClassVar[str] = "cpsat"
    rl_fraction: float = param(0.1, "share of the budget for the policy's rollouts",
                               low=0.0, high=1.0)
    native: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def check_native(cls, options: dict[str, Any]) -> dict[str, Any]:
        return cpsat_engine.Params.check_native(options)


weight_files = rl_engine.weight_files
prepare = rl_engine.prepare


def solve(inst: JSSPInstance, run: Run, params: Params) -> Outcome:
    """Rollouts for ``rl_fraction`` of the budget, then CP-SAT from the best schedule."""
    sub = Run(max(params.rl_fraction * run.remaining(), 0.05), run.child_seed(), progress=None)
    run.on_stop(sub.request_stop)
    first = rl_engine.solve(inst, sub, rl_engine.Params(params.policy, params.samples))
    for point in sub.trajectory:
        run.improved(point.objective, point.tag)
    out = cpsat_engine.solve_from(inst, run, np.asarray(first.solution), dict(params.native))
    if out.objective is None or out.objective > first.objective:  # CP-SAT found nothing better
        out.status, out.objective, out.solution = Status.FEASIBLE, first.objective, first.solution
    out.backend = "torch+cpsat"
    out.stats = {**out.stats, "rl_rollouts": first.iterations}
    return out
