import numpy as np
import pytest
from conftest import INSTANCES
from gymnasium.utils.env_checker import check_env

from metaopt import check, read, solve
from metaopt.jssp.dispatch import build_schedule
from metaopt.jssp.env import JobShopEnv
from metaopt.jssp.rules import RULES
from metaopt.jssp.taillard import random_jssp

TA01 = INSTANCES / "jssp" / "taillard" / "ta01.txt"


@pytest.fixture(scope="module")
def ta01():
    return read(TA01)


@pytest.mark.parametrize("rule", sorted(RULES))
def test_every_rule_builds_a_feasible_non_delay_schedule(rule, ta01):
    starts = build_schedule(ta01, RULES[rule])
    v = check(ta01, starts)
    assert v.feasible, v.violation
    assert v.objective >= 1231  # never below the proven optimum of ta01
    # non-delay: every operation starts when its job or its machine became free
    end = starts + ta01.durations
    job_free = np.concatenate((np.zeros((15, 1), int), end[:, :-1]), axis=1)
    for j in range(15):
        for k in range(15):
            m = ta01.machines[j, k]
            ends_on_m = end[ta01.machines == m]
            assert starts[j, k] == job_free[j, k] or starts[j, k] in ends_on_m


def test_rules_differ_and_spt_prefers_short_operations(ta01):
    spans = {r: check(ta01, build_schedule(ta01, f)).objective for r, f in RULES.items()}
    assert len(set(spans.values())) > 3
    inst = random_jssp("two", 2, 1, seed=0)
    inst.durations[:] = [[5], [1]]
    assert build_schedule(inst, RULES["spt"])[1, 0] == 0  # the 1-long job goes first
    assert build_schedule(inst, RULES["lpt"])[0, 0] == 0


def test_large_instances_schedule():
    inst = random_jssp("big", 200, 10, seed=1)
    assert check(inst, build_schedule(inst, RULES["mwkr"])).feasible


def test_pdr_engine_and_sampling(ta01):
    greedy = solve(ta01, "pdr", 10, 0, params={"rule": "fdd_mwkr"})
    sampled = solve(ta01, "pdr", 10, 0, params={"rule": "fdd_mwkr", "samples": 20})
    assert greedy.verified and sampled.verified
    assert sampled.objective <= greedy.objective
    assert sampled.stats["rollouts"] == 21
    again = solve(ta01, "pdr", 10, 0, params={"rule": "fdd_mwkr", "samples": 20})
    assert again.solution == sampled.solution  # same seed, same rollouts


def test_cpsat_warm_started_from_a_rule(ta01):
    res = solve(ta01, "cpsat", 2, 0, params={"warm_start": "mwkr"})
    assert res.verified and res.trajectory[0].tag == "mwkr"
    assert res.objective <= res.trajectory[0].objective


def test_cpsat_reports_the_makespan_of_the_schedule_it_returns(ta01, monkeypatch):
    from ortools.sat.python import cp_model

    real = cp_model.CpSolver.objective_value
    # CP-SAT once paired a schedule of 3042 with the value 3059 (ta55, two workers)
    monkeypatch.setattr(cp_model.CpSolver, "objective_value",
                        property(lambda self: real.fget(self) + 7))
    res = solve(ta01, "cpsat", 1, 0, threads=1)
    assert res.verified and res.status.value == "feasible"
    assert res.objective == res.trajectory[-1].objective < res.trajectory[-2].objective
    assert "CP-SAT reported makespan" in res.message


def test_env_passes_gymnasium_checker(ta01):
    check_env(JobShopEnv(ta01), skip_render_check=True)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_env_observations_stay_in_space_on_random_rollouts(seed):
    inst = random_jssp("r", 8, 5, seed=seed)
    env = JobShopEnv(inst, window=3)
    rng = np.random.default_rng(seed)
    obs, _ = env.reset(seed=seed)
    total, done = 0.0, False
    while not done:
        assert env.observation_space.contains(obs)
        legal = np.flatnonzero(obs["mask"])
        assert len(legal) > 0
        obs, reward, done, _, info = env.step(int(rng.choice(legal)))
        total += reward
    assert env.observation_space.contains(obs)
    v = check(inst, env.starts)
    assert v.feasible and info["makespan"] == v.objective
    assert -total * env.scale == pytest.approx(v.objective)


def test_env_illegal_action_changes_nothing(ta01):
    env = JobShopEnv(ta01)
    obs, _ = env.reset()
    illegal = np.flatnonzero(obs["mask"] == 0)
    if len(illegal):
        obs2, reward, done, _, info = env.step(int(illegal[0]))
        assert info.get("illegal") and reward == 0 and not done
        assert np.array_equal(obs2["ops"], obs["ops"])


def test_tiny_training_then_rl_engine(tmp_path, ta01):
    import json

    from click.testing import CliRunner

    from metaopt.cli import main

    out = tmp_path / "p.pt"
    r = CliRunner().invoke(main, ["train", "jssp", "--tiny", "--out", str(out)])
    assert r.exit_code == 0, r.output
    meta = json.loads((tmp_path / "p.pt.json").read_text())
    assert meta["config"]["updates"] == 1 and meta["curve"] and meta["version"]
    res = solve(ta01, "rl", 20, 0, params={"policy": str(out), "samples": 30})
    assert res.verified and res.iterations == 31  # batches of 8, 16, then the last 6
    again = solve(ta01, "rl", 20, 0, params={"policy": str(out), "samples": 30})
    assert again.solution == res.solution  # one seed, one torch.Generator: same rollouts


def test_self_labeling_raises_the_likelihood_of_the_best_rollout():
    import torch

    from metaopt.jssp.policy import DispatchPolicy
    from metaopt.jssp.rollout import rollouts
    from metaopt.jssp.taillard import random_jssp
    from metaopt.jssp.train import TINY, _self_label_loss

    torch.manual_seed(0)  # test-only: the network's initial weights
    policy = DispatchPolicy()
    inst = random_jssp("sl", 8, 6, seed=3)
    gen = torch.Generator().manual_seed(1)
    trace: list = []
    spans, _, _ = rollouts(policy, inst, 16, gen, noop=False, trace=trace)
    opt = torch.optim.Adam(policy.parameters(), lr=1e-2)
    losses = []
    for _ in range(40):
        loss = _self_label_loss(policy, inst, spans, trace, TINY)
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(loss.item())
    assert losses[-1] < 0.5 * losses[0]  # the best rollout's decisions became likelier


def test_training_goes_on_from_weights_by_self_labeling(tmp_path):
    import json

    from click.testing import CliRunner

    from metaopt.cli import main

    first = tmp_path / "a.pt"
    assert CliRunner().invoke(main, ["train", "jssp", "--tiny", "--out", str(first)]).exit_code == 0
    cfg = tmp_path / "sl.toml"
    cfg.write_text(f'sizes = [[6, 6]]\nupdates = 2\nsamples = 4\neval_every = 1\n'
                   f'cp_seconds = 0.0\nmethod = "self-labeling"\nstart_from = "{first}"\n')
    out = tmp_path / "b.pt"
    r = CliRunner().invoke(main, ["train", "jssp", "--config", str(cfg), "--out", str(out)])
    assert r.exit_code == 0, r.output
    meta = json.loads((tmp_path / "b.pt.json").read_text())
    assert meta["config"]["method"] == "self-labeling" and len(meta["curve"]) == 3  # with the start
    assert meta["started_from"]["config"]["updates"] == 1
    cfg.write_text('method = "self-label"\n')
    r = CliRunner().invoke(main, ["train", "jssp", "--config", str(cfg), "--out", str(out)])
    assert r.exit_code != 0 and "reinforce or self-labeling" in r.output


def test_rl_samples_until_its_limit_in_batches_that_fit(ta01):
    from metaopt.jssp.rl_engine import MAX_BATCH, BatchCost

    res = solve(ta01, "rl", 1.5, 0)  # the shipped policy, the default sample count
    assert res.verified and res.iterations > 100 and res.runtime < 1.8
    cost = BatchCost(0.1)
    assert cost.fits(0.05) == 0 and cost.fits(0.1) == 1 and cost.fits(0.5) == 12
    cost.observe(12, 0.1 * (1 + 11 * 0.1))  # the batch of 12 was cheaper than modelled
    assert cost.fits(0.5) == 41 and cost.fits(1e6) == MAX_BATCH


def test_rl_without_policy_is_a_usage_error(tmp_path, ta01):
    from metaopt.errors import UsageError

    with pytest.raises(UsageError, match="no trained policy"):
        solve(ta01, "rl", 5, 0, params={"policy": str(tmp_path / "none.pt")})


def test_rl_cp_whole_uses_the_policy_schedule_as_hint(tmp_path, ta01, monkeypatch):
    from click.testing import CliRunner

    from metaopt.cli import main

    out = tmp_path / "p.pt"
    assert CliRunner().invoke(main, ["train", "jssp", "--tiny", "--out", str(out)]).exit_code == 0
    from metaopt.jssp import cpsat_engine

    hints = []
    build = cpsat_engine.build_model

    def spy(inst, hint=None, fixed=None):
        model, starts, makespan = build(inst, hint, fixed)
        hints.append((None if hint is None else np.asarray(hint), model.Proto()))
        return model, starts, makespan

    monkeypatch.setattr(cpsat_engine, "build_model", spy)
    res = solve(ta01, "rl-cp", 4, 0, params={"policy": str(out), "samples": 4,
                                             "search": "whole"})
    assert res.verified and res.trajectory[0].tag == "rl-greedy"
    rl_best = min(t.objective for t in res.trajectory if t.tag.startswith("rl"))
    assert res.objective <= rl_best
    # the model CP-SAT solved carries the policy's best schedule as a complete hint
    (hint, proto), = hints
    assert hint is not None and check(ta01, hint).objective == rl_best
    assert len(proto.solution_hint.vars) == len(proto.variables)


@pytest.mark.parametrize("rule", ["spt", "mwkr"])
def test_actions_for_rebuilds_a_schedule_no_longer(rule, ta01):
    from metaopt.jssp.batch_state import BatchState, actions_for

    starts = build_schedule(ta01, RULES[rule])
    delayed = starts.copy()
    delayed[delayed > 300] += 50  # a feasible but not left-shifted schedule
    for target in (starts, delayed):
        state = BatchState(ta01, 1)
        for a in actions_for(ta01, target):
            assert state.mask()[0, a]
            state.step(np.zeros(1, np.int64), np.array([a]))
        v = check(ta01, state.starts[0])
        assert v.feasible and v.objective <= check(ta01, target).objective
    assert check(ta01, state.starts[0]).objective == check(ta01, starts).objective


def test_batched_rollouts_match_the_gym_env_step_by_step(ta01):
    from metaopt.jssp.batch_state import BatchState

    rng = np.random.default_rng(3)
    batch, env = BatchState(ta01, 3), JobShopEnv(ta01)
    obs, _ = env.reset()
    done = False
    while not batch.done.all():
        mask = batch.mask()
        if not done:
            assert np.array_equal(mask[0], obs["mask"].astype(bool))
            assert np.array_equal(batch.ops()[0], obs["ops"])
        acts = np.array([rng.choice(np.flatnonzero(m)) if m.any() else 0 for m in mask])
        if not done:
            obs, _, done, _, _ = env.step(int(acts[0]))
        live = np.flatnonzero(~batch.done)
        batch.step(live, acts[live])
    assert np.array_equal(env.starts, batch.starts[0])
    for row in range(3):
        assert check(ta01, batch.starts[row]).feasible


def test_cp_improve_keeps_the_fixed_prefix(ta01):
    from metaopt.jssp.cpsat_engine import improve

    starts = build_schedule(ta01, RULES["lpt"])
    fixed = starts < 400
    better = improve(ta01, starts, fixed, 2.0, seed=1)
    assert better is not None
    assert np.array_equal(better[fixed], starts[fixed])
    assert check(ta01, better).objective < check(ta01, starts).objective


def test_guided_actions_never_wait_and_follow_the_schedule(ta01):
    from metaopt.jssp.batch_state import BatchState, guided_actions

    starts = build_schedule(ta01, RULES["mwkr"])  # non-delay already: replayed exactly
    state = BatchState(ta01, 1)
    for a in guided_actions(ta01, starts):
        assert a < ta01.num_jobs and state.mask(noop=False)[0, a]
        state.step(np.zeros(1, np.int64), np.array([a]))
    assert check(ta01, state.starts[0]).objective == check(ta01, starts).objective


def test_windows_follow_the_schedule_outside_them_and_ask_the_policy_inside():
    import torch

    from metaopt.jssp.batch_state import guided_actions
    from metaopt.jssp.policy import DispatchPolicy
    from metaopt.jssp.rollout import Windows, rollouts
    from metaopt.jssp.taillard import random_jssp

    torch.manual_seed(0)  # test-only: the network's initial weights
    policy = DispatchPolicy()
    inst = random_jssp("w", 10, 6, seed=4)
    gen = torch.Generator().manual_seed(1)
    spans, _, starts = rollouts(policy, inst, 8, gen, noop=False)
    best = starts[int(np.argmin(spans))]
    n = inst.num_jobs * inst.num_ops
    for at in (0, n // 2, n):  # empty windows rebuild the schedule exactly
        got, _, again = rollouts(policy, inst, 3, gen, noop=False,
                                 windows=Windows(at, np.full(3, at), best))
        assert (got == spans.min()).all() and all(np.array_equal(a, best) for a in again)
    # a window in the middle: the schedule's decisions before it, the policy's inside it
    cut, trace = n // 3, []
    _, _, moved = rollouts(policy, inst, 64, gen, temperature=2.0, noop=False, trace=trace,
                           windows=Windows(cut, np.full(64, 2 * cut), best))
    done = np.bincount(guided_actions(inst, best)[:cut], minlength=inst.num_jobs)
    for m in moved:
        assert all(np.array_equal(m[j, :done[j]], best[j, :done[j]]) for j in range(len(done)))
    assert len(trace) == cut  # the policy's steps only (the follower's are compiled)
    assert any(not np.array_equal(m, best) for m in moved)  # the policy changed some windows


def test_rl_windows_beat_whole_samples_on_a_fixed_budget_of_rollouts(ta01):
    whole = solve(ta01, "rl", 60, 0, params={"samples": 600, "windows": False})
    win = solve(ta01, "rl", 60, 0, params={"samples": 600})
    assert whole.verified and win.verified and win.iterations == whole.iterations == 601
    assert win.objective < whole.objective
    assert any(p.tag == "rl-window" for p in win.trajectory)
