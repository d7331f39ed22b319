"""Write a MIP instance as MPS (or LP) through HiGHS's own writer."""

from __future__ import annotations

from pathlib import Path

from metaopt.mip.highs_engine import build_highs
from metaopt.mip.instance import MIPInstance


def write_mip(inst: MIPInstance, path: str | Path) -> None:
    """The file keeps the instance's own sense (a maximisation stays a maximisation)."""
    import highspy

    h = build_highs(inst)
    if inst.sense == -1:
        h.changeObjectiveSense(highspy.ObjSense.kMaximize)
        h.changeColsCost(inst.num_vars, list(range(inst.num_vars)), -inst.c)
        h.changeObjectiveOffset(-inst.offset)
    h.writeModel(str(path))
