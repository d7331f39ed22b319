"""The ``lns`` engine: one adaptive LNS search (``search.py``), or a portfolio of them."""

from __future__ import annotations

from metaopt.control import Run
from metaopt.mip.instance import MIPInstance
from metaopt.mip.lns.params import LNSParams
from metaopt.mip.lns.search import search
from metaopt.outcome import Outcome

Params = LNSParams


def cpus(params: LNSParams, threads: int) -> int:
    """A portfolio occupies one CPU per worker process."""
    return max(threads, params.workers or threads)


def solve(inst: MIPInstance, run: Run, p: LNSParams) -> Outcome:
    workers = p.workers or run.threads
    if workers > 1:
        from dataclasses import replace

        from metaopt.mip.lns.portfolio import solve_portfolio

        return solve_portfolio(inst, run, replace(p, workers=workers))
    return search(inst, run, p)
