"""Write and read solution files in each field's usual format."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from metaopt.errors import InputError
from metaopt.result import Result


def write_solution(instance: Any, result: Result, path: str | Path) -> None:
    """MIP ``.sol``; job shop: start times one job per line, or JSON for ``.json``;
    TSP TSPLIB ``.tour``; CVRP VRPLIB ``Route #k:``."""
    path = Path(path)
    problem = instance.problem
    if problem == "mip":
        from metaopt.mip.solution import write_mip_solution

        write_mip_solution(path, result.objective, result.solution)
    elif problem == "jssp":
        if path.suffix == ".json":
            path.write_text(json.dumps({"instance": instance.name, "makespan": result.objective,
                                        "starts": result.solution}) + "\n")
        else:
            lines = [f"# {instance.name} makespan {result.objective:g}",
                     "# start time of each operation, one job per line"]
            lines += [" ".join(str(int(s)) for s in row) for row in result.solution]
            path.write_text("\n".join(lines) + "\n")
    elif problem == "tsp":
        from metaopt.routing.solution import write_routes, write_tour

        if path.suffix == ".sol":
            tour = list(result.solution)
            k = tour.index(0)
            write_routes(path, [tour[k + 1:] + tour[:k]], result.objective)
        else:
            write_tour(path, instance.name, result.solution, result.objective)
    else:
        from metaopt.routing.solution import write_routes

        write_routes(path, result.solution, result.objective)


def read_solution(instance: Any, path: str | Path) -> Any:
    """Read a solution file into the JSON form the checker takes."""
    path = Path(path)
    if not path.is_file():
        raise InputError(path, "no such file")
    problem = instance.problem
    if problem == "mip":
        from metaopt.mip.solution import read_mip_solution

        return read_mip_solution(path)
    if problem == "jssp":
        text = path.read_text(errors="replace")
        if path.suffix == ".json":
            try:
                return json.loads(text)["starts"]
            except (ValueError, KeyError, TypeError) as e:
                raise InputError(path, f"expected JSON with a 'starts' table ({e})") from None
        rows = []
        for lineno, line in enumerate(text.splitlines(), 1):
            if line.strip() and not line.lstrip().startswith("#"):
                try:
                    rows.append([int(t) for t in line.split()])
                except ValueError:
                    raise InputError(path, "expected integer start times", lineno) from None
        return rows
    from metaopt.routing.solution import read_routes, read_tour

    if problem == "tsp":
        if "TOUR_SECTION" in path.read_text(errors="replace"):
            return read_tour(path)
        routes = read_routes(path)
        return [0] + [v for r in routes for v in r]
    return read_routes(path)
