"""Job-shop solution files: start times, one job per line (``#`` comments), or JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from metaopt.errors import InputError


def write_solution(instance: Any, objective: float, starts: list[list[int]],
                   path: Path) -> None:
    """JSON (``{"instance", "makespan", "starts"}``) for ``.json``, else text."""
    if path.suffix == ".json":
        path.write_text(json.dumps({"instance": instance.name, "makespan": objective,
                                    "starts": starts}) + "\n")
        return
    lines = [f"# {instance.name} makespan {objective:g}",
             "# start time of each operation, one job per line"]
    lines += [" ".join(str(int(s)) for s in row) for row in starts]
    path.write_text("\n".join(lines) + "\n")


def read_solution(instance: Any, path: Path) -> list[list[int]]:
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
