"""One LNS search: ALNS loop (``alns``), bandit operator selection (``mabwiser``), sub-MIPs
repaired by a backend (HiGHS or SCIP) under one wall-clock deadline."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np
from alns import ALNS  # imported with the engine, before its clock starts (it takes seconds)
from alns.accept import HillClimbing, SimulatedAnnealing
from alns.select import MABSelector  # noqa: F401  (pulls in mabwiser now, not mid-run)

from metaopt.control import Run
from metaopt.mip.checker import check_mip
from metaopt.mip.instance import MIPInstance
from metaopt.mip.lns.bandits import RejectUnchanged, context_vector, make_selector
from metaopt.mip.lns.neighbourhood import Neighbourhood
from metaopt.mip.lns.operators import SearchData, default_operators
from metaopt.mip.lns.params import LNSParams
from metaopt.outcome import Outcome
from metaopt.result import Status


@dataclass
class Tracker:
    """Search state shared by the loop: deadline, adaptive sub-MIP limit, statistics."""

    run: Run
    sub_time: float
    min_sub_time: float
    lp_bound: float | None
    recent: list[int] = field(default_factory=list)
    last_outcome: int = -1
    op_time: dict[str, float] = field(default_factory=dict)
    op_pulls: dict[str, int] = field(default_factory=dict)
    op_wasted: dict[str, int] = field(default_factory=dict)
    discarded: int = 0
    pulls: list[list] = field(default_factory=list)  # [elapsed s, operator] per draw

    def context(self, objective: float) -> np.ndarray:
        gap = 1.0
        if self.lp_bound is not None:
            gap = abs(objective - self.lp_bound) / max(abs(objective), 1e-9)
        rate = float(np.mean(self.recent[-10:])) if self.recent else 0.0
        return context_vector(self.run.elapsed() / self.run.time_limit, rate, gap,
                              self.last_outcome)


class LNSState:
    """An incumbent for ALNS: values, minimisation objective, and the context at creation."""

    def __init__(self, x: np.ndarray, obj: float, tracker: Tracker, wasted: bool = False,
                 unchanged: bool = False):
        self.x = x
        self.obj = obj
        self.wasted = wasted
        self.unchanged = unchanged or wasted
        self._context = tracker.context(obj)

    def objective(self) -> float:
        return self.obj

    def get_context(self) -> np.ndarray:
        return self._context


class Destroyed:
    def __init__(self, state: LNSState, nb: Neighbourhood | None, op_name: str):
        self.state, self.nb, self.op_name = state, nb, op_name


def _make_backend(name: str, inst: MIPInstance, run: Run):
    if name == "highs":
        from metaopt.mip.lns.highs_backend import HighsBackend

        return HighsBackend(inst, run.threads, lambda: run.stopped)
    from metaopt.mip.lns.scip_backend import ScipBackend

    return ScipBackend(inst, run.threads, lambda: run.stopped)


def _min_obj(inst: MIPInstance, x: np.ndarray) -> float:
    return float(inst.c @ x + inst.offset)


def search(inst: MIPInstance, run: Run, p: LNSParams, exchange=None) -> Outcome:
    """One LNS search. ``exchange`` (portfolio workers) shares incumbents: ``publish(x)``
    on every improvement, ``receive()`` a better outside incumbent or None."""
    backend = _make_backend(p.backend, inst, run)
    run.on_stop(backend.interrupt)

    def feasible(x: np.ndarray | None) -> bool:
        return x is not None and check_mip(inst, x).feasible

    # 1. root LP (for RINS/RENS/DINS and the context), then a first solution
    run.set_phase("root LP")
    lp = backend.lp_relaxation(max(0.05, 0.05 * run.remaining()))
    lp_bound = _min_obj(inst, lp) if lp is not None else None
    run.set_phase("initial solution")
    backend.on_incumbent = lambda obj: run.improved(inst.sense * obj, "initial")
    first = backend.initial_solution(max(1.0, p.initial_fraction * run.time_limit)
                                     if run.remaining() > 2 else run.remaining(),
                                     run.child_seed(), first_only=p.initial == "first")
    x0 = first.x if feasible(first.x) else None
    if x0 is None and not run.stopped:
        first = backend.initial_solution(run.remaining(), run.child_seed())
        x0 = first.x if feasible(first.x) else None
    backend.on_incumbent = None
    bound = None if lp_bound is None else inst.sense * lp_bound
    if x0 is None:
        status = Status.INFEASIBLE if first.infeasible else Status.NO_SOLUTION
        return Outcome(status, bound=bound, backend=p.backend)
    run.improved(inst.objective(x0), "initial")  # a no-op when the callback saw it already
    if exchange is not None:
        exchange.publish(x0)
    if first.optimal:  # the whole model was solved to optimality in the initial phase
        return Outcome(Status.OPTIMAL, inst.objective(x0), inst.objective(x0), inst.named(x0),
                       0, p.backend, {"solved_in_initial_phase": True})

    data = SearchData(inst, lp)
    data.remember(x0)
    ops = default_operators(data)
    sub0 = p.sub_time or max(1.0, 0.05 * run.time_limit)
    tracker = Tracker(run, sub0, p.min_sub_time, lp_bound)
    if not ops:  # no integer variables: the model is an LP, solve it whole
        res = backend.solve(Neighbourhood("full"), x0, None, run.remaining(), run.child_seed())
        x = res.x if feasible(res.x) and _min_obj(inst, res.x) < _min_obj(inst, x0) else x0
        run.improved(inst.objective(x), "full")
        return Outcome(Status.FEASIBLE, inst.objective(x), bound, inst.named(x), 1, p.backend)

    alns = ALNS(np.random.default_rng(run.child_seed()))

    def destroy_for(op):
        def destroy(state: LNSState, rng: np.random.Generator) -> Destroyed:
            outside = exchange.receive() if exchange is not None else None
            if outside is not None and _min_obj(inst, outside) < state.obj:
                state = LNSState(outside, _min_obj(inst, outside), tracker)
                run.improved(inst.objective(outside), "shared")
                data.remember(outside)
            return Destroyed(state, op(state.x, rng), op.name)

        destroy.__name__ = op.name
        return destroy

    for op in ops:
        alns.add_destroy_operator(destroy_for(op), op.name)

    def repair(d: Destroyed, rng: np.random.Generator) -> LNSState:
        name, cur = d.op_name, d.state
        tracker.op_pulls[name] = tracker.op_pulls.get(name, 0) + 1
        if len(tracker.pulls) < 20_000:
            tracker.pulls.append([round(run.elapsed(), 3), name])
        if d.nb is None:
            tracker.op_wasted[name] = tracker.op_wasted.get(name, 0) + 1
            return LNSState(cur.x, cur.obj, tracker, wasted=True)
        run.set_phase(f"{name} (sub-MIP {tracker.sub_time:.1f}s)")
        limit = min(tracker.sub_time, run.remaining())
        best_obj = run_best_min()
        delta = 1e-6 * max(1.0, abs(best_obj))
        cutoff = cur.obj - delta if d.nb.improving else cur.obj + delta
        res = backend.solve(d.nb, cur.x, cutoff, limit, int(rng.integers(2**30)))
        tracker.op_time[name] = tracker.op_time.get(name, 0.0) + res.runtime
        x = res.x
        if x is not None and not check_mip(inst, x).feasible:
            tracker.discarded += 1  # a sub-MIP answer that violates the model is never kept
            x = None
        improved = x is not None and _min_obj(inst, x) < best_obj - delta
        if improved:
            tracker.sub_time = min(tracker.sub_time * 1.25, max(1.0, 0.25 * run.time_limit))
        elif res.timed_out:
            tracker.sub_time = max(tracker.sub_time * 0.8, tracker.min_sub_time)
        tracker.recent.append(int(improved))
        if x is None or np.array_equal(x, cur.x):
            return LNSState(cur.x, cur.obj, tracker, wasted=res.runtime < 1e-3, unchanged=True)
        data.remember(x)
        if improved:
            run.improved(inst.objective(x), name)
            if exchange is not None:
                exchange.publish(x)
        return LNSState(x, _min_obj(inst, x), tracker)

    def run_best_min() -> float:
        return inst.sense * run.best

    alns.add_repair_operator(repair, "sub_mip")

    def on_outcome(outcome_index: int):
        def record(cand, rng, **kwargs):
            tracker.last_outcome = outcome_index

        return record

    for k, register in enumerate((alns.on_best, alns.on_better, alns.on_accept,
                                  alns.on_reject)):
        register(on_outcome(k))
    selector = make_selector(p.bandit, len(ops), run.child_seed(), p.bandit_param)
    f0 = _min_obj(inst, x0)
    if p.accept == "hill_climbing":
        accept = HillClimbing()
    else:
        start = -p.sa_worse * max(abs(f0), 1e-6) / np.log(0.5)
        iters = max(10, int(run.remaining() / sub0))
        accept = SimulatedAnnealing(start, start * 1e-3, (1e-3) ** (1.0 / iters))

    def stop(rng, best, current) -> bool:
        if p.max_iterations and sum(tracker.op_pulls.values()) >= p.max_iterations:
            return True
        return run.stopped or run.remaining() < p.min_left

    t0 = time.monotonic()
    result = alns.iterate(LNSState(x0, f0, tracker), selector, RejectUnchanged(accept), stop)
    best = result.best_state
    counts = result.statistics.destroy_operator_counts
    stats = {"operators": {
        op.name: {"pulls": tracker.op_pulls.get(op.name, 0),
                  "best": int(counts[op.name][0]), "better": int(counts[op.name][1]),
                  "accept": int(counts[op.name][2]), "reject": int(counts[op.name][3]),
                  "not_applicable": tracker.op_wasted.get(op.name, 0),
                  "time": round(tracker.op_time.get(op.name, 0.0), 3)}
        for op in ops},
        "discarded_infeasible": tracker.discarded,
        "loop_time": round(time.monotonic() - t0, 3),
        "bandit": p.bandit, "accept": p.accept, "pulls": tracker.pulls}
    iterations = int(sum(tracker.op_pulls.values()))
    return Outcome(Status.FEASIBLE, objective=inst.objective(best.x), bound=bound,
                   solution=inst.named(best.x), iterations=iterations, backend=p.backend,
                   stats=stats)
