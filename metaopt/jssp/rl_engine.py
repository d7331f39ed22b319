"""The ``rl`` engine: sample the trained dispatching policy at several temperatures."""

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
    samples: int = param(32, "sampled rollouts after the greedy one", low=0)

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
    """Import torch before the clock starts."""
    import metaopt.jssp.rollout  # noqa: F401


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
    one = time.monotonic() - t0  # a batch of b rollouts costs about one × (1 + 0.36 (b − 1))
    best, best_ms = starts[0], int(spans[0])
    run.improved(best_ms, "rl-greedy")
    done, temps = 1, (0.5, 1.0, 2.0)
    batch = 8
    while done < 1 + samples and not run.stopped:
        size = min(batch, 1 + samples - done)
        while size and one * (1 + 0.36 * (size - 1)) > run.remaining():
            size -= 1  # start only what fits in the time left
        if not size:
            break
        t = temps[(done // batch) % len(temps)]
        spans, _, starts = rollouts(policy, inst, size, gen, temperature=t, window=window,
                                    noop=noop)
        done += len(spans)
        k = int(np.argmin(spans))
        if spans[k] < best_ms:
            best, best_ms = starts[k], int(spans[k])
            run.improved(best_ms, f"rl-t{t}")
    return Outcome(Status.FEASIBLE, objective=float(best_ms), solution=best.tolist(),
                   iterations=done, backend="torch", stats={"rollouts": done})

