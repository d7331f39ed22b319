"""Best known values: ``instances/bks.json`` plus ``../shared/reference`` when present."""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

from metaopt.problems import FAMILIES, family_of, load_target
from metaopt.shipped import BKS_FILE, SOURCE_ROOT


def reference_dir() -> Path | None:
    """``METAOPT_REFERENCE``, else ``shared/reference`` beside the repository, if it exists."""
    env = os.environ.get("METAOPT_REFERENCE")
    for candidate in ([Path(env)] if env else []) + [SOURCE_ROOT.parent / "shared" / "reference",
                                                     Path.cwd().parent / "shared" / "reference"]:
        if candidate.is_dir():
            return candidate
    return None


@lru_cache(maxsize=1)
def table() -> dict[str, dict]:
    out: dict[str, dict] = {}
    ref = reference_dir()
    if ref is not None:
        for family in FAMILIES.values():
            out.update(load_target(family.references)(ref))
    if BKS_FILE.exists():
        out.update(json.loads(BKS_FILE.read_text()))
    return out


def best_known(instance: str) -> float | None:
    entry = table().get(instance)
    return None if entry is None else float(entry["value"])


def primal_gap(value: float, best: float) -> float:
    """Berthold's primal gap in percent: 0 at ``best``, 100 at the other sign."""
    if value == best:
        return 0.0
    if value * best < 0:
        return 100.0
    return 100.0 * abs(value - best) / max(abs(value), abs(best))


def gap(problem: str, value: float | None, best: float | None) -> float | None:
    """Percent gap to the best known value: the primal gap where the problem's family says
    so (MIP), else the relative excess over ``best``."""
    if value is None or best is None:
        return None
    if family_of(problem).primal_gap:
        return primal_gap(value, best)
    return 100.0 * (value - best) / abs(best) if best else None
