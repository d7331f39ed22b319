"""Per-instance and per-group tables of stored runs: gap to best known, runtime, wins."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from statistics import mean
from typing import Any

from metaopt.bks import best_known, gap
from metaopt.metrics import primal_integral, verified_trajectory
from metaopt.problems import KINDS
from metaopt.result import StoredRun


def _group(row: StoredRun) -> str:
    """problem/folder, plus the size where the instance has one (job shop: 15x15 …)."""
    parent = Path(row.instance_path or "").parent.name
    group = f"{row.problem}/{parent}" if parent else row.problem
    return f"{group} {row.size}" if row.size else group


def split_labels_by_limit(rows: list[StoredRun]) -> list[StoredRun]:
    """Rows whose method label was run under several time limits get ``label@LIMITs`` so
    that the tables never average across limits."""
    limits: dict[str, set] = defaultdict(set)
    for r in rows:
        limits[r.label].add(r.time_limit)
    return [replace(r, label=f"{r.label}@{r.time_limit:g}s") if len(limits[r.label]) > 1
            else r for r in rows]


def group_order(name: str) -> tuple:
    """Sort key: text first, then the numbers in it (15x15 before 100x20)."""
    import re

    parts = re.split(r"(\d+)", name)
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in parts)


def summarise(rows: list[StoredRun]) -> tuple[list[dict], list[dict], list[str]]:
    """Instance rows and group rows, with one set of columns per method label."""
    labels = sorted({r.label for r in rows})
    by = defaultdict(list)
    meta: dict[str, dict] = {}
    for r in rows:
        by[(r.instance, r.label)].append(r)
        if r.instance not in meta or meta[r.instance]["problem"] not in KINDS:
            # an error row may not know its problem kind; a row that does is preferred
            family = KINDS.get(r.problem)
            meta[r.instance] = {"problem": r.problem, "group": _group(r), "sense": r.sense,
                                "primal": bool(family and family.primal_gap)}
    inst_rows = []
    for name in sorted(meta):
        m = meta[name]
        found = [r.objective for lab in labels for r in by.get((name, lab), [])
                 if r.objective is not None and r.verified]
        ref, source = best_known(name), "best known"
        if ref is None and found:
            ref, source = min(found, key=lambda v: m["sense"] * v), "best found here"
        row: dict[str, Any] = {"instance": name, "group": m["group"], "reference": ref,
                               "source": source if ref is not None else None}
        for lab in labels:
            runs = by.get((name, lab), [])
            ok = [r for r in runs if r.objective is not None and r.verified]
            gaps = [gap(m["problem"], r.objective, ref) for r in ok]
            gaps += [100.0] * (len(runs) - len(ok)) if m["primal"] else []
            row[f"{lab}:obj"] = mean(r.objective for r in ok) if ok else None
            row[f"{lab}:gap"] = mean(g for g in gaps if g is not None) if gaps and \
                all(g is not None for g in gaps) else None
            row[f"{lab}:time"] = mean(r.runtime for r in runs) if runs else None
            pis = [primal_integral(verified_trajectory(r), ref, r.time_limit or 0.0)
                   for r in runs] if m["primal"] else []
            row[f"{lab}:pi"] = mean(pis) if pis and all(p == p for p in pis) else None
            row[f"{lab}:runs"] = len(runs)
            row[f"{lab}:failed"] = len(runs) - len(ok)
        best = [row[f"{lab}:obj"] for lab in labels if row[f"{lab}:obj"] is not None]
        for lab in labels:
            v = row[f"{lab}:obj"]
            row[f"{lab}:win"] = int(v is not None and m["sense"] * v <= min(
                m["sense"] * b for b in best) + 1e-9)
        inst_rows.append(row)
    groups = defaultdict(list)
    for row in inst_rows:
        groups[row["group"]].append(row)
    group_rows = []
    for g, members in sorted(groups.items(), key=lambda kv: group_order(kv[0])):
        out: dict[str, Any] = {"group": g, "instances": len(members)}
        for lab in labels:
            gaps = [r[f"{lab}:gap"] for r in members if r[f"{lab}:gap"] is not None]
            times = [r[f"{lab}:time"] for r in members if r[f"{lab}:time"] is not None]
            out[f"{lab}:gap"] = mean(gaps) if len(gaps) == len(members) else None
            pis = [r[f"{lab}:pi"] for r in members if r[f"{lab}:pi"] is not None]
            out[f"{lab}:pi"] = mean(pis) if pis and len(pis) == len(members) else None
            out[f"{lab}:time"] = mean(times) if times else None
            out[f"{lab}:wins"] = sum(r[f"{lab}:win"] for r in members)
            out[f"{lab}:runs"] = sum(r[f"{lab}:runs"] for r in members)
        group_rows.append(out)
    return inst_rows, group_rows, labels


def _fmt(v: Any) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        return f"{v:.2f}" if abs(v) < 1e6 else f"{v:.6g}"
    return str(v)


def markdown(rows: list[dict], keys: list[str], labels: list[str], stats: list[str]) -> str:
    head = keys + [f"{lab} {s}" for lab in labels for s in stats]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        cells = [_fmt(r[k]) for k in keys] + [_fmt(r[f"{lab}:{s}"]) for lab in labels
                                              for s in stats]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def to_csv(rows: list[dict]) -> str:
    if not rows:
        return ""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()
