"""The checker verdict and the dispatch from an instance to its problem's checker."""

from __future__ import annotations

from typing import Any

from metaopt.verdict import Verdict


def check(instance: Any, solution: Any) -> Verdict:
    """Verify ``solution`` (as stored in a Result) against ``instance``."""
    if instance.problem == "mip":
        from metaopt.mip.checker import check_mip

        return check_mip(instance, solution)
    if instance.problem == "jssp":
        from metaopt.jssp.checker import check_jssp

        return check_jssp(instance, solution)
    from metaopt.routing.checker import check_routing

    return check_routing(instance, solution)


def objectives_agree(a: float, b: float, tol: float = 1e-6) -> bool:
    return abs(a - b) <= tol * max(1.0, abs(a), abs(b))
