"""The SQLite results store: one row per run, with its solution and trajectory as JSON.
Runs come back as typed :class:`~metaopt.result.StoredRun` records.

Safe with several writer processes: WAL journal, a busy timeout, short transactions.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from metaopt.errors import InputError
from metaopt.result import Result, StoredRun

DEFAULT_STORE = "metaopt-results.db"
_COLUMNS = ("key", "created", "instance", "instance_path", "problem", "engine", "backend",
            "label", "seed", "time_limit", "status", "objective", "bound", "runtime",
            "iterations", "verified", "violation", "message", "version", "parameters",
            "stats", "solution", "trajectory", "sense", "size", "interrupted")
_JSON = ("parameters", "stats", "solution", "trajectory")
# Columns added since the first schema, with their SQL types (an older row has NULL there
# and, written by a version that kept them in ``stats``, its values there).
_ADDED = {"sense": "INTEGER", "size": "TEXT", "interrupted": "INTEGER"}
_SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT, created TEXT NOT NULL, instance TEXT NOT NULL, instance_path TEXT,
    problem TEXT NOT NULL, engine TEXT NOT NULL, backend TEXT, label TEXT,
    seed INTEGER, time_limit REAL, status TEXT NOT NULL, objective REAL, bound REAL,
    runtime REAL, iterations INTEGER, verified INTEGER, violation TEXT, message TEXT,
    version TEXT, parameters TEXT, stats TEXT, solution TEXT, trajectory TEXT,
    sense INTEGER, size TEXT, interrupted INTEGER
);
CREATE INDEX IF NOT EXISTS runs_key ON runs(key);
CREATE INDEX IF NOT EXISTS runs_instance ON runs(instance);
"""


def default_store_path() -> Path:
    return Path(os.environ.get("METAOPT_STORE", DEFAULT_STORE))


class Store:
    """A results store; ``readonly`` opens an existing one without writing to it (so a store
    on a read-only disk or someone else's file can still be listed and reported)."""

    def __init__(self, path: str | Path, readonly: bool = False) -> None:
        self.path = Path(path)
        if readonly and not self.path.is_file():
            raise InputError(self.path, "no such results store")
        if not readonly and not self.path.parent.is_dir():
            raise InputError(self.path, f"cannot create a store: no directory {self.path.parent}")
        if self.path.is_dir():
            raise InputError(self.path, "is a directory, not a results store")
        try:
            if readonly:
                self.conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True,
                                            timeout=60.0)
            else:
                self.conn = sqlite3.connect(self.path, timeout=60.0)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA busy_timeout = 60000")
            if readonly:
                self.conn.execute("SELECT 1 FROM runs LIMIT 1").fetchall()
            else:
                self.conn.execute("PRAGMA journal_mode = WAL")
                with self.conn:
                    self.conn.executescript(_SCHEMA)
            have = {r[1] for r in self.conn.execute("PRAGMA table_info(runs)")}
            if not readonly:
                with self.conn:
                    for name, sql_type in _ADDED.items():
                        if name not in have:  # a store made by an older version
                            self.conn.execute(f"ALTER TABLE runs ADD COLUMN {name} {sql_type}")
                have |= set(_ADDED)
        except sqlite3.DatabaseError as e:  # OperationalError included: unreadable, not ours
            raise InputError(self.path, f"not a usable metaopt results store ({e})") from None
        self._have = have

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def add(self, result: Result, *, key: str | None = None, instance_path: str | None = None,
            label: str | None = None) -> int:
        d = result.to_dict()
        row = {
            "key": key, "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "instance_path": instance_path, "label": label or result.engine,
            "verified": None if result.verified is None else int(result.verified),
            "interrupted": int(result.interrupted),
            **{k: d[k] for k in ("instance", "problem", "engine", "backend", "seed",
                                 "time_limit", "status", "objective", "bound", "runtime",
                                 "iterations", "violation", "message", "version", "sense",
                                 "size")},
            **{k: json.dumps(d[k]) for k in _JSON},
        }
        sql = (f"INSERT INTO runs ({', '.join(_COLUMNS)}) "
               f"VALUES ({', '.join('?' for _ in _COLUMNS)})")
        with self.conn:
            cur = self.conn.execute(sql, [row[c] for c in _COLUMNS])
        return int(cur.lastrowid)

    def has_key(self, key: str) -> bool:
        cur = self.conn.execute("SELECT 1 FROM runs WHERE key = ? LIMIT 1", (key,))
        return cur.fetchone() is not None

    def keys(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT key FROM runs WHERE key IS NOT NULL")}

    def _select(self, with_payload: bool) -> str:
        """The columns to read; one an older read-only store lacks reads as NULL."""
        cols = ["id"] + [c for c in _COLUMNS
                         if with_payload or c not in ("solution", "trajectory")]
        return ", ".join(c if c in self._have else f"NULL AS {c}" for c in cols)

    def query(self, instance: str | None = None, engine: str | None = None,
              since: str | None = None, label: str | None = None,
              with_payload: bool = False) -> Iterator[StoredRun]:
        """Runs matching an instance glob, engine, label and ISO start date, oldest first;
        without ``with_payload`` their solution is None and their trajectory empty."""
        where, args = [], []
        for column, op, value in (("instance", "GLOB", instance), ("engine", "=", engine),
                                  ("label", "=", label), ("created", ">=", since)):
            if value is not None:
                where.append(f"{column} {op} ?")
                args.append(value)
        sql = f"SELECT {self._select(with_payload)} FROM runs"
        if where:
            sql += " WHERE " + " AND ".join(where)
        for row in self.conn.execute(sql + " ORDER BY id", args):
            yield _stored_run(row)

    def get(self, run_id: int) -> StoredRun | None:
        row = self.conn.execute(f"SELECT {self._select(True)} FROM runs WHERE id = ?",
                                (run_id,)).fetchone()
        return None if row is None else _stored_run(row)


def _stored_run(row: sqlite3.Row) -> StoredRun:
    d = dict(row)
    for k in _JSON:
        if k in d:
            d[k] = json.loads(d[k]) if d[k] is not None else None
    d["parameters"] = d.get("parameters") or {}
    stats = d["stats"] = d.get("stats") or {}
    for name in ("sense", "size", "interrupted"):  # older versions kept these in stats
        if d.get(name) is None and name in stats:
            d[name] = stats.pop(name)
    d["verified"] = None if d["verified"] is None else bool(d["verified"])
    d["interrupted"] = bool(d.get("interrupted"))
    d["sense"] = d.get("sense") or 1
    d["label"] = d.get("label") or d["engine"]
    return StoredRun.from_dict(d)
