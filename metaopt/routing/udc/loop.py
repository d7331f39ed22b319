"""The shared divide–conquer–reunion loop."""

from __future__ import annotations

from typing import Any

import numpy as np

from metaopt.control import Run


def stage_offset(stage: int, n: int, rng: np.random.Generator) -> int:
    """Stage 0 cuts at 0, stage 1 shifts the cuts by n/2 (the reunion), later stages by a
    random amount, as in UDC."""
    if stage == 0:
        return 0
    if stage == 1:
        return n // 2
    return int(rng.integers(n))


# Without a stage count, each stage may use this share of the time left (the stages go on
# until the deadline).
OPEN_STAGE_SHARE = 1 / 20


def divide_conquer_reunion(parts, solution: Any, run: Run, rng: np.random.Generator,
                           n: int, stages: int | None, seconds: float, tag: str = "udc",
                           share: float = OPEN_STAGE_SHARE) -> tuple[Any, int]:
    """Run up to ``stages`` conquer passes within ``seconds`` (each an equal share of what is
    left), or with ``stages`` None passes until ``seconds`` are spent (each at most ``share``
    of what is left); returns the solution and how many stages ran. Improvements go to
    ``run``."""
    import itertools
    import time

    deadline = time.monotonic() + seconds
    best = parts.cost(solution)
    done = 0
    for stage in itertools.count() if stages is None else range(stages):
        left = min(deadline - time.monotonic(), run.remaining())
        if run.stopped or left < 0.01:
            break
        stage_time = left * share if stages is None else left / (stages - stage)
        run.set_phase(f"conquer stage {stage + 1}" + ("" if stages is None else f"/{stages}"))
        solution = parts.conquer(solution, n, stage_offset(stage, n, rng), stage_time)
        done += 1
        cost = parts.cost(solution)
        if cost < best - 1e-9:
            best = cost
            run.improved(cost, f"{tag}-stage{stage + 1}")
    return solution, done
