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
