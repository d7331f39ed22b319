"""Read job-shop files: OR-Library "standard" (0-based) and Taillard's original (1-based)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from metaopt.errors import InputError
from metaopt.jssp.instance import JSSPInstance
from metaopt.textfile import read_text

MAX_OPERATIONS = 10_000_000


def _lines(path: Path) -> list[tuple[int, list[str]]]:
    """Non-empty, non-comment lines as (line number, tokens)."""
    decoded = read_text(path, "job-shop")
    out = []
    for lineno, line in enumerate(decoded.splitlines(), 1):
        tokens = line.split()
        if tokens and not tokens[0].startswith("#"):
            out.append((lineno, tokens))
    if not out:
        raise InputError(path, "empty file (expected a job-shop instance)")
    return out


def _ints(path: Path, lineno: int, tokens: list[str], what: str) -> list[int]:
    values = []
    for t in tokens:
        try:
            values.append(int(t))
        except ValueError:
            raise InputError(path, f"{what}: {t!r} is not an integer", lineno) from None
    return values


def _header(path: Path, lineno: int, tokens: list[str], count: int) -> tuple[int, int]:
    if len(tokens) < count:
        raise InputError(path, f"header: expected {count} integers, got {len(tokens)}", lineno)
    n, m = _ints(path, lineno, tokens[:2], "header")
    if n <= 0 or m <= 0:
        raise InputError(path, f"header: jobs and machines must be positive, got {n} {m}", lineno)
    if n * m > MAX_OPERATIONS:
        raise InputError(path, f"header: {n}x{m} exceeds {MAX_OPERATIONS} operations", lineno)
    return n, m


def _validate(path: Path, machines: np.ndarray, durations: np.ndarray, m: int,
              rows: list[int], base: int) -> None:
    for j, lineno in enumerate(rows):
        bad = np.flatnonzero((machines[j] < 0) | (machines[j] >= m))
        if bad.size:
            raise InputError(path, f"job {j}: machine id {machines[j, bad[0]] + base} out of "
                                   f"range {base}..{m - 1 + base}", lineno)
        bad = np.flatnonzero(durations[j] < 0)
        if bad.size:
            raise InputError(path, f"job {j}: negative duration {durations[j, bad[0]]}", lineno)


def read_standard(path: str | Path) -> JSSPInstance:
    path = Path(path)
    lines = _lines(path)
    lineno, tokens = lines[0]
    n, m = _header(path, lineno, tokens, 2)
    if len(tokens) != 2:
        raise InputError(path, f"header: expected 'jobs machines', got {len(tokens)} values",
                         lineno)
    body = lines[1:]
    if len(body) < n:
        last = body[-1][0] if body else lineno
        raise InputError(path, f"expected {n} job lines, found {len(body)} (truncated?)", last)
    if len(body) > n:
        raise InputError(path, f"expected {n} job lines, found more", body[n][0])
    machines = np.empty((n, m), np.int64)
    durations = np.empty((n, m), np.int64)
    for j, (ln, toks) in enumerate(body):
        if len(toks) != 2 * m:
            raise InputError(path, f"job {j}: expected {m} 'machine duration' pairs "
                                   f"({2 * m} integers), got {len(toks)}", ln)
        values = _ints(path, ln, toks, f"job {j}")
        machines[j] = values[0::2]
        durations[j] = values[1::2]
    _validate(path, machines, durations, m, [ln for ln, _ in body], 0)
    return JSSPInstance(path.stem, machines, durations, m)


def read_taillard(path: str | Path) -> JSSPInstance:
    path = Path(path)
    lines = _lines(path)
    i = 0
    if not lines[0][1][0].lstrip("-").isdigit():  # the optional "Nb of jobs, ..." caption
        i = 1
    if i >= len(lines):
        raise InputError(path, "missing header line 'jobs machines ...'")
    lineno, tokens = lines[i]
    n, m = _header(path, lineno, tokens, 2)
    blocks: dict[str, tuple[int, list[tuple[int, list[str]]]]] = {}
    current = None
    for ln, toks in lines[i + 1:]:
        word = toks[0].lower()
        if word in ("times", "machines") and len(toks) == 1:
            current = word
            blocks[current] = (ln, [])
        elif current is None:
            raise InputError(path, f"expected 'Times', got {' '.join(toks)!r}", ln)
        else:
            blocks[current][1].append((ln, toks))
    arrays = {}
    for name in ("times", "machines"):
        if name not in blocks:
            raise InputError(path, f"missing '{name.capitalize()}' section")
        start, rows = blocks[name]
        if len(rows) != n:
            where = rows[-1][0] if rows else start
            raise InputError(path, f"{name.capitalize()}: expected {n} rows, found {len(rows)}",
                             where)
        arr = np.empty((n, m), np.int64)
        for j, (ln, toks) in enumerate(rows):
            if len(toks) != m:
                raise InputError(path, f"{name.capitalize()} row {j}: expected {m} integers, "
                                       f"got {len(toks)}", ln)
            arr[j] = _ints(path, ln, toks, f"{name.capitalize()} row {j}")
        arrays[name] = arr
    rows = [ln for ln, _ in blocks["machines"][1]]
    machines = arrays["machines"] - 1
    _validate(path, machines, arrays["times"], m, rows, 1)
    return JSSPInstance(path.stem, machines, arrays["times"], m)


def looks_like_taillard(path: Path) -> bool:
    """Taillard's format has a 'Times' line; the standard format never does."""
    try:
        with open(path, "rb") as f:
            head = f.read(1 << 16)
    except OSError:
        return False
    return any(line.strip().lower() == b"times" for line in head.splitlines())


def read_jssp(path: str | Path) -> JSSPInstance:
    path = Path(path)
    return read_taillard(path) if looks_like_taillard(path) else read_standard(path)
