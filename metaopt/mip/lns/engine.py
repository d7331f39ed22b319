"""The ``lns`` engine: LNS hosted by the solver's own search (``hosted.py``), or the LNS
alone (``search.py``), one search or a portfolio of them."""

from __future__ import annotations

from metaopt.control import Run
from metaopt.mip.instance import MIPInstance
from metaopt.mip.lns.params import LNSParams
from metaopt.mip.lns.search import search
from metaopt.outcome import Outcome

Params = LNSParams


def cpus(params: LNSParams, threads: int) -> int:
    """A portfolio occupies one CPU per worker process."""
    if params.host == "solver":
        return threads
    return max(threads, params.workers or threads)


def prepare(params: LNSParams) -> None:
    """Compile the greedy start before the clock starts."""
    if params.start == "greedy":
        from metaopt.mip.lns.greedy_start import warm_up

        warm_up()


def solve(inst: MIPInstance, run: Run, p: LNSParams) -> Outcome:
    if p.host == "solver" and inst.integer.any():
        from metaopt.mip.lns.hosted import hosted_search

        return hosted_search(inst, run, p)
    workers = p.workers or run.threads
    if workers > 1:
        from dataclasses import replace

        from metaopt.mip.lns.portfolio import solve_portfolio

        return solve_portfolio(inst, run, replace(p, workers=workers))
    return search(inst, run, p)
