"""The root LP relaxation (integrality dropped), solved by HiGHS's simplex for any backend."""

from __future__ import annotations

import numpy as np

from metaopt.mip.highs_engine import build_highs
from metaopt.mip.instance import MIPInstance


def root_lp(inst: MIPInstance, threads: int, time_limit: float) -> np.ndarray | None:
    """LP-optimal values, or None when the LP is not solved to optimality in time."""
    import highspy

    lp = build_highs(inst, threads)
    n = inst.num_vars
    lp.changeColsIntegrality(n, np.arange(n, dtype=np.int32),
                             np.full(n, highspy.HighsVarType.kContinuous))
    lp.setOptionValue("time_limit", max(time_limit, 0.01))
    lp.run()
    if lp.getModelStatus() != highspy.HighsModelStatus.kOptimal:
        return None
    return np.asarray(lp.getSolution().col_value)
