"""The ``udc`` engine: divide (initial solution), conquer (re-solve pieces), reunion (shifted
cuts), for TSP and CVRP.

Params:
- ``divider``: ``insertion`` (random insertion; CVRP: split of a random-insertion giant tour)
  or ``gnn`` (the trained divider in ``policies/udc-divider-PROBLEM.pt``);
- ``conquer``: TSP ``two-opt`` (2-opt + Or-opt with fixed ends, default), ``fast-tsp`` or
  ``neural`` (``policies/udc-conquer-tsp.pt``); CVRP ``pyvrp`` (PyVRP on each sub-CVRP,
  default) or ``neural`` (``policies/udc-conquer-cvrp.pt``);
- ``stages`` (default 2), ``starts`` (α, default 1), ``n`` (sub-problem size, default 100),
  ``divider_policy`` / ``conquer_policy`` (weight files), ``conquer_samples`` (neural conquer
  only: sampled rollouts on top of the greedy ones, per end for TSP, default 0; per group for
  CVRP, default 7); ``polish`` (neural conquer: local search on the best neural candidate — or,
  given a count k, on the k best distinct candidates — and on the current sub-solution, the
  best kept; TSP: 2-opt/Or-opt with fixed ends; CVRP: capacity-checked 2-opt, 2-opt* and
  Or-opt over the group's routes; default false. Measured best: TSP ``polish = 8``,
  ``conquer_samples = 2``, ``n = 150``; CVRP ``polish = 16``); ``augment`` (neural TSP
  conquer: decode each piece under 1–8 symmetries of the square, default 1); ``split``
  (neural CVRP conquer: also try Prins' optimal split of each rollout's customer order;
  default true).
"""

from __future__ import annotations

import numpy as np

from metaopt.control import Run
from metaopt.errors import UsageError
from metaopt.outcome import Outcome
from metaopt.result import Status
from metaopt.routing.instance import RoutingInstance
from metaopt.routing.udc.initial import random_insertion, split_routes
from metaopt.routing.udc.loop import divide_conquer_reunion
from metaopt.routing.udc.paths import fast_tsp_path, two_opt_or_opt
from metaopt.routing.udc.problems import CVRPParts, TSPParts

_TSP_CONQUER = ("two-opt", "fast-tsp", "neural")
_CVRP_CONQUER = ("pyvrp", "neural")


def _out_of_time(run: Run):
    """The neural conquerors' ``stop``: true once the run is stopped or past its deadline."""
    return lambda: run.stopped or run.remaining() <= 0


def _path_solver(kind: str, params: dict, seed: int, run: Run):
    if kind == "two-opt":
        return lambda mats, seconds, coords: [two_opt_or_opt(d) for d in mats]
    if kind == "fast-tsp":
        return lambda mats, seconds, coords: [fast_tsp_path(d, max(seconds / len(mats), 0.01))
                                              for d in mats]
    from metaopt.routing.udc.conquer_model import NeuralPathSolver

    return NeuralPathSolver.load(params.get("conquer_policy"),
                                 int(params.get("conquer_samples", 0)), seed,
                                 stop=_out_of_time(run),
                                 polish=_polish(params.get("polish", False)),
                                 augment=int(params.get("augment", 1)))


def _polish(value) -> int:
    """``polish``: false / true / k (how many of the best neural candidates are polished)."""
    if isinstance(value, bool) or (isinstance(value, int) and 0 <= value <= 64):
        return int(value)
    raise UsageError(f"polish must be true, false or a count 0-64, not {value!r}")


def _cvrp_sub(inst: RoutingInstance, kind: str, params: dict, rng: np.random.Generator,
              run: Run):
    if kind == "neural":
        from metaopt.routing.udc.cvrp_model import NeuralCVRPSolver

        return NeuralCVRPSolver.load(inst, params.get("conquer_policy"),
                                     int(params.get("conquer_samples", 7)),
                                     int(rng.integers(2**31)), bool(params.get("split", True)),
                                     stop=_out_of_time(run),
                                     polish=_polish(params.get("polish", False)))
    from metaopt.routing.pyvrp_engine import solve_cvrp

    return lambda routes, seconds: solve_cvrp(inst, np.array([v for r in routes for v in r],
                                                             np.int64),
                                              seconds, int(rng.integers(2**31)))


def _initial(inst: RoutingInstance, divider: str, rng: np.random.Generator, params: dict):
    customers = np.array([i for i in range(inst.num_nodes)
                          if inst.problem == "tsp" or i != inst.depot], np.int64)
    if divider == "gnn":
        from metaopt.routing.udc.divider import GNNDivider

        return GNNDivider.load(inst.problem, params.get("divider_policy")).build(inst, rng)
    if divider != "insertion":
        raise UsageError(f"divider must be insertion or gnn, not {divider!r}")
    tour = random_insertion(inst, customers, rng)
    return tour if inst.problem == "tsp" else split_routes(inst, tour)


def prepare(params: dict) -> None:
    """Import torch / torch-geometric when a network is used, and load (or compile, the first
    time) the numba path search, before the clock starts."""
    from metaopt.routing.udc.path_search import warm_up

    warm_up()
    if params.get("conquer") == "neural":
        import metaopt.routing.udc.conquer_model  # noqa: F401
        import metaopt.routing.udc.cvrp_model  # noqa: F401
    if params.get("divider") == "gnn":
        import metaopt.routing.udc.divider  # noqa: F401


def solve(inst: RoutingInstance, run: Run, params: dict) -> Outcome:
    divider = str(params.get("divider", "insertion"))
    stages = int(params.get("stages", 2))
    starts = int(params.get("starts", 1))
    n = int(params.get("n", 100))
    if stages < 0 or starts < 1 or n < 4:
        raise UsageError("udc needs stages >= 0, starts >= 1 and n >= 4")
    rng = np.random.default_rng(run.child_seed())
    if inst.problem == "tsp":
        conquer = str(params.get("conquer", "two-opt"))
        if conquer not in _TSP_CONQUER:
            raise UsageError(f"TSP conquer must be one of {', '.join(_TSP_CONQUER)}")
        parts = TSPParts(inst, _path_solver(conquer, params, run.child_seed(), run))
    else:
        conquer = str(params.get("conquer", "pyvrp"))
        if conquer not in _CVRP_CONQUER:
            raise UsageError(f"CVRP conquer must be one of {', '.join(_CVRP_CONQUER)}")
        if inst.coords is None:
            raise UsageError(f"{inst.name}: udc on CVRP needs coordinates")
        parts = CVRPParts(inst, _cvrp_sub(inst, conquer, params, rng, run))
    best, best_cost, ran = None, float("inf"), 0
    for start in range(starts):
        if run.stopped or (best is not None and run.remaining() < 0.01):
            break
        run.set_phase(f"divide ({divider}), start {start + 1}/{starts}")
        sol = _initial(inst, divider, rng, params)
        cost = parts.cost(sol)
        if cost < best_cost:
            best, best_cost = sol, cost
            run.improved(cost, f"divide-{divider}")
        sol, done = divide_conquer_reunion(parts, sol, run, rng, n, stages,
                                           run.remaining() / (starts - start),
                                           tag=f"udc-{conquer}")
        ran += done
        cost = parts.cost(sol)
        if cost < best_cost:
            best, best_cost = sol, cost
            run.improved(cost, f"udc-{conquer}")
    solution = ([int(v) for v in best] if inst.problem == "tsp"
                else [[int(v) for v in r] for r in best if r])
    return Outcome(Status.FEASIBLE, best_cost, solution=solution, iterations=ran,
                   backend="numpy" if conquer == "two-opt" else conquer,
                   stats={"divider": divider, "conquer": conquer, "stages_run": ran,
                          "starts": starts, "n": n})
