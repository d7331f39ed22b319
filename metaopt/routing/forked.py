"""What a forked solver process does first."""

from __future__ import annotations


def quiet_worker() -> None:
    """A forked worker dies on SIGTERM and leaves Ctrl-C to the parent (it inherits the
    CLI's handlers), and never writes to the parent's streams: a lock another thread held
    there at the fork would stay held in the child (PyVRP warns on stderr)."""
    import os
    import signal
    import sys
    import warnings

    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warnings.simplefilter("ignore")
    sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115 (the worker's lifetime)
