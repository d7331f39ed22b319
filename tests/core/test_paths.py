"""Output paths, stores and batch specs: checked before any work, one line, exit 2."""

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest
from click.testing import CliRunner
from conftest import INSTANCES

from metaopt.cli import main

TSP = str(INSTANCES / "routing" / "tsp100" / "tsp100_s100000.tsp")


def one_line_exit_2(r, *words):
    assert r.exit_code == 2, r.output
    lines = [ln for ln in r.output.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("metaopt: error:"), r.output
    for w in words:
        assert w in lines[0], lines[0]


def test_missing_output_directory_is_refused_before_solving(tmp_path):
    start = time.monotonic()
    r = CliRunner().invoke(main, ["solve", TSP, "-e", "greedy", "-t", "30", "--no-store",
                                  "-o", str(tmp_path / "missing" / "x.tour")])
    one_line_exit_2(r, "does not exist")
    assert time.monotonic() - start < 5  # refused up front, not after a 30 s solve


def test_missing_store_directory_and_a_file_that_is_not_sqlite(tmp_path):
    r = CliRunner().invoke(main, ["solve", TSP, "-e", "greedy", "-t", "1",
                                  "--store", str(tmp_path / "missing" / "r.db")])
    one_line_exit_2(r, "no directory")
    junk = tmp_path / "junk.db"
    junk.write_text("this is not a database\n" * 100)
    for args in (["solve", TSP, "-e", "greedy", "-t", "1", "--store", str(junk)],
                 ["results", "--store", str(junk)]):
        one_line_exit_2(CliRunner().invoke(main, args), "not a usable metaopt results store")


def test_the_run_is_stored_before_the_solution_file_is_written(tmp_path, monkeypatch):
    """A solution file that cannot be written (here: the writer fails) loses no run."""
    from metaopt import solution_io

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(solution_io, "write_solution", refuse)
    db = tmp_path / "r.db"
    r = CliRunner().invoke(main, ["solve", TSP, "-e", "greedy", "-t", "1", "--store", str(db),
                                  "-o", str(tmp_path / "x.tour")])
    one_line_exit_2(r, "cannot write the solution", "stored as id 1")
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 1


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root reads and writes through file modes")
def test_a_read_only_store_can_be_listed(tmp_path):
    db = tmp_path / "r.db"
    r = CliRunner().invoke(main, ["solve", TSP, "-e", "greedy", "-t", "1", "--store", str(db)])
    assert r.exit_code == 0, r.output
    for p in tmp_path.iterdir():
        p.chmod(0o444)
    tmp_path.chmod(0o555)
    try:
        listing = CliRunner().invoke(main, ["results", "--store", str(db), "--format", "csv"])
        assert listing.exit_code == 0, listing.output
        assert "tsp100_s100000" in listing.output
    finally:
        tmp_path.chmod(0o755)


def test_a_read_only_store_file_can_be_listed_by_root_too(tmp_path):
    """Reading never writes: listing a store leaves its bytes and its directory unchanged."""
    db = tmp_path / "r.db"
    CliRunner().invoke(main, ["solve", TSP, "-e", "greedy", "-t", "1", "--store", str(db)])
    with sqlite3.connect(db) as conn:  # fold the WAL into the file, as a copied store is
        conn.execute("PRAGMA journal_mode = DELETE")
    before = (db.read_bytes(), sorted(p.name for p in tmp_path.iterdir()))
    listing = CliRunner().invoke(main, ["results", "--store", str(db), "--format", "json"])
    assert listing.exit_code == 0, listing.output
    assert (db.read_bytes(), sorted(p.name for p in tmp_path.iterdir())) == before


@pytest.mark.parametrize("body,word", [
    ('instances = "x"\n[[methods]]\nengine = 5\n', "methods[0].engine"),
    ('instances = ["x"]\nseeds = "ab"\n[[methods]]\nengine = "greedy"\n', "'seeds'"),
    ('instances = ["x"]\n[[methods]]\nengine = "greedy"\nparams = {nieghbours = 5}\n',
     "nieghbours"),
    ('instances = ["x"]\n[[methods]]\nengine = "greedy"\nparams = {neighbours = "x"}\n',
     "neighbours"),
    ('instances = ["x"]\ntime_limit = 5\n[[methods]]\nengine = "greedy"\n', "time_limit"),
    ('instances = ["x"]\n[[methods]]\nengine = "greedy"\nlabl = "g"\n', "labl"),
    ('instances = ["x"]\ntime_limits = [0]\n[[methods]]\nengine = "greedy"\n', "positive"),
])
def test_a_malformed_spec_names_the_key(tmp_path, body, word):
    spec = tmp_path / "s.toml"
    spec.write_text(body)
    r = CliRunner().invoke(main, ["batch", str(spec), "--store", str(tmp_path / "r.db"),
                                  "--dry-run"])
    one_line_exit_2(r, str(spec), word)


def test_a_second_ctrl_c_exits_at_once(tmp_path):
    """The first Ctrl-C asks the engine to stop; an engine that ignores it is left by the
    second, at once, with exit 130."""
    script = tmp_path / "hang.py"
    script.write_text(textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(INSTANCES.parent / 'tests' / 'core')!r})
        from metaopt.engines import ENGINES, Engine
        ENGINES["hang"] = Engine("hang", ("tsp",), "fake_engines:hang", (), "ignores stops")
        from metaopt.cli import main
        main(["solve", {TSP!r}, "-e", "hang", "-t", "600", "--no-store", "-q"])
    """))
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    time.sleep(4)
    proc.send_signal(signal.SIGINT)
    time.sleep(1.0)
    assert proc.poll() is None  # the engine ignores the first request
    start = time.monotonic()
    proc.send_signal(signal.SIGINT)
    proc.communicate(timeout=10)
    assert proc.returncode == 130 and time.monotonic() - start < 1.0
