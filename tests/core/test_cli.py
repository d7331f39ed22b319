import json
import signal
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner
from conftest import INSTANCES

from metaopt.cli import main

CASES = [
    (INSTANCES / "mip" / "small" / "setcover_200x400_s0.mps", "highs", "out.sol"),
    (INSTANCES / "mip" / "small" / "indset_200_s0.mps", "scip", "out.sol"),
    (INSTANCES / "jssp" / "taillard" / "ta01.txt", "cpsat", "out.txt"),
    (INSTANCES / "jssp" / "taillard" / "ta02.txt", "cpsat", "out.json"),
    (INSTANCES / "routing" / "tsp100" / "tsp100_s100001.tsp", "greedy", "out.tour"),
    (INSTANCES / "routing" / "tsp100" / "tsp100_s100002.tsp", "greedy", "out.sol"),
    (INSTANCES / "routing" / "cvrp100" / "cvrp100_s100101.vrp", "greedy", "out.sol"),
]


@pytest.mark.parametrize("path,engine,out", CASES, ids=[f"{c[1]}-{c[2]}" for c in CASES])
def test_solve_json_then_check_solution_file(tmp_path, path, engine, out):
    runner = CliRunner()
    db = tmp_path / "r.db"
    sol = tmp_path / out
    r = runner.invoke(main, ["solve", str(path), "-e", engine, "-t", "5", "--json",
                             "-o", str(sol), "--store", str(db)])
    assert r.exit_code == 0, r.output
    info = json.loads(r.stdout)
    assert info["verified"] is True and info["solution_file"] == str(sol)
    assert {"instance", "problem", "engine", "status", "objective", "bound", "gap", "runtime_s",
            "seed"} <= set(info)
    c = runner.invoke(main, ["check", str(path), str(sol)])
    assert c.exit_code == 0, c.output
    checked = float(c.output.split()[-1])
    assert checked == pytest.approx(info["objective"], rel=1e-9)
    listing = runner.invoke(main, ["results", "--store", str(db), "--format", "json"])
    rows = json.loads(listing.stdout)
    assert len(rows) == 1 and rows[0]["objective"] == pytest.approx(info["objective"])


def test_check_rejects_a_broken_solution(tmp_path):
    path = INSTANCES / "jssp" / "taillard" / "ta01.txt"
    bad = tmp_path / "bad.txt"
    bad.write_text("\n".join(" ".join("0" for _ in range(15)) for _ in range(15)) + "\n")
    r = CliRunner().invoke(main, ["check", str(path), str(bad)])
    assert r.exit_code == 4 and "infeasible" in r.output


def test_gap_to_taillard_bound_is_reported(tmp_path):
    r = CliRunner().invoke(main, ["solve", str(INSTANCES / "jssp" / "taillard" / "ta01.txt"),
                                  "-t", "2", "--json", "--no-store"])
    info = json.loads(r.stdout)
    assert info["best_known"] == 1231
    assert info["gap"] == pytest.approx(100 * (info["objective"] - 1231) / 1231)


def test_infeasible_mip_exits_3(tmp_path):
    lp = tmp_path / "inf.lp"
    lp.write_text("Minimize\n obj: x\nSubject To\n c1: x >= 2\n c2: x <= 1\n"
                  "Generals\n x\nEnd\n")
    for engine in ("highs", "scip"):
        r = CliRunner().invoke(main, ["solve", str(lp), "-e", engine, "--json", "--no-store"])
        assert r.exit_code == 3, r.output
        assert json.loads(r.stdout)["status"] == "infeasible"


def test_sigint_keeps_writes_and_stores_best_solution(tmp_path):
    sol, db = tmp_path / "s.txt", tmp_path / "r.db"
    cmd = [sys.executable, "-m", "metaopt.cli", "solve",
           str(INSTANCES / "jssp" / "taillard" / "ta41.txt"), "-t", "120", "-o", str(sol),
           "--store", str(db), "--json"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(6)
    start = time.monotonic()
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert time.monotonic() - start < 10
    assert proc.returncode == 130, err
    info = json.loads(out)
    assert info["interrupted"] and info["verified"]
    r = CliRunner().invoke(main, ["check", str(INSTANCES / "jssp" / "taillard" / "ta41.txt"),
                                  str(sol)])
    assert r.exit_code == 0
    assert sqlite_count(db) == 1


def sqlite_count(db) -> int:
    import sqlite3

    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT COUNT(*) FROM runs").fetchone()[0]


def test_mip_solve_does_not_import_torch():
    code = ("import sys\nfrom metaopt.cli import main\n"
            "try:\n    main(['solve', sys.argv[1], '--engine', 'highs', '-t', '2', '-q', "
            "'--no-store'])\nexcept SystemExit as e:\n    assert e.code == 0, e.code\n"
            "bad = [m for m in ('torch', 'torch_geometric', 'pyscipopt') if m in sys.modules]\n"
            "assert not bad, bad\n")
    path = INSTANCES / "mip" / "small" / "setcover_200x400_s0.mps"
    proc = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True,
                          text=True)
    assert proc.returncode == 0, proc.stderr


def test_generate_is_bit_for_bit_reproducible(tmp_path):
    runner = CliRunner()
    for args in (["tsp", "--nodes", "50"], ["cvrp", "--customers", "100"],
                 ["jssp", "-j", "6", "-m", "4", "--kind", "demirkol"],
                 ["mip", "setcover", "--rows", "30", "--cols", "60"],
                 ["mip", "cauction", "--items", "20", "--bids", "40"],
                 ["mip", "facility", "--customers", "5", "--facilities", "4"],
                 ["mip", "indset", "--nodes", "30"],
                 ["mip", "mknapsack", "--items", "10", "--knapsacks", "2"]):
        a = runner.invoke(main, ["generate", *args, "--seed", "5"])
        b = runner.invoke(main, ["generate", *args, "--seed", "5"])
        c = runner.invoke(main, ["generate", *args, "--seed", "6"])
        assert a.exit_code == 0, a.output
        assert a.stdout == b.stdout and a.stdout != c.stdout, args
    cv = runner.invoke(main, ["generate", "cvrp", "--customers", "100"])
    assert "capacity 50" in cv.stderr


def test_generate_taillard_ta01():
    r = CliRunner().invoke(main, ["generate", "taillard", "ta01"])
    assert r.stdout.splitlines()[1].startswith("6 94 12 66 4 10 7 53")


def test_engines_lists_every_engine():
    r = CliRunner().invoke(main, ["engines"])
    for name in ("highs", "scip", "cpsat", "greedy"):
        assert name in r.output


def test_every_command_has_help():
    runner = CliRunner()
    for cmd in (["solve"], ["check"], ["engines"], ["results"], ["batch"], ["report"],
                ["generate"], ["generate", "taillard"], ["generate", "mip"]):
        r = runner.invoke(main, [*cmd, "--help"])
        assert r.exit_code == 0 and "Usage" in r.output


@pytest.fixture(autouse=True)
def _no_default_store(tmp_path, monkeypatch):
    """Runs that do store go to a temporary file, never ./metaopt-results.db."""
    monkeypatch.setenv("METAOPT_STORE", str(tmp_path / "default.db"))


def test_solve_uses_every_core_unless_told(monkeypatch):
    import importlib

    import metaopt.control

    solve_module = importlib.import_module("metaopt.solve")  # metaopt.solve is the function
    seen = []
    real = solve_module.solve

    def spy(*args, **kwargs):
        seen.append(kwargs["threads"])
        return real(*args, **kwargs)

    monkeypatch.setattr(solve_module, "solve", spy)
    monkeypatch.setattr(metaopt.control, "available_cpus", lambda: 3)
    ta01 = str(INSTANCES / "jssp" / "taillard" / "ta01.txt")
    for extra in ([], ["--threads", "1"]):
        r = CliRunner().invoke(main, ["solve", ta01, "-e", "pdr", "-t", "1", "--no-store",
                                      "--json", *extra])
        assert r.exit_code == 0, r.output
    assert seen == [3, 1]


def test_generate_jssp_two_sets_visits_the_first_half_of_the_machines_first(tmp_path):
    from metaopt.jssp.reader import read_standard

    out = CliRunner().invoke(main, ["generate", "jssp", "-j", "12", "-m", "7",
                                    "--kind", "demirkol-2sets", "--seed", "3"])
    assert out.exit_code == 0, out.output
    (tmp_path / "two.txt").write_text(out.stdout)
    inst = read_standard(tmp_path / "two.txt")
    assert (inst.machines[:, :3] < 3).all() and (inst.machines[:, 3:] >= 3).all()
    assert sorted(inst.machines[0]) == list(range(7)) and inst.durations.max() <= 200
