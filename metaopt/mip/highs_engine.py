"""The plain HiGHS MIP solver as an engine (and the fair baseline for ``lns``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np

from metaopt.control import Run
from metaopt.mip.highs_util import new_highs
from metaopt.mip.instance import MIPInstance
from metaopt.outcome import Outcome
from metaopt.params import Params as BaseParams
from metaopt.params import param
from metaopt.result import Status


@dataclass(frozen=True)
class Params(BaseParams):
    """HiGHS: the relative gap at which it stops, and any native option as highs.<option>."""

    native_prefix: ClassVar[str] = "highs"
    mip_rel_gap: float = param(1e-4, "relative MIP gap at which HiGHS stops", low=0.0)
    native: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def check_native(cls, options: dict[str, Any]) -> dict[str, Any]:
        from metaopt.native_options import check_highs

        return check_highs(options)


def build_highs(inst: MIPInstance, threads: int = 1):
    """A HiGHS object holding ``inst`` as a minimisation model (console output off)."""
    import highspy

    h = new_highs(threads=threads)
    lp = highspy.HighsLp()
    lp.num_col_, lp.num_row_ = inst.num_vars, inst.num_rows
    lp.col_cost_ = inst.c
    lp.offset_ = inst.offset
    lp.col_lower_, lp.col_upper_ = inst.col_lower, inst.col_upper
    lp.row_lower_, lp.row_upper_ = inst.row_lower, inst.row_upper
    csc = inst.A.tocsc()
    lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    lp.a_matrix_.num_col_, lp.a_matrix_.num_row_ = inst.num_vars, inst.num_rows
    lp.a_matrix_.start_ = csc.indptr
    lp.a_matrix_.index_ = csc.indices
    lp.a_matrix_.value_ = csc.data
    lp.integrality_ = [highspy.HighsVarType.kInteger if i else highspy.HighsVarType.kContinuous
                       for i in inst.integer]
    lp.col_names_ = list(inst.var_names)
    lp.row_names_ = list(inst.row_names)
    h.passModel(lp)
    return h


def set_options(h, options: dict[str, Any]) -> None:
    """Set HiGHS options, each checked (a refused one is a UsageError)."""
    import highspy

    from metaopt.errors import UsageError

    for key, value in options.items():
        if h.setOptionValue(key, value) != highspy.HighsStatus.kOk:
            raise UsageError(f"highs.{key}: HiGHS refuses the value {value!r}")


def solve(inst: MIPInstance, run: Run, params: Params) -> Outcome:
    import highspy

    h = build_highs(inst, run.threads)
    set_options(h, {"time_limit": max(run.remaining(), 0.01), "random_seed": run.child_seed(),
                    "mip_rel_gap": params.mip_rel_gap, **dict(params.native)})

    def improving(e) -> None:
        run.improved(inst.sense * e.data_out.objective_function_value, "highs")

    def interrupt(e) -> None:
        bound = e.data_out.mip_dual_bound
        if np.isfinite(bound):
            run.bound = inst.sense * bound
        if run.interrupted:
            e.data_in.user_interrupt = True

    h.cbMipImprovingSolution.subscribe(improving)
    h.cbMipInterrupt.subscribe(interrupt)
    run.on_stop(h.cancelSolve)
    h.run()
    model_status = h.getModelStatus()
    info = h.getInfo()
    has_sol = info.primal_solution_status == 2  # kSolutionStatusFeasible
    bound = info.mip_dual_bound
    bound = inst.sense * bound if np.isfinite(bound) else None
    if model_status == highspy.HighsModelStatus.kInfeasible:
        return Outcome(Status.INFEASIBLE, backend="highs", bound=None)
    if not has_sol:
        return Outcome(Status.NO_SOLUTION, bound=bound, backend="highs",
                       message=h.modelStatusToString(model_status))
    x = np.asarray(h.getSolution().col_value)
    run.improved(inst.objective(x), "highs")
    status = Status.OPTIMAL if model_status == highspy.HighsModelStatus.kOptimal \
        else Status.FEASIBLE
    return Outcome(status, objective=inst.objective(x), bound=bound, solution=inst.named(x),
                   iterations=int(info.mip_node_count), backend="highs",
                   message=h.modelStatusToString(model_status))
