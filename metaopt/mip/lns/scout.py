"""The scout: the other backend's search of the whole model, with feasibility emphasis, run
beside the host while nobody has a solution (on one thread they pass the core back and forth).
"""

from __future__ import annotations

import time

from metaopt.mip.instance import MIPInstance
from metaopt.mip.lns.host import Host

SLICE = 0.5  # s per turn when the two share one core


class Scout:
    """Start the scout; ``tick`` passes the core on one thread; ``close`` ends it and gives the
    host its core back. ``started_at``/``ended_at``: run time in s; ``lasts``: the most run
    time it may take."""

    def __init__(self, backend: str, inst: MIPInstance, seed: int, time_limit: float,
                 host: Host, concurrent: bool, started_at: float = 0.0,
                 lasts: float = float("inf")) -> None:
        other = "scip" if backend == "highs" else "highs"
        self.host, self.concurrent = host, concurrent
        if not concurrent:
            host.suspend()  # the scout's turn first
        self.proc = Host(other, inst, 1, seed, time_limit, scout=True)
        self.scouting, self.closed = True, False
        self.started_at, self.ended_at, self.lasts = started_at, None, lasts
        self.switch_at = time.monotonic() + SLICE

    def messages(self) -> list[tuple]:
        return self.proc.messages()

    def tick(self) -> None:
        if self.concurrent or time.monotonic() < self.switch_at:
            return
        if self.scouting:
            self.proc.suspend()
            self.host.resume()
        else:
            self.host.suspend()
            self.proc.resume()
        self.scouting = not self.scouting
        self.switch_at = time.monotonic() + SLICE

    def over(self, now: float) -> bool:
        """True once its search ended by itself or ``lasts`` has passed (``now``: run time)."""
        return self.proc.done is not None or now - self.started_at >= self.lasts

    def close(self, at: float | None = None) -> None:
        """End the scout (``at``: the run time, when it ended by itself or found a solution)."""
        if not self.closed:
            self.closed, self.ended_at = True, at
            self.proc.close()
            self.host.resume()

    def span(self) -> list[float | None]:
        return [None if t is None else round(t, 3) for t in (self.started_at, self.ended_at)]
