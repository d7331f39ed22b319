import multiprocessing as mp

from click.testing import CliRunner
from conftest import INSTANCES

from metaopt.cli import main
from metaopt.result import Result, Status
from metaopt.store import Store


def _writer(path: str, worker: int, count: int) -> None:
    with Store(path) as store:
        for k in range(count):
            r = Result(instance=f"i{worker}", problem="jssp", engine="cpsat",
                       status=Status.FEASIBLE, objective=float(k), bound=None, runtime=0.1,
                       seed=k, solution=[[k]])
            store.add(r, key=f"{worker}-{k}")


def test_four_processes_write_without_losing_rows(tmp_path):
    db = str(tmp_path / "c.db")
    Store(db).close()
    ctx = mp.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(db, w, 50)) for w in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    with Store(db) as store:
        rows = list(store.query())
        assert len(rows) == 200
        assert len(store.keys()) == 200
        assert len(list(store.query(instance="i[12]"))) == 100


def test_round_trip_of_a_result(tmp_path):
    with Store(tmp_path / "r.db") as store:
        r = Result(instance="x", problem="tsp", engine="greedy", status=Status.FEASIBLE,
                   objective=3.5, bound=None, runtime=0.2, seed=1, solution=[0, 2, 1],
                   parameters={"neighbours": 5})
        run_id = store.add(r)
        back = store.get(run_id)
        assert back.solution == [0, 2, 1] and back.parameters == {"neighbours": 5}
        # SQL stays parameterised: a quote in a value is data, never SQL (with the value
        # pasted into the query text, the first pattern would match every row)
        assert list(store.query(instance="nothing' OR '1'='1")) == []
        assert list(store.query(engine="greedy' OR engine != '")) == []
        odd = Result(**{**r.__dict__, "instance": "o'brien; --"})
        store.add(odd)
        assert [row.instance for row in store.query(instance="o'brien; --")] == [
            "o'brien; --"]
        assert len(list(store.query())) == 2


def test_the_store_returns_typed_runs(tmp_path):
    from metaopt.result import StoredRun, TrajectoryPoint

    with Store(tmp_path / "r.db") as store:
        run_id = store.add(Result(instance="m", problem="mip", engine="lns", size="big",
                                  status=Status.OPTIMAL, objective=-7.0, bound=-7.0, seed=3,
                                  runtime=1.5, verified=True, sense=-1, interrupted=True,
                                  stats={"pulls": [[0.1, "rins"]]},
                                  trajectory=[TrajectoryPoint(0.5, -3.0, "start")]),
                           key="k1", label="lns-x", instance_path="/d/m.mps")
        for run in (store.get(run_id), next(store.query(with_payload=True))):
            assert isinstance(run, StoredRun)
            assert run.status is Status.OPTIMAL and run.verified is True
            assert (run.sense, run.size, run.interrupted) == (-1, "big", True)
            assert run.stats == {"pulls": [[0.1, "rins"]]}
            assert run.trajectory == [TrajectoryPoint(0.5, -3.0, "start")]
            assert (run.id, run.key, run.label, run.instance_path) == (run_id, "k1", "lns-x",
                                                                     "/d/m.mps")
        assert next(store.query()).trajectory == []  # no payload asked for


def test_a_store_from_an_older_version_is_read_and_upgraded(tmp_path):
    """Before the typed fields, sense/size/interrupted lived inside stats and the table had
    no columns for them: such a store reads the same, read-only or upgraded on a write."""
    import sqlite3

    db = tmp_path / "old.db"
    conn = sqlite3.connect(db)
    conn.execute("""CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT,
        created TEXT NOT NULL, instance TEXT NOT NULL, instance_path TEXT,
        problem TEXT NOT NULL, engine TEXT NOT NULL, backend TEXT, label TEXT, seed INTEGER,
        time_limit REAL, status TEXT NOT NULL, objective REAL, bound REAL, runtime REAL,
        iterations INTEGER, verified INTEGER, violation TEXT, message TEXT, version TEXT,
        parameters TEXT, stats TEXT, solution TEXT, trajectory TEXT)""")
    conn.execute("INSERT INTO runs (created, instance, problem, engine, label, seed, status, "
                 "objective, runtime, verified, parameters, stats, trajectory) VALUES "
                 "('2026-11-01', 'ta01', 'jssp', 'cpsat', 'cpsat', 0, 'feasible', 1231, 1.0, "
                 "1, '{}', '{\"sense\": -1, \"size\": \"15x15\", \"x\": 2}', '[]')")
    conn.commit()
    conn.close()
    with Store(db, readonly=True) as store:
        (old,) = store.query()
        assert (old.sense, old.size, old.interrupted, old.stats) == (-1, "15x15", False,
                                                                     {"x": 2})
    with Store(db) as store:  # opened for writing: the new columns are added
        store.add(Result(instance="ta02", problem="jssp", engine="cpsat",
                         status=Status.FEASIBLE, objective=1.0, bound=None, runtime=1.0,
                         seed=0, size="15x15"))
        old, new = store.query()
        assert old.sense == -1 and old.size == new.size == "15x15"


def test_batch_runs_resumes_and_reports(tmp_path):
    spec = tmp_path / "spec.toml"
    spec.write_text(f"""
name = "t"
instances = ["{INSTANCES}/jssp/taillard/ta0[12].txt",
             "{INSTANCES}/routing/tsp100/tsp100_s10000[01].tsp"]
seeds = [0, 1]
time_limits = [1]
[[methods]]
engine = "cpsat"
[[methods]]
engine = "greedy"
label = "greedy-nn"
""")
    db = tmp_path / "b.db"
    runner = CliRunner()
    dry = runner.invoke(main, ["batch", str(spec), "--store", str(db), "--dry-run"])
    assert dry.exit_code == 0 and "0 already stored, 8 to run" in dry.output
    assert not db.exists()
    r = runner.invoke(main, ["batch", str(spec), "--store", str(db), "--workers", "2"])
    assert r.exit_code == 0, r.output
    with Store(db) as store:
        rows = list(store.query())
    assert len(rows) == 8
    assert {row.label for row in rows} == {"cpsat", "greedy-nn"}
    assert all(row.verified is True for row in rows), [(r.status, r.message) for r in rows]
    dry = runner.invoke(main, ["batch", str(spec), "--store", str(db), "--dry-run"])
    assert "8 already stored, 0 to run" in dry.output and "ta01" not in dry.output
    again = runner.invoke(main, ["batch", str(spec), "--store", str(db)])
    assert "0 run now" in again.output
    with Store(db) as store:
        assert len(list(store.query())) == 8
    out = tmp_path / "rep"
    rep = runner.invoke(main, ["report", "--store", str(db), "--spec", str(spec),
                               "--out", str(out)])
    assert rep.exit_code == 0, rep.output
    assert "ta01" in (out / "instances.md").read_text()
    assert (out / "groups.csv").read_text().startswith("group,")


def test_primal_integral():
    from metaopt.metrics import primal_integral
    from metaopt.result import TrajectoryPoint

    traj = [TrajectoryPoint(2.0, 20.0), TrajectoryPoint(6.0, 10.0)]
    # no solution for 2 s (gap 1), then gap 0.5 for 4 s, then 0 for the rest
    assert primal_integral(traj, 10.0, 10.0) == 2.0 + 0.5 * 4.0
    assert primal_integral([], 10.0, 10.0) == 10.0


def test_batch_keys_carry_the_digest_of_the_weights_a_run_loads(tmp_path):
    import json

    from metaopt.batch import expand, load_spec

    weights = tmp_path / "conquer.pt"
    weights.write_bytes(b"first")
    tsp = INSTANCES / "routing" / "tsp100" / "tsp100_s100000.tsp"
    spec = tmp_path / "s.toml"
    spec.write_text(f'''name = "k"
instances = ["{tsp}"]
seeds = [0]
time_limits = [1]
[[methods]]
engine = "greedy"
[[methods]]
engine = "udc"
params = {{conquer = "neural", conquer_policy = "{weights}"}}
''')

    def keys():
        return {t.method.engine: t.key for t in expand(load_spec(spec))}

    first = keys()
    # no weights: the key is the plain list it always was (old stores still resume)
    assert json.loads(first["greedy"]) == [str(tsp), "greedy", {}, 0, 1.0, 1]
    assert "weights" in json.loads(first["udc"])[-1]
    weights.write_bytes(b"retrained")
    second = keys()
    assert second["greedy"] == first["greedy"] and second["udc"] != first["udc"]


def test_unverified_runs_count_as_no_solution_in_reports():
    """A run whose answer failed verification contributes no incumbents: its primal integral
    is the whole horizon and its anytime gap stays at 100 %."""
    import numpy as np

    from metaopt import report as rp
    from metaopt.plots import gap_curve
    from metaopt.result import StoredRun, TrajectoryPoint

    base = dict(instance="m1", problem="mip", engine="x", status=Status.FEASIBLE, bound=None,
                seed=0, label="x", time_limit=10.0, runtime=10.0, objective=5.0,
                trajectory=[TrajectoryPoint(1.0, 5.0)])
    good = StoredRun(**base, verified=True)
    bad = StoredRun(**{**base, "label": "y"}, verified=False)
    inst, _, _ = rp.summarise([good, bad])
    assert inst[0]["x:pi"] == 1.0 and inst[0]["y:pi"] == 10.0
    times = np.linspace(0, 10, 11)
    assert gap_curve(bad, 5.0, times).min() == 100.0 and gap_curve(good, 5.0, times)[-1] == 0


def test_report_warns_when_versions_mix(tmp_path):
    from click.testing import CliRunner

    from metaopt.cli import main

    db = tmp_path / "r.db"
    with Store(db) as store:
        for version in ("0.1.0+gaaa", "0.1.0+gbbb"):
            store.add(Result(instance="x", problem="tsp", engine="greedy",
                             status=Status.FEASIBLE, objective=3.5, bound=None, runtime=0.2,
                             seed=1, solution=[0, 2, 1], version=version, verified=True))
    r = CliRunner().invoke(main, ["report", "--store", str(db)])
    assert r.exit_code == 0 and "mixes code versions: 0.1.0+gaaa, 0.1.0+gbbb" in r.output
