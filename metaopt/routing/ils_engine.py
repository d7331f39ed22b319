"""``ils``: iterated 2-opt / Or-opt on the whole TSP tour (:mod:`metaopt.routing.tour_search`).

A Hilbert-curve tour, a descent from every node, then double-bridge kicks of short segments
at random places, each repaired locally and kept only if the tour got shorter, until the
limit. Memory is O(n·k): coordinates, the tour and k-nearest candidate lists. The descent and
the kicks run in compiled batches of about ``tour_search.BATCH_SECONDS``, between which the
clock and a stop request are looked at; with ``kicks`` set the run is the same for the same
seed whatever the clock.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from metaopt.control import Run
from metaopt.errors import UsageError
from metaopt.outcome import Outcome
from metaopt.params import Params as BaseParams
from metaopt.params import param
from metaopt.result import Status
from metaopt.routing import tour_search as ts
from metaopt.routing.instance import RoutingInstance
from metaopt.routing.neighbours import nearest_neighbours
from metaopt.routing.space_filling import curve_order


@dataclass(frozen=True)
class Params(BaseParams):
    """Candidate lists, kick size and an optional fixed number of kicks."""

    neighbours: int = param(8, "candidate list length per node (nearest neighbours)",
                            low=3, high=32)
    segment: int = param(100, "longest segment a double-bridge kick moves (nodes)",
                         low=1, high=1000)
    kicks: int | None = param(None, "stop after this many kicks (none: at the limit); with "
                                    "it set, the same seed gives the same tour", low=0)


def prepare(params: Params) -> None:
    ts.warm_up()


def solve(inst: RoutingInstance, run: Run, params: Params) -> Outcome:
    if inst.problem != "tsp":
        raise UsageError("ils solves TSP only")
    if not ts.supports(inst):
        raise UsageError(f"ils needs coordinates with a Euclidean-type distance, not "
                         f"{inst.distance!r} (try: fast-tsp)")
    n = inst.num_nodes
    if n < 8:
        tour = list(range(n))
        return Outcome(Status.FEASIBLE, inst.tour_length(tour), solution=tour, backend="ils")
    xy = np.ascontiguousarray(inst.coords, dtype=float)
    conv = ts.CONVENTION_CODES[inst.distance]
    run.set_phase("space-filling curve")
    t = np.ascontiguousarray(curve_order(inst, np.arange(n)), dtype=np.int64)
    pos = np.empty(n, np.int64)
    pos[t] = np.arange(n)
    best = ts.tour_length(xy, conv, t)
    run.improved(best, "space-filling curve")
    run.set_phase("candidate lists")
    nbr = np.ascontiguousarray(nearest_neighbours(inst, params.neighbours), dtype=np.int64)
    run.set_phase("descent")
    ts.descend_all(xy, conv, t, pos, nbr, lambda: run.stopped)
    best = ts.tour_length(xy, conv, t)
    run.improved(best, "descent")
    run.set_phase("kicks")
    rng = np.random.default_rng(run.child_seed())
    done, kept, batch = 0, 0, 1000
    while not run.stopped and (params.kicks is None or done < params.kicks):
        size = batch if params.kicks is None else min(batch, params.kicks - done)
        starts = rng.integers(0, n, size)
        len1 = rng.integers(1, params.segment + 1, size)
        len2 = rng.integers(1, params.segment + 1, size)
        t0 = time.monotonic()
        gain, k = ts.kicks(xy, conv, t, pos, nbr, starts, len1, len2)
        if params.kicks is None:
            batch = ts.resize(batch, time.monotonic() - t0)
        done += size
        kept += int(k)
        if gain > 0:
            best = ts.tour_length(xy, conv, t)
            run.improved(best, "kicks")
    tour = t.tolist()
    return Outcome(Status.FEASIBLE, inst.tour_length(tour), solution=tour, backend="ils",
                   iterations=done, stats={"kicks": done, "kept": kept})
