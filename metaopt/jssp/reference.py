"""Best-known job-shop bounds from JSPLib's ``bks.json`` in the shared reference folder."""

from __future__ import annotations

import json
from pathlib import Path


def best_known_values(ref: Path) -> dict[str, dict]:
    out: dict[str, dict] = {}
    path = ref / "jssp" / "bks.json"
    if path.exists():
        for e in json.loads(path.read_text()):
            name = e["instance"]
            if e.get("family") == "ta" and name.endswith("js"):
                name = name[:-2]  # JSPLib calls Taillard's job shops ta01js …
            out[name] = {"value": e["upper_bound"], "lower_bound": e["lower_bound"],
                         "optimal": e["upper_bound"] == e["lower_bound"], "source": "JSPLib"}
    return out
