"""Best-known MIP values from MIPLIB 2017's ``.solu`` file in the shared reference folder."""

from __future__ import annotations

from pathlib import Path


def best_known_values(ref: Path) -> dict[str, dict]:
    out: dict[str, dict] = {}
    solu = ref / "miplib" / "miplib2017-v31.solu"
    if solu.exists():
        for line in solu.read_text().splitlines():
            parts = line.split()
            if len(parts) == 3 and parts[0] in ("=opt=", "=best="):
                out[parts[1]] = {"value": float(parts[2]), "optimal": parts[0] == "=opt=",
                                 "source": "MIPLIB 2017 solu"}
    return out
