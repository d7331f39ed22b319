"""The ``rl`` engine: sample the trained dispatching policy at several temperatures until the
time limit, in batches of doubling size (the last one cut to the time left). After the first
batches the policy re-samples windows of the best schedule's decisions and keeps the rest."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from metaopt.control import Run
from metaopt.errors import UsageError
from metaopt.jssp.instance import JSSPInstance
from metaopt.outcome import Outcome
from metaopt.params import Params as BaseParams
from metaopt.params import param
from metaopt.policies import JSSP_DISPATCH
from metaopt.result import Status


@dataclass(frozen=True)
class Params(BaseParams):
    """The learned dispatching policy: which weights, how many sampled rollouts."""

    policy: Path | None = param(None, "weight file (none: the shipped jssp-dispatch.pt)")
    samples: int = param(100_000, "most sampled rollouts after the greedy one (the time "
                         "limit usually ends them first)", low=0)
    windows: bool = param(True, "after two batches of whole schedules, re-sample windows of "
                          "the best schedule's decisions (false: whole schedules only)")

    def __post_init__(self) -> None:
        super().__post_init__()
        path = self.policy_file
        if not path.is_file() or not Path(str(path) + ".json").is_file():
            raise UsageError(f"no trained policy at {path} (run `metaopt train jssp` or pass "
                             "--param policy=FILE with its FILE.json sidecar)")

    @property
    def policy_file(self) -> Path:
        return self.policy or JSSP_DISPATCH


def weight_files(params: Params, problem: str) -> list[Path]:
    return [params.policy_file]


def prepare(params: Params) -> None:
    """Import torch and compile the window follower before the clock starts."""
    import metaopt.jssp.rollout  # noqa: F401
    from metaopt.jssp.follow import warm_up

    warm_up()


FIRST_BATCH, MAX_BATCH = 8, 512  # batch sizes double from the first to the largest, so the
# same seed and sample count give the same rollouts; the time left shrinks only the last
TEMPERATURES = (0.5, 1.0, 2.0)  # of the sampled batches, in turn
WHOLE_BATCHES = 2  # batches of whole schedules before the windows
WINDOW_SHARES = (0.05, 0.1, 0.2)  # a window's length, as a share of the decisions, drawn per copy
WINDOW_BATCH = 64  # copies sharing one window start (a batch of windows)


class BatchCost:
    """Seconds a batch of b rollouts takes, modelled as ``one × (1 + per (b − 1))``: ``one``
    is the greedy rollout's time, ``per`` starts at 0.36 (measured at b = 8) and follows the
    batches run since."""

    def __init__(self, one: float) -> None:
        self.one, self.per = max(one, 1e-4), 0.36

    def fits(self, seconds: float) -> int:
        """The largest batch expected to take at most ``seconds`` (0 if none)."""
        if seconds < self.one:
            return 0
        return int(min(MAX_BATCH, 1 + (seconds / self.one - 1) / max(self.per, 1e-3)))

    def observe(self, size: int, seconds: float) -> None:
        if size > 1:
            self.per = max(0.0, (seconds / self.one - 1) / (size - 1))


def solve(inst: JSSPInstance, run: Run, params: Params) -> Outcome:
    import torch

    from metaopt.jssp.policy import load_policy
    from metaopt.jssp.rollout import rollouts

    policy, meta = load_policy(params.policy_file)
    torch.set_num_threads(1)
    gen = torch.Generator().manual_seed(run.child_seed())
    window = meta["config"]["window"]
    samples = params.samples
    noop = bool(meta["config"].get("noop", True))  # policies trained without waiting
    t0 = time.monotonic()
    spans, _, starts = rollouts(policy, inst, 1, gen, greedy=True, window=window, noop=noop)
    cost = BatchCost(time.monotonic() - t0)
    best, best_key = starts[0], _keys(inst, spans, starts)[0]
    run.improved(best_key[0], "rl-greedy")
    done, batches = 1, 0
    while done < 1 + samples and not run.stopped:
        size = min(FIRST_BATCH << batches, MAX_BATCH, 1 + samples - done)
        size = min(size, cost.fits(run.remaining()))  # shrinks only near the deadline
        if not size:
            break  # not even one more rollout fits in the time left
        t = TEMPERATURES[batches % len(TEMPERATURES)]
        around = None
        if params.windows and batches >= WHOLE_BATCHES:
            size = min(size, WINDOW_BATCH)
            around = _windows(inst, best, size, run.rng)
        t0 = time.monotonic()
        spans, _, starts = rollouts(policy, inst, size, gen, temperature=t, window=window,
                                    noop=noop, stop=lambda: run.stopped, windows=around)
        cost.observe(size, time.monotonic() - t0)
        done, batches = done + len(spans), batches + 1
        keys = _keys(inst, spans, starts)
        k = min(range(len(keys)), key=keys.__getitem__)
        if keys[k] < best_key:
            if keys[k][0] < best_key[0]:
                run.improved(keys[k][0], "rl-window" if around is not None else f"rl-t{t}")
            best, best_key = starts[k], keys[k]
    return Outcome(Status.FEASIBLE, objective=float(best_key[0]), solution=best.tolist(),
                   iterations=done, backend="torch", stats={"rollouts": done})


def _keys(inst: JSSPInstance, spans: np.ndarray, starts: np.ndarray) -> list[tuple[int, int]]:
    """Each schedule's (makespan, total job completion time): the second breaks the makespan's
    many ties, so that the windows move across plateaus."""
    totals = (starts[:, :, -1] + inst.durations[None, :, -1]).sum(axis=1)
    return list(zip(spans.tolist(), totals.tolist(), strict=True))


def _windows(inst: JSSPInstance, best: np.ndarray, size: int, rng: np.random.Generator):
    """``size`` windows of ``best``'s decisions from one uniform start, lengths drawn from
    WINDOW_SHARES."""
    from metaopt.jssp.rollout import Windows

    decisions = inst.num_jobs * inst.num_ops
    start = int(rng.integers(decisions))
    length = (rng.choice(WINDOW_SHARES, size) * decisions).astype(np.int64)
    return Windows(start, start + np.maximum(length, 1), best)
