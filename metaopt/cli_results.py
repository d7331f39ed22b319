"""``metaopt results``, ``metaopt batch`` and ``metaopt report``."""

from __future__ import annotations

import json
import os
from pathlib import Path

import click

from metaopt.result import StoredRun
from metaopt.store import Store, default_store_path

_STORE = click.option("--store", "store_path", type=click.Path(dir_okay=False), default=None,
                      help="SQLite results store (default: $METAOPT_STORE or "
                           "./metaopt-results.db).")


def _path(store_path: str | None) -> Path:
    """The store the option names, else the default one."""
    return Path(store_path) if store_path else default_store_path()


def _open(store_path: str | None, must_exist: bool = True) -> Store:
    """The store to read (``must_exist``: opened read-only) or to write."""
    return Store(_path(store_path), readonly=must_exist)


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
            best = best_known(r.instance)
            rows.append({"id": r.id, "created": r.created, "instance": r.instance,
                         "problem": r.problem, "engine": r.engine, "label": r.label,
                         "seed": r.seed, "time_limit": r.time_limit,
                         "status": r.status.value, "objective": r.objective,
                         "bound": r.bound, "best_known": best,
                         "gap": gap(r.problem, r.objective, best),
                         "runtime": r.runtime, "verified": r.verified})
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
@click.option("--dry-run", is_flag=True, help="List the runs not yet in the store (all of "
              "them without a store) and stop.")
@click.option("--executor", type=click.Choice(["local", "ray"]), default="local",
              show_default=True, help="local: a process pool on this machine; ray: one Ray "
                                      "task per run (needs the 'ray' extra).")
@click.option("--address", default=None,
              help="With --executor ray: the cluster to join (e.g. 'auto' or "
                   "'ray://head:10001'); without it a local Ray instance is started with "
                   "--workers CPUs.")
def batch(spec, store_path, workers, dry_run, executor, address) -> None:
    """Run SPEC.toml: instances × methods × seeds × time limits into the store.

    Runs already stored with the same key are skipped, so an interrupted batch resumes. A run
    that crashes, or runs past its limit plus the spec's ``grace`` seconds (default 30 s or
    half the limit), is killed and stored as an error row; the batch goes on.
    """
    from metaopt.batch import expand, load_spec, pending, run_batch, run_batch_ray

    s = load_spec(spec)
    tasks = expand(s)
    if dry_run:
        todo = tasks
        if _path(store_path).is_file():
            with _open(store_path) as store:
                todo = pending(tasks, store)
        for t in todo:
            click.echo(f"{t.path}  {t.method.label}  seed={t.seed}  limit={t.time_limit}")
        click.echo(f"{s.name}: {len(tasks)} runs in spec, {len(tasks) - len(todo)} already "
                   f"stored, {len(todo)} to run", err=True)
        return
    if address and executor != "ray":
        raise click.UsageError("--address needs --executor ray")
    workers = workers or os.cpu_count() or 1
    with _open(store_path, must_exist=False) as store:
        if executor == "ray":
            ran = run_batch_ray(tasks, store, address, num_cpus=workers)
        else:
            ran = run_batch(tasks, store, workers, show_progress=True)
    click.echo(f"{s.name}: {len(tasks)} runs in spec, {ran} run now, "
               f"{len(tasks) - ran} already stored", err=True)


@click.command()
@_STORE
@click.option("--spec", type=click.Path(dir_okay=False), default=None,
              help="Only the runs this spec expands to.")
@click.option("--out", type=click.Path(file_okay=False), default=None,
              help="Also write instances.md/.csv, groups.md/.csv, report.md and figures "
                   "(anytime gap curves, performance profiles, lns operator usage) here.")
@click.option("--no-plots", is_flag=True, help="With --out: tables only.")
def report(store_path, spec, out, no_plots) -> None:
    """Per-instance and per-group tables: mean gap to best known (%), runtime, wins."""
    from metaopt import report as rp

    notes = ""
    with _open(store_path) as store:
        rows = list(store.query(with_payload=True))
        if spec:
            from metaopt.batch import expand, load_spec

            loaded = load_spec(spec)
            notes = loaded.notes.strip()
            keys = {t.key for t in expand(loaded)}
            rows = [r for r in rows if r.key in keys]
    if not rows:
        raise click.UsageError("no runs to report")
    rows = rp.split_labels_by_limit(rows)
    inst, groups, labels = rp.summarise(rows)
    from metaopt.problems import KINDS

    primal = any(r.problem in KINDS and KINDS[r.problem].primal_gap for r in rows)
    stats = ["gap", "pi", "time"] if primal else ["gap", "time"]
    inst_md = rp.markdown(inst, ["instance", "reference", "source"], labels, stats)
    group_md = rp.markdown(groups, ["group", "instances"], labels, stats + ["wins", "runs"])
    versions = sorted({r.version or "unknown" for r in rows})
    mixed = ""
    if len(versions) > 1:
        mixed = (f"**Warning: these runs come from {len(versions)} code versions "
                 f"({', '.join(versions)}); regenerate the table from a fresh store.**\n\n")
        click.echo(f"metaopt: warning: the report mixes code versions: {', '.join(versions)}",
                   err=True)
    else:
        mixed = f"Code version: {versions[0]}.\n\n"
    text = (f"{notes}\n\n" if notes else "") + mixed + (
            f"## Per group (mean gap % to the reference, mean runtime s, wins, runs)\n\n"
            "The reference is the best known value where one is known, else the best value "
            "any method found in these runs. For MIP the gap is the primal gap and `pi` the "
            "primal integral (Berthold: integral of the primal gap, as a fraction, over the "
            "time limit, in seconds; lower is better). A failed or unverified run counts as "
            f"no solution (gap 100 % for MIP).\n\n{group_md}\n"
            f"## Per instance\n\n{inst_md}")
    click.echo(text)
    if out:
        d = Path(out)
        d.mkdir(parents=True, exist_ok=True)
        (d / "instances.md").write_text(inst_md)
        (d / "groups.md").write_text(group_md)
        (d / "instances.csv").write_text(rp.to_csv(inst))
        (d / "groups.csv").write_text(rp.to_csv(groups))
        if not no_plots:
            figures = _report_figures(rows, inst, d)
            text += "\n## Figures\n\n" + "".join(f"![{f.stem}]({f.name})\n" for f in figures)
        (d / "report.md").write_text(text)
        click.echo(f"wrote {d}/", err=True)


def _report_figures(rows: list[StoredRun], inst_rows: list[dict], out: Path) -> list[Path]:
    """Per group: anytime gap curves and a performance profile; lns operator usage."""
    import re

    from metaopt import plots
    from metaopt.report import _group

    refs = {r["instance"]: r["reference"] for r in inst_rows}
    figures = []
    groups: dict[str, list[dict]] = {}
    for r in rows:
        groups.setdefault(_group(r), []).append(r)
    for g, members in sorted(groups.items()):
        slug = re.sub(r"[^A-Za-z0-9._-]+", "-", g)
        figures.append(plots.anytime(members, refs, out / f"anytime-{slug}.png",
                                     title=f"{g}: mean gap to reference over time"))
        figures.append(plots.performance_profile(members, out / f"profile-{slug}.png",
                                                 title=f"{g}: performance profile"))
    lns = [r for r in rows if r.engine == "lns"]
    for label in sorted({r.label for r in lns}):
        slug = re.sub(r"[^A-Za-z0-9._-]+", "-", label)
        figures.append(plots.operator_usage([r for r in lns if r.label == label],
                                            out / f"operators-{slug}.png",
                                            title=f"{label}: bandit operator usage"))
    return figures


@click.command()
@click.argument("run_id", type=int)
@_STORE
@click.option("--out", type=click.Path(file_okay=False), default=".", show_default=True,
              help="Directory for the figures (run<ID>-trajectory.png, -gantt/-routes.png, "
                   "-operators.png).")
@click.option("--no-plots", is_flag=True, help="Print the summary only.")
def show(run_id, store_path, out, no_plots) -> None:
    """Render one stored run: summary, trajectory plot, and a Gantt chart (job shop), a
    tour/route plot (routing) or bandit operator usage (lns)."""
    from metaopt.bks import best_known, gap

    with _open(store_path) as store:
        row = store.get(run_id)
    if row is None:
        raise click.UsageError(f"no run with id {run_id} in the store")
    best = best_known(row.instance)
    lines = [f"run {row.id}: {row.instance} ({row.problem}) · engine {row.engine}"
             f" · label {row.label} · seed {row.seed} · limit {row.time_limit} s",
             f"status {row.status.value} · objective {row.objective} · bound {row.bound}"
             f" · runtime {row.runtime:.2f} s · verified {bool(row.verified)}",
             f"best known {best} · gap {gap(row.problem, row.objective, best)}",
             f"trajectory: {len(row.trajectory or [])} improvements"]
    if row.violation or row.message:
        lines.append(f"message: {row.violation or row.message}")
    click.echo("\n".join(lines))
    if no_plots:
        return
    from metaopt import plots

    d = Path(out)
    made = [plots.trajectory(row, d / f"run{run_id}-trajectory.png", best)]
    if row.engine == "lns":
        made.append(plots.operator_usage([row], d / f"run{run_id}-operators.png"))
    from metaopt.problems import KINDS, load_target

    plot = KINDS[row.problem].plot if row.problem in KINDS else None
    if row.solution is not None and plot is not None:
        path = row.instance_path
        if not path or not Path(path).exists():
            click.echo(f"instance file {path!r} not found: no schedule/route plot", err=True)
        else:
            from metaopt.read import read

            inst = read(path)
            kind, target = plot
            try:
                made.append(load_target(target)(inst, row.solution,
                                                d / f"run{run_id}-{kind}.png"))
            except ValueError as e:  # nothing to draw, e.g. routes without coordinates
                click.echo(f"no {kind} plot: {e}", err=True)
    for f in made:
        click.echo(f"wrote {f}")
