"""Run the public ``balans`` package on one MPS file and print a JSON result.

A standalone script for the benchmark's separate Balans environment (it imports no metaopt
code): ``python balans_runner.py MODEL.mps TIME_LIMIT SEED``. Prints one JSON object:
objective (the file's sense), values by variable name, and the (seconds since this script
started, objective) trace, one point per ALNS iteration (its current objective).
"""

import json
import sys
import time

T_START = time.monotonic()


def main() -> None:
    path, limit, seed = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
    import contextlib
    import io

    import numpy as np
    import pyscipopt
    from alns.stop import MaxRuntime
    from balans.solver import Balans

    budget = max(1.0, limit - (time.monotonic() - T_START))  # imports count against it
    solve_start = time.monotonic() - T_START
    with contextlib.redirect_stdout(io.StringIO()):
        balans = Balans(seed=seed, mip_solver="scip", n_mip_jobs=1, stop=MaxRuntime(budget),
                        timelimit_first_solution=min(20.0, 0.2 * budget))
        result = balans.solve(path)
    state = result.best_state
    model = pyscipopt.Model()
    model.hideOutput()
    model.readProblem(path)
    names = {v.getIndex(): v.name for v in model.getVars()}
    values = {names[i]: float(v) for i, v in state.solution().items() if i in names and v}
    trace = list(zip((solve_start + np.cumsum(result.statistics.runtimes)).tolist(),
                     [float(o) for o in result.statistics.objectives], strict=False))
    print(json.dumps({"objective": float(state.objective()), "values": values,
                      "trace": trace, "wall": time.monotonic() - T_START,
                      "iterations": len(result.statistics.runtimes)}))


if __name__ == "__main__":
    main()
