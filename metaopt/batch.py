"""Batch specs (TOML) and the local batch runner: instances × methods × seeds × limits."""

from __future__ import annotations

import glob
import json
import multiprocessing as mp
import os
import signal
import sys
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from metaopt.errors import InputError
from metaopt.result import Result, Status

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

@dataclass(frozen=True)
class Method:
    engine: str
    label: str
    params: dict[str, Any] = field(default_factory=dict)
    time_limits: tuple[float, ...] | None = None  # overrides the spec's limits
    problems: tuple[str, ...] | None = None  # only instances of these kinds (tsp, cvrp, …)


@dataclass(frozen=True)
class Spec:
    name: str
    instances: list[str]
    methods: list[Method]
    seeds: list[int]
    time_limits: list[float]
    threads: int = 1
    grace: float | None = None
    notes: str = ""  # printed by `metaopt report --spec` above the tables


@dataclass(frozen=True)
class Task:
    path: str
    method: Method
    seed: int
    time_limit: float
    threads: int
    grace: float | None = None  # seconds past the limit before the run is killed
    weights: str = ""  # digest of the weight files the run loads ("" for none)

    @property
    def allowed(self) -> float:
        """Wall time (loading included) after which the run is killed and recorded as an
        error: the limit plus ``grace`` (default: 30 s or half the limit, the larger)."""
        grace = self.grace if self.grace is not None else max(30.0, 0.5 * self.time_limit)
        return self.time_limit + grace

    cpus: int = 1  # CPUs the run occupies (its threads, or an lns portfolio's processes)
    problem: str = "?"  # the instance's problem kind, for an error row

    @property
    def key(self) -> str:
        """Identifies the run for resuming; a run that loads trained weights also carries
        their digest, so re-trained weights are not taken for the old ones."""
        parts = [self.path, self.method.engine, self.method.params, self.seed,
                 self.time_limit, self.threads]
        if self.weights:
            parts.append({"weights": self.weights})
        return json.dumps(parts, sort_keys=True)


def _list(path: Path, data: dict, key: str, kind: type, default: list) -> list:
    """``data[key]`` as a list of ``kind`` (a single value counts as a list of one)."""
    value = data.get(key, default)
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        ok = isinstance(item, kind) and not isinstance(item, bool) or (
            kind is float and isinstance(item, int) and not isinstance(item, bool))
        if not ok:
            raise InputError(path, f"'{key}' must be a list of {kind.__name__} values, "
                                   f"got {value!r}")
        out.append(kind(item))
    if not out:
        raise InputError(path, f"'{key}' is empty")
    return out


def _method(path: Path, i: int, m: Any) -> Method:
    from metaopt.engines import ENGINES
    from metaopt.errors import UsageError

    where = f"methods[{i}]"
    if not isinstance(m, dict):
        raise InputError(path, f"{where}: expected a [[methods]] table")
    engine = m.get("engine")
    if not isinstance(engine, str) or engine not in ENGINES:
        raise InputError(path, f"{where}.engine must be one of {', '.join(ENGINES)}, "
                               f"got {engine!r}")
    unknown = set(m) - {"engine", "label", "params", "time_limits", "problems"}
    if unknown:
        raise InputError(path, f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    label = m.get("label", engine)
    raw = m.get("params", {})
    if not isinstance(label, str) or not isinstance(raw, dict):
        raise InputError(path, f"{where}: 'label' must be a string and 'params' a table")
    try:
        params = ENGINES[engine].load().params(raw)
    except UsageError as e:
        raise InputError(path, f"{where}.params ({label}): {e}") from None
    limits = _list(path, m, "time_limits", float, []) if "time_limits" in m else None
    kinds = _list(path, m, "problems", str, []) if "problems" in m else None
    if limits is not None and min(limits) <= 0:
        raise InputError(path, f"{where}.time_limits must be positive")
    return Method(engine, label, params.non_default(), tuple(limits) if limits else None,
                  tuple(kinds) if kinds else None)


def load_spec(path: str | Path) -> Spec:
    """A batch spec, every key checked (a bad one is an InputError naming it)."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text())
    except OSError as e:
        raise InputError(path, f"cannot read spec: {e.strerror}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise InputError(path, f"invalid TOML: {e}") from None
    known = {"name", "instances", "methods", "seeds", "time_limits", "threads", "grace",
             "notes"}
    unknown = set(data) - known
    if unknown:
        raise InputError(path, f"unknown key(s) {', '.join(sorted(unknown))} (known: "
                               f"{', '.join(sorted(known))})")
    raw_methods = data.get("methods", [])
    if not isinstance(raw_methods, list) or not raw_methods:
        raise InputError(path, "no [[methods]] given")
    methods = [_method(path, i, m) for i, m in enumerate(raw_methods)]
    if not data.get("instances"):
        raise InputError(path, "no 'instances' globs given")
    limits = _list(path, data, "time_limits", float, [10.0])
    if min(limits) <= 0:
        raise InputError(path, "'time_limits' must be positive")
    threads = _list(path, data, "threads", int, [1])
    grace = _list(path, data, "grace", float, [0.0]) if "grace" in data else None
    if len(threads) != 1 or threads[0] < 1 or (grace is not None and len(grace) != 1):
        raise InputError(path, "'threads' must be one integer >= 1 and 'grace' one number")
    for key in ("name", "notes"):
        if key in data and not isinstance(data[key], str):
            raise InputError(path, f"'{key}' must be a string")
    return Spec(
        name=data.get("name", path.stem),
        instances=_list(path, data, "instances", str, []),
        methods=methods,
        seeds=_list(path, data, "seeds", int, [0]),
        time_limits=limits,
        threads=threads[0],
        grace=grace[0] if grace is not None else None,
        notes=data.get("notes", ""),
    )


def expand(spec: Spec) -> list[Task]:
    """Every (instance × applicable method × seed × limit), in a stable order."""
    from metaopt import policies
    from metaopt.engines import ENGINES
    from metaopt.read import detect

    paths: list[str] = []
    for pattern in spec.instances:
        matched = sorted(glob.glob(pattern))
        paths += [p for p in matched if p not in paths]
    tasks = []
    for p in paths:
        problems = detect(Path(p)).kinds_in(Path(p))
        for method in spec.methods:
            if not problems & set(ENGINES[method.engine].problems):
                continue
            if method.problems and not problems & set(method.problems):
                continue
            kind = sorted(problems & set(ENGINES[method.engine].problems))[0]
            loaded = ENGINES[method.engine].load()
            params = loaded.params(method.params)
            weights = policies.digest(loaded.weights(params, kind))
            cpus = loaded.cpus(params, spec.threads)
            for limit in method.time_limits or spec.time_limits:
                for seed in spec.seeds:
                    tasks.append(Task(p, method, seed, limit, spec.threads, spec.grace,
                                      weights, cpus, kind))
    return tasks


def instance_name(path: str) -> str:
    """The name the readers give the instance at ``path``: its file name less the format's
    suffix and any compression suffix (``x.mps.gz`` -> ``x``)."""
    name = Path(path).name
    for packed in (".gz", ".bz2", ".xz"):
        name = name.removesuffix(packed)
    return Path(name).stem


def error_row(task: Task, message: str, runtime: float = 0.0) -> Result:
    """The result of a run that produced none: status ``error`` and why."""
    from metaopt.version import code_version

    return Result(instance=instance_name(task.path), problem=task.problem,
                  engine=task.method.engine, status=Status.ERROR, objective=None, bound=None,
                  runtime=runtime, seed=task.seed, time_limit=task.time_limit,
                  parameters=task.method.params, message=message, version=code_version())


def _solve_task(task: Task) -> Result:
    from metaopt.read import read
    from metaopt.solve import solve

    try:
        inst = read(task.path)
        result = solve(inst, task.method.engine, task.time_limit, task.seed,
                       params=task.method.params, threads=task.threads)
    except Exception as e:  # recorded as an error row, never dropped
        return error_row(task, f"{type(e).__name__}: {e}")
    return result


def _child(task: Task, conn) -> None:
    if hasattr(os, "setsid"):
        os.setsid()  # its own process group, so a kill also reaches its helpers
    conn.send(_solve_task(task))
    conn.close()


def run_task(task: Task, start_method: str | None = None) -> Result:
    """Run one task in a child process watched for crashes and for running past
    ``task.allowed`` seconds; either way the answer is a row (an error row then).

    The child is forked where the platform allows (cheap, and the parent is a single-threaded
    pool worker) unless ``start_method`` says otherwise."""
    import time

    methods = mp.get_all_start_methods()
    ctx = mp.get_context(start_method or ("fork" if "fork" in methods else "spawn"))
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(task, send))
    t0 = time.monotonic()
    proc.start()
    send.close()
    try:
        if recv.poll(task.allowed):
            try:
                return recv.recv()
            except EOFError:
                proc.join(5)
                code = proc.exitcode
                why = (f"killed by signal {signal.Signals(-code).name}" if code and code < 0
                       else f"exit code {code}")
                return error_row(task, f"crashed: the run's process died ({why})",
                                 time.monotonic() - t0)
        return error_row(task, f"exceeded its time limit ({task.time_limit:g} s) by more than "
                               f"{task.allowed - task.time_limit:g} s; killed",
                         time.monotonic() - t0)
    finally:
        if proc.is_alive():
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except (AttributeError, ProcessLookupError, PermissionError):
                proc.kill()
        proc.join(5)
        recv.close()


def pending(tasks: list[Task], store) -> list[Task]:
    """The tasks not yet in ``store`` (by key): what a batch would run."""
    done = store.keys()
    return [t for t in tasks if t.key not in done]


def _store(store, task: Task, row: Result) -> None:
    store.add(row, key=task.key, instance_path=task.path,
              label=task.method.label)


def run_batch(tasks: list[Task], store, workers: int, show_progress: bool = True) -> int:
    """Run tasks not yet in ``store`` (by key) in a process pool; returns how many ran."""
    todo = pending(tasks, store)
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
                try:
                    row = fut.result()
                except Exception as e:  # the pool itself failed: still one row per run
                    row = error_row(t, f"{type(e).__name__}: {e}")
                _store(store, t, row)
                bar.advance(job)
    return len(todo)


def _run_task_in_ray(task: Task) -> Result:
    """A Ray worker is multithreaded, so its watched child is spawned, never forked."""
    return run_task(task, start_method="spawn")


def run_batch_ray(tasks: list[Task], store, address: str | None = None,
                  num_cpus: int | None = None, show_progress: bool = True) -> int:
    """Run tasks not yet in ``store`` as Ray tasks (one CPU each unless the run uses more).
    Results come back to this process, which alone writes the store. Uses the running Ray
    instance if there is one, else connects to ``address`` or starts a local one."""
    try:
        import ray
    except ImportError:
        from metaopt.errors import UsageError

        raise UsageError("--executor ray needs Ray: pip install 'metaopt[ray]'") from None
    todo = pending(tasks, store)
    if not todo:
        return 0
    started = not ray.is_initialized()
    if started:
        ray.init(address=address, num_cpus=None if address else num_cpus,
                 include_dashboard=False, log_to_driver=False)
    try:
        remote = ray.remote(max_retries=0)(_run_task_in_ray)
        running = {remote.options(num_cpus=t.cpus).remote(t): t for t in todo}
        from rich.progress import Progress

        with Progress(disable=not show_progress, transient=False) as bar:
            job = bar.add_task(f"{len(todo)} runs on Ray ({len(tasks) - len(todo)} already "
                               "stored)", total=len(todo))
            while running:
                ready, _ = ray.wait(list(running), num_returns=1)
                for ref in ready:
                    t = running.pop(ref)
                    try:
                        row = ray.get(ref)
                    except Exception as e:  # a lost worker or node: an error row
                        row = error_row(t, f"ray: {type(e).__name__}: {e}")
                    _store(store, t, row)
                    bar.advance(job)
    finally:
        if started:
            ray.shutdown()
    return len(todo)
