"""Create HiGHS objects without its start-up banner on stdout."""

from __future__ import annotations

import os
import sys


def new_highs(log: bool = False, threads: int = 1):
    """A ``highspy.Highs`` with console output off (``log`` keeps logging to a file possible).

    HiGHS shares one thread scheduler per process, so every object gets the same ``threads``.
    """
    import highspy

    sys.stdout.flush()
    saved = os.dup(1)
    try:
        with open(os.devnull, "w") as null:
            os.dup2(null.fileno(), 1)
            h = highspy.Highs()
            h.setOptionValue("output_flag", log)
            h.setOptionValue("log_to_console", False)
            h.setOptionValue("threads", threads)
    finally:
        os.dup2(saved, 1)
        os.close(saved)
    return h
