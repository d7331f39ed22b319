"""One LNS draw at a time: choose an operator, destroy, repair by a sub-MIP, learn, accept.

The drivers (``search.py`` on its own, ``hosted.py`` inside the solver's tree search) decide
when to draw; this module holds the incumbent, the operators' sizes and the statistics.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from metaopt.control import Run
from metaopt.mip.checker import check_mip
from metaopt.mip.instance import MIPInstance
from metaopt.mip.lns.bandits import context_vector
from metaopt.mip.lns.neighbourhood import Neighbourhood
from metaopt.mip.lns.operators import Operator, SearchData
from metaopt.mip.lns.params import LNSParams
from metaopt.mip.lns.rewards import gap_closed, time_reward
from metaopt.mip.lns.sizes import adapt

BEST, BETTER, ACCEPT, REJECT = range(4)
MAX_TRACE = 20_000
FIRST_SUB_SHARE = 0.02  # the first sub-MIP limit, as a share of the budget
MAX_SUB_SHARE = 0.1  # the largest sub-MIP limit


class LNSState:
    """An incumbent for ALNS's acceptance and selection: values, minimisation objective, the
    search context at creation, and the reward of the draw that made it."""

    def __init__(self, x: np.ndarray, obj: float, context: np.ndarray, reward: float = 0.0,
                 wasted: bool = False) -> None:
        self.x, self.obj, self._context = x, obj, context
        self.reward, self.wasted = reward, wasted

    def objective(self) -> float:
        return self.obj

    def get_context(self) -> np.ndarray:
        return self._context


@dataclass
class OpStats:
    pulls: int = 0
    time: float = 0.0
    improvements: int = 0
    closed: float = 0.0
    outcomes: list[int] = field(default_factory=lambda: [0, 0, 0, 0])
    not_applicable: int = 0
    sizes: list[list[float]] = field(default_factory=list)

    def as_dict(self, size: float | None) -> dict:
        return {"pulls": self.pulls, "time": round(self.time, 3),
                "improvements": self.improvements,
                "gap_closed": round(self.closed, 6),
                "gap_closed_per_s": round(self.closed / self.time, 6) if self.time else 0.0,
                "best": self.outcomes[BEST], "better": self.outcomes[BETTER],
                "accept": self.outcomes[ACCEPT], "reject": self.outcomes[REJECT],
                "not_applicable": self.not_applicable,
                "size": None if size is None else round(size, 4), "sizes": self.sizes}


class LNSLoop:
    """The LNS state between draws. ``offer`` takes an outside solution, ``step`` draws once."""

    def __init__(self, inst: MIPInstance, backend, data: SearchData, ops: list[Operator],
                 selector, accept, run: Run, p: LNSParams, bound: float | None) -> None:
        self.inst, self.backend, self.data, self.ops = inst, backend, data, ops
        self.selector, self.accept, self.run, self.p = selector, accept, run, p
        self.bound = bound  # minimisation form; the reference for gap rewards
        self.rng = np.random.default_rng(run.child_seed())
        self.sub_time = p.sub_time or max(p.min_sub_time, FIRST_SUB_SHARE * run.time_limit)
        self.best: LNSState | None = None
        self.current: LNSState | None = None
        self.stats = {op.name: OpStats() for op in ops}
        self.pulls: list[list] = []  # [elapsed s, operator] per draw
        self.recent: list[int] = []
        self.last_outcome = -1
        self.discarded = 0
        self.lns_time = 0.0
        self.last_op = ""
        for op in ops:
            if op.size is not None:
                self.stats[op.name].sizes.append([0.0, round(op.size, 4)])

    def min_obj(self, x: np.ndarray) -> float:
        return float(self.inst.c @ x + self.inst.offset)

    def context(self, obj: float) -> np.ndarray:
        gap = 1.0 if self.bound is None else abs(obj - self.bound) / max(abs(obj), 1e-9)
        rate = float(np.mean(self.recent[-10:])) if self.recent else 0.0
        return context_vector(self.run.elapsed() / self.run.time_limit, rate, gap,
                              self.last_outcome)

    def offer(self, x: np.ndarray) -> bool:
        """Take ``x`` (feasible) as incumbent when it beats the best; True if it did."""
        obj = self.min_obj(x)
        if self.best is not None and obj >= self.best.obj - self._tol(obj):
            return False
        self.best = self.current = LNSState(x, obj, self.context(obj))
        self.data.remember(x)
        return True

    def _tol(self, obj: float) -> float:
        return 1e-6 * max(1.0, abs(obj))

    def step(self) -> bool:
        """One draw from the current solution; True when it found a new best."""
        d_idx, _ = self.selector(self.rng, self.best, self.current)
        op = self.ops[d_idx]
        self.last_op = op.name
        st = self.stats[op.name]
        st.pulls += 1
        if len(self.pulls) < MAX_TRACE:
            self.pulls.append([round(self.run.elapsed(), 3), op.name])
        cur = self.current
        nb = op(cur.x, self.rng)
        if nb is None:
            st.not_applicable += 1
            st.outcomes[REJECT] += 1
            self.selector.update(LNSState(cur.x, cur.obj, cur.get_context(), wasted=True),
                                 d_idx, 0, REJECT)
            return False
        cand, res, limit = self._repair(nb, op.name)
        st.time += res.runtime
        self.lns_time += res.runtime
        improved = cand is not None and cand.obj < self.best.obj - self._tol(self.best.obj)
        adapt(op, res, improved, limit)
        if op.size is not None and (not st.sizes or st.sizes[-1][1] != round(op.size, 4)) \
                and len(st.sizes) < 500:
            st.sizes.append([round(self.run.elapsed(), 3), round(op.size, 4)])
        if improved:
            self.sub_time = min(self.sub_time * 1.25,
                                max(1.0, MAX_SUB_SHARE * self.run.time_limit))
        elif res.timed_out:
            self.sub_time = max(self.sub_time * 0.8, self.p.min_sub_time)
        self.recent.append(int(improved))
        closed = 0.0 if cand is None else gap_closed(cur.obj, cand.obj, self.bound)
        reward = time_reward(closed, res.runtime, self.run.time_limit)
        if cand is None:
            outcome = REJECT
            cand = LNSState(cur.x, cur.obj, cur.get_context(), reward)
        else:
            cand.reward = reward
            outcome = self._accept(cand)
        st.outcomes[outcome] += 1
        self.last_outcome = outcome
        st.improvements += int(improved)
        st.closed += closed
        self.selector.update(cand, d_idx, 0, outcome)
        return improved

    def _repair(self, nb: Neighbourhood, name: str):
        """The sub-MIP; its answer as a state (None when it gave nothing new or valid)."""
        cur = self.current
        limit = min(self.sub_time, self.run.remaining())
        self.run.set_phase(f"{name} (sub-MIP {limit:.1f}s)")
        delta = self._tol(self.best.obj)
        cutoff = cur.obj - delta if nb.improving else cur.obj + delta
        res = self.backend.solve(nb, cur.x, cutoff, limit, int(self.rng.integers(2**30)),
                                 self.p.sub_nodes)
        x = res.x
        if x is not None and not check_mip(self.inst, x).feasible:
            self.discarded += 1  # a sub-MIP answer that violates the model is never kept
            x = None
        if x is None or np.array_equal(x, cur.x):
            return None, res, limit
        obj = self.min_obj(x)
        self.data.remember(x)
        return LNSState(x, obj, self.context(obj)), res, limit

    def _accept(self, cand: LNSState) -> int:
        best, cur = self.best, self.current
        if cand.obj < best.obj - self._tol(best.obj):
            self.best = self.current = cand
            return BEST
        outcome = BETTER if cand.obj < cur.obj - self._tol(cur.obj) else ACCEPT
        if self.accept(self.rng, best, cur, cand):
            self.current = cand
            return outcome
        return REJECT

    def statistics(self) -> dict:
        return {"operators": {op.name: self.stats[op.name].as_dict(op.size) for op in self.ops},
                "discarded_infeasible": self.discarded, "lns_time": round(self.lns_time, 3),
                "pulls": self.pulls}
