"""Live progress on a terminal with ``rich``: engine phase, incumbent, bound, elapsed."""

from __future__ import annotations

import sys
import time

from metaopt.control import Run


class LivePrinter:
    """Shows one status line on stderr while a run goes on; does nothing off a terminal."""

    def __init__(self, label: str, enabled: bool = True) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.label = label
        self._status = None
        self._last = 0.0

    def __enter__(self) -> LivePrinter:
        if self.enabled:
            from rich.console import Console

            self._status = Console(stderr=True).status(f"{self.label}: starting")
            self._status.start()
        return self

    def __exit__(self, *exc) -> None:
        if self._status is not None:
            self._status.stop()

    def __call__(self, run: Run) -> None:
        now = time.monotonic()
        if self._status is None or now - self._last < 0.1:
            return
        self._last = now
        parts = [f"{self.label}", f"{run.elapsed():6.1f}s / {run.time_limit:g}s"]
        if run.best is not None:
            parts.append(f"incumbent {run.best:.10g}")
        if run.bound is not None:
            parts.append(f"bound {run.bound:.10g}")
        if run.phase:
            parts.append(run.phase)
        self._status.update(" | ".join(parts))
