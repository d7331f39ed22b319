"""The ``metaopt`` command line."""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
from pathlib import Path

import click

from metaopt.errors import InputError, UsageError

EXIT_OK, EXIT_INPUT, EXIT_NO_SOLUTION, EXIT_UNVERIFIED, EXIT_INTERRUPTED = 0, 2, 3, 4, 130


def _fail(message: str, code: int = EXIT_INPUT) -> None:
    click.echo(f"metaopt: error: {message}", err=True)
    sys.exit(code)


def _parse_params(items: tuple[str, ...]) -> dict[str, str]:
    """``KEY=VALUE`` strings as a dict; the engine's Params types the values."""
    params = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            _fail(f"--param expects KEY=VALUE, got {item!r}")
        params[key.strip()] = value
    return params


def _check_output(path: str | None) -> None:
    """Fail before solving when the solution file cannot be written."""
    if path is None:
        return
    out = Path(path)
    if out.is_dir():
        _fail(f"{out}: --output is a directory")
    if not out.parent.is_dir():
        _fail(f"{out}: --output directory {out.parent} does not exist")
    if not os.access(out.parent, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        _fail(f"{out}: --output is not writable")


class _Main(click.Group):
    """Turns input and usage errors into one-line messages with exit code 2."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (InputError, UsageError) as e:
            _fail(str(e))


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="metaopt")
def main() -> None:
    """metaopt: one meta-solver for MIP, job-shop scheduling and vehicle routing.

    Read an instance, solve it with an engine, verify the answer independently, store it.
    """


def _store_option(f):
    f = click.option("--no-store", is_flag=True, help="Do not record the run in the store.")(f)
    return click.option(
        "--store", "store_path", type=click.Path(dir_okay=False), default=None,
        help="SQLite results store (default: $METAOPT_STORE or ./metaopt-results.db).")(f)


@main.command()
@click.argument("path", type=click.Path(dir_okay=False))
@click.option("--engine", "-e", default=None,
              help="Engine to use (see `metaopt engines`); default by problem: highs for MIP, "
                   "cpsat for job shop, auto for routing.")
@click.option("--time-limit", "-t", type=click.FloatRange(min=0, min_open=True), default=10.0,
              show_default=True, help="Wall-clock limit in seconds; reading the instance and the "
                   "engine's start-up (imports, loading weights) are excluded.")
@click.option("--seed", "-s", type=int, default=0, show_default=True,
              help="The run's one seed; solvers and torch get child seeds drawn from it.")
@click.option("--threads", type=click.IntRange(min=1), default=None,
              help="Threads for the backend solver: CP-SAT workers, HiGHS/SCIP threads, lns "
                   "portfolio searches (default: every core this process may use; engines "
                   "without threads run single-threaded).")
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE",
              help="Engine parameter (repeatable); `metaopt engines ENGINE` lists the keys. "
                   "Native solver options go as highs.<option>, scip.<param>, cpsat.<field>.")
@click.option("--stages", type=click.IntRange(min=0), default=None,
              help="udc only: conquer stages, the first plus reunions (same as "
                   "--param stages=N; default: until the deadline).")
@click.option("--starts", type=click.IntRange(min=1), default=None,
              help="udc only: divider starts α, each followed by the stages (same as "
                   "--param starts=N; default 1).")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None,
              help="Write the solution: .sol (MIP, VRPLIB routes), .tour (TSP), job-shop "
                   "start times as text or .json.")
@_store_option
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of text.")
@click.option("--quiet", "-q", is_flag=True, help="No live progress and no text summary.")
def solve(path, engine, time_limit, seed, threads, params, stages, starts, output, store_path,
          no_store, as_json, quiet) -> None:
    """Solve the instance at PATH and verify the answer.

    Exit codes: 0 verified solution, 1 the engine failed (its message is printed), 2 usage
    or input error, 3 no solution within the limit or proven infeasible, 4 the solution failed
    verification, 130 interrupted (the best solution so far is still stored and written; a
    second Ctrl-C exits at once).
    """
    from metaopt.bks import best_known, gap
    from metaopt.control import Run, available_cpus
    from metaopt.engines import get_engine
    from metaopt.problems import default_engine
    from metaopt.progress import LivePrinter
    from metaopt.read import read
    from metaopt.solve import solve as run_solve
    from metaopt.store import Store, default_store_path

    threads = threads or available_cpus()
    raw = _parse_params(params)
    instance = read(path)
    engine = engine or default_engine(instance.problem)
    loaded = get_engine(engine, instance.problem).load()  # fails on a missing dependency
    for key, value in (("stages", stages), ("starts", starts)):
        if value is not None:
            if engine != "udc":
                _fail(f"--{key} applies to the udc engine only")
            raw[key] = str(value)
    parameters = loaded.params(raw)  # unknown keys and bad values: exit 2
    _check_output(output)
    store = None if no_store else Store(store_path or default_store_path())
    if loaded.prepare is not None:
        loaded.prepare(parameters)  # heavy imports before the clock starts
    with LivePrinter(f"{engine} on {instance.name}", enabled=not quiet and not as_json) as pr:
        run = Run(time_limit, seed, threads=threads, sense=getattr(instance, "sense", 1),
                  progress=pr)
        box = {}

        def target() -> None:
            try:
                box["result"] = run_solve(instance, engine, time_limit, seed,
                                          params=parameters, threads=threads, run=run)
            except Exception as e:  # handed to the main thread, which reports it
                box["error"] = e

        def on_signal(signum, frame) -> None:
            if run.interrupted:  # the second Ctrl-C: leave now
                os._exit(EXIT_INTERRUPTED)
            run.request_stop()

        old = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
        worker = threading.Thread(target=target, daemon=True)
        worker.start()
        try:
            while worker.is_alive():
                worker.join(0.1)
        finally:
            for s, h in old.items():
                signal.signal(s, h)
    if "error" in box:
        raise box["error"]
    result = box["result"]
    run_id = None
    if store is not None:
        with store:
            run_id = store.add(result, instance_path=str(Path(path).resolve()))
    solution_file = None
    if output and result.status.has_solution:
        from metaopt.solution_io import write_solution

        try:
            write_solution(instance, result, output)
        except OSError as e:
            _fail(f"{output}: cannot write the solution ({e.strerror}); the run is stored "
                  f"as id {run_id}")
        solution_file = str(output)
    best = best_known(instance.name)
    summary = {
        "instance": result.instance, "problem": result.problem, "engine": result.engine,
        "status": result.status.value, "objective": result.objective, "bound": result.bound,
        "best_known": best, "gap": gap(result.problem, result.objective, best),
        "runtime_s": result.runtime, "seed": seed, "verified": result.verified,
        "violation": result.violation, "solution_file": solution_file, "run_id": run_id,
        "interrupted": run.interrupted, "message": result.message,
    }
    if as_json:
        click.echo(json.dumps(summary))
    elif not quiet:
        _print_summary(summary, result.message)
    if run.interrupted:
        sys.exit(EXIT_INTERRUPTED)
    if result.status.value == "error":
        click.echo(f"metaopt: engine error: {result.message}", err=True)
        sys.exit(1)
    if not result.status.has_solution:
        sys.exit(EXIT_NO_SOLUTION)
    if not result.verified:
        sys.exit(EXIT_UNVERIFIED)


def _print_summary(s: dict, message: str | None) -> None:
    lines = [f"instance   {s['instance']} ({s['problem']})", f"engine     {s['engine']}",
             f"status     {s['status']}" + (f" ({message})" if message else "")]
    if s["objective"] is not None:
        lines.append(f"objective  {s['objective']:.10g}")
    if s["bound"] is not None:
        lines.append(f"bound      {s['bound']:.10g}")
    if s["gap"] is not None:
        lines.append(f"gap        {s['gap']:.3f} % to best known {s['best_known']:.10g}")
    lines.append(f"runtime    {s['runtime_s']:.2f} s (seed {s['seed']})")
    if s["verified"] is not None:
        lines.append("verified   yes" if s["verified"] else f"verified   NO: {s['violation']}")
    if s["solution_file"]:
        lines.append(f"solution   {s['solution_file']}")
    click.echo("\n".join(lines))


@main.command()
@click.argument("instance", type=click.Path(dir_okay=False))
@click.argument("solution", type=click.Path(dir_okay=False))
def check(instance, solution) -> None:
    """Verify a SOLUTION file against an INSTANCE file; exit 0 if feasible, 4 if not."""
    from metaopt.check import check as run_check
    from metaopt.read import read
    from metaopt.solution_io import read_solution

    inst = read(instance)
    verdict = run_check(inst, read_solution(inst, solution))
    if verdict.feasible:
        click.echo(f"feasible; objective {verdict.objective:.10g}")
        return
    click.echo(f"infeasible: {verdict.violation}")
    sys.exit(EXIT_UNVERIFIED)


@main.command()
@click.argument("engine", required=False)
def engines(engine) -> None:
    """List engines, the problem kinds each solves, and whether its dependencies are present;
    with ENGINE, its parameters (key, type, default, meaning)."""
    from metaopt.engines import ENGINES, get_engine

    if engine is not None:
        from metaopt.params import table

        e = get_engine(engine)
        click.echo(f"{e.name}: {e.summary} (problems: {', '.join(e.problems)})")
        rows = table(e.load().params_class)
        if not rows:
            click.echo("no parameters")
            return
        click.echo(f"{'key':<18} {'type':<32} {'default':<12} meaning")
        for key, kind, default, help_text in rows:
            click.echo(f"{key:<18} {kind:<32} {default:<12} {help_text}")
        return
    click.echo(f"{'engine':<10} {'problems':<12} {'ready':<28} description")
    for e in ENGINES.values():
        missing = e.missing()
        ready = "yes" if not missing else "missing " + ", ".join(missing)
        click.echo(f"{e.name:<10} {','.join(e.problems):<12} {ready:<28} {e.summary}")


from metaopt.cli_generate import generate  # noqa: E402
from metaopt.cli_results import batch, report, results, show  # noqa: E402
from metaopt.cli_train import train  # noqa: E402

main.add_command(generate)
main.add_command(results)
main.add_command(batch)
main.add_command(report)
main.add_command(show)
main.add_command(train)

if __name__ == "__main__":  # pragma: no cover
    main()
