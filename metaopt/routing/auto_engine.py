"""``auto``: picks a routing engine by problem kind, size and what is installed.

TSP: fast-tsp up to ``MAX_DENSE_NODES`` nodes; beyond, ``udc`` with fast-tsp (or 2-opt) on
100-node pieces. CVRP: PyVRP up to ``PYVRP_WHOLE`` nodes; beyond, ``udc`` with PyVRP on
sub-CVRPs. Without the optional packages: ``greedy`` (CVRP) or ``udc`` with 2-opt (TSP).
"""

from __future__ import annotations

import importlib.util

from metaopt.control import Run
from metaopt.outcome import Outcome
from metaopt.routing.instance import RoutingInstance
from metaopt.routing.integer import MAX_DENSE_NODES

PYVRP_WHOLE = 3000


def choose(inst: RoutingInstance) -> tuple[str, dict]:
    """The engine and parameters ``auto`` runs on this instance."""
    has = {m: importlib.util.find_spec(m) is not None for m in ("fast_tsp", "pyvrp")}
    n = inst.num_nodes
    if inst.problem == "tsp":
        if has["fast_tsp"] and n <= MAX_DENSE_NODES:
            return "fast-tsp", {}
        conquer = "fast-tsp" if has["fast_tsp"] else "two-opt"
        return "udc", {"conquer": conquer, "stages": 1000}
    if not has["pyvrp"]:
        return "greedy", {}
    if n <= PYVRP_WHOLE or inst.coords is None:
        return "pyvrp", {}
    return "udc", {"conquer": "pyvrp", "stages": 1000, "n": 200}


def solve(inst: RoutingInstance, run: Run, params: dict) -> Outcome:
    from metaopt.engines import ENGINES

    name, chosen = choose(inst)
    run.set_phase(f"auto → {name}")
    out = ENGINES[name].load()(inst, run, {**chosen, **params})
    out.stats = {**out.stats, "auto_chose": name, "auto_params": chosen}
    return out
