"""The one front door: ``solve(instance, engine, ...) -> Result``, checked independently."""

from __future__ import annotations

import time
from typing import Any

from metaopt.check import check, objectives_agree
from metaopt.control import ProgressFn, Run
from metaopt.engines import get_engine
from metaopt.errors import UsageError
from metaopt.outcome import Outcome
from metaopt.params import Params
from metaopt.result import Result, Status
from metaopt.version import code_version


def prepare(engine: str, problem: str, params: Params) -> None:
    """The engine's ``prepare(params)``, if it has one: heavy, parameter-dependent imports
    and compilation, to run before a run's clock starts."""
    loaded = get_engine(engine, problem).load()
    if loaded.prepare is not None:
        loaded.prepare(loaded.params(params))


def engine_params(engine: str, problem: str, raw: dict[str, Any] | Params | None) -> Params:
    """``raw`` as ``engine``'s typed parameters (a UsageError names unknown keys)."""
    return get_engine(engine, problem).load().params(raw)


def solve(instance: Any, engine: str, time_limit: float, seed: int, *,
          params: dict[str, Any] | Params | None = None, threads: int = 1,
          progress: ProgressFn | None = None, run: Run | None = None) -> Result:
    """Run ``engine`` on ``instance`` within ``time_limit`` seconds and verify its answer.

    A result whose solution fails the checker, or whose claimed objective disagrees with the
    recomputed one, comes back with ``verified=False`` and the violation. Without ``run`` the
    clock starts after ``prepare``; a caller that passes its own ``run`` calls ``prepare``
    before creating it.
    """
    loaded = get_engine(engine, instance.problem).load()
    typed = loaded.params(params)
    if run is None and loaded.prepare is not None:
        loaded.prepare(typed)
    sense = getattr(instance, "sense", 1)
    if run is None:
        run = Run(time_limit, seed, threads=threads, sense=sense, progress=progress)
    t0 = time.monotonic()
    try:
        out: Outcome = loaded.solve(instance, run, typed)
    except UsageError:  # bad parameters are the caller's to fix, not an engine failure
        raise
    except Exception as e:  # an engine failure becomes an error result, not a crash
        out = Outcome(Status.ERROR, message=f"{type(e).__name__}: {e}")
    runtime = time.monotonic() - t0
    result = Result(
        instance=instance.name, problem=instance.problem, engine=engine,
        backend=out.backend, status=out.status, objective=out.objective, bound=out.bound,
        runtime=round(runtime, 4), seed=seed, time_limit=time_limit,
        iterations=out.iterations, solution=out.solution, parameters=typed.non_default(),
        trajectory=run.trajectory, stats=out.stats, version=code_version(), message=out.message,
        sense=sense, size=getattr(instance, "size_label", None) or None,
        interrupted=run.interrupted)
    if out.status.has_solution:
        verdict = check(instance, out.solution)
        result.verified = verdict.feasible
        if not verdict.feasible:
            result.violation = verdict.violation
        elif not objectives_agree(verdict.objective, out.objective):
            result.verified = False
            result.violation = (f"engine reported objective {out.objective}, checker "
                                f"recomputed {verdict.objective}")
        else:
            result.objective = verdict.objective
    return result
