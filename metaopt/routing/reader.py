"""Read TSPLIB (.tsp) and VRPLIB (.vrp) files through the ``vrplib`` package.

``vrplib`` parses leniently (short sections and non-numbers slip through), so the file is first
checked here section by section, with line numbers, before its arrays are trusted.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np

from metaopt.errors import InputError
from metaopt.routing.instance import RoutingInstance
from metaopt.textfile import is_number, read_text

MAX_NODES = 1_000_000
MAX_EXPLICIT_NODES = 20_000
_CONVENTION = {"EUC_2D": "euc2d", "CEIL_2D": "ceil2d", "FLOOR_2D": "floor2d", "ATT": "att",
               "GEO": "geo", "EXACT_2D": "exact", "EXPLICIT": "explicit"}
_DATA_ROWS = {"NODE_COORD_SECTION": 3, "DEMAND_SECTION": 2}
_KEY = re.compile(r"^\s*([A-Z_]+)\s*:\s*(.*?)\s*$")
_SECTION = re.compile(r"^\s*([A-Z_]+_SECTION|EOF)\s*$")


def _scan(path: Path) -> tuple[dict[str, str], dict[str, tuple[int, list[tuple[int, str]]]]]:
    text = read_text(path, "TSPLIB/VRPLIB")
    if not text.strip():
        raise InputError(path, "empty file (expected a TSPLIB/VRPLIB instance)")
    header: dict[str, str] = {}
    sections: dict[str, tuple[int, list[tuple[int, str]]]] = {}
    current = None
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        sec = _SECTION.match(line)
        if sec:
            current = sec.group(1)
            if current == "EOF":
                break
            sections[current] = (lineno, [])
            continue
        key = _KEY.match(line) if current is None else None
        if key:
            header[key.group(1)] = key.group(2)
        elif current is None:
            raise InputError(path, f"expected 'KEY : value' or a section, got {line.strip()!r}",
                             lineno)
        else:
            sections[current][1].append((lineno, line))
    return header, sections


def _check_section(path: Path, name: str, start: int, rows: list[tuple[int, str]],
                   dimension: int) -> None:
    width = _DATA_ROWS[name]
    if len(rows) != dimension:
        raise InputError(path, f"{name}: expected {dimension} rows (DIMENSION), found "
                               f"{len(rows)}", rows[-1][0] if rows else start)
    for lineno, line in rows:
        tokens = line.split()
        if len(tokens) != width or not all(map(is_number, tokens)):
            raise InputError(path, f"{name}: expected {width} numbers per row, got "
                                   f"{line.strip()!r}", lineno)
        if not tokens[0].isdigit():
            raise InputError(path, f"{name}: expected a node number first, got "
                                   f"{tokens[0]!r}", lineno)
        values = [float(t) for t in tokens[1:]]
        if not all(map(math.isfinite, values)):
            raise InputError(path, f"{name}: expected finite numbers, got {line.strip()!r}",
                             lineno)
        if name == "DEMAND_SECTION" and not (tokens[1].isdigit()):
            raise InputError(path, f"{name}: a demand must be a non-negative integer, got "
                                   f"{tokens[1]!r}", lineno)


def _check_weights(path: Path, start: int, rows: list[tuple[int, str]]) -> None:
    """EXPLICIT weights: finite, non-negative numbers (the layout is vrplib's to check)."""
    for lineno, line in rows:
        for token in line.split():
            if not is_number(token) or not math.isfinite(float(token)):
                raise InputError(path, f"EDGE_WEIGHT_SECTION: expected a number, got "
                                       f"{token!r}", lineno)
            if float(token) < 0:
                raise InputError(path, f"EDGE_WEIGHT_SECTION: negative weight {token}",
                                 lineno)


def kind_of_file(path: Path) -> str | None:
    """``tsp`` or ``cvrp`` from the TYPE line among the first 50 lines; None if not said
    (the reader says what is wrong when the file is read)."""
    import gzip
    from itertools import islice

    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rt", errors="replace") as f:
            head = list(islice(f, 50))
    except OSError:
        return None
    for line in head:
        key, sep, value = line.partition(":")
        if sep and key.strip().upper() == "TYPE":
            return "cvrp" if "CVRP" in value.upper() else "tsp"
    return None


def read_routing(path: str | Path) -> RoutingInstance:
    import vrplib

    path = Path(path)
    header, sections = _scan(path)
    kind = header.get("TYPE", "").split()[0].upper() if header.get("TYPE") else ""
    if kind not in ("TSP", "CVRP"):
        raise InputError(path, f"TYPE must be TSP or CVRP, got {kind or 'nothing'!r}")
    try:
        dimension = int(header.get("DIMENSION", ""))
    except ValueError:
        raise InputError(path, "DIMENSION must be an integer, got "
                               + repr(header["DIMENSION"]) if "DIMENSION" in header
                               else "missing DIMENSION") from None
    ewt = header.get("EDGE_WEIGHT_TYPE", "").upper()
    if ewt not in _CONVENTION:
        raise InputError(path, f"EDGE_WEIGHT_TYPE {ewt or 'missing'!r} is not supported "
                               f"(expected one of {', '.join(_CONVENTION)})")
    limit = MAX_EXPLICIT_NODES if ewt == "EXPLICIT" else MAX_NODES
    if not 2 <= dimension <= limit:
        raise InputError(path, f"DIMENSION {dimension} outside 2..{limit}")
    needed = ["EDGE_WEIGHT_SECTION" if ewt == "EXPLICIT" else "NODE_COORD_SECTION"]
    if kind == "CVRP":
        needed.append("DEMAND_SECTION")
        if not header.get("CAPACITY", "").isdigit() or int(header["CAPACITY"]) <= 0:
            raise InputError(path, "CAPACITY must be a positive integer, got "
                                   + repr(header["CAPACITY"]) if "CAPACITY" in header
                                   else "missing CAPACITY (a CVRP needs one)")
    for name in needed:
        if name not in sections:
            raise InputError(path, f"missing {name}")
    for name, (start, rows) in sections.items():
        if name in _DATA_ROWS:
            _check_section(path, name, start, rows, dimension)
        elif name == "EDGE_WEIGHT_SECTION":
            _check_weights(path, start, rows)
    try:
        data = vrplib.read_instance(str(path), compute_edge_weights=False)
    except Exception as e:  # vrplib reports malformed files with assorted exceptions
        raise InputError(path, f"vrplib could not parse the file: {e}") from None
    coords = data.get("node_coord")
    coords = None if coords is None else np.asarray(coords, float)
    matrix = None
    if ewt == "EXPLICIT":
        matrix = np.asarray(data.get("edge_weight"), float)
        if matrix.shape != (dimension, dimension):
            raise InputError(path, f"EDGE_WEIGHT_SECTION gives a {matrix.shape} matrix, "
                                   f"expected {dimension}x{dimension}")
    demands = capacity = None
    depot = 0
    if kind == "CVRP":
        demands = np.asarray(data["demand"], np.int64)
        capacity = int(header["CAPACITY"])
        if np.any(demands < 0):
            raise InputError(path, "DEMAND_SECTION: negative demand")
        if np.any(demands > capacity):
            raise InputError(path, f"a customer's demand exceeds CAPACITY {capacity}")
        depots = np.asarray(data.get("depot", [0])).ravel()
        if len(depots) != 1 or not 0 <= int(depots[0]) < dimension:
            raise InputError(path, "DEPOT_SECTION must name exactly one depot in range")
        depot = int(depots[0])
        if depot != 0:
            raise InputError(path, "only depot 1 (the first node) is supported")
        demands[depot] = 0
    return RoutingInstance(path.stem, kind.lower(), _CONVENTION[ewt], coords, matrix,
                           demands, capacity, depot)
