"""LNS backend over SCIP: the original problem is changed between solves and restored."""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np

from metaopt.mip.instance import MIPInstance
from metaopt.mip.lns.backend import SubResult
from metaopt.mip.lns.neighbourhood import Neighbourhood
from metaopt.mip.lns.root_lp import root_lp
from metaopt.mip.scip_engine import build_scip


class ScipBackend:
    name = "scip"

    def __init__(self, inst: MIPInstance, threads: int, stop: Callable[[], bool],
                 heuristics: str = "default") -> None:
        import pyscipopt
        from pyscipopt import SCIP_EVENTTYPE, SCIP_PARAMSETTING

        self.inst = inst
        self.threads = threads
        self.m, self.xs = build_scip(inst)
        self.m.setParam("parallel/maxnthreads", threads)
        self.m.setParam("misc/catchctrlc", False)
        self.m.setParam("limits/gap", 1e-4)
        self.heuristics = {"off": SCIP_PARAMSETTING.OFF, "default": SCIP_PARAMSETTING.DEFAULT,
                           "aggressive": SCIP_PARAMSETTING.AGGRESSIVE}[heuristics]
        self.m.setHeuristics(self.heuristics)
        self._cancel = False
        self.on_incumbent = None  # set during the initial phase: called with each objective
        backend = self

        class Watch(pyscipopt.Eventhdlr):
            def eventinit(self):
                self.model.catchEvent(SCIP_EVENTTYPE.NODESOLVED, self)
                self.model.catchEvent(SCIP_EVENTTYPE.BESTSOLFOUND, self)

            def eventexec(self, event):
                if (event.getType() == SCIP_EVENTTYPE.BESTSOLFOUND
                        and backend.on_incumbent is not None):
                    sol = self.model.getBestSol()
                    backend.on_incumbent(self.model.getSolObjVal(sol))
                if backend._cancel or stop():
                    self.model.interruptSolve()

        self.m.includeEventhdlr(Watch(), "metaopt-lns-watch", "honours stops")

    def interrupt(self) -> None:
        self._cancel = True

    def lp_relaxation(self, time_limit: float) -> np.ndarray | None:
        # The root LP is a plain LP: HiGHS's simplex answers it without touching SCIP's model.
        return root_lp(self.inst, self.threads, time_limit)

    def _run(self, time_limit: float, seed: int) -> SubResult:
        m = self.m
        self._cancel = False
        m.setParam("limits/time", max(time_limit, 0.01))
        m.setParam("randomization/randomseedshift", int(seed) % (2**30))
        t0 = time.monotonic()
        m.optimize()
        runtime = time.monotonic() - t0
        status = m.getStatus()
        x = None
        if m.getNSols() > 0:
            sol = m.getBestSol()
            x = np.array([m.getSolVal(sol, v) for v in self.xs])
        return SubResult(x, status in ("timelimit", "nodelimit"), status == "infeasible", runtime,
                         status == "optimal")

    def initial_solution(self, time_limit: float, seed: int, first_only: bool = True
                         ) -> SubResult:
        from pyscipopt import SCIP_PARAMSETTING

        m = self.m
        if first_only:
            m.setParam("limits/solutions", 1)
        m.setHeuristics(SCIP_PARAMSETTING.AGGRESSIVE)
        try:
            return self._run(time_limit, seed)
        finally:
            m.freeTransform()
            m.setParam("limits/solutions", -1)
            m.setHeuristics(self.heuristics)

    def solve(self, nb: Neighbourhood, start: np.ndarray, cutoff: float | None,
              time_limit: float, seed: int, node_limit: int = 0) -> SubResult:
        import pyscipopt
        from pyscipopt.scip import ExprCons

        inst, m, xs = self.inst, self.m, self.xs
        idx = nb.bound_idx
        lo = np.maximum(nb.bound_lo, inst.col_lower[idx])
        hi = np.maximum(lo, np.minimum(nb.bound_hi, inst.col_upper[idx]))
        for j, a, b in zip(idx, lo, hi, strict=True):
            m.chgVarLb(xs[j], float(a))
            m.chgVarUb(xs[j], float(b))
        rows = nb.all_rows(inst.c, inst.offset, cutoff)
        conss = []
        for k, r in enumerate(rows):
            expr = pyscipopt.quicksum(float(v) * xs[j] for j, v in
                                      zip(r.indices, r.values, strict=True))
            lhs = float(r.lower) if np.isfinite(r.lower) else None
            rhs = float(r.upper) if np.isfinite(r.upper) else None
            conss.append(m.addCons(ExprCons(expr, lhs=lhs, rhs=rhs), name=f"lns{k}"))
        if nb.objective is not None:
            m.setObjective(pyscipopt.quicksum(float(c) * xs[j] for j, c in
                                              enumerate(nb.objective) if c), "minimize")
        elif cutoff is not None:
            m.setObjlimit(float(cutoff))
        sol = m.createSol()
        for j, v in enumerate(start):
            m.setSolVal(sol, xs[j], float(v))
        m.addSol(sol, free=True)
        m.setParam("limits/nodes", int(node_limit) if node_limit else -1)
        try:
            return self._run(time_limit, seed)
        finally:
            m.freeTransform()
            for j in idx:
                m.chgVarLb(xs[j], float(inst.col_lower[j]) if np.isfinite(inst.col_lower[j])
                           else -m.infinity())
                m.chgVarUb(xs[j], float(inst.col_upper[j]) if np.isfinite(inst.col_upper[j])
                           else m.infinity())
            for c in conss:
                m.delCons(c)
            if nb.objective is not None:
                m.setObjective(pyscipopt.quicksum(float(c) * xs[j] for j, c in
                                                  enumerate(inst.c) if c), "minimize")
                if inst.offset:
                    m.addObjoffset(float(inst.offset))
            m.setObjlimit(m.infinity())
            m.setParam("limits/nodes", -1)
