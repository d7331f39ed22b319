"""The one result record every engine returns."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class Status(str, Enum):
    OPTIMAL = "optimal"
    FEASIBLE = "feasible"
    INFEASIBLE = "infeasible"
    NO_SOLUTION = "no_solution"
    ERROR = "error"

    @property
    def has_solution(self) -> bool:
        return self in (Status.OPTIMAL, Status.FEASIBLE)


@dataclass
class TrajectoryPoint:
    """The incumbent improved to ``objective`` at ``time`` seconds; ``tag`` says by what."""

    time: float
    objective: float
    tag: str | None = None


@dataclass
class Result:
    """What a run produced. ``stats`` belongs to the engine (its own keys only); the facts
    every run has (``sense``, ``size``, ``interrupted``) are fields of their own."""

    instance: str
    problem: str
    engine: str
    status: Status
    objective: float | None
    bound: float | None
    runtime: float
    seed: int
    backend: str | None = None
    time_limit: float | None = None
    iterations: int = 0
    solution: Any = None
    parameters: dict[str, Any] = field(default_factory=dict)
    trajectory: list[TrajectoryPoint] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)
    version: str = ""
    verified: bool | None = None
    violation: str | None = None
    message: str | None = None
    sense: int = 1  # 1 minimise, -1 maximise
    size: str | None = None  # the instance's size group where it has one (job shop 15x15)
    interrupted: bool = False  # stopped by Ctrl-C / SIGTERM before its limit

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["status"] = self.status.value
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Result:
        d = dict(d)
        d["status"] = Status(d["status"])
        d["trajectory"] = [TrajectoryPoint(**p) for p in d.get("trajectory") or []]
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})


@dataclass
class StoredRun(Result):
    """A Result as the store holds it, with where and when it was stored."""

    id: int = 0
    key: str | None = None
    created: str = ""
    instance_path: str | None = None
    label: str = ""
