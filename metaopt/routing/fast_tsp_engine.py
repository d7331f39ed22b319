"""``fast-tsp``: the fast-tsp package's local search (Or-opt / Lin–Kernighan style) for TSP.

Distances are scaled into its unsigned 16-bit range; the tour is re-costed exactly. The
package gives no intermediate tours, so the trajectory holds the final tour only, and a stop
request (Ctrl-C) takes effect when its time budget ends.
"""

from __future__ import annotations

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
    run.set_phase("fast-tsp")
    tour = fast_tsp.find_tour(rows, max(run.remaining() - parse, 0.05),
                              max_threads=run.threads,
                              candidates=params.candidates)
    tour = [int(v) for v in tour]
    cost = inst.tour_length(np.asarray(tour))
    run.improved(cost, "fast-tsp")
    return Outcome(Status.FEASIBLE, cost, solution=tour, backend="fast-tsp")
