"""A job-shop instance: each job is a sequence of (machine, duration) operations."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, eq=False)
class JSSPInstance:
    """``machines[j, k]`` (0-based) and ``durations[j, k]`` of job j's k-th operation."""

    name: str
    machines: np.ndarray
    durations: np.ndarray
    num_machines: int

    problem = "jssp"

    @property
    def num_jobs(self) -> int:
        return self.machines.shape[0]

    @property
    def num_ops(self) -> int:
        return self.machines.shape[1]

    @property
    def size_label(self) -> str:
        """``jobs×machines`` as the literature groups Taillard's instances (e.g. 15x15)."""
        return f"{self.num_jobs}x{self.num_machines}"

    def makespan(self, starts: np.ndarray) -> int:
        """When the last operation of the schedule with these start times (jobs × ops) ends."""
        return int((np.asarray(starts) + self.durations).max())

    def to_standard(self) -> str:
        """The OR-Library "standard" text: ``n m`` then ``machine duration`` pairs per job."""
        lines = [f"{self.num_jobs} {self.num_machines}"]
        for mach, dur in zip(self.machines, self.durations, strict=True):
            lines.append(" ".join(f"{m} {d}" for m, d in zip(mach, dur, strict=True)))
        return "\n".join(lines) + "\n"

    def to_taillard(self, time_seed: int = 0, machine_seed: int = 0) -> str:
        """Taillard's original text: header, ``Times`` block, ``Machines`` block (1-based)."""
        lines = [
            "Nb of jobs, Nb of Machines, Time seed, Machine seed, Upper bound, Lower bound",
            f"{self.num_jobs} {self.num_machines} {time_seed} {machine_seed} 0 0",
            "Times",
        ]
        lines += [" ".join(map(str, row)) for row in self.durations]
        lines.append("Machines")
        lines += [" ".join(str(m + 1) for m in row) for row in self.machines]
        return "\n".join(lines) + "\n"
