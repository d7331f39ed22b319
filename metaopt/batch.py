"""Batch specs (TOML) and the local batch runner: instances × methods × seeds × limits."""

from __future__ import annotations

import glob
import json
import sys
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from metaopt.errors import InputError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

_PROBLEMS = {"mip": {"mip"}, "jssp": {"jssp"}, "routing": {"tsp", "cvrp"}}


@dataclass(frozen=True)
class Method:
    engine: str
    label: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Spec:
    name: str
    instances: list[str]
    methods: list[Method]
    seeds: list[int]
    time_limits: list[float]
    threads: int = 1


@dataclass(frozen=True)
class Task:
    path: str
    method: Method
    seed: int
    time_limit: float
    threads: int

    @property
    def key(self) -> str:
        return json.dumps([self.path, self.method.engine, self.method.params, self.seed,
                           self.time_limit, self.threads], sort_keys=True)


def load_spec(path: str | Path) -> Spec:
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text())
    except OSError as e:
        raise InputError(path, f"cannot read spec: {e.strerror}") from None
    except tomllib.TOMLDecodeError as e:
        raise InputError(path, f"invalid TOML: {e}") from None
    from metaopt.engines import ENGINES

    methods = []
    for i, m in enumerate(data.get("methods", [])):
        if "engine" not in m or m["engine"] not in ENGINES:
            raise InputError(path, f"methods[{i}]: 'engine' must be one of {', '.join(ENGINES)}")
        methods.append(Method(m["engine"], m.get("label", m["engine"]), m.get("params", {})))
    if not methods:
        raise InputError(path, "no [[methods]] given")
    if not data.get("instances"):
        raise InputError(path, "no 'instances' globs given")
    return Spec(
        name=data.get("name", path.stem),
        instances=list(data["instances"]),
        methods=methods,
        seeds=[int(s) for s in data.get("seeds", [0])],
        time_limits=[float(t) for t in data.get("time_limits", [10])],
        threads=int(data.get("threads", 1)),
    )


def expand(spec: Spec) -> list[Task]:
    """Every (instance × applicable method × seed × limit), in a stable order."""
    from metaopt.engines import ENGINES
    from metaopt.read import detect

    paths: list[str] = []
    for pattern in spec.instances:
        matched = sorted(glob.glob(pattern))
        paths += [p for p in matched if p not in paths]
    tasks = []
    for p in paths:
        problems = _PROBLEMS[detect(Path(p))]
        for method in spec.methods:
            if not problems & set(ENGINES[method.engine].problems):
                continue
            for limit in spec.time_limits:
                for seed in spec.seeds:
                    tasks.append(Task(p, method, seed, limit, spec.threads))
    return tasks


def run_task(task: Task) -> dict[str, Any]:
    """Run one task in a worker process; returns the Result as a dict (errors included)."""
    from metaopt.read import read
    from metaopt.result import Result, Status
    from metaopt.solve import solve

    try:
        inst = read(task.path)
        result = solve(inst, task.method.engine, task.time_limit, task.seed,
                       params=task.method.params, threads=task.threads)
    except Exception as e:  # recorded as an error row, never dropped
        result = Result(instance=Path(task.path).stem, problem="?", engine=task.method.engine,
                        status=Status.ERROR, objective=None, bound=None, runtime=0.0,
                        seed=task.seed, time_limit=task.time_limit,
                        message=f"{type(e).__name__}: {e}")
    return result.to_dict()


def run_batch(tasks: list[Task], store, workers: int, show_progress: bool = True) -> int:
    """Run tasks not yet in ``store`` (by key) in a process pool; returns how many ran."""
    from metaopt.result import Result

    done = store.keys()
    todo = [t for t in tasks if t.key not in done]
    if not todo:
        return 0
    from rich.progress import Progress

    with Progress(disable=not show_progress, transient=False) as bar:
        job = bar.add_task(f"{len(todo)} runs ({len(tasks) - len(todo)} already stored)",
                           total=len(todo))
        with ProcessPoolExecutor(max_workers=workers) as pool:
            futures = {pool.submit(run_task, t): t for t in todo}
            for fut in as_completed(futures):
                t = futures[fut]
                store.add(Result.from_dict(fut.result()), key=t.key, instance_path=t.path,
                          label=t.method.label)
                bar.advance(job)
    return len(todo)
