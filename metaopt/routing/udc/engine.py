"""The ``udc`` engine: divide (initial solution), conquer (re-solve pieces), reunion (shifted
cuts), for TSP and CVRP. Measured best neural settings: TSP ``polish = 8``,
``conquer_samples = 2``, ``n = 150``; CVRP ``polish = 16``.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np

from metaopt import policies
from metaopt.control import Run
from metaopt.errors import UsageError
from metaopt.outcome import Outcome
from metaopt.params import Params as BaseParams
from metaopt.params import param
from metaopt.result import Status
from metaopt.routing import tour_search as ts
from metaopt.routing.instance import RoutingInstance
from metaopt.routing.space_filling import curve_order
from metaopt.routing.sub_cvrp import Job, SubCVRPPool
from metaopt.routing.udc.initial import random_insertion, split_routes
from metaopt.routing.udc.loop import OPEN_STAGE_SHARE, divide_conquer_reunion
from metaopt.routing.udc.paths import fast_tsp_path, two_opt_or_opt
from metaopt.routing.udc.problems import CVRPParts, TSPParts

_TSP_CONQUER = ("two-opt", "fast-tsp", "neural")
_CVRP_CONQUER = ("pyvrp", "neural")


@dataclass(frozen=True)
class Plan:
    """The divider, conqueror, piece size and time shares a run uses."""

    divider: str
    conquer: str
    n: int
    divide_share: float
    stage_share: float


@dataclass(frozen=True)
class Params(BaseParams):
    """Divider, conqueror, pieces, stages and the neural conquer's decoding."""

    divider: Literal["insertion", "curve", "descent", "gnn", "pyvrp", "sectors"] | None = param(
        None, "initial solution: random insertion or a Hilbert-curve order (CVRP: + optimal "
              "split), the curve after a whole-tour 2-opt / Or-opt descent (TSP with "
              "coordinates), the GNN (TSP), PyVRP on the whole instance (CVRP), or PyVRP on "
              "polar sectors of n customers (CVRP) (none: sectors for CVRP with the pyvrp "
              "conquer, descent for TSP with coordinates and the fast-tsp conquer, else "
              "insertion)")
    divide_share: float | None = param(
        None, "the most of a start's time the divider may take (none: 0.17 for CVRP with the "
              "pyvrp conquer, else 0.5)", low=0.01, high=1.0)
    conquer: Literal["two-opt", "fast-tsp", "neural", "pyvrp"] | None = param(
        None, "sub-solver: TSP two-opt, fast-tsp or neural; CVRP pyvrp or neural (none: "
              "fast-tsp if installed, else two-opt / pyvrp)")
    stages: int | None = param(None, "conquer stages: the first plus reunions with shifted "
                                     "cuts (none: until the deadline)", low=0)
    stage_share: float | None = param(
        None, "without a stage count, the most of the time left one stage may take (none: "
              "0.4 for CVRP with the pyvrp conquer, else 1/20)", low=0.001, high=1.0)
    starts: int = param(1, "divider starts (alpha), each followed by the stages", low=1)
    n: int | None = param(
        None, "sub-problem size in nodes (none: 600 for CVRP with the pyvrp conquer; TSP with "
              "fast-tsp: 500 after descent, 200 if over 2000 nodes per second of the limit, "
              "300 after insertion; else 100)", low=4, high=100_000)
    divider_policy: Path | None = param(None, "GNN divider weights (none: shipped)")
    conquer_policy: Path | None = param(None, "neural conquer weights (none: shipped)")
    conquer_samples: int | None = param(
        None, "neural conquer: sampled rollouts beside the greedy ones (none: 0 TSP, 7 CVRP)",
        low=0, high=1024)
    polish: int = param(0, "neural conquer: local search from the k best candidates and the "
                           "current piece (true = 1)", low=0, high=64, counts_bool=True)
    augment: int = param(1, "neural TSP conquer: symmetries of the square per piece",
                         low=1, high=8)
    split: bool = param(True, "neural CVRP conquer: also try the optimal split of each "
                              "rollout's order")

    def __post_init__(self) -> None:
        super().__post_init__()
        needs = (["torch"] if self.conquer == "neural" or self.divider == "gnn" else []) + (
            ["torch_geometric"] if self.divider == "gnn" else [])
        missing = [m for m in needs if importlib.util.find_spec(m) is None]
        if missing:
            raise UsageError(f"udc's neural conquer and GNN divider need {', '.join(missing)}: "
                             "pip install 'metaopt[learn]'")
        for name in ("divider_policy", "conquer_policy"):
            path = getattr(self, name)
            if path is not None and not path.is_file():
                raise UsageError(f"{name}: no such file {path}")

    def plan(self, inst: RoutingInstance, seconds: float) -> Plan:
        """What runs on ``inst`` within ``seconds``: the parameters with their defaults filled
        in. CVRP with PyVRP re-solving route groups has its own measured defaults (cvrp5000_s7
        at 60 s on 2 workers: 126.07 with these, 130.80 for PyVRP on the whole instance); so
        has TSP with the fast-tsp conquer (``_tsp_defaults``)."""
        problem = inst.problem
        conquer = self.conqueror(problem)
        groups = problem == "cvrp" and conquer == "pyvrp"
        divider, n = self.divider, self.n
        if problem == "tsp" and conquer == "fast-tsp":
            divider, n = _tsp_defaults(inst, seconds, divider, n)
        divider = divider or ("sectors" if groups else "insertion")
        wants = {"gnn": "tsp", "descent": "tsp", "pyvrp": "cvrp", "sectors": "cvrp"}.get(divider)
        if wants is not None and wants != problem:
            raise UsageError(f"divider {divider!r} builds {wants.upper()} solutions, "
                             f"not {problem.upper()}")
        return Plan(divider, conquer,
                    n or (600 if groups else 100),
                    self.divide_share or (0.17 if groups else 0.5),
                    self.stage_share or (0.4 if groups else OPEN_STAGE_SHARE))

    def conqueror(self, problem: str) -> str:
        """The conquer sub-solver for ``problem``, checked against what it takes."""
        allowed = _TSP_CONQUER if problem == "tsp" else _CVRP_CONQUER
        default = "fast-tsp" if problem == "tsp" and importlib.util.find_spec("fast_tsp") \
            else allowed[0]
        kind = self.conquer or default
        if kind not in allowed:
            raise UsageError(f"{problem.upper()} conquer must be one of {', '.join(allowed)}, "
                             f"not {kind!r}")
        return kind


# udc's TSP defaults with the fast-tsp conquer, from the development runs of session 20
# (benchmarks/routing.md; uniform 1k/5k/10k/50k at 10 and 60 s, one thread): the descent divider
# with 500-node pieces was best at 7 of 8 points; at 50k in 10 s (5000 nodes per second of the
# limit) 200-node pieces were (4.56 % vs 7.73 %), as the stages did not get round the tour.
# Without coordinates, random insertion with 300-node pieces beat 100 at 1k and 5k.
TSP_PIECE = 500
TSP_PIECE_HURRIED = 200
HURRIED_NODES_PER_SECOND = 2000
TSP_PIECE_INSERTION = 300


def _tsp_defaults(inst: RoutingInstance, seconds: float, divider: str | None, n: int | None
                  ) -> tuple[str, int | None]:
    """The divider and piece size for a TSP re-solved by fast-tsp, where not given."""
    if divider is None:
        divider = "descent" if ts.supports(inst) else "insertion"
    if n is None and divider == "insertion":
        n = TSP_PIECE_INSERTION
    elif n is None and divider == "descent":
        hurried = inst.num_nodes > HURRIED_NODES_PER_SECOND * max(seconds, 1e-9)
        n = TSP_PIECE_HURRIED if hurried else TSP_PIECE
    return divider, n


def weight_files(params: Params, problem: str) -> list[Path]:
    files = []
    if params.conquer == "neural":
        files.append(params.conquer_policy or policies.udc_conquer(problem))
    if params.divider == "gnn":
        files.append(params.divider_policy or policies.UDC_DIVIDER_TSP)
    return files


def _out_of_time(run: Run):
    """The neural conquerors' ``stop``: true once the run is stopped or past its deadline."""
    return lambda: run.stopped or run.remaining() <= 0


def _each_piece(solve_one, run: Run):
    """A path solver that re-orders pieces one by one within the stage's ``seconds``; pieces
    left when the time is up (or the run is stopped) keep their order."""
    import time

    def solve_paths(mats, seconds, coords):
        deadline = time.monotonic() + seconds
        out = []
        for k, d in enumerate(mats):
            left = deadline - time.monotonic()
            if left <= 0 or run.stopped:
                out.append(np.arange(len(d)))
            else:
                out.append(solve_one(d, left / (len(mats) - k)))
        return out

    return solve_paths


def _path_solver(kind: str, params: Params, seed: int, run: Run):
    if kind == "two-opt":
        return _each_piece(lambda d, seconds: two_opt_or_opt(d), run)
    if kind == "fast-tsp":
        return _each_piece(lambda d, seconds: fast_tsp_path(d, max(seconds, 0.001)), run)
    from metaopt.routing.udc.neural_path import NeuralPathSolver

    samples = 0 if params.conquer_samples is None else params.conquer_samples
    return NeuralPathSolver.load(params.conquer_policy, samples, seed, stop=_out_of_time(run),
                                 polish=params.polish, augment=params.augment)


def _cvrp_sub(inst: RoutingInstance, kind: str, params: Params, rng: np.random.Generator,
              run: Run, pool: SubCVRPPool):
    """The batch sub-CVRP solver: the neural conquer one group after another, or PyVRP from
    each group's routes on the pool's workers."""
    if kind == "neural":
        from metaopt.routing.udc.cvrp_model import NeuralCVRPSolver

        samples = 7 if params.conquer_samples is None else params.conquer_samples
        one = NeuralCVRPSolver.load(inst, params.conquer_policy, samples,
                                    int(rng.integers(2**31)), params.split,
                                    stop=_out_of_time(run), polish=params.polish)
        return lambda groups, seconds: [one(g, seconds / len(groups)) for g in groups]

    def solve_groups(groups, seconds):
        per = pool.seconds_each(seconds, len(groups))
        return pool.solve([Job(np.array(sorted(v for r in g for v in r), np.int64), g, per,
                               int(rng.integers(2**31))) for g in groups])

    return solve_groups


def _sectors(inst: RoutingInstance, customers: np.ndarray, n: int, pool: SubCVRPPool,
             rng: np.random.Generator, seconds: float) -> list[list[int]]:
    """Customers cut by polar angle around the depot into sectors of about ``n``, each solved
    by PyVRP from scratch (side by side on the pool's workers); a sector left unsolved is
    split optimally in angle order."""
    xy = np.asarray(inst.coords, float)
    rel = xy[customers] - xy[inst.depot]
    ordered = customers[np.argsort(np.arctan2(rel[:, 1], rel[:, 0]), kind="stable")]
    parts = np.array_split(ordered, max(1, round(len(ordered) / n)))
    per = pool.seconds_each(seconds, len(parts))
    found = pool.solve([Job(np.sort(p), None, per, int(rng.integers(2**31))) for p in parts])
    routes: list[list[int]] = []
    for part, got in zip(parts, found, strict=True):
        routes += got if got is not None else split_routes(inst, part)
    return routes


def _initial(inst: RoutingInstance, divider: str, n: int, rng: np.random.Generator,
             params: Params, run: Run, seconds: float, pool: SubCVRPPool):
    """The divider's solution; a construction still running after ``seconds`` (or stopped)
    places its remaining nodes in Hilbert-curve order."""
    deadline = run.elapsed() + seconds

    def stop() -> bool:
        return run.stopped or run.elapsed() >= deadline

    customers = np.array([i for i in range(inst.num_nodes)
                          if inst.problem == "tsp" or i != inst.depot], np.int64)
    if divider == "gnn":
        from metaopt.routing.udc.divider import GNNDivider

        return GNNDivider.load(inst.problem, params.divider_policy).build(inst, rng, stop)
    if divider == "sectors":
        return _sectors(inst, customers, n, pool, rng, seconds)
    if divider == "pyvrp":
        from metaopt.routing.pyvrp_solve import solve_cvrp

        routes = solve_cvrp(inst, customers, seconds, int(rng.integers(2**31)), stop=stop)
        if routes is not None:
            return [r for r in routes if r]
    if divider == "descent":
        if not ts.supports(inst):
            raise UsageError(f"divider 'descent' needs coordinates with a Euclidean-type "
                             f"distance, not {inst.distance!r}")
        return ts.descended(inst, curve_order(inst, customers), stop)
    if divider == "curve":
        tour = curve_order(inst, customers)
    else:
        tour = random_insertion(inst, customers, rng, stop)
    return tour if inst.problem == "tsp" else split_routes(inst, tour)


def prepare(params: Params) -> None:
    """Import torch / torch-geometric when a network is used, and load (or compile, the first
    time) the numba path search (and the whole-tour descent when it may divide: given, or the
    default with the fast-tsp conquer), before the clock starts."""
    from metaopt.routing.udc.path_search import warm_up

    warm_up()
    if params.divider == "descent" or (params.divider is None
                                       and params.conquer in (None, "fast-tsp")):
        ts.warm_up()
    if params.conquer == "neural":
        import metaopt.routing.udc.cvrp_model  # noqa: F401
        import metaopt.routing.udc.neural_path  # noqa: F401
    if params.divider == "gnn":
        import metaopt.routing.udc.divider  # noqa: F401


def cpus(params: Params, threads: int) -> int:
    """CVRP sub-problems go to one PyVRP process per thread."""
    return threads


def solve(inst: RoutingInstance, run: Run, params: Params) -> Outcome:
    plan = params.plan(inst, run.remaining())
    if inst.problem == "cvrp" and inst.coords is None:
        raise UsageError(f"{inst.name}: udc on CVRP needs coordinates")
    workers = run.threads if inst.problem == "cvrp" else 1
    with SubCVRPPool(inst, workers, lambda: run.stopped or run.remaining() <= 0) as pool:
        return _solve(inst, run, params, plan, pool)


def _solve(inst: RoutingInstance, run: Run, params: Params, plan: Plan, pool: SubCVRPPool
           ) -> Outcome:
    divider, conquer, n, stages, starts = (plan.divider, plan.conquer, plan.n, params.stages,
                                           params.starts)
    rng = np.random.default_rng(run.child_seed())
    if inst.problem == "tsp":
        parts = TSPParts(inst, _path_solver(conquer, params, run.child_seed(), run))
    else:
        parts = CVRPParts(inst, _cvrp_sub(inst, conquer, params, rng, run, pool))
    best, best_cost, ran = None, float("inf"), 0
    for start in range(starts):
        if run.stopped or (best is not None and run.remaining() < 0.01):
            break
        run.set_phase(f"divide ({divider}), start {start + 1}/{starts}")
        sol = _initial(inst, divider, n, rng, params, run,
                       plan.divide_share * run.remaining() / (starts - start), pool)
        cost = parts.cost(sol)
        if cost < best_cost:
            best, best_cost = sol, cost
            run.improved(cost, f"divide-{divider}")
        sol, done = divide_conquer_reunion(parts, sol, run, rng, n, stages,
                                           run.remaining() / (starts - start),
                                           tag=f"udc-{conquer}", share=plan.stage_share)
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
                          "starts": starts, "n": n, "workers": pool.workers})
