"""The fast-tsp engine's watched child process."""


def test_fast_tsp_still_running_past_the_limit_is_killed(monkeypatch):
    """fast-tsp's child is killed OVERRUN seconds past the run's limit (its greedy tour then
    stands), so a slow matrix parse cannot hold the run past its limit."""
    import time

    from metaopt.control import Run
    from metaopt.routing import fast_tsp_engine as ft

    monkeypatch.setattr(ft, "_child", lambda *args: time.sleep(60))
    t0 = time.monotonic()
    assert ft._stoppable_find_tour([[0]], 1.0, Run(1.0, 0), "auto") is None
    assert time.monotonic() - t0 <= 1.0 + ft.OVERRUN + 0.5
