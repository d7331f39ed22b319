"""Misbehaving engines for the batch runner's tests (registered by monkeypatching)."""

import faulthandler
import os
import signal
import time


def crash(inst, run, params):
    faulthandler.disable()  # pytest's handler would print a stack dump
    os.kill(os.getpid(), signal.SIGSEGV)


def hang(inst, run, params):
    time.sleep(600)  # ignores its deadline


PREPARED = []


def prepare(params):
    time.sleep(float(params.get("prepare_seconds", 0)))
    PREPARED.append(params)


def clock(inst, run, params):
    """No solution; its message says whether ``prepare`` ran and how much of the limit was
    left when the engine started."""
    from metaopt.outcome import Outcome
    from metaopt.result import Status

    return Outcome(Status.NO_SOLUTION,
                   message=f"prepared {len(PREPARED)} remaining {run.remaining():.3f}")
