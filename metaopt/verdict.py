"""The checker's verdict on a solution."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Verdict:
    feasible: bool
    violation: str | None = None
    objective: float | None = None
