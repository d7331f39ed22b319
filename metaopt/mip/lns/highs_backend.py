"""LNS backend over HiGHS: bounds, rows and costs changed in place and restored."""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np

from metaopt.mip.highs_engine import build_highs
from metaopt.mip.instance import MIPInstance
from metaopt.mip.lns.backend import SubResult
from metaopt.mip.lns.neighbourhood import Neighbourhood
from metaopt.mip.lns.root_lp import root_lp

# HiGHS's mip_heuristic_effort for the sub_heuristics settings (0.05 is HiGHS's default).
HEURISTIC_EFFORT = {"off": 0.0, "default": 0.05, "aggressive": 0.3}


class HighsBackend:
    name = "highs"

    def __init__(self, inst: MIPInstance, threads: int, stop: Callable[[], bool],
                 heuristics: str = "default") -> None:
        self.inst = inst
        self.threads = threads
        self.effort = HEURISTIC_EFFORT[heuristics]
        self.h = build_highs(inst, threads)
        self.h.setOptionValue("mip_rel_gap", 1e-4)
        self.h.setOptionValue("mip_heuristic_effort", self.effort)
        self._stop = stop
        self._cancel = False

        def interrupt(e) -> None:
            if self._cancel or stop():
                e.data_in.user_interrupt = True

        self.h.cbMipInterrupt.subscribe(interrupt)
        self.on_incumbent = None  # set during the initial phase: called with each objective

        def improving(e) -> None:
            if self.on_incumbent is not None:
                self.on_incumbent(e.data_out.objective_function_value)

        self.h.cbMipImprovingSolution.subscribe(improving)

    def interrupt(self) -> None:
        self._cancel = True

    def lp_relaxation(self, time_limit: float) -> np.ndarray | None:
        return root_lp(self.inst, self.threads, time_limit)

    def _run(self, time_limit: float, seed: int) -> SubResult:
        import highspy

        self._cancel = False
        self.h.setOptionValue("time_limit", max(time_limit, 0.01))
        self.h.setOptionValue("random_seed", int(seed))
        t0 = time.monotonic()
        self.h.run()
        runtime = time.monotonic() - t0
        status = self.h.getModelStatus()
        has_sol = self.h.getInfo().primal_solution_status == 2
        x = np.asarray(self.h.getSolution().col_value) if has_sol else None
        limit = (highspy.HighsModelStatus.kTimeLimit, highspy.HighsModelStatus.kSolutionLimit)
        return SubResult(x, status in limit,
                         status == highspy.HighsModelStatus.kInfeasible, runtime,
                         status == highspy.HighsModelStatus.kOptimal)

    def initial_solution(self, time_limit: float, seed: int, first_only: bool = True
                         ) -> SubResult:
        if first_only:
            self.h.setOptionValue("mip_max_improving_sols", 1)
        self.h.setOptionValue("mip_heuristic_effort", 0.3)
        try:
            return self._run(time_limit, seed)
        finally:
            self.h.setOptionValue("mip_max_improving_sols", 2147483647)
            self.h.setOptionValue("mip_heuristic_effort", self.effort)
            self.h.clearSolver()

    def solve(self, nb: Neighbourhood, start: np.ndarray, cutoff: float | None,
              time_limit: float, seed: int, node_limit: int = 0) -> SubResult:
        inst, h = self.inst, self.h
        idx = nb.bound_idx.astype(np.int32)
        if len(idx):
            lo = np.maximum(nb.bound_lo, inst.col_lower[idx])
            hi = np.minimum(nb.bound_hi, inst.col_upper[idx])
            h.changeColsBounds(len(idx), idx, lo, np.maximum(lo, hi))
        rows = nb.all_rows(inst.c, inst.offset, cutoff)
        first_row = h.getNumRow()
        for r in rows:
            h.addRow(r.lower, r.upper, len(r.indices), r.indices.astype(np.int32),
                     r.values.astype(float))
        n = inst.num_vars
        all_idx = np.arange(n, dtype=np.int32)
        if nb.objective is not None:
            h.changeColsCost(n, all_idx, nb.objective.astype(float))
        elif cutoff is not None:
            h.setOptionValue("objective_bound", float(cutoff))
        h.setSolution(highs_solution(start))
        if node_limit:
            h.setOptionValue("mip_max_nodes", int(node_limit))
        try:
            return self._run(time_limit, seed)
        finally:
            if len(idx):
                h.changeColsBounds(len(idx), idx, inst.col_lower[idx], inst.col_upper[idx])
            if rows:
                h.deleteRows(len(rows), np.arange(first_row, first_row + len(rows),
                                                  dtype=np.int32))
            if nb.objective is not None:
                h.changeColsCost(n, all_idx, inst.c)
            h.setOptionValue("objective_bound", float("inf"))
            h.setOptionValue("mip_max_nodes", 2147483647)
            h.clearSolver()


def highs_solution(x: np.ndarray):
    import highspy

    sol = highspy.HighsSolution()
    sol.col_value = list(map(float, x))
    sol.value_valid = True
    return sol
