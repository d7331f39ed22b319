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


def divide_conquer_reunion(parts, solution: Any, run: Run, rng: np.random.Generator,
                           n: int, stages: int, seconds: float, tag: str = "udc"
                           ) -> tuple[Any, int]:
    """Run up to ``stages`` conquer passes within ``seconds`` (each an equal share of what is
    left); returns the solution and how many stages ran. Improvements go to ``run``."""
    import time

    deadline = time.monotonic() + seconds
    best = parts.cost(solution)
    done = 0
    for stage in range(stages):
        left = min(deadline - time.monotonic(), run.remaining())
        if run.stopped or left < 0.01:
            break
        run.set_phase(f"conquer stage {stage + 1}/{stages}")
        solution = parts.conquer(solution, n, stage_offset(stage, n, rng), left / (stages - stage))
        done += 1
        cost = parts.cost(solution)
        if cost < best - 1e-9:
            best = cost
            run.improved(cost, f"{tag}-stage{stage + 1}")
    return solution, done
