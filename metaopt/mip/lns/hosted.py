"""LNS hosted by the backend's own search of the whole model (``host=solver``).

The host (``host.py``) keeps its tree, cuts and bound for the whole run and may prove
optimality; the LNS draws from the best incumbent either of them has. On one thread the two
take turns on the core, the LNS's share of the time following the two improvement rates
(gap to the bound closed per second); on T >= 2 threads the host runs on one and the LNS's
sub-MIPs on the others, all the time.
"""

from __future__ import annotations

import math
import time

from metaopt.control import Run
from metaopt.mip.checker import check_mip
from metaopt.mip.instance import MIPInstance
from metaopt.mip.lns.assemble import build_loop, make_backend
from metaopt.mip.lns.greedy_start import greedy_start
from metaopt.mip.lns.host import Host
from metaopt.mip.lns.params import LNSParams
from metaopt.mip.lns.rewards import gap_closed
from metaopt.mip.lns.scout import Scout
from metaopt.outcome import Outcome
from metaopt.result import Status

SHARE_RANGE = (0.1, 0.9)
PRIOR_CLOSED = 0.01  # prior gap closure, split by the starting share, for both rates
PRIOR_SHARE = 0.05  # ... over this share of the budget
HALF_LIFE = 0.1  # share of the budget after which past closures and times count half


class Shares:
    """Who gets the core next: the LNS while its time is below its share of the time since
    the first incumbent; the share follows the two improvement rates."""

    def __init__(self, start: float, budget: float) -> None:
        self.start, self.tau = start, PRIOR_SHARE * budget
        self.half_life = HALF_LIFE * budget
        self.share = start
        self.closed = {"lns": 0.0, "tree": 0.0}  # decayed: recent rates count most
        self.time = {"lns": 0.0, "tree": 0.0}
        self.used = {"lns": 0.0, "tree": 0.0}  # undecayed totals: who had the core

    def add(self, who: str, seconds: float, closed: float) -> None:
        self.used[who] += seconds
        self.time[who] += seconds
        self.closed[who] += closed

    def update(self, seconds: float) -> None:
        """Decay the rates' memory by ``seconds`` of run time, then set the share."""
        keep = 0.5 ** (seconds / self.half_life)
        for d in (self.closed, self.time):
            for k in d:
                d[k] *= keep
        lns = (self.closed["lns"] + PRIOR_CLOSED * self.start) / (self.time["lns"] + self.tau)
        tree = (self.closed["tree"] + PRIOR_CLOSED * (1 - self.start)) / \
            (self.time["tree"] + self.tau)
        self.share = min(max(lns / (lns + tree), SHARE_RANGE[0]), SHARE_RANGE[1])

    def lns_turn(self, active: float, draw: float) -> bool:
        """The LNS's turn while a ``draw`` more keeps its time within its share of the
        ``active`` time."""
        return self.used["lns"] + draw <= self.share * active


def hosted_search(inst: MIPInstance, run: Run, p: LNSParams) -> Outcome:
    concurrent = run.threads >= 2
    host = Host(p.backend, inst, 1 if concurrent else run.threads, run.child_seed(),
                max(0.05, run.remaining() - 0.1))
    scouts: list[Scout] = []
    try:
        return _drive(inst, run, p, host, concurrent, scouts)
    finally:
        for scout in scouts:
            scout.close()
        host.close()


class _Incumbent:
    """The best solution either side found (minimisation objective)."""

    def __init__(self) -> None:
        self.x, self.obj = None, math.inf


def _drive(inst: MIPInstance, run: Run, p: LNSParams, host: Host, concurrent: bool,
           scouts: list[Scout]) -> Outcome:
    backend = make_backend(inst, run, p, threads=max(1, run.threads - 1))
    run.on_stop(backend.interrupt)
    shares = Shares(p.lns_share, run.time_limit)
    best, loop, lp_obj = _Incumbent(), None, None
    dual = -math.inf  # the host's bound, minimisation form
    first_at, draws, accounted, past_root = None, 0, 0.0, False
    lns_start = 0.0  # when the loop was built: the shares count from there
    wait = p.cold_root_wait  # the LNS's wait for the host's root, as a budget share
    if p.start == "greedy":
        run.set_phase("greedy start")
        x0 = greedy_start(inst)
        if x0 is not None and check_mip(inst, x0).feasible:
            first_at, wait = run.elapsed(), p.root_wait
            best.x, best.obj = x0, float(inst.c @ x0 + inst.offset)
            run.improved(inst.objective(x0), "greedy")
            host.send(x0)
    run.set_phase("tree search")

    def bound() -> float | None:
        if math.isfinite(dual) and (lp_obj is None or dual > lp_obj):
            return dual
        return lp_obj

    def lns_due() -> bool:
        if first_at is None or run.remaining() < p.min_left:
            return False
        if not (past_root or concurrent) and run.elapsed() < wait * run.time_limit:
            return False
        if p.max_iterations and draws >= p.max_iterations:
            return False
        if concurrent or loop is None or draws == 0:
            return True
        return shares.lns_turn(run.elapsed() - lns_start, loop.sub_time)

    scout_seed = run.child_seed()
    while not run.stopped and run.remaining() > 0.05 and host.done is None:
        if not scouts and first_at is None and p.scout != "none" and \
                run.elapsed() >= p.scout_after * run.time_limit:
            # one per run; the caller closes it whatever happens
            scouts.append(Scout(p.backend, inst, scout_seed, max(0.05, run.remaining() - 0.1),
                                host, concurrent, run.elapsed(),
                                lasts=p.scout_for * run.time_limit))
            run.set_phase("tree search + scout")
        scout = scouts[0] if scouts and not scouts[0].closed else None
        msgs = [(m, "tree") for m in host.messages(wait=0.0 if lns_due() else 0.05)]
        if scout is not None:
            msgs += [(m, "scout") for m in scout.messages()]
            scout.tick()
        tree_closed = 0.0
        for msg, who in msgs:
            if msg[0] == "bound":
                dual = max(dual, msg[1]) if math.isfinite(msg[1]) else dual
                past_root = past_root or (msg[2] > 0 and who == "tree")
            elif msg[0] == "solution" and check_mip(inst, msg[1]).feasible:
                obj = float(inst.c @ msg[1] + inst.offset)
                if obj < best.obj - 1e-6 * max(1.0, abs(obj)):
                    if first_at is None:
                        first_at = run.elapsed()
                    elif loop is not None:  # rates compare from the LNS's start on
                        tree_closed += gap_closed(best.obj, obj, bound())
                    best.x, best.obj = msg[1], obj
                    run.improved(inst.objective(msg[1]), who)
                    if who == "scout":
                        host.send(msg[1])
                    if loop is not None:
                        loop.offer(msg[1])
        if scout is not None and (first_at is not None or scout.over(run.elapsed())):
            scout.close(run.elapsed())
        if loop is not None:
            tree_spent = max(0.0, run.elapsed() - lns_start - shares.used["lns"] - accounted)
            accounted += tree_spent
            shares.add("tree", tree_spent, tree_closed)
            shares.update(tree_spent)
        if host.done is not None or not lns_due():
            continue
        if not concurrent:
            host.suspend()
        t0, before = time.monotonic(), best.obj
        if loop is None:  # the LNS's first turn: the root LP, then the operators
            run.set_phase("root LP")
            lp = backend.lp_relaxation(max(0.05, 0.05 * run.remaining()))
            lp_obj = None if lp is None else float(inst.c @ lp + inst.offset)
            loop = build_loop(inst, backend, run, p, lp, best.obj)
            loop.offer(best.x)
            lns_start = run.elapsed()
        else:
            loop.bound = bound()
            run.set_phase(f"lns draw {draws + 1}")
            if loop.step():
                best.x, best.obj = loop.best.x, loop.best.obj
                run.improved(inst.objective(best.x), loop.last_op)
                host.send(best.x)
            draws += 1
        spent = time.monotonic() - t0
        if not concurrent:
            host.resume()
        if draws:
            shares.add("lns", spent, gap_closed(before, best.obj, bound()))
            shares.update(spent)
    done = host.done
    if done is not None and math.isfinite(done[2]):
        dual = max(dual, done[2])
    stats = {**(loop.statistics() if loop is not None else {}), "host": p.backend,
             "host_status": done[1] if done else "stopped",
             "host_nodes": done[3] if done else None, "lns_share": round(shares.share, 4),
             "tree_time": round(shares.used["tree"], 3),
             "first_solution_at": None if first_at is None else round(first_at, 3),
             "scout": scouts[0].span() if scouts else [None, None],
             "bandit": p.bandit, "reward": p.reward, "sizes": p.sizes}
    b = bound()
    b = None if b is None else inst.sense * b
    if best.x is None:
        status = Status.INFEASIBLE if done and done[1] == "infeasible" else Status.NO_SOLUTION
        return Outcome(status, bound=b, backend=p.backend, iterations=draws, stats=stats)
    status = Status.OPTIMAL if done and done[1] == "optimal" else Status.FEASIBLE
    obj = inst.objective(best.x)
    return Outcome(status, objective=obj, bound=obj if status is Status.OPTIMAL else b,
                   solution=inst.named(best.x), iterations=draws, backend=p.backend,
                   stats=stats)
