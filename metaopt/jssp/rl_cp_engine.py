"""The ``rl-cp`` engine: the learned policy's best schedule, improved by CP-SAT: by the LNS
(:mod:`metaopt.jssp.lns`) or as a complete hint to CP-SAT on the whole model."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

import numpy as np

from metaopt.control import Run
from metaopt.errors import UsageError
from metaopt.jssp import cp_lns_engine, cpsat_engine, rl_engine
from metaopt.jssp.instance import JSSPInstance
from metaopt.outcome import Outcome
from metaopt.params import param
from metaopt.result import Status


@dataclass(frozen=True)
class Params(rl_engine.Params, cp_lns_engine.LNSParams):
    """The rl engine's parameters, its share of the budget, how CP-SAT goes on from its
    schedule, the LNS's settings, and CP-SAT's native fields (search=whole only)."""

    native_prefix: ClassVar[str] = "cpsat"
    samples: int = param(32, "most sampled rollouts after the greedy one", low=0)
    windows: bool = param(False, "re-sample windows of the best schedule after two batches "
                          "(rl-cp's settings were tuned without)")
    rl_fraction: float = param(0.1, "share of the budget for the policy's rollouts",
                               low=0.0, high=1.0)
    search: Literal["hybrid", "lns", "whole"] = param(
        "lns", "the LNS (CP-SAT sub-solves beside the tabu search) from the best schedule, "
        "or CP-SAT on the whole model hinted by the schedule: alone (whole) or until it "
        "stalls, then the LNS (hybrid)")
    stall: float = param(0.25, "hybrid: share of the budget without a better schedule that "
                         "ends the whole-model phase", low=0.0, high=1.0)
    native: tuple[tuple[str, Any], ...] = ()

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.native and self.search != "whole":
            raise UsageError("cpsat.<field> options apply to search=whole only")

    @classmethod
    def check_native(cls, options: dict[str, Any]) -> dict[str, Any]:
        return cpsat_engine.Params.check_native(options)


weight_files = rl_engine.weight_files


def prepare(params: Params) -> None:
    """The rl engine's preparation, and the tabu search compiled when it is used."""
    rl_engine.prepare(params)
    cp_lns_engine.prepare(params)


def solve(inst: JSSPInstance, run: Run, params: Params) -> Outcome:
    """Rollouts for ``rl_fraction`` of the budget, then CP-SAT from the best schedule."""
    sub = Run(max(params.rl_fraction * run.remaining(), 0.05), run.child_seed(), progress=None)
    run.on_stop(sub.request_stop)
    first = rl_engine.solve(inst, sub, rl_engine.Params(params.policy, params.samples,
                                                        params.windows))
    for point in sub.trajectory:
        run.improved(point.objective, point.tag)
    if params.search == "lns":
        out = cp_lns_engine.finish(inst, run, np.asarray(first.solution), params, "torch+cpsat")
        out.stats = {**out.stats, "rl_rollouts": first.iterations}
        return out
    stall = params.stall * run.time_limit if params.search == "hybrid" else None
    out = cpsat_engine.solve_from(inst, run, np.asarray(first.solution), dict(params.native),
                                  stall)
    if out.objective is None or out.objective > first.objective:  # CP-SAT found nothing better
        out.status, out.objective, out.solution = Status.FEASIBLE, first.objective, first.solution
    if params.search == "hybrid" and out.status != Status.OPTIMAL and not run.stopped:
        whole = run.elapsed()
        bound = out.bound
        out = cp_lns_engine.finish(inst, run, np.asarray(out.solution), params, "torch+cpsat")
        if bound is not None and bound > (out.bound or 0):
            out.bound = bound  # CP-SAT's bound on the whole model
            if out.objective <= bound:
                out.status = Status.OPTIMAL
        out.stats = {**out.stats, "whole_model_seconds": round(whole, 3)}
    out.backend = "torch+cpsat"
    out.stats = {**out.stats, "rl_rollouts": first.iterations}
    return out
