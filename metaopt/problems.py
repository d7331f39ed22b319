"""The problem families, registered once: how a file is recognised and read, how a solution
is checked, written and read back, the default engine, and where best-known values come from.

A family (``mip``, ``jssp``, ``routing``) holds one or more problem kinds (``tsp`` and
``cvrp`` are both routing); an instance's ``problem`` attribute is its kind.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any


def load_target(target: str) -> Any:
    """``"package.module:name"`` imported and looked up."""
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


@dataclass(frozen=True)
class Family:
    name: str
    kinds: tuple[str, ...]
    formats: str  # what the files look like, for error messages
    suffixes: tuple[str, ...]
    sniff: Callable[[str, bytes], bool]  # (first word upper-cased, first 4 KiB) -> is ours
    reader: str  # "module:function", path -> instance
    checker: str  # (instance, solution) -> Verdict
    writer: str  # (instance, objective, solution, path) -> None
    solution_reader: str  # (instance, path) -> solution as a Result holds it
    references: str  # (reference dir) -> {instance name: {"value": …, "source": …}}
    default_engine: str
    kind_of_file: str | None = None  # path -> kind, for families of several kinds
    primal_gap: bool = False  # gaps are primal gaps in [0, 100] %, with primal integrals
    plot: tuple[str, str] | None = None  # (name, "module:function"): a solution's picture,
    # drawn by function(instance, solution, path) -> Path

    def kinds_in(self, path: Path) -> set[str]:
        """The kinds a file of this family may hold, as far as its header tells."""
        if self.kind_of_file is None:
            return set(self.kinds)
        kind = load_target(self.kind_of_file)(path)
        return {kind} if kind in self.kinds else set(self.kinds)


def _is_mps(first: str, head: bytes) -> bool:
    return first == "ROWS" or first == "NAME" and b"COLUMNS" in head.upper()


def _is_tsplib(first: str, head: bytes) -> bool:
    return first.rstrip(":") in ("NAME", "TYPE", "COMMENT", "DIMENSION")


def _is_job_shop(first: str, head: bytes) -> bool:
    return first.lstrip("-").isdigit() or first.startswith("NB") or b"Times" in head


FAMILIES: dict[str, Family] = {f.name: f for f in (
    Family("mip", ("mip",), "MPS/LP", (".mps", ".mps.gz", ".lp", ".lp.gz"), _is_mps,
           "metaopt.mip.reader:read_mip", "metaopt.mip.checker:check_mip",
           "metaopt.mip.solution:write_solution", "metaopt.mip.solution:read_solution",
           "metaopt.mip.reference:best_known_values", "highs", primal_gap=True),
    Family("routing", ("tsp", "cvrp"), "TSPLIB/VRPLIB", (".tsp", ".vrp"), _is_tsplib,
           "metaopt.routing.reader:read_routing", "metaopt.routing.checker:check_routing",
           "metaopt.routing.solution:write_solution", "metaopt.routing.solution:read_solution",
           "metaopt.routing.reference:best_known_values", "auto",
           kind_of_file="metaopt.routing.reader:kind_of_file",
           plot=("routes", "metaopt.plots:routes")),
    Family("jssp", ("jssp",), "job shop (standard or Taillard)",
           (".txt", ".jss", ".jsp", ".jssp", ".ta"), _is_job_shop,
           "metaopt.jssp.reader:read_jssp", "metaopt.jssp.checker:check_jssp",
           "metaopt.jssp.solution:write_solution", "metaopt.jssp.solution:read_solution",
           "metaopt.jssp.reference:best_known_values", "cpsat",
           plot=("gantt", "metaopt.plots:gantt")),
)}

KINDS: dict[str, Family] = {k: f for f in FAMILIES.values() for k in f.kinds}


def family_of(kind: str) -> Family:
    """The family of a problem kind (``tsp`` → routing)."""
    try:
        return KINDS[kind]
    except KeyError:
        raise ValueError(f"unknown problem kind {kind!r} (known: {', '.join(KINDS)})") from None


def default_engine(kind: str) -> str:
    return family_of(kind).default_engine
