"""``metaopt results``, ``metaopt batch`` and ``metaopt report``."""

from __future__ import annotations

import json
import os
from pathlib import Path

import click

from metaopt.store import Store, default_store_path

_STORE = click.option("--store", "store_path", type=click.Path(dir_okay=False), default=None,
                      help="SQLite results store (default: $METAOPT_STORE or "
                           "./metaopt-results.db).")


def _open(store_path: str | None, must_exist: bool = True) -> Store:
    path = Path(store_path) if store_path else default_store_path()
    if must_exist and not path.exists():
        raise click.UsageError(f"no results store at {path}")
    return Store(path)


@click.command()
@_STORE
@click.option("--instance", "-i", default=None, help="Instance name glob, e.g. 'ta0*'.")
@click.option("--engine", "-e", default=None, help="Only runs of this engine.")
@click.option("--since", default=None, help="Only runs on or after this ISO date (2026-11-01).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="Output format.")
def results(store_path, instance, engine, since, fmt) -> None:
    """List stored runs, with the gap to the best known value where one is known."""
    from metaopt.bks import best_known, gap

    with _open(store_path) as store:
        rows = []
        for r in store.query(instance=instance, engine=engine, since=since):
            best = best_known(r["instance"])
            rows.append({"id": r["id"], "created": r["created"], "instance": r["instance"],
                         "problem": r["problem"], "engine": r["engine"], "label": r["label"],
                         "seed": r["seed"], "time_limit": r["time_limit"],
                         "status": r["status"], "objective": r["objective"],
                         "bound": r["bound"], "best_known": best,
                         "gap": gap(r["problem"], r["objective"], best),
                         "runtime": r["runtime"], "verified": r["verified"]})
    if fmt == "json":
        click.echo(json.dumps(rows, indent=1))
        return
    if fmt == "csv":
        from metaopt.report import to_csv

        click.echo(to_csv(rows), nl=False)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    cols = ["id", "instance", "engine", "seed", "time_limit", "status", "objective", "gap",
            "runtime", "verified"]
    for c in cols:
        table.add_column(c)
    for r in rows:
        table.add_row(*["–" if r[c] is None else (f"{r[c]:.4g}" if isinstance(r[c], float)
                                                  else str(r[c])) for c in cols])
    Console(width=160).print(table)


@click.command()
@click.argument("spec", type=click.Path(dir_okay=False))
@_STORE
@click.option("--workers", "-w", type=click.IntRange(min=1), default=None,
              help="Parallel runs (default: the number of cores).")
@click.option("--dry-run", is_flag=True, help="List the runs the spec expands to and stop.")
def batch(spec, store_path, workers, dry_run) -> None:
    """Run SPEC.toml: instances × methods × seeds × time limits into the store.

    Runs already stored with the same key are skipped, so an interrupted batch resumes.
    """
    from metaopt.batch import expand, load_spec, run_batch

    s = load_spec(spec)
    tasks = expand(s)
    if dry_run:
        for t in tasks:
            click.echo(f"{t.path}  {t.method.label}  seed={t.seed}  limit={t.time_limit}")
        return
    workers = workers or os.cpu_count() or 1
    with _open(store_path, must_exist=False) as store:
        ran = run_batch(tasks, store, workers, show_progress=True)
    click.echo(f"{s.name}: {len(tasks)} runs in spec, {ran} run now, "
               f"{len(tasks) - ran} already stored", err=True)


@click.command()
@_STORE
@click.option("--spec", type=click.Path(dir_okay=False), default=None,
              help="Only the runs this spec expands to.")
@click.option("--out", type=click.Path(file_okay=False), default=None,
              help="Also write instances.md/.csv and groups.md/.csv into this directory.")
def report(store_path, spec, out) -> None:
    """Per-instance and per-group tables: mean gap to best known (%), runtime, wins."""
    from metaopt import report as rp

    with _open(store_path) as store:
        rows = list(store.query(with_payload=True))
        if spec:
            from metaopt.batch import expand, load_spec

            keys = {t.key for t in expand(load_spec(spec))}
            rows = [r for r in rows if r["key"] in keys]
    if not rows:
        raise click.UsageError("no runs to report")
    inst, groups, labels = rp.summarise(rows)
    mip = any(r["problem"] == "mip" for r in rows)
    stats = ["gap", "pi", "time"] if mip else ["gap", "time"]
    inst_md = rp.markdown(inst, ["instance", "reference", "source"], labels, stats)
    group_md = rp.markdown(groups, ["group", "instances"], labels, stats + ["wins"])
    text = (f"## Per group (mean gap % to the reference, mean runtime s, wins)\n\n"
            "The reference is the best known value where one is known, else the best value "
            "any method found in these runs. For MIP the gap is the primal gap and `pi` the "
            "primal integral (Berthold: integral of the primal gap, as a fraction, over the "
            f"time limit, in seconds; lower is better).\n\n{group_md}\n"
            f"## Per instance\n\n{inst_md}")
    click.echo(text)
    if out:
        d = Path(out)
        d.mkdir(parents=True, exist_ok=True)
        (d / "instances.md").write_text(inst_md)
        (d / "groups.md").write_text(group_md)
        (d / "instances.csv").write_text(rp.to_csv(inst))
        (d / "groups.csv").write_text(rp.to_csv(groups))
        (d / "report.md").write_text(text)
