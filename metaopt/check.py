"""The dispatch from an instance to its problem family's independent checker."""

from __future__ import annotations

from typing import Any

from metaopt.problems import family_of, load_target
from metaopt.verdict import Verdict


def check(instance: Any, solution: Any) -> Verdict:
    """Verify ``solution`` (as stored in a Result) against ``instance``."""
    return load_target(family_of(instance.problem).checker)(instance, solution)


def objectives_agree(a: float, b: float, tol: float = 1e-6) -> bool:
    return abs(a - b) <= tol * max(1.0, abs(a), abs(b))
