"""PyVRP on a whole instance in a forked process, so that the time limit holds.

PyVRP's first local search, over a random solution, does not look at the clock (about 2 s at
5,000 customers, 8 s at 10,000), nor does building its neighbour lists. The process sends its
best routes every ``SEND_EVERY`` seconds; at the deadline it is stopped and the last routes it
sent are the answer. A stop request asks it to return its best at once.
"""

from __future__ import annotations

import multiprocessing as mp
import time

import numpy as np

from metaopt.control import Run
from metaopt.routing.forked import quiet_worker
from metaopt.routing.instance import RoutingInstance
from metaopt.routing.pyvrp_solve import Routes, solve_cvrp

GRACE = 0.3  # seconds past the deadline a finishing process may take to send its answer
FIRST_GRACE = 0.8  # ... while it has sent nothing yet (the contract allows a second)


def _child(conn, stopped, inst: RoutingInstance, customers: np.ndarray, seconds: float,
           seed: int, max_nodes: int) -> None:
    quiet_worker()
    send = lambda cost, routes: conn.send(("best", (cost, routes)))  # noqa: E731
    try:
        conn.send(("final", solve_cvrp(inst, customers, seconds, seed, max_nodes=max_nodes,
                                       send=send, stop=stopped.is_set)))
    except Exception as exc:  # noqa: BLE001 (passed on to the parent, which raises it)
        conn.send(("error", exc))
    conn.close()


def solve_held(inst: RoutingInstance, customers: np.ndarray, run: Run, seed: int,
               max_nodes: int) -> tuple[Routes | None, bool]:
    """PyVRP's best routes over ``customers`` by the run's deadline (None if it sent none)
    and whether PyVRP itself finished (False: it was stopped at the deadline)."""
    if "fork" not in mp.get_all_start_methods():
        return solve_cvrp(inst, customers, run.remaining(), seed, run=run,
                          max_nodes=max_nodes), True
    ctx = mp.get_context("fork")
    recv, conn = ctx.Pipe(duplex=False)
    stopped = ctx.Event()  # a stop request: PyVRP returns its best at its next iteration
    proc = ctx.Process(target=_child, daemon=True,
                       args=(conn, stopped, inst, customers, run.remaining(), seed, max_nodes))
    proc.start()
    conn.close()
    best, finished, end = None, False, None
    try:
        while True:
            if end is None and run.stopped:  # the deadline or a stop request
                stopped.set()
                end = time.monotonic()
            if end is not None and time.monotonic() > end + (GRACE if best else FIRST_GRACE):
                break
            if not recv.poll(0.05):
                if not proc.is_alive() and not recv.poll():
                    break  # died without an answer
                continue
            kind, payload = recv.recv()
            if kind == "error":
                raise payload
            if kind == "final":
                finished = True
                best = payload if payload is not None else best
                break
            cost, best = payload
            run.improved(cost, "pyvrp (integer distances)")
    except EOFError:
        pass
    finally:
        proc.terminate()
        proc.join()
        recv.close()
    return best, finished
