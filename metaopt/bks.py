"""Best known values: ``instances/bks.json`` plus ``../shared/reference`` when present."""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from pathlib import Path

from metaopt.shipped import BKS_FILE, SOURCE_ROOT


def reference_dir() -> Path | None:
    """``METAOPT_REFERENCE``, else ``shared/reference`` beside the repository, if it exists."""
    env = os.environ.get("METAOPT_REFERENCE")
    for candidate in ([Path(env)] if env else []) + [SOURCE_ROOT.parent / "shared" / "reference",
                                                     Path.cwd().parent / "shared" / "reference"]:
        if candidate.is_dir():
            return candidate
    return None


def _from_reference(ref: Path) -> dict[str, dict]:
    out: dict[str, dict] = {}
    solu = ref / "miplib" / "miplib2017-v31.solu"
    if solu.exists():
        for line in solu.read_text().splitlines():
            parts = line.split()
            if len(parts) == 3 and parts[0] in ("=opt=", "=best="):
                out[parts[1]] = {"value": float(parts[2]), "optimal": parts[0] == "=opt=",
                                 "source": "MIPLIB 2017 solu"}
    jssp = ref / "jssp" / "bks.json"
    if jssp.exists():
        for e in json.loads(jssp.read_text()):
            name = e["instance"]
            if e.get("family") == "ta" and name.endswith("js"):
                name = name[:-2]  # JSPLib calls Taillard's job shops ta01js …
            out[name] = {"value": e["upper_bound"], "lower_bound": e["lower_bound"],
                                  "optimal": e["upper_bound"] == e["lower_bound"],
                                  "source": "JSPLib"}
    for sol in list((ref / "routing").glob("*/*.sol")) if (ref / "routing").is_dir() else []:
        m = re.search(r"^Cost:?\s*([0-9.eE+-]+)", sol.read_text(), re.MULTILINE)
        if m:
            out[sol.stem] = {"value": float(m.group(1)), "source": "CVRPLIB/TSPLIB"}
    return out


@lru_cache(maxsize=1)
def table() -> dict[str, dict]:
    out: dict[str, dict] = {}
    ref = reference_dir()
    if ref is not None:
        out.update(_from_reference(ref))
    if BKS_FILE.exists():
        out.update(json.loads(BKS_FILE.read_text()))
    return out


def best_known(instance: str) -> float | None:
    entry = table().get(instance)
    return None if entry is None else float(entry["value"])


def gap(problem: str, value: float | None, best: float | None) -> float | None:
    """Percent gap to the best known value; for MIP the primal gap (Berthold) in percent."""
    if value is None or best is None:
        return None
    if problem == "mip":
        if value == best:
            return 0.0
        if value * best < 0:
            return 100.0
        return 100.0 * abs(value - best) / max(abs(value), abs(best))
    return 100.0 * (value - best) / abs(best) if best else None
