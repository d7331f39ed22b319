"""A neighbourhood of the incumbent: tightened bounds, extra rows, an optional swapped objective."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass
class Row:
    """``lower <= sum(values * x[indices]) <= upper``."""

    indices: np.ndarray
    values: np.ndarray
    lower: float
    upper: float


@dataclass
class Neighbourhood:
    """What a destroy operator hands to the repair step.

    ``bound_idx`` get bounds ``[bound_lo, bound_hi]`` (intersected with the model's own);
    ``rows`` are added for this solve only; ``objective`` (when set) replaces the objective,
    and the backend then adds ``c x <= cutoff`` so only improving solutions are searched.
    """

    name: str
    bound_idx: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    bound_lo: np.ndarray = field(default_factory=lambda: np.zeros(0))
    bound_hi: np.ndarray = field(default_factory=lambda: np.zeros(0))
    rows: list[Row] = field(default_factory=list)
    objective: np.ndarray | None = None
    improving: bool = True

    def all_rows(self, c: np.ndarray, offset: float, cutoff: float | None) -> list[Row]:
        """The operator's rows, plus ``c x + offset <= cutoff`` when the objective is swapped
        (the solver's own cutoff then applies to the wrong objective)."""
        if self.objective is None or cutoff is None:
            return list(self.rows)
        nz = np.flatnonzero(c)
        return [*self.rows, Row(nz, c[nz], -np.inf, cutoff - offset)]

    @classmethod
    def fixing(cls, name: str, idx: np.ndarray, values: np.ndarray) -> Neighbourhood:
        values = np.round(values)
        return cls(name, np.asarray(idx, np.int64), values, values.copy())

