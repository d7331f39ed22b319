"""Independent job-shop check: precedence within jobs, no overlap on machines, makespan."""

from __future__ import annotations

import numpy as np

from metaopt.jssp.instance import JSSPInstance
from metaopt.verdict import Verdict


def check_jssp(inst: JSSPInstance, starts) -> Verdict:
    """``starts[j][k]`` is the start time of job j's k-th operation."""
    try:
        s = np.asarray(starts, dtype=float)
    except (TypeError, ValueError):
        return Verdict(False, "start times are not a rectangular table of numbers")
    if s.shape != inst.machines.shape:
        return Verdict(False, f"expected {inst.num_jobs}x{inst.num_ops} start times, "
                              f"got shape {s.shape}")
    if not np.all(np.isfinite(s)) or np.any(s != np.round(s)):
        return Verdict(False, "start times must be finite integers")
    s = s.astype(np.int64)
    if np.any(s < 0):
        j, k = np.argwhere(s < 0)[0]
        return Verdict(False, f"job {j} operation {k} starts at negative time {s[j, k]}")
    end = s + inst.durations
    late = np.argwhere(s[:, 1:] < end[:, :-1])
    if late.size:
        j, k = late[0]
        return Verdict(False, f"job {j}: operation {k + 1} starts at {s[j, k + 1]} before "
                              f"operation {k} ends at {end[j, k]}")
    flat_m = inst.machines.ravel()
    busy = np.flatnonzero(inst.durations.ravel() > 0)  # zero-length operations never clash
    order = busy[np.lexsort((s.ravel()[busy], flat_m[busy]))]
    same = flat_m[order][1:] == flat_m[order][:-1]
    overlap = np.flatnonzero(same & (s.ravel()[order][1:] < end.ravel()[order][:-1]))
    if overlap.size:
        a, b = order[overlap[0]], order[overlap[0] + 1]
        ja, ka = divmod(int(a), inst.num_ops)
        jb, kb = divmod(int(b), inst.num_ops)
        return Verdict(False, f"machine {flat_m[a]}: job {ja} op {ka} [{s[ja, ka]}, "
                              f"{end[ja, ka]}) overlaps job {jb} op {kb} starting {s[jb, kb]}")
    return Verdict(True, objective=float(end.max()))
