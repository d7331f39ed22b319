"""Best-known routing costs from the ``.sol`` files (``Cost …``) in the shared reference."""

from __future__ import annotations

import re
from pathlib import Path


def best_known_values(ref: Path) -> dict[str, dict]:
    out: dict[str, dict] = {}
    folder = ref / "routing"
    for sol in sorted(folder.glob("*/*.sol")) if folder.is_dir() else []:
        m = re.search(r"^Cost:?\s*([0-9.eE+-]+)", sol.read_text(), re.MULTILINE)
        if m:
            out[sol.stem] = {"value": float(m.group(1)), "source": "CVRPLIB/TSPLIB"}
    return out
