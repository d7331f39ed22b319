"""The engine registry: names, the problem kinds each accepts, and their dependencies."""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass

from metaopt.errors import UsageError


@dataclass(frozen=True)
class Engine:
    name: str
    problems: tuple[str, ...]
    target: str
    requires: tuple[str, ...]
    summary: str

    def missing(self) -> list[str]:
        return [m for m in self.requires if importlib.util.find_spec(m) is None]

    def load(self) -> Callable:
        missing = self.missing()
        if missing:
            raise UsageError(f"engine {self.name!r} needs {', '.join(missing)}: "
                             f"pip install {' '.join(missing)}")
        module, _, func = self.target.partition(":")
        return getattr(importlib.import_module(module), func)


ENGINES: dict[str, Engine] = {e.name: e for e in (
    Engine("highs", ("mip",), "metaopt.mip.highs_engine:solve", ("highspy",),
           "HiGHS branch-and-cut, seed and threads set"),
    Engine("scip", ("mip",), "metaopt.mip.scip_engine:solve", ("pyscipopt",),
           "SCIP branch-and-cut, seed and threads set"),
    Engine("lns", ("mip",), "metaopt.mip.lns.engine:solve", ("highspy", "alns", "mabwiser"),
           "Balans-style adaptive LNS, bandit-selected neighbourhoods; --param backend=highs|scip"),
    Engine("balans", ("mip",), "metaopt.mip.balans_engine:solve", ("highspy",),
           "the public balans package (benchmark only; needs METAOPT_BALANS_PYTHON)"),
    Engine("cpsat", ("jssp",), "metaopt.jssp.cpsat_engine:solve", ("ortools",),
           "OR-Tools CP-SAT job-shop model (intervals, NoOverlap, makespan)"),
    Engine("pdr", ("jssp",), "metaopt.jssp.pdr_engine:solve", (),
           "priority dispatching rule (--param rule=mwkr|spt|lpt|lwkr|mopnr|fdd_mwkr|fifo, "
           "samples=k)"),
    Engine("rl", ("jssp",), "metaopt.jssp.rl_engine:solve", ("torch",),
           "learned dispatching policy, greedy + sampled rollouts (--param policy=FILE)"),
    Engine("rl-cp", ("jssp",), "metaopt.jssp.rl_engine:solve_with_cp", ("torch", "ortools"),
           "rl schedule as a complete CP-SAT hint, then CP-SAT for the rest of the time"),
    Engine("greedy", ("tsp", "cvrp"), "metaopt.routing.greedy_engine:solve", ("scipy",),
           "nearest neighbour + 2-opt/Or-opt (TSP), savings + route 2-opt (CVRP)"),
    Engine("fast-tsp", ("tsp",), "metaopt.routing.fast_tsp_engine:solve", ("fast_tsp",),
           "the fast-tsp package's local search (optional: pip install fast-tsp)"),
    Engine("pyvrp", ("cvrp",), "metaopt.routing.pyvrp_engine:solve", ("pyvrp",),
           "PyVRP hybrid genetic search (optional: pip install pyvrp)"),
    Engine("udc", ("tsp", "cvrp"), "metaopt.routing.udc.engine:solve", ("scipy",),
           "divide-conquer-reunion (--param divider=insertion|gnn conquer=two-opt|fast-tsp|"
           "neural|pyvrp stages=2 starts=1 n=100)"),
    Engine("auto", ("tsp", "cvrp"), "metaopt.routing.auto_engine:solve", ("scipy",),
           "picks by kind and size: fast-tsp / PyVRP whole, udc with them beyond"),
)}

DEFAULT_ENGINE = {"mip": "highs", "jssp": "cpsat", "tsp": "auto", "cvrp": "auto"}


def get_engine(name: str, problem: str) -> Engine:
    if name not in ENGINES:
        raise UsageError(f"unknown engine {name!r} (available: {', '.join(ENGINES)})")
    engine = ENGINES[name]
    if problem not in engine.problems:
        raise UsageError(f"engine {name!r} solves {', '.join(engine.problems)}, "
                         f"not {problem} (try: {DEFAULT_ENGINE[problem]})")
    return engine
