"""Static priority dispatching rules: each returns a key per candidate job (least wins)."""

from __future__ import annotations

from typing import Literal

import numpy as np

from metaopt.jssp.dispatch import Dispatcher

Rule = Literal["spt", "lpt", "mwkr", "lwkr", "mopnr", "fdd_mwkr", "fifo"]  # the keys of RULES


def spt(d: Dispatcher, jobs: np.ndarray) -> np.ndarray:
    """Shortest processing time of the next operation."""
    return d.current(jobs)[1]


def lpt(d: Dispatcher, jobs: np.ndarray) -> np.ndarray:
    """Longest processing time of the next operation."""
    return -d.current(jobs)[1]


def mwkr(d: Dispatcher, jobs: np.ndarray) -> np.ndarray:
    """Most work remaining in the job."""
    return -d.remaining_work[jobs]


def lwkr(d: Dispatcher, jobs: np.ndarray) -> np.ndarray:
    """Least work remaining in the job."""
    return d.remaining_work[jobs]


def mopnr(d: Dispatcher, jobs: np.ndarray) -> np.ndarray:
    """Most operations remaining in the job."""
    return -(d.inst.num_ops - d.next_op[jobs])


def fdd_mwkr(d: Dispatcher, jobs: np.ndarray) -> np.ndarray:
    """Least ratio of flow due date (work done plus the next operation) to work remaining."""
    due = d.done_work[jobs] + d.current(jobs)[1]
    return due / np.maximum(d.remaining_work[jobs], 1)


def fifo(d: Dispatcher, jobs: np.ndarray) -> np.ndarray:
    """First in first out: the job that became ready earliest (ties: lower job index)."""
    return d.job_ready[jobs]


RULES = {"spt": spt, "lpt": lpt, "mwkr": mwkr, "lwkr": lwkr, "mopnr": mopnr,
         "fdd_mwkr": fdd_mwkr, "fifo": fifo}
