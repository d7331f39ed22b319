"""Figures from stored runs (matplotlib is imported here only, and lazily).

Every function draws one PNG at ``path`` with the module's size (``SIZE`` inches × ``DPI``) and
returns the path. Rows are stored runs (``Store.query(with_payload=True)`` / ``Store.get``).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import numpy as np

from metaopt.bks import gap, primal_gap
from metaopt.metrics import verified_trajectory
from metaopt.result import Result, StoredRun

SIZE = (8.0, 5.0)
DPI = 100
NO_SOLUTION_GAP = 100.0  # the gap a run has before its first solution (primal-gap convention)


def _figure(size: tuple[float, float] = SIZE):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=size, dpi=DPI)
    return plt, fig, ax


def _save(plt, fig, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=DPI)  # no tight bbox: the file has exactly SIZE × DPI pixels
    plt.close(fig)
    return path


def gap_curve(row: Result, reference: float | None, times: np.ndarray) -> np.ndarray:
    """A run's gap (%) to ``reference`` at each of ``times``: a step function of its
    trajectory, ``NO_SOLUTION_GAP`` before the first solution, capped at that value."""
    out = np.full(len(times), NO_SOLUTION_GAP)
    for p in sorted(verified_trajectory(row), key=lambda p: p.time):
        g = gap(row.problem, p.objective, reference)
        if g is not None:  # a point found just past the last time counts at that time
            out[times >= min(p.time, times[-1])] = min(max(g, 0.0), NO_SOLUTION_GAP)
    return out


def anytime(rows: list[StoredRun], references: dict[str, float | None], path: str | Path,
            title: str = "") -> Path:
    """Mean gap over instances against time, one line per method label."""
    horizon = max((r.time_limit or r.runtime or 1.0) for r in rows)
    times = np.linspace(0.0, horizon, 400)
    by_label: dict[str, list[np.ndarray]] = defaultdict(list)
    for r in rows:
        if r.instance in references and references[r.instance] is not None:
            by_label[r.label].append(gap_curve(r, references[r.instance], times))
    plt, fig, ax = _figure()
    colours = plt.get_cmap("tab20")
    for k, label in enumerate(sorted(by_label)):
        curves = np.array(by_label[label])
        ax.step(times, curves.mean(axis=0), where="post", color=colours(k % 20),
                label=f"{label} ({len(curves)} runs)")
    ax.set_xlabel("time (s)")
    ax.set_ylabel("mean gap to reference (%)")
    ax.set_yscale("symlog", linthresh=1.0)
    ax.set_title(title or "Anytime performance")
    ax.grid(True, alpha=0.3)
    if by_label:
        ax.legend(fontsize="x-small", loc="upper right", ncols=2 if len(by_label) > 6 else 1)
    return _save(plt, fig, path)


def performance_profile(rows: list[StoredRun], path: str | Path, title: str = "") -> Path:
    """Dolan–Moré profile on solution quality: for each method, the share of instances whose
    ratio 1 + gap(method, best of all methods)/100 is at most τ (no solution: never)."""
    best: dict[str, float] = {}
    sense: dict[str, int] = {}
    values: dict[tuple[str, str], list[float]] = defaultdict(list)
    for r in rows:
        s = r.sense
        sense[r.instance] = s
        ok = r.objective is not None and r.verified
        values[(r.label, r.instance)].append(r.objective if ok else None)
        if ok and (r.instance not in best or s * r.objective < s * best[r.instance]):
            best[r.instance] = r.objective
    instances = sorted(sense)
    labels = sorted({r.label for r in rows})
    plt, fig, ax = _figure()
    tau_max = 1.0
    ratios_by_label = {}
    for label in labels:
        ratios = []
        for name in instances:
            for v in values.get((label, name), [None]):
                g = None if v is None or name not in best else primal_gap(v, best[name])
                ratios.append(np.inf if g is None else 1.0 + g / 100.0)
        ratios_by_label[label] = np.sort(np.array(ratios))
        finite = ratios_by_label[label][np.isfinite(ratios_by_label[label])]
        if len(finite):
            tau_max = max(tau_max, float(finite.max()))
    taus = np.linspace(1.0, tau_max * 1.02 + 1e-9, 300)
    colours = plt.get_cmap("tab20")
    for k, (label, ratios) in enumerate(ratios_by_label.items()):
        share = (ratios[None, :] <= taus[:, None]).mean(axis=1)
        ax.step(taus, share, where="post", label=label, color=colours(k % 20))
    ax.set_xlabel("τ (1 + primal gap to the best method on the instance)")
    ax.set_ylabel("share of runs within τ")
    ax.set_ylim(0, 1.02)
    ax.set_title(title or "Performance profile")
    ax.grid(True, alpha=0.3)
    if labels:
        ax.legend(fontsize="x-small", loc="lower right", ncols=2 if len(labels) > 6 else 1)
    return _save(plt, fig, path)


def _pulls(stats: dict) -> list[list]:
    pulls = list(stats.get("pulls") or [])
    for worker in (stats.get("workers") or {}).values():  # a portfolio run
        pulls += (worker.get("stats") or {}).get("pulls") or []
    return pulls


def _operator_totals(rows: list[Result]) -> dict[str, list[float]]:
    """Per operator over the runs: pulls, seconds, gap closed."""
    totals: dict[str, list[float]] = {}
    for r in rows:
        for name, o in ((r.stats or {}).get("operators") or {}).items():
            t = totals.setdefault(name, [0, 0.0, 0.0])
            t[0] += o.get("pulls", 0)
            t[1] += o.get("time", 0.0)
            t[2] += o.get("gap_closed", 0.0)
    return totals


def operator_usage(rows: list[Result], path: str | Path, bins: int = 20, title: str = "") -> Path:
    """For ``lns`` runs: share of bandit draws per operator in each time slice (stacked,
    legend with pulls, time and gap closed per second) and, below, each sized operator's
    size over time (one run: its own; several: the first)."""
    pulls = [(t / max(r.time_limit or 1.0, 1e-9), op) for r in rows
             for t, op in _pulls(r.stats)]
    ops = sorted({op for _, op in pulls})
    counts = np.zeros((len(ops), bins))
    for frac, op in pulls:
        counts[ops.index(op), min(int(frac * bins), bins - 1)] += 1
    share = counts / np.maximum(counts.sum(axis=0, keepdims=True), 1)
    plt, fig, _ = _figure()
    fig.clf()
    ax, low = fig.subplots(2, 1, sharex=True, height_ratios=[3, 1])
    totals = _operator_totals(rows)
    x = (np.arange(bins) + 0.5) / bins
    if ops:
        labels = []
        for op in ops:
            n, sec, closed = totals.get(op, [0, 0.0, 0.0])
            rate = f", {closed / sec:.3g} gap/s" if sec > 0 else ""
            labels.append(f"{op} ({int(n)}, {sec:.0f} s{rate})")
        ax.stackplot(x, share, labels=labels, step="mid")
        ax.legend(loc="upper left", fontsize="x-small", ncols=2)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_ylabel("share of draws")
    ax.set_title(title or f"Bandit operator usage ({len(rows)} runs, {len(pulls)} draws)")
    first = rows[0] if rows else None
    limit = max((first.time_limit or 1.0) if first else 1.0, 1e-9)
    for name, o in (((first.stats or {}).get("operators") or {}).items() if first else ()):
        sizes = o.get("sizes") or []
        if len(sizes) > 0:
            t = [s[0] / limit for s in sizes] + [1.0]
            v = [s[1] for s in sizes] + [sizes[-1][1]]
            low.step(t, v, where="post", label=name, lw=1)
    low.set_yscale("log")
    low.set_ylabel("size")
    low.set_xlabel("fraction of the time limit")
    return _save(plt, fig, path)


def trajectory(row: StoredRun, path: str | Path, reference: float | None = None) -> Path:
    """One run's incumbent objective against time, points tagged by what found them."""
    plt, fig, ax = _figure()
    pts = sorted(row.trajectory, key=lambda p: p.time)
    if pts:
        t = [p.time for p in pts] + [row.runtime or pts[-1].time]
        v = [p.objective for p in pts] + [pts[-1].objective]
        ax.step(t, v, where="post", color="tab:blue")
        for tag in sorted({p.tag or "?" for p in pts}):
            sel = [p for p in pts if (p.tag or "?") == tag]
            ax.scatter([p.time for p in sel], [p.objective for p in sel], label=tag, s=18)
        ax.legend(fontsize="small")
    if reference is not None:
        ax.axhline(reference, color="grey", ls="--", lw=1)
    ax.set_xlabel("time (s)")
    ax.set_ylabel("objective")
    ax.set_title(f"{row.instance} · {row.label} · {row.status.value}")
    ax.grid(True, alpha=0.3)
    return _save(plt, fig, path)


def gantt(inst, starts, path: str | Path) -> Path:
    """A job-shop schedule: one row per machine, one bar per operation, coloured by job."""
    starts = np.asarray(starts)
    plt, fig, ax = _figure((10.0, max(3.0, 0.35 * inst.num_machines + 1.5)))
    cmap = plt.get_cmap("tab20", max(inst.num_jobs, 1))
    for j in range(inst.num_jobs):
        for o in range(inst.num_ops):
            m = int(inst.machines[j, o])
            ax.broken_barh([(int(starts[j, o]), int(inst.durations[j, o]))], (m - 0.4, 0.8),
                           facecolors=cmap(j % cmap.N), edgecolor="black", linewidth=0.3)
    makespan = inst.makespan(starts)
    ax.set_yticks(range(inst.num_machines))
    ax.set_yticklabels([f"M{m}" for m in range(inst.num_machines)], fontsize="small")
    ax.invert_yaxis()
    ax.set_xlabel("time")
    ax.set_title(f"{inst.name}: makespan {makespan}, {inst.num_jobs} jobs")
    return _save(plt, fig, path)


def routes(inst, solution, path: str | Path) -> Path:
    """A TSP tour or CVRP routes over the node coordinates (depot as a square)."""
    if inst.coords is None:
        raise ValueError(f"{inst.name} has no coordinates to draw")
    xy = np.asarray(inst.coords, float)
    plt, fig, ax = _figure((7.0, 7.0))
    if inst.problem == "tsp":
        t = np.asarray(solution + solution[:1])
        ax.plot(xy[t, 0], xy[t, 1], lw=0.8)
        title = f"{inst.name}: tour length {inst.objective(solution):.6g}"
    else:
        cmap = plt.get_cmap("tab20")
        for k, r in enumerate(solution):
            p = np.asarray([inst.depot] + list(r) + [inst.depot])
            ax.plot(xy[p, 0], xy[p, 1], lw=0.8, color=cmap(k % 20))
        ax.scatter(*xy[inst.depot], marker="s", s=60, color="black", zorder=3)
        title = f"{inst.name}: {len(solution)} routes, cost {inst.objective(solution):.6g}"
    ax.scatter(xy[:, 0], xy[:, 1], s=4, color="black", zorder=2)
    ax.set_aspect("equal", adjustable="datalim")
    ax.set_title(title)
    return _save(plt, fig, path)
