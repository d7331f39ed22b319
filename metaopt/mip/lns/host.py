"""The host: the backend's own search of the whole model in a child process, which sends
every incumbent it finds and takes the LNS's better solutions at its next callback. A scout is
a host with feasibility emphasis, run only until someone has a first solution.

The parent shares one core with it by suspending it (SIGSTOP) while a sub-MIP runs, so the
tree search keeps its state (cuts, tree, bound) across turns instead of restarting.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
import signal
import time

import numpy as np

from metaopt.mip.instance import MIPInstance

BOUND_EVERY = 0.5  # s between the host's (dual bound, nodes past the root) messages
SCOUT_HEURISTIC_EFFORT = 0.5  # HiGHS's share of its effort in primal heuristics (default 0.05)


def latest(inbox) -> np.ndarray | None:
    """The last item waiting in ``inbox`` (the others are older solutions), or None."""
    latest = None
    while True:
        try:
            latest = inbox.get_nowait()
        except queue.Empty:
            return latest


def _highs_host(inst: MIPInstance, threads: int, seed: int, time_limit: float, scout: bool,
                inbox, outbox, stop) -> None:
    import highspy

    from metaopt.mip.highs_engine import build_highs

    h = build_highs(inst, threads)
    if scout:
        h.setOptionValue("mip_heuristic_effort", SCOUT_HEURISTIC_EFFORT)
    h.setOptionValue("time_limit", max(time_limit, 0.01))
    h.setOptionValue("random_seed", int(seed))
    last = [0.0]

    def interrupt(e) -> None:
        if stop.value:
            e.data_in.user_interrupt = True
        now = time.monotonic()
        if now - last[0] > BOUND_EVERY:
            last[0] = now
            outbox.put(("bound", float(e.data_out.mip_dual_bound),
                        int(e.data_out.mip_node_count)))

    def improving(e) -> None:
        outbox.put(("solution", np.asarray(e.data_out.mip_solution, dtype=float)))

    def user_solution(e) -> None:
        x = latest(inbox)
        if x is not None and float(inst.c @ x + inst.offset) < e.data_out.mip_primal_bound:
            e.data_in.setSolution(x)

    h.cbMipInterrupt.subscribe(interrupt)
    h.cbMipImprovingSolution.subscribe(improving)
    h.cbMipUserSolution.subscribe(user_solution)
    h.run()
    status = h.getModelStatus()
    info = h.getInfo()
    name = {highspy.HighsModelStatus.kOptimal: "optimal",
            highspy.HighsModelStatus.kInfeasible: "infeasible"}.get(status, "limit")
    outbox.put(("done", name, float(info.mip_dual_bound), int(info.mip_node_count)))


def _scip_host(inst: MIPInstance, threads: int, seed: int, time_limit: float, scout: bool,
               inbox, outbox, stop) -> None:
    import pyscipopt
    from pyscipopt import SCIP_EVENTTYPE, SCIP_PARAMEMPHASIS

    from metaopt.mip.scip_engine import build_scip

    m, xs = build_scip(inst)
    if scout:
        m.setEmphasis(SCIP_PARAMEMPHASIS.FEASIBILITY, quiet=True)
    m.setParam("parallel/maxnthreads", threads)
    m.setParam("misc/catchctrlc", False)
    m.setParam("limits/gap", 1e-4)
    m.setParam("limits/time", max(time_limit, 0.01))
    m.setParam("randomization/randomseedshift", int(seed) % (2**30))
    last = [0.0]

    class Watch(pyscipopt.Eventhdlr):
        def eventinit(self):
            for kind in (SCIP_EVENTTYPE.NODESOLVED, SCIP_EVENTTYPE.BESTSOLFOUND,
                         SCIP_EVENTTYPE.LPSOLVED):
                self.model.catchEvent(kind, self)

        def eventexec(self, event):
            model = self.model
            if event.getType() == SCIP_EVENTTYPE.BESTSOLFOUND:
                sol = model.getBestSol()
                outbox.put(("solution", np.array([model.getSolVal(sol, v) for v in xs])))
                return
            if stop.value:
                model.interruptSolve()
            now = time.monotonic()
            if now - last[0] > BOUND_EVERY:
                last[0] = now
                outbox.put(("bound", float(model.getDualbound()), int(model.getNNodes()) - 1))
            x = latest(inbox)
            if x is not None and float(inst.c @ x + inst.offset) < model.getPrimalbound():
                sol = model.createSol()
                for j, v in enumerate(x):
                    # a variable multi-aggregated by presolve takes no value (its value follows
                    # from the others'); setting one raises, and an error let out of the event
                    # handler aborts SCIP's solve
                    if model.getTransformedVar(xs[j]).getStatus() == "MULTAGGR":
                        continue
                    try:
                        model.setSolVal(sol, xs[j], float(v))
                    except Exception:  # noqa: BLE001  (pyscipopt raises a bare Exception)
                        continue
                model.trySol(sol, free=True)

    m.includeEventhdlr(Watch(), "metaopt-host", "sends and takes incumbents")
    m.optimize()
    status = m.getStatus()
    name = status if status in ("optimal", "infeasible") else "limit"
    outbox.put(("done", name, float(m.getDualbound()), int(m.getNNodes())))


def _main(backend: str, *args) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent owns Ctrl-C and kills the host
    (_highs_host if backend == "highs" else _scip_host)(*args)


def abandon(*queues) -> None:
    """Close queues whose unread items nobody will take: exiting must not wait to flush them
    into a pipe that a finished or killed process no longer reads."""
    for q in queues:
        q.cancel_join_thread()
        q.close()


class Host:
    """Parent side: start, suspend/resume, send solutions, read messages, stop."""

    def __init__(self, backend: str, inst: MIPInstance, threads: int, seed: int,
                 time_limit: float, scout: bool = False) -> None:
        # fork: the child starts with the model and modules in memory (spawn costs ~0.5 s of
        # the budget, all of it before the first solution); it runs no Python threads of ours
        ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
        self.inbox, self.outbox = ctx.Queue(), ctx.Queue()
        self.stop_flag = ctx.Value("b", 0, lock=False)
        self.proc = ctx.Process(target=_main, daemon=True, args=(
            backend, inst, threads, seed, time_limit, scout, self.inbox, self.outbox,
            self.stop_flag))
        self.proc.start()
        self.suspended = False
        self.done: tuple | None = None

    def suspend(self) -> None:
        if not self.suspended and self.alive():
            os.kill(self.proc.pid, signal.SIGSTOP)
            self.suspended = True

    def resume(self) -> None:
        if self.suspended and self.alive():
            os.kill(self.proc.pid, signal.SIGCONT)
        self.suspended = False

    def alive(self) -> bool:
        return self.proc.is_alive()

    def send(self, x: np.ndarray) -> None:
        self.inbox.put(x)

    def messages(self, wait: float = 0.0) -> list[tuple]:
        """What the host sent since the last call, waiting up to ``wait`` s for the first."""
        out = []
        try:
            out.append(self.outbox.get(timeout=wait) if wait > 0 else
                       self.outbox.get_nowait())
            while True:
                out.append(self.outbox.get_nowait())
        except queue.Empty:
            pass
        for m in out:
            if m[0] == "done":
                self.done = m
        return out

    def close(self) -> None:
        """Kill the host (its incumbents have all been sent; it may not reach a callback
        soon enough to stop by itself)."""
        self.stop_flag.value = 1
        if self.alive():
            self.resume()
            self.proc.kill()
        self.proc.join(timeout=2.0)
        abandon(self.inbox, self.outbox)
