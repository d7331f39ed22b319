"""The ``cp-lns`` engine: CP-SAT large-neighbourhood search from a dispatching rule's schedule."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np

from metaopt.control import Run
from metaopt.jssp.dispatch import build_schedule
from metaopt.jssp.instance import JSSPInstance
from metaopt.jssp.lns import search
from metaopt.jssp.neighbourhoods import KINDS
from metaopt.jssp.rules import RULES, Rule
from metaopt.outcome import Outcome
from metaopt.params import Params as BaseParams
from metaopt.params import param
from metaopt.result import Status

Neighbourhoods = Literal["mixed", "window", "critical", "machines", "jobs"]


@dataclass(frozen=True)
class LNSParams(BaseParams):
    """The LNS's settings, shared by cp-lns and rl-cp."""

    sub_seconds: float = param(1.0, "time limit of one CP-SAT sub-solve (s)", low=0.01)
    neighbourhoods: Neighbourhoods = param(
        "mixed", "time windows, machines, jobs, or all three (mixed, drawn as choice says); "
        "critical: time windows around a critical operation")
    accept_equal: bool = param(True, "move to a schedule of equal makespan")
    choice: Literal["rate", "uniform"] = param(
        "rate", "draw kinds by recent makespan reduction per second, or uniformly")
    tabu: int = param(1, "how many of the threads run the tabu search (N5 moves) instead of "
                      "CP-SAT sub-solves; at most threads - 1, so one thread alone runs CP-SAT",
                      low=0)


@dataclass(frozen=True)
class Params(LNSParams):
    """The rule whose schedule starts the search, and the LNS's settings."""

    warm_start: Rule = param("fdd_mwkr", "dispatching rule of the first schedule")


def prepare(params: LNSParams) -> None:
    """Compile the tabu search (or load it from numba's cache) before the clock starts."""
    if params.tabu:
        from metaopt.jssp.tabu import warm_up

        warm_up()


def kinds(params: LNSParams) -> tuple[str, ...]:
    return KINDS if params.neighbourhoods == "mixed" else (params.neighbourhoods,)


def finish(inst: JSSPInstance, run: Run, start: np.ndarray, params: LNSParams,
           backend: str) -> Outcome:
    """The LNS from ``start`` for the rest of the run, as an Outcome."""
    state = search(inst, run, start, run.threads, params.sub_seconds, kinds(params),
                   params.accept_equal, params.choice, min(params.tabu, run.threads - 1))
    stats = {"steps": state.steps, "trivial_bound": state.bound,
             "tabu_iterations": state.tabu_iterations,
             "neighbourhoods": {k: {"pulls": s.pulls, "improvements": s.improvements,
                                    "seconds": round(s.seconds, 3), "optimal": s.optimal,
                                    "size": round(state.sizes.get(k, 0))}
                                for k, s in state.stats.items()}}
    return Outcome(Status.OPTIMAL if state.proven else Status.FEASIBLE,
                   objective=float(state.best), bound=float(state.bound),
                   solution=state.starts.tolist(), iterations=state.steps,
                   backend=backend, stats=stats)


def solve(inst: JSSPInstance, run: Run, params: Params) -> Outcome:
    start = build_schedule(inst, RULES[params.warm_start])
    run.improved(inst.makespan(start), params.warm_start)
    return finish(inst, run, start, params, "cpsat")
