"""Independent MIP feasibility check: bounds, integrality, rows; objective recomputed."""

from __future__ import annotations

import numpy as np

from metaopt.mip.instance import MIPInstance
from metaopt.verdict import Verdict

FEAS_TOL = 1e-6
INT_TOL = 1e-5


def check_mip(inst: MIPInstance, solution: dict[str, float] | list[float]) -> Verdict:
    """``solution`` maps variable names to values (missing names are 0) or lists all values.

    Tolerances are absolute plus relative to the row's activity scale, as MIP solvers use.
    """
    if isinstance(solution, dict):
        index = {n: j for j, n in enumerate(inst.var_names)}
        x = np.zeros(inst.num_vars)
        for name, value in solution.items():
            j = index.get(name)
            if j is None:
                return Verdict(False, f"unknown variable {name!r}")
            x[j] = float(value)
    else:
        x = np.asarray(solution, float)
        if x.shape != (inst.num_vars,):
            return Verdict(False, f"expected {inst.num_vars} values, got {x.size}")
    if not np.all(np.isfinite(x)):
        return Verdict(False, "solution has non-finite values")
    scale = 1.0 + np.abs(x)
    low = np.flatnonzero(x < inst.col_lower - FEAS_TOL * scale)
    high = np.flatnonzero(x > inst.col_upper + FEAS_TOL * scale)
    for bad, what in ((low, "below its lower"), (high, "above its upper")):
        if bad.size:
            j = int(bad[0])
            return Verdict(False, f"{inst.var_names[j]} = {x[j]:g} is {what} bound "
                                  f"[{inst.col_lower[j]:g}, {inst.col_upper[j]:g}]")
    frac = np.abs(x - np.round(x))
    bad = np.flatnonzero(inst.integer & (frac > INT_TOL))
    if bad.size:
        j = int(bad[0])
        return Verdict(False, f"integer variable {inst.var_names[j]} = {x[j]:.9g} is fractional")
    activity = inst.A @ x
    row_scale = 1.0 + abs(inst.A) @ np.abs(x)
    viol = np.maximum(inst.row_lower - activity, activity - inst.row_upper)
    bad = np.flatnonzero(viol > FEAS_TOL * row_scale)
    if bad.size:
        i = int(bad[np.argmax(viol[bad] / row_scale[bad])])
        return Verdict(False, f"row {inst.row_names[i]}: activity {activity[i]:.9g} outside "
                              f"[{inst.row_lower[i]:g}, {inst.row_upper[i]:g}]")
    return Verdict(True, objective=inst.objective(x))
