"""``fast-tsp``: the fast-tsp package's local search (Or-opt / Lin–Kernighan style) for TSP.

Distances are scaled into its unsigned 16-bit range; the tour is re-costed exactly. The
package gives no intermediate tours: its greedy nearest-neighbour tour is the first incumbent,
then its local search runs in a forked child process, so that a stop request (Ctrl-C) ends it
at once and the greedy tour is the answer.
"""

from __future__ import annotations

import multiprocessing as mp
import time
from dataclasses import dataclass
from typing import Literal

import numpy as np

from metaopt.control import Run
from metaopt.outcome import Outcome
from metaopt.params import Params as BaseParams
from metaopt.params import param
from metaopt.result import Status
from metaopt.routing.instance import RoutingInstance
from metaopt.routing.integer import integer_matrix

UINT16_SAFE = 65_000
PARSE_PER_TOLIST = 0.35  # measured here: 0.19 s / 0.63 s (pcb3038), 0.25 s / 1.42 s (fnl4461)
OVERRUN = 0.8  # seconds past the limit after which a still-running fast-tsp is killed


@dataclass(frozen=True)
class Params(BaseParams):
    """fast-tsp's candidate lists."""

    candidates: Literal["auto", "nearest", "alpha"] = param(
        "auto", "fast-tsp's candidate edges for its local search")


def solve(inst: RoutingInstance, run: Run, params: Params) -> Outcome:
    import fast_tsp

    if inst.num_nodes < 3:
        tour = list(range(inst.num_nodes))
        return Outcome(Status.OPTIMAL, inst.tour_length(tour), solution=tour, backend="fast-tsp")
    run.set_phase("dense matrix")
    matrix, _ = integer_matrix(inst, max_value=UINT16_SAFE)
    rows_start = time.monotonic()
    rows = matrix.tolist()
    # fast-tsp's budget excludes parsing the matrix, which takes about a third of tolist()
    parse = PARSE_PER_TOLIST * (time.monotonic() - rows_start)
    run.set_phase("greedy nearest neighbour")
    best = [int(v) for v in fast_tsp.greedy_nearest_neighbor(rows)]
    best_cost = inst.tour_length(np.asarray(best))
    run.improved(best_cost, "fast-tsp greedy")
    run.set_phase("fast-tsp")
    tour = _stoppable_find_tour(rows, max(run.remaining() - parse, 0.05), run,
                                params.candidates)
    if tour is not None:
        cost = inst.tour_length(np.asarray(tour))
        if cost < best_cost:
            best, best_cost = tour, cost
            run.improved(cost, "fast-tsp")
    return Outcome(Status.FEASIBLE, best_cost, solution=best, backend="fast-tsp",
                   message=None if tour is not None else "stopped before fast-tsp finished")


def _child(rows: list, seconds: float, threads: int, candidates: str, conn) -> None:
    import fast_tsp

    conn.send([int(v) for v in fast_tsp.find_tour(rows, seconds, max_threads=threads,
                                                  candidates=candidates)])
    conn.close()


def _stoppable_find_tour(rows: list, seconds: float, run: Run, candidates: str
                         ) -> list[int] | None:
    """``fast_tsp.find_tour`` in a forked child (it inherits ``rows``, nothing is copied),
    killed on a stop request; None when stopped. Without fork it runs in this process."""
    if "fork" not in mp.get_all_start_methods():  # pragma: no cover (not on Linux)
        import fast_tsp

        return [int(v) for v in fast_tsp.find_tour(rows, seconds, max_threads=run.threads,
                                                   candidates=candidates)]
    ctx = mp.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(rows, seconds, run.threads, candidates, send),
                       daemon=True)
    proc.start()
    send.close()
    try:
        while not recv.poll(0.02):
            if run.interrupted or not proc.is_alive() or \
                    run.elapsed() >= run.time_limit + OVERRUN:
                break
        if run.interrupted or not recv.poll(0):
            return None  # stopped, or still parsing its matrix past the limit
        try:
            return recv.recv()
        except EOFError:  # the child died; the greedy tour stands
            return None
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join()
        recv.close()
