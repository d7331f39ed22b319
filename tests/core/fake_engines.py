"""Misbehaving engines for the batch runner's tests: registered by monkeypatching, or in
another process (a Ray worker) through ``METAOPT_PLUGINS=fake_engines``."""

import faulthandler
import os
import signal
import time
from dataclasses import dataclass

from metaopt.engines import Engine
from metaopt.params import Params as BaseParams
from metaopt.params import param


@dataclass(frozen=True)
class Params(BaseParams):
    prepare_seconds: float = param(0.0, "how long prepare() sleeps", low=0.0)


def crash(inst, run, params):
    faulthandler.disable()  # pytest's handler would print a stack dump
    os.kill(os.getpid(), signal.SIGSEGV)


def hang(inst, run, params):
    time.sleep(600)  # ignores its deadline


PREPARED = []


def prepare(params):
    time.sleep(params.prepare_seconds)
    PREPARED.append(params)


def clock(inst, run, params):
    """No solution; its message says whether ``prepare`` ran and how much of the limit was
    left when the engine started."""
    from metaopt.outcome import Outcome
    from metaopt.result import Status

    return Outcome(Status.NO_SOLUTION,
                   message=f"prepared {len(PREPARED)} remaining {run.remaining():.3f}")


ENGINES = [Engine("crash", ("jssp",), "fake_engines:crash", (), "dies of SIGSEGV"),
           Engine("hang", ("jssp",), "fake_engines:hang", (), "ignores its deadline")]
