"""Parallel LNS portfolio: K processes with different configurations that share incumbents
through the parent (unlike ParBalans, whose runs never exchange solutions)."""

from __future__ import annotations

import multiprocessing as mp
import queue
import threading
import time
from dataclasses import asdict, replace

import numpy as np

from metaopt.control import Run
from metaopt.mip.instance import MIPInstance
from metaopt.mip.lns.host import abandon, latest
from metaopt.outcome import Outcome
from metaopt.result import Status

# Worker k runs CONFIGS[k % len(CONFIGS)] on top of the user's parameters.
CONFIGS = [
    {},
    {"bandit": "ucb1", "accept": "simulated_annealing"},
    {"bandit": "thompson", "initial": "first"},
    {"bandit": "linucb"},
    {"bandit": "softmax", "accept": "simulated_annealing", "initial": "first"},
]


class _Exchange:
    def __init__(self, worker: int, inbox, outbox) -> None:
        self.worker, self.inbox, self.outbox = worker, inbox, outbox

    def publish(self, x: np.ndarray) -> None:
        self.outbox.put(("best", self.worker, x))

    def receive(self) -> np.ndarray | None:
        return latest(self.inbox)


def _worker(inst: MIPInstance, params: dict, deadline: float, seed: int, worker: int,
            inbox, outbox, stop) -> None:
    from metaopt.mip.lns.params import LNSParams
    from metaopt.mip.lns.search import search

    run = Run(max(deadline - 0.3 - time.time(), 0.05), seed, sense=inst.sense)

    def watch() -> None:  # a polled flag: an mp.Event deadlocks its setter if a waiter exits
        while not stop.value:
            if run.remaining() <= 0:
                return
            time.sleep(0.1)
        run.request_stop()

    threading.Thread(target=watch, daemon=True).start()
    try:
        out = search(inst, run, LNSParams(**params), _Exchange(worker, inbox, outbox))
        outbox.put(("done", worker, {"status": out.status.value, "iterations": out.iterations,
                                     "stats": out.stats, "bound": out.bound}))
    except Exception as e:  # reported to the parent, which carries on with the others
        outbox.put(("done", worker, {"status": "error", "message": f"{type(e).__name__}: {e}",
                                     "iterations": 0, "stats": {}, "bound": None}))


def solve_portfolio(inst: MIPInstance, run: Run, p) -> Outcome:
    ctx = mp.get_context("spawn")
    stop = ctx.Value("b", 0, lock=False)
    outbox = ctx.Queue()
    inboxes = [ctx.Queue() for _ in range(p.workers)]
    deadline = time.time() + run.remaining()
    procs = []
    for k in range(p.workers):
        params = {**asdict(replace(p, workers=1)), **CONFIGS[k % len(CONFIGS)]}
        procs.append(ctx.Process(target=_worker, daemon=True, args=(
            inst, params, deadline, run.child_seed(), k, inboxes[k], outbox, stop)))
    for proc in procs:
        proc.start()
    run.on_stop(lambda: setattr(stop, "value", 1))
    best_x, best_obj, finished = None, np.inf, {}
    while len(finished) < p.workers:
        try:
            kind, k, payload = outbox.get(timeout=0.1)
        except queue.Empty:
            if time.time() > deadline + 10 or not any(pr.is_alive() for pr in procs):
                break
            continue
        if kind == "done":
            finished[k] = payload
            continue
        obj = float(inst.c @ payload + inst.offset)
        if obj < best_obj - 1e-9 * max(1.0, abs(obj)):
            best_x, best_obj = payload, obj
            run.improved(inst.objective(payload), f"worker{k}")
            for j, box in enumerate(inboxes):
                if j != k:
                    box.put(payload)
    stop.value = 1
    quit_by = time.time() + 5.0
    while any(pr.is_alive() for pr in procs) and time.time() < quit_by:
        try:  # keep draining: a worker cannot exit while its queue data is unread
            outbox.get(timeout=0.05)
        except queue.Empty:
            pass
    for proc in procs:
        if proc.is_alive():
            proc.terminate()
    abandon(*inboxes)  # solutions a worker never read must not hold up our exit
    bounds = [f["bound"] for f in finished.values() if f.get("bound") is not None]
    stats = {"workers": {str(k): finished.get(k, {"status": "lost"}) for k in range(p.workers)},
             "configs": [CONFIGS[k % len(CONFIGS)] for k in range(p.workers)]}
    iterations = sum(f.get("iterations", 0) for f in finished.values())
    if best_x is None:
        return Outcome(Status.NO_SOLUTION, bound=bounds[0] if bounds else None,
                       backend=p.backend, stats=stats)
    optimal = any(f.get("status") == "optimal" for f in finished.values())
    return Outcome(Status.OPTIMAL if optimal else Status.FEASIBLE,
                   objective=inst.objective(best_x),
                   bound=bounds[0] if bounds else None, solution=inst.named(best_x),
                   iterations=iterations, backend=p.backend, stats=stats)
