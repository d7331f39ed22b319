"""The standard CP-SAT job-shop model: intervals, NoOverlap per machine, precedence, makespan."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np

from metaopt.control import Run
from metaopt.jssp.instance import JSSPInstance
from metaopt.jssp.rules import Rule
from metaopt.outcome import Outcome
from metaopt.params import Params as BaseParams
from metaopt.params import param
from metaopt.result import Status


@dataclass(frozen=True)
class Params(BaseParams):
    """CP-SAT: an optional dispatching-rule warm start, and native fields as cpsat.<field>."""

    native_prefix: ClassVar[str] = "cpsat"
    warm_start: Rule | None = param(None, "hint CP-SAT with this dispatching rule's schedule")
    native: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def check_native(cls, options: dict[str, Any]) -> dict[str, Any]:
        from metaopt.native_options import check_cpsat

        return check_cpsat(options)


def build_model(inst: JSSPInstance, hint: np.ndarray | None = None,
                fixed: np.ndarray | None = None):
    """The CP-SAT model, its start variables (jobs × ops) and the makespan variable.

    A ``hint`` (start times) is given for every variable (starts, ends, makespan): CP-SAT
    treats a partial hint as incomplete. ``fixed`` (bool, jobs × ops) pins those operations
    to their hinted starts.
    """
    from ortools.sat.python import cp_model

    model = cp_model.CpModel()
    horizon = int(inst.durations.sum())
    n, k = inst.machines.shape
    starts = np.empty((n, k), dtype=object)
    ends = np.empty((n, k), dtype=object)
    per_machine: dict[int, list] = {}
    for j in range(n):
        for o in range(k):
            d = int(inst.durations[j, o])
            s = model.new_int_var(0, horizon, f"s{j}_{o}")
            e = model.new_int_var(0, horizon, f"e{j}_{o}")
            iv = model.new_interval_var(s, d, e, f"i{j}_{o}")
            starts[j, o], ends[j, o] = s, e
            per_machine.setdefault(int(inst.machines[j, o]), []).append(iv)
            if o:
                model.add(s >= ends[j, o - 1])
    for intervals in per_machine.values():
        model.add_no_overlap(intervals)
    makespan = model.new_int_var(0, horizon, "makespan")
    model.add_max_equality(makespan, list(ends[:, -1]))
    model.minimize(makespan)
    if hint is not None:
        hint = np.asarray(hint, dtype=np.int64)
        for j in range(n):
            for o in range(k):
                model.add_hint(starts[j, o], int(hint[j, o]))
                model.add_hint(ends[j, o], int(hint[j, o] + inst.durations[j, o]))
        model.add_hint(makespan, inst.makespan(hint))
        if fixed is not None:
            for j, o in zip(*np.nonzero(fixed), strict=True):
                model.add(starts[j, o] == int(hint[j, o]))
    return model, starts, makespan


def improve(inst: JSSPInstance, starts: np.ndarray, fixed: np.ndarray, seconds: float,
            seed: int) -> np.ndarray | None:
    """CP-SAT (one worker) re-solves the operations not ``fixed`` for ``seconds``, starting
    from ``starts``; returns strictly better start times, or None."""
    from ortools.sat.python import cp_model

    model, svars, _ = build_model(inst, starts, fixed)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = seconds
    solver.parameters.num_workers = 1
    solver.parameters.random_seed = seed
    solver.parameters.catch_sigint_signal = False
    code = solver.solve(model)
    before = inst.makespan(starts)
    if code not in (cp_model.OPTIMAL, cp_model.FEASIBLE) or solver.objective_value >= before:
        return None
    return np.array([solver.value(v) for v in svars.ravel()]).reshape(svars.shape)


def solve(inst: JSSPInstance, run: Run, params: Params) -> Outcome:
    hint = None
    if params.warm_start:  # a dispatching-rule schedule as the complete hint
        from metaopt.jssp.dispatch import build_schedule
        from metaopt.jssp.rules import RULES

        hint = build_schedule(inst, RULES[params.warm_start])
        run.improved(inst.makespan(hint), params.warm_start)
    return solve_from(inst, run, hint, dict(params.native))


def solve_from(inst: JSSPInstance, run: Run, hint: np.ndarray | None,
               native: dict[str, Any], stall: float | None = None) -> Outcome:
    """CP-SAT on the whole model from an optional complete ``hint`` (start times), with
    ``native`` SatParameters fields set; with ``stall``, it stops once that many seconds
    pass without a better schedule."""
    import threading
    import time

    from ortools.sat.python import cp_model

    model, starts, makespan = build_model(inst, hint)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(run.remaining(), 0.01)
    solver.parameters.num_workers = run.threads
    solver.parameters.catch_sigint_signal = False  # metaopt handles Ctrl-C itself
    solver.parameters.random_seed = run.child_seed()
    for key, value in native.items():
        setattr(solver.parameters, key, value)
    flat = list(starts.ravel())

    class Recorder(cp_model.CpSolverSolutionCallback):
        def __init__(self) -> None:
            super().__init__()
            self.best: list[int] | None = None
            self.last = time.monotonic()

        def on_solution_callback(self) -> None:
            self.last = time.monotonic()
            self.best = [self.value(v) for v in flat]
            run.improved(self.objective_value, "cpsat")
            run.set_bound(self.best_objective_bound)
            if run.stopped:  # a stop that came before solve() started
                self.stop_search()

    recorder = Recorder()
    run.on_stop(solver.stop_search)
    if run.stopped:  # stopped before CP-SAT started: it gets no time (the hint may stand)
        solver.parameters.max_time_in_seconds = 1e-3
    done = threading.Event()

    def watch() -> None:  # ends the search once it stalls
        while not done.wait(0.05):
            if time.monotonic() - recorder.last > stall:
                solver.stop_search()
                return

    if stall is not None:
        threading.Thread(target=watch, daemon=True).start()
    code = solver.solve(model, recorder)
    done.set()
    if code == cp_model.INFEASIBLE:
        return Outcome(Status.INFEASIBLE, backend="cpsat")
    if code not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return Outcome(Status.NO_SOLUTION, backend="cpsat", message=solver.status_name(code))
    values = np.array([solver.value(v) for v in flat]).reshape(starts.shape)
    span, bound = float(inst.makespan(values)), float(solver.best_objective_bound)
    message = solver.status_name(code)
    if span != solver.objective_value:  # seen once in 120 two-worker runs (ta55: 3059, 3042)
        message += f"; CP-SAT reported makespan {solver.objective_value:g} for this schedule"
        run.improved(span, "cpsat")
    return Outcome(
        Status.OPTIMAL if code == cp_model.OPTIMAL and span <= bound else Status.FEASIBLE,
        objective=span, bound=min(bound, span), solution=values.tolist(),
        iterations=int(solver.num_branches), backend="cpsat", message=message)
