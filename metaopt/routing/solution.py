"""Routing solution files: TSPLIB ``.tour`` and VRPLIB ``Route #k:`` ``.sol``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from metaopt.errors import InputError


def write_tour(path: str | Path, name: str, tour: list[int], cost: float) -> None:
    lines = [f"NAME : {name}.tour", f"COMMENT : length {cost:.10g}", "TYPE : TOUR",
             f"DIMENSION : {len(tour)}", "TOUR_SECTION"]
    lines += [str(v + 1) for v in tour] + ["-1", "EOF"]
    Path(path).write_text("\n".join(lines) + "\n")


def write_routes(path: str | Path, routes: list[list[int]], cost: float) -> None:
    """VRPLIB convention: customers numbered from 1 with the depot (node 0) left out."""
    lines = [f"Route #{k}: " + " ".join(map(str, r)) for k, r in enumerate(routes, 1) if r]
    lines.append(f"Cost {cost:.10g}")
    Path(path).write_text("\n".join(lines) + "\n")


def read_tour(path: str | Path) -> list[int]:
    tour: list[int] = []
    in_section = False
    with open(path, encoding="utf-8", errors="replace") as f:
        for lineno, line in enumerate(f, 1):
            s = line.strip()
            if s == "TOUR_SECTION":
                in_section = True
                continue
            if not in_section or not s:
                continue
            for tok in s.split():
                if tok in ("-1", "EOF"):
                    return tour
                if not tok.isdigit():
                    raise InputError(path, f"expected a node id, got {tok!r}", lineno)
                tour.append(int(tok) - 1)
    if not in_section:
        raise InputError(path, "missing TOUR_SECTION")
    return tour


def read_routes(path: str | Path) -> list[list[int]]:
    routes: list[list[int]] = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for lineno, line in enumerate(f, 1):
            if not line.lower().startswith("route"):
                continue
            _, _, body = line.partition(":")
            try:
                routes.append([int(t) for t in body.split()])
            except ValueError:
                raise InputError(path, "expected 'Route #k: id id ...'", lineno) from None
    if not routes:
        raise InputError(path, "no 'Route #k:' lines found")
    return routes


def write_solution(instance: Any, objective: float, solution: Any, path: Path) -> None:
    """A TSP tour as TSPLIB ``.tour`` (or as one VRPLIB route for ``.sol``); CVRP routes
    as VRPLIB ``Route #k:`` lines."""
    if instance.problem == "tsp" and path.suffix != ".sol":
        write_tour(path, instance.name, solution, objective)
    elif instance.problem == "tsp":
        tour = list(solution)
        k = tour.index(0)
        write_routes(path, [tour[k + 1:] + tour[:k]], objective)
    else:
        write_routes(path, solution, objective)


def read_solution(instance: Any, path: Path) -> Any:
    """A tour (from TSPLIB or from VRPLIB routes, depot first) or CVRP routes."""
    if instance.problem != "tsp":
        return read_routes(path)
    if "TOUR_SECTION" in path.read_text(errors="replace"):
        return read_tour(path)
    return [0] + [v for r in read_routes(path) for v in r]
