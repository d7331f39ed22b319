import subprocess
import sys

import pytest
from click.testing import CliRunner
from conftest import DATA

from metaopt.cli import main

BAD = sorted((DATA / "bad").iterdir())


def test_corpus_is_large_enough():
    assert len(BAD) >= 30


@pytest.mark.parametrize("path", BAD, ids=[p.name for p in BAD])
def test_bad_file_gives_one_line_error_and_exit_2(path):
    result = CliRunner().invoke(main, ["solve", str(path), "-t", "1", "--no-store", "-q"])
    assert result.exit_code == 2, result.output
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1, result.output
    assert lines[0].startswith(f"metaopt: error: {path}")
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_bad_file_in_a_real_process_has_no_traceback():
    path = DATA / "bad" / "jssp_machine_out_of_range.txt"
    proc = subprocess.run([sys.executable, "-m", "metaopt.cli", "solve", str(path), "--no-store"],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr.strip() == (f"metaopt: error: {path}:2: job 0: machine id 2 out of "
                                   "range 0..1")


def test_missing_file_and_unknown_engine():
    runner = CliRunner()
    r = runner.invoke(main, ["solve", "no/such/file.txt", "--no-store"])
    assert r.exit_code == 2 and "no such file" in r.output
    good = str(DATA / "ta01_taillard.txt")
    r = runner.invoke(main, ["solve", good, "--engine", "highs", "--no-store"])
    assert r.exit_code == 2 and "solves mip, not jssp" in r.output
    r = runner.invoke(main, ["solve", good, "--engine", "nope", "--no-store"])
    assert r.exit_code == 2 and "unknown engine" in r.output
