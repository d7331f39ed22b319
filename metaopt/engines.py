"""The engine registry and the engine contract.

Modules named in ``METAOPT_PLUGINS`` (comma-separated, importable) add their ``ENGINES``
(a list of :class:`Engine`) to the registry: third-party engines, run like the shipped ones.

An engine is a module with a frozen ``Params`` dataclass (:mod:`metaopt.params`) and
``solve(instance, run, params) -> Outcome``, plus optional hooks: ``prepare(params)`` (heavy
imports and loading before the clock starts), ``weight_files(params, problem)`` (the trained
weights a run reads) and ``cpus(params, threads)`` (the CPUs a run occupies).
"""

from __future__ import annotations

import importlib
import importlib.util
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from metaopt.errors import UsageError
from metaopt.params import Params, parse
from metaopt.problems import default_engine


@dataclass(frozen=True)
class Loaded:
    """An engine's module, imported: its parameters class and hooks."""

    name: str
    solve: Callable[..., Any]
    params_class: type[Params]
    prepare: Callable[[Params], None] | None
    weight_files: Callable[[Params, str], list[Path]] | None
    cpus_hook: Callable[[Params, int], int] | None

    def params(self, raw: dict[str, Any] | Params | None) -> Params:
        """``raw`` (CLI strings or TOML values) as this engine's ``Params``."""
        if isinstance(raw, self.params_class):
            return raw
        return parse(self.params_class, raw if isinstance(raw, dict) else {}, engine=self.name)

    def weights(self, params: Params, problem: str) -> list[Path]:
        return self.weight_files(params, problem) if self.weight_files else []

    def cpus(self, params: Params, threads: int) -> int:
        return self.cpus_hook(params, threads) if self.cpus_hook else threads


@dataclass(frozen=True)
class Engine:
    name: str
    problems: tuple[str, ...]
    target: str  # "module:solve_function"
    requires: tuple[str, ...]
    summary: str
    extra: str = ""  # the pip extra that brings ``requires``

    def missing(self) -> list[str]:
        return [m for m in self.requires if importlib.util.find_spec(m) is None]

    def load(self) -> Loaded:
        missing = self.missing()
        if missing:
            how = f"pip install 'metaopt[{self.extra}]'" if self.extra \
                else f"pip install {' '.join(missing)}"
            raise UsageError(f"engine {self.name!r} needs {', '.join(missing)}: {how}")
        module_name, _, func = self.target.partition(":")
        module = importlib.import_module(module_name)
        params_class = getattr(module, "Params", None)
        if params_class is None:
            raise TypeError(f"{module_name} declares no Params")
        return Loaded(self.name, getattr(module, func), params_class,
                      getattr(module, "prepare", None), getattr(module, "weight_files", None),
                      getattr(module, "cpus", None))


ENGINES: dict[str, Engine] = {e.name: e for e in (
    Engine("highs", ("mip",), "metaopt.mip.highs_engine:solve", ("highspy",),
           "HiGHS branch-and-cut, seed and threads set"),
    Engine("scip", ("mip",), "metaopt.mip.scip_engine:solve", ("pyscipopt",),
           "SCIP branch-and-cut, seed and threads set"),
    Engine("lns", ("mip",), "metaopt.mip.lns.engine:solve", ("highspy", "alns", "mabwiser"),
           "Balans-style adaptive LNS, bandit-selected neighbourhoods over HiGHS or SCIP"),
    Engine("balans", ("mip",), "metaopt.mip.balans_engine:solve", ("highspy",),
           "the public balans package (benchmark only; needs METAOPT_BALANS_PYTHON)"),
    Engine("cpsat", ("jssp",), "metaopt.jssp.cpsat_engine:solve", ("ortools",),
           "OR-Tools CP-SAT job-shop model (intervals, NoOverlap, makespan)"),
    Engine("cp-lns", ("jssp",), "metaopt.jssp.cp_lns_engine:solve", ("ortools",),
           "CP-SAT LNS (time windows, machines, jobs) from a dispatching rule's schedule"),
    Engine("pdr", ("jssp",), "metaopt.jssp.pdr_engine:solve", (),
           "priority dispatching rule, optionally the best of k randomised rollouts"),
    Engine("rl", ("jssp",), "metaopt.jssp.rl_engine:solve", ("torch",),
           "learned dispatching policy, greedy + sampled rollouts", "learn"),
    Engine("rl-cp", ("jssp",), "metaopt.jssp.rl_cp_engine:solve", ("torch", "ortools"),
           "rl schedule, then CP-SAT LNS from it (or CP-SAT on the whole model, hinted)",
           "learn"),
    Engine("greedy", ("tsp", "cvrp"), "metaopt.routing.greedy_engine:solve", ("scipy",),
           "nearest neighbour + 2-opt/Or-opt (TSP), savings + route 2-opt (CVRP)"),
    Engine("fast-tsp", ("tsp",), "metaopt.routing.fast_tsp_engine:solve", ("fast_tsp",),
           "the fast-tsp package's local search"),
    Engine("ils", ("tsp",), "metaopt.routing.ils_engine:solve", ("numba", "scipy"),
           "iterated 2-opt/Or-opt with double-bridge kicks on the whole tour, O(n) memory"),
    Engine("pyvrp", ("cvrp",), "metaopt.routing.pyvrp_engine:solve", ("pyvrp",),
           "PyVRP on the whole instance (its iterated local search)"),
    Engine("udc", ("tsp", "cvrp"), "metaopt.routing.udc.engine:solve", ("scipy",),
           "divide-conquer-reunion: insertion or GNN divider, classical or neural conquer"),
    Engine("auto", ("tsp", "cvrp"), "metaopt.routing.auto_engine:solve", ("scipy",),
           "picks by kind and size: fast-tsp / PyVRP whole, udc with them beyond"),
)}

def _load_plugins() -> None:
    for module_name in filter(None, (m.strip() for m in
                                     os.environ.get("METAOPT_PLUGINS", "").split(","))):
        try:
            module = importlib.import_module(module_name)
        except ImportError as e:
            raise UsageError(f"METAOPT_PLUGINS: cannot import {module_name!r} ({e})") from None
        for engine in getattr(module, "ENGINES", ()):
            ENGINES[engine.name] = engine


_load_plugins()


def get_engine(name: str, problem: str | None = None) -> Engine:
    if name not in ENGINES:
        raise UsageError(f"unknown engine {name!r} (available: {', '.join(ENGINES)})")
    engine = ENGINES[name]
    if problem is not None and problem not in engine.problems:
        raise UsageError(f"engine {name!r} solves {', '.join(engine.problems)}, "
                         f"not {problem} (try: {default_engine(problem)})")
    return engine
