"""The plain SCIP MIP solver as an engine, model built from the instance arrays."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np

from metaopt.control import Run
from metaopt.mip.instance import MIPInstance
from metaopt.outcome import Outcome
from metaopt.params import Params as BaseParams
from metaopt.params import param
from metaopt.result import Status


@dataclass(frozen=True)
class Params(BaseParams):
    """SCIP: the relative gap at which it stops, and any native parameter as scip.<path>."""

    native_prefix: ClassVar[str] = "scip"
    mip_rel_gap: float = param(1e-4, "relative MIP gap at which SCIP stops (limits/gap)",
                               low=0.0)
    native: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def check_native(cls, options: dict[str, Any]) -> dict[str, Any]:
        from metaopt.native_options import check_scip

        return check_scip(options)


def build_scip(inst: MIPInstance):
    """A pyscipopt model of ``inst`` (minimisation) and its variables in column order."""
    import pyscipopt
    from pyscipopt.scip import ExprCons

    m = pyscipopt.Model(inst.name)
    m.hideOutput()

    def clip(v: float) -> float | None:
        return None if not np.isfinite(v) else float(v)

    xs = []
    for j in range(inst.num_vars):
        lb, ub = clip(inst.col_lower[j]), clip(inst.col_upper[j])
        vtype = "C"
        if inst.integer[j]:
            vtype = "B" if inst.binary[j] else "I"
        xs.append(m.addVar(inst.var_names[j], vtype=vtype, lb=lb, ub=ub, obj=float(inst.c[j])))
    if inst.offset:
        m.addObjoffset(float(inst.offset))
    A = inst.A
    for i in range(inst.num_rows):
        lo, hi = A.indptr[i], A.indptr[i + 1]
        lhs, rhs = clip(inst.row_lower[i]), clip(inst.row_upper[i])
        if lhs is None and rhs is None:
            continue  # a free row never binds
        expr = pyscipopt.quicksum(
            float(v) * xs[j] for j, v in zip(A.indices[lo:hi], A.data[lo:hi], strict=True))
        m.addCons(ExprCons(expr, lhs=lhs, rhs=rhs), name=inst.row_names[i])
    return m, xs


def solve(inst: MIPInstance, run: Run, params: Params) -> Outcome:
    import pyscipopt
    from pyscipopt import SCIP_EVENTTYPE

    m, xs = build_scip(inst)
    m.setParam("limits/time", max(run.remaining(), 0.01))
    m.setParam("randomization/randomseedshift", run.child_seed(bits=30))
    m.setParam("parallel/maxnthreads", run.threads)
    m.setParam("misc/catchctrlc", False)  # metaopt handles Ctrl-C itself
    m.setParam("limits/gap", params.mip_rel_gap)
    for key, value in params.native:
        m.setParam(key, value)

    class Watcher(pyscipopt.Eventhdlr):
        def eventinit(self):
            # a stop is looked at after every presolve round, node, LP solve and separated
            # cut: node events alone can be 1.5 s apart at the root (measured on the
            # shipped setcover_500x1000 instance), cuts every few milliseconds
            for kind in ("BESTSOLFOUND", "NODESOLVED", "LPSOLVED", "NODEFOCUSED",
                         "PRESOLVEROUND", "ROWADDEDSEPA"):
                self.model.catchEvent(getattr(SCIP_EVENTTYPE, kind), self)

        def eventexec(self, event):
            if event.getType() == SCIP_EVENTTYPE.BESTSOLFOUND:
                sol = self.model.getBestSol()
                run.improved(inst.sense * self.model.getSolObjVal(sol), "scip")
            if run.interrupted:
                self.model.interruptSolve()

    m.includeEventhdlr(Watcher(), "metaopt-watcher", "records incumbents, honours stops")
    m.optimize()
    status = m.getStatus()
    if status == "infeasible":
        return Outcome(Status.INFEASIBLE, backend="scip")
    bound = m.getDualbound()
    bound = inst.sense * bound if abs(bound) < m.infinity() else None
    if m.getNSols() == 0:
        return Outcome(Status.NO_SOLUTION, bound=bound, backend="scip", message=status)
    sol = m.getBestSol()
    x = np.array([m.getSolVal(sol, v) for v in xs])
    run.improved(inst.objective(x), "scip")
    return Outcome(Status.OPTIMAL if status == "optimal" else Status.FEASIBLE,
                   objective=inst.objective(x), bound=bound, solution=inst.named(x),
                   iterations=int(m.getNNodes()), backend="scip", message=status)
