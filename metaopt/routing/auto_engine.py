"""``auto``: picks a routing engine by problem kind, size and what is installed.

TSP: fast-tsp up to ``FAST_TSP_WHOLE`` nodes when building its dense matrix fits in the time
limit; beyond, ``ils`` (iterated 2-opt/Or-opt on the whole tour) where the distances come from
coordinates, else ``udc`` with fast-tsp (or 2-opt) on its default pieces. CVRP: PyVRP on the
whole instance of up to ``PYVRP_WHOLE_CVRP`` customers when the time limit allows at least
``SECONDS_PER_CUSTOMER`` per customer, and always up to ``UDC_CVRP_FROM`` customers on two or
more threads, ``UDC_CVRP_FROM_ONE_THREAD`` on one; else ``udc``: PyVRP on polar sectors, then
on groups of routes, one process per thread. Without the optional packages:
``greedy`` (CVRP) or ``udc`` with 2-opt (TSP). The crossover points are measured
(``make bench-routing-grid``, benchmarks/routing-grid.md).
"""

from __future__ import annotations

import importlib.util

from metaopt.control import Run
from metaopt.outcome import Outcome
from metaopt.params import NoParams as Params
from metaopt.routing import tour_search
from metaopt.routing.instance import RoutingInstance
from metaopt.routing.integer import MAX_DENSE_NODES

# udc (sectors, then route groups) against PyVRP on the whole instance, uniform capacity-300
# development instances (seed 7), 2 threads: 1000 customers in 10 s 34.30 vs 34.59, in 60 s
# 33.71 vs 33.38; 3000 in 10 s 84.80 vs 87.22, in 60 s 82.23 vs 83.36; 5000 in 60 s 126.07 vs
# 131.41. One thread: 1000 in 60 s 33.82, 3000 in 60 s 83.01. So PyVRP on the whole instance
# from 1/30 s per customer on, and always up to one route group (udc's 600 customers).
# On one thread udc's groups run one after another: at 1000 customers in 10 s PyVRP on the whole
# instance was 0.19 % better on the mean of seeds 7-10 (34.20/36.52/34.74/37.21 vs udc
# 34.47/36.77/34.69/37.02), udc 0.30 % better at 2000 (seeds 7-8: 59.34/67.35 vs 60.06/66.95).
SECONDS_PER_CUSTOMER = 1 / 30
# ... but not beyond 3500 customers, however long the limit: one thread, 300 s, udc was better
# at 4000 (development seed 7: 101.21 vs 101.59) and 5000 (seed 7: 123.85 vs 125.50; the grid's
# seed 11 too: 118.60 vs 120.63), PyVRP at 3000 (grid, seed 11: 75.71 vs 75.84)
PYVRP_WHOLE_CVRP = min(3500, MAX_DENSE_NODES - 1)
UDC_CVRP_FROM = 600
UDC_CVRP_FROM_ONE_THREAD = 1500
# fast-tsp on the whole instance beat ils at 4000, 5000 and 6000 nodes, 10 and 60 s, by 0.13-0.45 %
# on all 12 points (`make routing-tsp-crossover-dev`, seeds 7 and 21); so up to its dense limit
FAST_TSP_WHOLE = MAX_DENSE_NODES
# Building fast-tsp's dense integer matrix and handing it over, seconds per entry (measured on
# the 2-core development machine: 3.8 s for fnl4461, 1.8 s for pcb3038, none of it searching).
DENSE_SECONDS_PER_ENTRY = 2e-7


def choose(inst: RoutingInstance, time_limit: float = float("inf"), threads: int = 1
           ) -> tuple[str, dict]:
    """The engine and parameters ``auto`` runs on this instance within ``time_limit`` on
    ``threads`` threads."""
    has = {m: importlib.util.find_spec(m) is not None for m in ("fast_tsp", "pyvrp")}
    n = inst.num_nodes
    if inst.problem == "tsp":
        setup = DENSE_SECONDS_PER_ENTRY * n * n
        if has["fast_tsp"] and n <= FAST_TSP_WHOLE and \
                setup <= time_limit:
            return "fast-tsp", {}
        if tour_search.supports(inst):
            return "ils", {}
        conquer = "fast-tsp" if has["fast_tsp"] else "two-opt"
        return "udc", {"conquer": conquer, "stages": 1000}
    if not has["pyvrp"]:
        return "greedy", {}
    small = UDC_CVRP_FROM if threads > 1 else UDC_CVRP_FROM_ONE_THREAD
    whole = n - 1 <= small or time_limit >= SECONDS_PER_CUSTOMER * (n - 1)
    if inst.coords is None or (n - 1 <= PYVRP_WHOLE_CVRP and whole):
        return "pyvrp", {}
    return "udc", {"conquer": "pyvrp"}


def prepare(params: Params) -> None:
    """Load the compiled local searches before the clock starts (auto may run ils or udc)."""
    from metaopt.routing.udc.path_search import warm_up

    warm_up()
    tour_search.warm_up()


def solve(inst: RoutingInstance, run: Run, params: Params) -> Outcome:
    from metaopt.engines import ENGINES

    name, chosen = choose(inst, run.remaining(), run.threads)
    run.set_phase(f"auto → {name}")
    engine = ENGINES[name].load()
    out = engine.solve(inst, run, engine.params(chosen))
    out.stats = {**out.stats, "auto_chose": name, "auto_params": chosen}
    return out
