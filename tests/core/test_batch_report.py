"""Issue 6: the batch runner's guard and Ray executor, report figures and `metaopt show`."""

import struct

import pytest
from click.testing import CliRunner
from conftest import INSTANCES

from metaopt.batch import Method, Task, expand, load_spec, run_task
from metaopt.cli import main
from metaopt.engines import ENGINES, Engine
from metaopt.result import Status
from metaopt.store import Store

TA01 = str(INSTANCES / "jssp" / "taillard" / "ta01.txt")


def png_size(path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", f"{path} is no PNG"
    assert len(data) > 2000, f"{path} is nearly empty"
    return struct.unpack(">II", data[16:24])


@pytest.fixture
def fake_engines(monkeypatch):
    for name in ("crash", "hang"):
        monkeypatch.setitem(ENGINES, name, Engine(name, ("jssp",), f"fake_engines:{name}", (),
                                                  "test"))


def test_a_crashing_run_becomes_an_error_row(fake_engines):
    row = run_task(Task(TA01, Method("crash", "crash"), 0, 5.0, 1))
    assert row.status == Status.ERROR
    assert "crashed" in row.message and "SIGSEGV" in row.message


def test_an_error_row_names_the_instance_as_its_reader_does():
    from metaopt.batch import instance_name

    # an error row under "x.mps" for x.mps.gz made a second instance in the report
    assert instance_name("a/neos-1456979.mps.gz") == "neos-1456979"
    assert instance_name("a/ta01.txt") == "ta01" and instance_name("b/ta01") == "ta01"
    assert instance_name("c/X-n1001-k43.vrp") == "X-n1001-k43"


def test_a_run_past_its_limit_is_killed_and_recorded(fake_engines):
    row = run_task(Task(TA01, Method("hang", "hang"), 0, 1.0, 1, grace=1.0))
    assert row.status == Status.ERROR
    assert "exceeded its time limit" in row.message and row.runtime < 10


def _spec(tmp_path, extra=""):
    spec = tmp_path / "spec.toml"
    spec.write_text(f"""
name = "scale"
instances = ["{INSTANCES}/jssp/taillard/ta0[12].txt",
             "{INSTANCES}/routing/tsp100/tsp100_s10000[01].tsp"]
seeds = [0, 1]
time_limits = [1]
{extra}
[[methods]]
engine = "pdr"
params = {{rule = "mwkr"}}
[[methods]]
engine = "greedy"
""")
    return spec


def test_ray_executor_on_a_local_instance(tmp_path):
    ray = pytest.importorskip("ray")
    from metaopt.batch import run_batch_ray

    spec = _spec(tmp_path)
    tasks = expand(load_spec(spec))
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        with Store(tmp_path / "r.db") as store:
            assert run_batch_ray(tasks[:3], store, show_progress=False) == 3
            assert run_batch_ray(tasks, store, show_progress=False) == len(tasks) - 3
            assert run_batch_ray(tasks, store, show_progress=False) == 0  # resumed by key
            rows = list(store.query())
    finally:
        ray.shutdown()
    assert sorted(r.key for r in rows) == sorted(t.key for t in tasks)
    assert all(r.verified is True for r in rows)


def test_batch_goes_on_past_a_crash(tmp_path, fake_engines):
    spec = _spec(tmp_path, "grace = 2")
    text = spec.read_text() + '[[methods]]\nengine = "crash"\n'
    spec.write_text(text)
    db = tmp_path / "b.db"
    r = CliRunner().invoke(main, ["batch", str(spec), "--store", str(db), "--workers", "2"])
    assert r.exit_code == 0, r.output
    with Store(db) as store:
        rows = list(store.query())
    assert len(rows) == 12
    errors = [x for x in rows if x.status == Status.ERROR]
    assert len(errors) == 4 and all(x.engine == "crash" for x in errors)


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    """A store with job-shop, routing and lns runs from a small batch."""
    d = tmp_path_factory.mktemp("stored")
    spec = d / "spec.toml"
    spec.write_text(f"""
instances = ["{INSTANCES}/jssp/taillard/ta0[12].txt",
             "{INSTANCES}/routing/tsp100/tsp100_s10000[01].tsp",
             "{INSTANCES}/routing/cvrp100/cvrp100_s10010[01].vrp",
             "{INSTANCES}/mip/small/setcover_200x400_s0.mps"]
time_limits = [2]
[[methods]]
engine = "pdr"
[[methods]]
engine = "cpsat"
[[methods]]
engine = "greedy"
[[methods]]
engine = "lns"
[[methods]]
engine = "highs"
""")
    db = d / "s.db"
    r = CliRunner().invoke(main, ["batch", str(spec), "--store", str(db), "--workers", "2"])
    assert r.exit_code == 0, r.output
    return spec, db


def test_report_writes_tables_and_figures(stored, tmp_path):
    spec, db = stored
    out = tmp_path / "rep"
    r = CliRunner().invoke(main, ["report", "--store", str(db), "--spec", str(spec),
                                  "--out", str(out)])
    assert r.exit_code == 0, r.output
    from metaopt.plots import DPI, SIZE

    expected = (int(SIZE[0] * DPI), int(SIZE[1] * DPI))
    for kind in ("anytime", "profile"):
        for group in ("jssp-taillard-15x15", "tsp-tsp100", "cvrp-cvrp100", "mip-small"):
            assert png_size(out / f"{kind}-{group}.png") == expected
    assert png_size(out / "operators-lns.png") == expected
    assert "![anytime-jssp-taillard-15x15](anytime-jssp-taillard-15x15.png)" in \
        (out / "report.md").read_text()


@pytest.mark.parametrize("engine,figure", [("cpsat", "gantt"), ("greedy", "routes"),
                                           ("lns", "operators")])
def test_show_renders_one_run(stored, tmp_path, engine, figure):
    _, db = stored
    with Store(db) as store:
        run = next(r for r in store.query(engine=engine))
    r = CliRunner().invoke(main, ["show", str(run.id), "--store", str(db),
                                  "--out", str(tmp_path)])
    assert r.exit_code == 0, r.output
    assert f"run {run.id}: {run.instance}" in r.output
    w, h = png_size(tmp_path / f"run{run.id}-trajectory.png")
    assert (w, h) == (800, 500)
    w, h = png_size(tmp_path / f"run{run.id}-{figure}.png")
    assert w >= 500 and h >= 300


def test_show_unknown_run_is_a_usage_error(stored):
    _, db = stored
    r = CliRunner().invoke(main, ["show", "99999", "--store", str(db)])
    assert r.exit_code == 2 and "no run with id 99999" in r.output


def test_spec_per_method_limits_problem_filter_and_notes(tmp_path):
    spec = tmp_path / "s.toml"
    spec.write_text(f"""
instances = ["{INSTANCES}/jssp/taillard/ta01.txt", "{INSTANCES}/routing/tsp100/tsp100_s100000.tsp",
             "{INSTANCES}/routing/cvrp100/cvrp100_s100100.vrp"]
time_limits = [10]
notes = "Anchors: X 1 %."
[[methods]]
engine = "greedy"
problems = ["tsp"]
time_limits = [1, 2]
[[methods]]
engine = "pdr"
""")
    s = load_spec(spec)
    tasks = expand(s)
    assert s.notes == "Anchors: X 1 %."
    assert sorted((t.method.engine, t.time_limit, t.path.endswith(".tsp")) for t in tasks) == [
        ("greedy", 1.0, True), ("greedy", 2.0, True), ("pdr", 10.0, False)]


def test_report_groups_job_shops_by_size(tmp_path):
    spec = tmp_path / "s.toml"
    spec.write_text(f"""
instances = ["{INSTANCES}/jssp/taillard/ta0[12].txt", "{INSTANCES}/jssp/taillard/ta7[12].txt"]
time_limits = [5]
notes = "Published anchors: none."
[[methods]]
engine = "pdr"
""")
    db = tmp_path / "g.db"
    runner = CliRunner()
    assert runner.invoke(main, ["batch", str(spec), "--store", str(db)]).exit_code == 0
    r = runner.invoke(main, ["report", "--store", str(db), "--spec", str(spec)])
    assert r.exit_code == 0, r.output
    assert r.output.startswith("Published anchors: none.")
    small, large = r.output.index("jssp/taillard 15x15"), r.output.index("jssp/taillard 100x20")
    assert small < large  # sizes in numeric order


def test_cli_solve_starts_the_clock_after_the_engines_prepare(monkeypatch):
    """An engine's ``prepare`` (heavy imports, compilation) runs before the time limit
    starts: after a 1.2 s prepare a 1 s limit is still (almost) all there."""
    import json

    import fake_engines

    before = len(fake_engines.PREPARED)
    monkeypatch.setitem(ENGINES, "clock", Engine("clock", ("jssp",), "fake_engines:clock", (),
                                                 "test"))
    r = CliRunner().invoke(main, ["solve", TA01, "--engine", "clock", "--time-limit", "1",
                                  "--param", "prepare_seconds=1.2", "--no-store", "--json"])
    assert r.exit_code == 3, r.output
    words = json.loads(r.output.splitlines()[-1])["message"].split()
    # prepared once, before the clock started
    assert int(words[1]) == before + 1 and float(words[3]) > 0.5


def test_batch_on_a_real_ray_cluster(tmp_path, fake_engines):
    """As users run it: `ray start --head`, then `metaopt batch --executor ray --address auto`
    in another process. The store holds exactly the spec's runs (a crash and an overrun as
    error rows), and a second pass runs nothing."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    pytest.importorskip("ray")
    bin_dir = Path(sys.executable).parent
    here = str(Path(__file__).resolve().parent)
    env = {**os.environ, "METAOPT_PLUGINS": "fake_engines", "RAY_USAGE_STATS_ENABLED": "0",
           "PYTHONPATH": os.pathsep.join(filter(None, [here, os.environ.get("PYTHONPATH")]))}
    spec = _spec(tmp_path, 'grace = 5')
    spec.write_text(spec.read_text() + '[[methods]]\nengine = "crash"\n'
                                       '[[methods]]\nengine = "hang"\n')
    db = tmp_path / "r.db"
    start = subprocess.run([str(bin_dir / "ray"), "start", "--head", "--num-cpus", "2",
                            "--include-dashboard", "false", "--disable-usage-stats"],
                           env=env, capture_output=True, text=True, timeout=120)
    assert start.returncode == 0, start.stderr
    try:
        def batch():
            return subprocess.run([str(bin_dir / "metaopt"), "batch", str(spec), "--store",
                                   str(db), "--executor", "ray", "--address", "auto"],
                                  env=env, capture_output=True, text=True, timeout=300)

        first = batch()
        assert first.returncode == 0, first.stderr
        second = batch()
        assert second.returncode == 0, second.stderr
    finally:
        subprocess.run([str(bin_dir / "ray"), "stop", "--force"], env=env,
                       capture_output=True, timeout=120)
    tasks = expand(load_spec(spec))
    # 4 job shops' runs of pdr, crash, hang; 4 TSP runs of greedy
    assert len(tasks) == 16
    assert ", 0 run now" in second.stderr, second.stderr
    with Store(db, readonly=True) as store:
        rows = list(store.query())
    assert sorted(r.key for r in rows) == sorted(t.key for t in tasks)
    by_engine = {}
    for r in rows:
        by_engine.setdefault(r.engine, []).append(r)
    assert all(r.verified for e in ("pdr", "greedy") for r in by_engine[e])
    assert all(r.status == Status.ERROR and "crashed" in r.message for r in by_engine["crash"])
    assert all(r.status == Status.ERROR and "exceeded its time limit" in r.message
               for r in by_engine["hang"])
    assert {r.problem for r in by_engine["crash"]} == {"jssp"}
    assert json.loads(rows[0].key)  # keys are the same JSON the local executor writes


def test_a_ray_worker_spawns_its_watched_child(monkeypatch):
    """Ray workers are multithreaded: forking one is unsafe, so their child is spawned."""
    import metaopt.batch as batch

    asked = []
    real = batch.mp.get_context
    monkeypatch.setattr(batch.mp, "get_context", lambda method: asked.append(method) or
                        real(method))
    row = batch._run_task_in_ray(Task(TA01, Method("pdr", "pdr"), 0, 1.0, 1))
    assert asked == ["spawn"] and row.verified
