"""Solution files in each field's usual format, through the problem family's writer/reader."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from metaopt.errors import InputError
from metaopt.problems import family_of, load_target
from metaopt.result import Result


def write_solution(instance: Any, result: Result, path: str | Path) -> None:
    """MIP ``.sol``; job shop: start times one job per line, or JSON for ``.json``;
    TSP TSPLIB ``.tour`` (or VRPLIB routes for ``.sol``); CVRP VRPLIB ``Route #k:``."""
    writer = load_target(family_of(instance.problem).writer)
    writer(instance, result.objective, result.solution, Path(path))


def read_solution(instance: Any, path: str | Path) -> Any:
    """Read a solution file into the form the checker takes."""
    path = Path(path)
    if not path.is_file():
        raise InputError(path, "no such file")
    return load_target(family_of(instance.problem).solution_reader)(instance, path)
