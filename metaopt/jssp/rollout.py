"""Batched rollouts of the dispatching policy over many copies of one instance."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import torch

from metaopt.jssp.batch_state import BIG, BatchState
from metaopt.jssp.instance import JSSPInstance


@dataclass(frozen=True)
class Windows:
    """Re-sampling a window of one schedule's decisions. Outside its window a copy follows the
    schedule ``starts``: among the legal jobs, the one whose next operation starts first there
    (which rebuilds a non-delay schedule). Inside it, from decision ``start`` to ``end[i]``
    (one per copy), the policy decides."""

    start: int
    end: np.ndarray
    starts: np.ndarray


def rollouts(policy, inst: JSSPInstance, count: int, generator: torch.Generator,
             temperature: float = 1.0, greedy: bool = False, window: int = 4,
             track_grad: bool = False, noop: bool = True, trace: list | None = None,
             stop: Callable[[], bool] | None = None, windows: Windows | None = None
             ) -> tuple[np.ndarray, torch.Tensor, np.ndarray]:
    """Run ``count`` episodes in lockstep; returns makespans, summed log-probabilities (for
    REINFORCE when ``track_grad``) and the start times (count, jobs, ops). Copies with a single
    legal action take it without asking the policy (its log-probability is 0). ``noop=False``
    masks the no-op (non-delay schedules). ``trace``, when given, receives each step's
    ``(rows, actions)`` (see ``actions_of``). Once ``stop()`` is true the episodes end where
    they are: unfinished copies get the makespan ``BIG``. With ``windows`` the policy decides
    only inside each copy's window."""
    state = BatchState(inst, count if windows is None else 1, window)
    logp = torch.zeros(count)
    ctx = torch.enable_grad() if track_grad else torch.inference_mode()
    step = 0
    if windows is not None:  # the decisions before the window, once, then copied
        state.follow(windows.starts, np.zeros(1, np.int64), windows.start)
        step, state = windows.start, state.repeat(count)
    with ctx:
        while True:
            live = np.flatnonzero(~state.done)
            if not len(live):
                break
            if stop is not None and stop():
                spans = state.makespans().copy()
                spans[live] = BIG
                return spans, logp, state.starts.copy()
            past = live[windows.end[live] <= step] if windows is not None else live[:0]
            if len(past):
                state.follow(windows.starts, past, state.n * state.k)
                continue  # the copies past their window are done
            mask = state.mask(noop)[live]
            forced = mask.sum(axis=1) == 1
            actions = np.where(forced, mask.argmax(axis=1), -1)
            step += 1
            ask = np.flatnonzero(~forced)
            if len(ask):
                rows = live[ask]
                ops = torch.from_numpy(state.ops(rows))
                logits = policy(ops, torch.from_numpy(mask[ask]))
                if greedy:
                    chosen = logits.argmax(dim=1)
                else:
                    probs = torch.softmax(logits / temperature, dim=1)
                    chosen = torch.multinomial(probs, 1, generator=generator).squeeze(1)
                if track_grad:
                    lp = torch.log_softmax(logits, dim=1).gather(1, chosen[:, None])[:, 0]
                    logp = logp.index_add(0, torch.from_numpy(rows), lp)
                actions[ask] = chosen.numpy()
            if trace is not None:
                trace.append((live, actions))
            state.step(live, actions)
    return state.makespans().copy(), logp, state.starts.copy()


def actions_of(trace: list, copy: int) -> list[int]:
    """The actions copy ``copy`` took, from a rollout's ``trace``."""
    out = []
    for rows, actions in trace:
        at = np.searchsorted(rows, copy)  # rows are sorted (np.flatnonzero)
        if at < len(rows) and rows[at] == copy:
            out.append(int(actions[at]))
    return out


def teacher_forced(policy, inst: JSSPInstance, actions: list[int], window: int = 4,
                   first: int = 0, noop: bool = True) -> torch.Tensor:
    """Log-probabilities the policy gives to ``actions[first:]`` along the trajectory they
    make (for imitation); steps with a single legal action are left out."""
    state = BatchState(inst, 1, window)
    row = np.zeros(1, np.int64)
    ops, masks, taken = [], [], []
    for t, a in enumerate(actions):
        mask = state.mask(noop)[0]
        if t >= first and mask.sum() > 1:
            ops.append(state.ops()[0])
            masks.append(mask)
            taken.append(a)
        state.step(row, np.array([a]))
    if not taken:
        return torch.zeros(0)
    logits = policy(torch.from_numpy(np.stack(ops)), torch.from_numpy(np.stack(masks)))
    return torch.log_softmax(logits, dim=1).gather(1, torch.tensor(taken)[:, None])[:, 0]
