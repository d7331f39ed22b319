"""The public ``balans`` package as a benchmark-only engine, run in its own environment.

Set ``METAOPT_BALANS_PYTHON`` to a Python that has ``balans`` installed (``make bench-mip``
creates one in ``benchmarks/.balans-venv``). The instance is written to a temporary MPS file
for it; its answer comes back by variable name and goes through metaopt's checker like any
other engine's.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from pathlib import Path

from metaopt.control import Run
from metaopt.errors import UsageError
from metaopt.mip.instance import MIPInstance
from metaopt.mip.writer import write_mip
from metaopt.outcome import Outcome
from metaopt.params import NoParams as Params
from metaopt.result import Status

RUNNER = Path(__file__).with_name("balans_runner.py")


def solve(inst: MIPInstance, run: Run, params: Params) -> Outcome:
    python = os.environ.get("METAOPT_BALANS_PYTHON")
    if not python:
        raise UsageError("engine 'balans' needs METAOPT_BALANS_PYTHON (a Python with the "
                         "balans package; make bench-mip creates benchmarks/.balans-venv)")
    with tempfile.TemporaryDirectory() as d:
        model = Path(d) / f"{inst.name}.mps"
        write_mip(inst, model)
        limit = max(run.remaining() - 1.5, 1.0)  # room for writing the file and start-up
        launched = run.elapsed()
        proc = subprocess.Popen([python, str(RUNNER), str(model), f"{limit:.3f}",
                                 str(run.child_seed())], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        run.on_stop(proc.terminate)
        try:
            out, err = proc.communicate(timeout=limit + 60)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = proc.communicate()
    if proc.returncode != 0 or not out.strip():
        tail = err.strip().splitlines()[-1] if err.strip() else f"exit {proc.returncode}"
        return Outcome(Status.ERROR, backend="scip", message=f"balans failed: {tail}")
    data = json.loads(out.strip().splitlines()[-1])
    for t, obj in data["trace"]:
        run.improved(obj, "balans", at=launched + t)
    index = {n: j for j, n in enumerate(inst.var_names)}
    import numpy as np

    x = np.zeros(inst.num_vars)
    for name, v in data["values"].items():
        if name in index:
            x[index[name]] = v
    return Outcome(Status.FEASIBLE, objective=inst.objective(x), solution=inst.named(x),
                   iterations=int(data["iterations"]), backend="scip",
                   stats={"balans_objective": data["objective"], "balans_wall": data["wall"]})
