"""Batched rollouts of the dispatching policy over many copies of one instance."""

from __future__ import annotations

import numpy as np
import torch

from metaopt.jssp.env import JobShopEnv
from metaopt.jssp.instance import JSSPInstance


def rollouts(policy, inst: JSSPInstance, count: int, generator: torch.Generator,
             temperature: float = 1.0, greedy: bool = False, window: int = 4,
             track_grad: bool = False) -> tuple[np.ndarray, torch.Tensor, list[np.ndarray]]:
    """Run ``count`` episodes in lockstep; returns makespans, summed log-probabilities (for
    REINFORCE when ``track_grad``) and each episode's start times."""
    envs = [JobShopEnv(inst, window) for _ in range(count)]
    obs = [env.reset()[0] for env in envs]
    done = np.zeros(count, bool)
    logp = torch.zeros(count)
    ctx = torch.enable_grad() if track_grad else torch.no_grad()
    with ctx:
        while not done.all():
            live = np.flatnonzero(~done)
            ops = torch.from_numpy(np.stack([obs[i]["ops"] for i in live]))
            mask = torch.from_numpy(np.stack([obs[i]["mask"] for i in live]).astype(bool))
            logits = policy(ops, mask)
            if greedy:
                actions = logits.argmax(dim=1)
            else:
                probs = torch.softmax(logits / temperature, dim=1)
                actions = torch.multinomial(probs, 1, generator=generator).squeeze(1)
            if track_grad:
                chosen = torch.log_softmax(logits, dim=1).gather(1, actions[:, None])[:, 0]
                logp = logp.index_add(0, torch.from_numpy(live), chosen)
            for i, a in zip(live, actions.tolist(), strict=True):
                obs[i], _, d, _, _ = envs[i].step(int(a))
                done[i] = d
    spans = np.array([env.d.makespan() for env in envs])
    return spans, logp, [env.d.starts.copy() for env in envs]
