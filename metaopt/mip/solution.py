"""MIP solution files in the usual ``.sol`` format: ``=obj= value`` then ``name value``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from metaopt.errors import InputError


def write_mip_solution(path: str | Path, objective: float, values: dict[str, float]) -> None:
    lines = [f"=obj= {objective:.12g}"]
    lines += [f"{name} {value:.12g}" for name, value in values.items()]
    Path(path).write_text("\n".join(lines) + "\n")


def read_mip_solution(path: str | Path) -> dict[str, float]:
    """Read a ``.sol`` file (also SCIP's and Gurobi's variants) into name → value."""
    values: dict[str, float] = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for lineno, line in enumerate(f, 1):
            tokens = line.split()
            if not tokens or tokens[0].startswith("#") or tokens[0] in ("=obj=", "=OBJ="):
                continue
            if tokens[0].lower().startswith("objective") or line.startswith("solution status"):
                continue
            if len(tokens) < 2:
                raise InputError(path, f"expected 'name value', got {line.strip()!r}", lineno)
            try:
                values[tokens[0]] = float(tokens[1])
            except ValueError:
                raise InputError(path, f"value {tokens[1]!r} is not a number", lineno) from None
    return values


def write_solution(instance: Any, objective: float, solution: dict[str, float],
                   path: Path) -> None:
    write_mip_solution(path, objective, solution)


def read_solution(instance: Any, path: Path) -> dict[str, float]:
    return read_mip_solution(path)
