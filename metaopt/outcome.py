"""What an engine hands back to :func:`metaopt.solve`; the front door turns it into a Result."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from metaopt.result import Status


@dataclass
class Outcome:
    status: Status
    objective: float | None = None
    bound: float | None = None
    solution: Any = None
    iterations: int = 0
    backend: str | None = None
    stats: dict[str, Any] = field(default_factory=dict)
    message: str | None = None
