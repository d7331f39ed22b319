"""A mixed-integer program held as arrays, objective normalised to minimisation."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp


@dataclass(frozen=True, eq=False)
class MIPInstance:
    """min c @ x + offset  s.t.  row_lower <= A x <= row_upper, col_lower <= x <= col_upper.

    ``sense`` is the file's own sense (1 minimise, -1 maximise); ``c`` and ``offset`` are already
    multiplied by it, so the file's objective value is ``sense * (c @ x + offset)``.
    """

    name: str
    sense: int
    c: np.ndarray
    offset: float
    A: sp.csr_matrix
    row_lower: np.ndarray
    row_upper: np.ndarray
    col_lower: np.ndarray
    col_upper: np.ndarray
    integer: np.ndarray
    var_names: tuple[str, ...]
    row_names: tuple[str, ...]

    problem = "mip"

    @property
    def num_vars(self) -> int:
        return len(self.c)

    @property
    def num_rows(self) -> int:
        return len(self.row_lower)

    @property
    def binary(self) -> np.ndarray:
        """Integer variables whose bounds are within [0, 1]."""
        return self.integer & (self.col_lower >= 0) & (self.col_upper <= 1)

    def objective(self, x: np.ndarray) -> float:
        """The objective of ``x`` in the file's own sense."""
        return float(self.sense * (self.c @ x + self.offset))

    def named(self, x: np.ndarray) -> dict[str, float]:
        """The non-zero values of ``x`` by variable name (the JSON form of a solution)."""
        nz = np.flatnonzero(x)
        return {self.var_names[j]: float(x[j]) for j in nz}
