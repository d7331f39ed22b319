"""The LNS loop on its own (``host=none``, Balans style): root LP, a fast first solution,
then draws until the deadline. ``exchange`` (portfolio workers) shares incumbents."""

from __future__ import annotations

from metaopt.control import Run
from metaopt.mip.checker import check_mip
from metaopt.mip.instance import MIPInstance
from metaopt.mip.lns.assemble import build_loop, make_backend
from metaopt.mip.lns.neighbourhood import Neighbourhood
from metaopt.mip.lns.params import LNSParams
from metaopt.outcome import Outcome
from metaopt.result import Status


def first_solution(inst: MIPInstance, backend, run: Run, p: LNSParams):
    """Root LP values (or None) and the first solution: the whole model stopped at its first
    solution within ``initial_fraction`` of the budget (``phase``: run for that share), then,
    when none came, searched on until one does."""
    run.set_phase("root LP")
    lp = backend.lp_relaxation(max(0.05, 0.05 * run.remaining()))
    run.set_phase("initial solution")
    backend.on_incumbent = lambda obj: run.improved(inst.sense * obj, "initial")
    cap = max(1.0, p.initial_fraction * run.time_limit) if run.remaining() > 2 else \
        run.remaining()
    first = backend.initial_solution(cap, run.child_seed(), first_only=p.initial == "first")
    x0 = first.x if first.x is not None and check_mip(inst, first.x).feasible else None
    if x0 is None and not run.stopped and not first.infeasible:
        first = backend.initial_solution(run.remaining(), run.child_seed())
        x0 = first.x if first.x is not None and check_mip(inst, first.x).feasible else None
    backend.on_incumbent = None
    return lp, x0, first


def search(inst: MIPInstance, run: Run, p: LNSParams, exchange=None) -> Outcome:
    """One LNS search. ``exchange`` shares incumbents: ``publish(x)`` on every improvement,
    ``receive()`` a better outside incumbent or None."""
    backend = make_backend(inst, run, p)
    run.on_stop(backend.interrupt)
    lp, x0, first = first_solution(inst, backend, run, p)
    bound = None if lp is None else inst.sense * float(inst.c @ lp + inst.offset)
    if x0 is None:
        status = Status.INFEASIBLE if first.infeasible else Status.NO_SOLUTION
        return Outcome(status, bound=bound, backend=p.backend)
    run.improved(inst.objective(x0), "initial")  # a no-op when the callback saw it already
    if exchange is not None:
        exchange.publish(x0)
    if first.optimal:  # the whole model was solved to optimality in the initial phase
        return Outcome(Status.OPTIMAL, inst.objective(x0), inst.objective(x0), inst.named(x0),
                       0, p.backend, {"solved_in_initial_phase": True})
    loop = build_loop(inst, backend, run, p, lp, float(inst.c @ x0 + inst.offset))
    if loop is None:  # no integer variables: the model is an LP, solve it whole
        res = backend.solve(Neighbourhood("full"), x0, None, run.remaining(), run.child_seed())
        x = x0
        if res.x is not None and check_mip(inst, res.x).feasible and \
                inst.c @ res.x < inst.c @ x0:
            x = res.x
        run.improved(inst.objective(x), "full")
        return Outcome(Status.FEASIBLE, inst.objective(x), bound, inst.named(x), 1, p.backend)
    loop.offer(x0)
    draws = 0
    while not run.stopped and run.remaining() >= p.min_left:
        if p.max_iterations and draws >= p.max_iterations:
            break
        outside = exchange.receive() if exchange is not None else None
        if outside is not None and loop.offer(outside):
            run.improved(inst.objective(outside), "shared")
        draws += 1
        if loop.step():
            run.improved(inst.objective(loop.best.x), loop.last_op)
            if exchange is not None:
                exchange.publish(loop.best.x)
    stats = {**loop.statistics(), "host": "none", "bandit": p.bandit, "accept": p.accept,
             "reward": p.reward, "sizes": p.sizes}
    return Outcome(Status.FEASIBLE, objective=inst.objective(loop.best.x), bound=bound,
                   solution=inst.named(loop.best.x), iterations=draws, backend=p.backend,
                   stats=stats)
