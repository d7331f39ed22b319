"""CP-SAT large-neighbourhood search over job-shop schedules.

From an incumbent (start times), each step frees a neighbourhood of operations
(:mod:`metaopt.jssp.neighbourhoods`) and lets CP-SAT, one worker, re-sequence them while every
other operation keeps its machine order (it may still shift in time). Operations that end
before the neighbourhood's first start are fixed and left out of the model. Results are
compacted to the semi-active schedule of their machine orders. ``threads`` searches run side
by side (CP-SAT and the compiled tabu search release the GIL) and share one incumbent; ``tabu``
of them run the tabu search (:mod:`metaopt.jssp.tabu`) instead of CP-SAT, each restarting
from the shared incumbent whenever another search has found a better one.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

import numpy as np

from metaopt.control import Run
from metaopt.jssp.instance import JSSPInstance
from metaopt.jssp.neighbourhoods import KINDS, PICK
from metaopt.jssp.tabu import Tabu

MIN_SIZE = 8
GROW = 1.15  # a neighbourhood solved to optimality grows, one that timed out shrinks
DECAY = 0.97  # per step, of each kind's gain and time (choice="rate")
PRIOR_GAIN, PRIOR_SECONDS = 1e-3, 1.0  # a kind's prior: 0.1 % shorter per second
EXPLORE = 0.1  # share of uniform draws under choice="rate"
TABU_SHARE_SECONDS = 0.2  # a tabu thread looks at the shared incumbent this often


def compact(inst: JSSPInstance, starts: np.ndarray) -> np.ndarray:
    """The semi-active schedule with the same machine orders as ``starts``: each operation
    starts as soon as its job predecessor and its machine predecessor have ended."""
    n, k = starts.shape
    d = inst.durations
    out = np.zeros_like(starts)
    job_end = np.zeros(n, dtype=np.int64)
    machine_end = np.zeros(inst.num_machines, dtype=np.int64)
    # start order (ties in job order) is a topological order of both precedences
    for flat in np.argsort(starts, axis=None, kind="stable"):
        j, o = divmod(int(flat), k)
        m = int(inst.machines[j, o])
        s = max(job_end[j], machine_end[m])
        out[j, o] = s
        job_end[j] = machine_end[m] = s + d[j, o]
    return out


def trivial_bound(inst: JSSPInstance) -> int:
    """max(longest job, busiest machine): no schedule is shorter."""
    loads = np.bincount(inst.machines.ravel(), weights=inst.durations.ravel(),
                        minlength=inst.num_machines)
    return int(max(inst.durations.sum(axis=1).max(), loads.max()))


@dataclass
class SubSolve:
    """A CP-SAT solver for one neighbourhood; ``stop`` may be called from another thread."""

    solver: object = None

    def stop(self) -> None:
        if self.solver is not None:
            self.solver.stop_search()


def resolve(inst: JSSPInstance, starts: np.ndarray, free: np.ndarray, seconds: float,
            seed: int, handle: SubSolve | None = None, deadline: float | None = None
            ) -> tuple[np.ndarray | None, bool]:
    """Re-sequence the ``free`` operations of ``starts``; the new (compacted) start times, or
    None when CP-SAT found no schedule, and whether the neighbourhood was solved to optimality.
    CP-SAT gets ``seconds``, and never past ``deadline`` (time.monotonic()) once the model is
    built (building a large neighbourhood's model takes a good part of a second)."""
    from ortools.sat.python import cp_model

    d = inst.durations
    ends = starts + d
    first = int(starts[free].min())
    fixed = ~free & (ends <= first)  # done before the neighbourhood starts: constants
    cutoff = inst.makespan(starts)
    n, k = starts.shape
    job_release = np.where(fixed, ends, 0).max(axis=1)
    machine_release = np.zeros(inst.num_machines, dtype=np.int64)
    np.maximum.at(machine_release, inst.machines[fixed], ends[fixed])
    model = cp_model.CpModel()
    svar: dict[tuple[int, int], object] = {}
    per_machine: dict[int, list[tuple[int, int, int]]] = {}
    span = model.new_int_var(0, cutoff, "makespan")
    for j in range(n):
        prev = None
        for o in range(k):
            if fixed[j, o]:
                continue
            m = int(inst.machines[j, o])
            low = int(max(job_release[j], machine_release[m]))
            s = model.new_int_var(low, cutoff - int(d[j, o]), f"s{j}_{o}")
            model.add_hint(s, int(starts[j, o]))
            svar[j, o] = s
            per_machine.setdefault(m, []).append((int(starts[j, o]), j, o))
            if prev is not None:
                model.add(s >= prev + int(d[j, o - 1]))
            prev = s
        if prev is not None:
            model.add(span >= prev + int(d[j, k - 1]))
    for ops in per_machine.values():
        ops.sort()
        kept = [(j, o) for _, j, o in ops if not free[j, o]]
        for (j0, o0), (j1, o1) in zip(kept, kept[1:], strict=False):
            model.add(svar[j1, o1] >= svar[j0, o0] + int(d[j0, o0]))
        if len(kept) < len(ops):
            model.add_no_overlap([model.new_fixed_size_interval_var(
                svar[j, o], int(d[j, o]), f"i{j}_{o}") for _, j, o in ops])
    model.add_hint(span, cutoff)
    model.minimize(span)
    solver = cp_model.CpSolver()
    if deadline is not None:
        seconds = min(seconds, deadline - time.monotonic())
    solver.parameters.max_time_in_seconds = max(seconds, 1e-3)
    solver.parameters.num_workers = 1
    solver.parameters.random_seed = seed
    solver.parameters.catch_sigint_signal = False
    if handle is not None:
        handle.solver = solver
    code = solver.solve(model)
    if handle is not None:
        handle.solver = None
    if code not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None, False
    out = starts.copy()
    for (j, o), s in svar.items():
        out[j, o] = solver.value(s)
    return compact(inst, out), code == cp_model.OPTIMAL


@dataclass
class KindStats:
    pulls: int = 0
    improvements: int = 0
    seconds: float = 0.0
    optimal: int = 0
    gain: float = 0.0  # decayed relative makespan reduction
    recent: float = 0.0  # decayed seconds

    @property
    def rate(self) -> float:
        return (self.gain + PRIOR_GAIN) / (self.recent + PRIOR_SECONDS)


@dataclass
class Search:
    """The shared state of the LNS threads: incumbent, neighbourhood sizes, statistics."""

    inst: JSSPInstance
    run: Run
    starts: np.ndarray
    sub_seconds: float
    kinds: tuple[str, ...] = KINDS
    accept_equal: bool = True
    choice: str = "rate"  # or "uniform"
    tabu_iterations: int = 0
    sizes: dict[str, float] = field(default_factory=dict)
    stats: dict[str, KindStats] = field(default_factory=dict)
    steps: int = 0

    def __post_init__(self) -> None:
        self.starts = compact(self.inst, np.asarray(self.starts, dtype=np.int64))
        self.best = self.inst.makespan(self.starts)
        self.bound = trivial_bound(self.inst)
        total = self.starts.size
        for kind in self.kinds:
            self.sizes.setdefault(kind, min(total, max(MIN_SIZE, 0.05 * total, 40.0)))
            self.stats[kind] = KindStats()
        self.lock = threading.Lock()
        self.handles: list[SubSolve] = []

    @property
    def proven(self) -> bool:
        return self.best <= self.bound

    def worker(self, rng: np.random.Generator) -> None:
        handle = SubSolve()
        with self.lock:
            self.handles.append(handle)
        total = self.starts.size
        while not self.run.stopped and not self.proven:
            with self.lock:
                current, before = self.starts, self.best
                kind = self.draw(rng)
                size = int(round(self.sizes[kind]))
            free = PICK[kind](self.inst, current, size, rng)
            t0 = time.monotonic()
            new, optimal = resolve(self.inst, current, free, self.sub_seconds,
                                   int(rng.integers(2**31 - 1)), handle,
                                   deadline=t0 + self.run.remaining())
            spent = time.monotonic() - t0
            with self.lock:
                self.steps += 1
                st = self.stats[kind]
                st.pulls += 1
                st.seconds += spent
                st.optimal += optimal
                for other in self.stats.values():
                    other.gain *= DECAY
                    other.recent *= DECAY
                st.recent += spent
                grown = self.sizes[kind] * (GROW if optimal else 1 / GROW)
                self.sizes[kind] = float(min(total, max(MIN_SIZE, grown)))
                if new is None:
                    continue
                value = self.inst.makespan(new)
                if value < self.best or (value == self.best and self.accept_equal
                                         and before == self.best):
                    if value < self.best:
                        st.improvements += 1
                        st.gain += (self.best - value) / self.best
                        self.run.improved(value, f"lns-{kind}")
                    self.starts, self.best = new, value

    def tabu_worker(self, rng: np.random.Generator) -> None:
        """Tabu search from the shared incumbent, restarted from it whenever another thread
        has found a better one; its own improvements go to the incumbent."""
        with self.lock:
            self.stats.setdefault("tabu", KindStats())
        tabu, counted = None, 0
        while not self.run.stopped and not self.proven:
            with self.lock:
                current, best = self.starts, self.best
            if tabu is None or best < tabu.best:
                if tabu is not None:
                    counted += tabu.iterations
                tabu = Tabu(self.inst, current, int(rng.integers(2**31 - 1)), self.bound)
            t0 = time.monotonic()
            found = tabu.run(t0 + min(TABU_SHARE_SECONDS, self.run.remaining()),
                               lambda: self.run.stopped)
            with self.lock:
                st = self.stats["tabu"]
                st.pulls += 1
                st.seconds += time.monotonic() - t0
                self.tabu_iterations = counted + tabu.iterations
                if found < self.best:
                    st.improvements += 1
                    self.starts, self.best = tabu.best_starts(), found
                    self.run.improved(found, "lns-tabu")
            if tabu.iterations == 0 or found <= self.bound:
                break

    def draw(self, rng: np.random.Generator) -> str:
        """A neighbourhood kind: uniform, or in proportion to each kind's recent gain per
        second (with ``EXPLORE`` of the draws uniform)."""
        if self.choice == "uniform" or rng.random() < EXPLORE:
            return self.kinds[int(rng.integers(len(self.kinds)))]
        rates = np.array([self.stats[k].rate for k in self.kinds])
        return self.kinds[int(rng.choice(len(self.kinds), p=rates / rates.sum()))]

    def stop(self) -> None:
        with self.lock:
            handles = list(self.handles)
        for h in handles:
            h.stop()


def search(inst: JSSPInstance, run: Run, starts: np.ndarray, threads: int = 1,
           sub_seconds: float = 1.0, kinds: tuple[str, ...] = KINDS,
           accept_equal: bool = True, choice: str = "rate", tabu: int = 0) -> Search:
    """LNS from ``starts`` until the run stops or the trivial bound is reached; ``tabu`` of
    the ``threads`` run the tabu search."""
    state = Search(inst, run, starts, sub_seconds, kinds, accept_equal, choice)
    run.improved(state.best, "lns-start")
    run.set_bound(state.bound)
    run.on_stop(state.stop)
    rngs = [np.random.default_rng(run.child_seed()) for _ in range(max(1, threads))]
    targets = [state.tabu_worker if i < tabu else state.worker for i in range(len(rngs))]
    if len(rngs) == 1:
        targets[0](rngs[0])
        return state
    pool = [threading.Thread(target=f, args=(r,), daemon=True)
            for f, r in zip(targets, rngs, strict=True)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    return state
