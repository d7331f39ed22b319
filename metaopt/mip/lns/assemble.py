"""Parts shared by both LNS drivers: the backend, and an LNSLoop with its operators,
selector and acceptance criterion."""

from __future__ import annotations

import numpy as np
from alns.accept import HillClimbing, SimulatedAnnealing
from alns.select import MABSelector  # noqa: F401  (pulls in mabwiser now, not mid-run)

from metaopt.control import Run
from metaopt.mip.instance import MIPInstance
from metaopt.mip.lns.bandits import make_selector
from metaopt.mip.lns.loop import LNSLoop
from metaopt.mip.lns.operators import SearchData, default_operators
from metaopt.mip.lns.params import LNSParams


def make_backend(inst: MIPInstance, run: Run, p: LNSParams, threads: int | None = None):
    """The sub-MIP solver, on ``threads`` (default: the run's)."""
    threads = threads or run.threads
    if p.backend == "highs":
        from metaopt.mip.lns.highs_backend import HighsBackend

        return HighsBackend(inst, threads, lambda: run.stopped, p.sub_heuristics)
    from metaopt.mip.lns.scip_backend import ScipBackend

    return ScipBackend(inst, threads, lambda: run.stopped, p.sub_heuristics)


def build_loop(inst: MIPInstance, backend, run: Run, p: LNSParams, lp: np.ndarray | None,
               start_obj: float) -> LNSLoop | None:
    """The loop over the default operators (None when the model has no integers)."""
    data = SearchData(inst, lp)
    ops = default_operators(data)
    if not ops:
        return None
    if p.sizes == "fixed":
        for op in ops:
            op.low = op.high = op.size if op.size is not None else op.low
    selector = make_selector(p.bandit, len(ops), run.child_seed(), p.bandit_param,
                             time_rewards=p.reward == "time")
    if p.accept == "hill_climbing":
        accept = HillClimbing()
    else:
        start = -p.sa_worse * max(abs(start_obj), 1e-6) / np.log(0.5)
        sub0 = p.sub_time or max(1.0, 0.05 * run.time_limit)
        iters = max(10, int(run.remaining() / sub0))
        accept = SimulatedAnnealing(start, start * 1e-3, (1e-3) ** (1.0 / iters))
    bound = None
    if lp is not None:
        bound = float(inst.c @ lp + inst.offset)
    return LNSLoop(inst, backend, data, ops, selector, accept, run, p, bound)
