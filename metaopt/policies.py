"""Where shipped weights live, and a digest of weight files (so that a batch can tell a
re-trained policy's runs from the old ones)."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from metaopt.shipped import POLICY_DIR

JSSP_DISPATCH = POLICY_DIR / "jssp-dispatch.pt"
UDC_DIVIDER_TSP = POLICY_DIR / "udc-divider-tsp.pt"


def udc_conquer(problem: str) -> Path:
    return POLICY_DIR / f"udc-conquer-{problem}.pt"


@lru_cache(maxsize=64)
def _file_digest(path: str, mtime_ns: int, size: int) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def digest(paths: list[Path]) -> str:
    """One short hash of the files' contents ("" for none; a missing file counts by name)."""
    if not paths:
        return ""
    h = hashlib.sha256()
    for p in paths:
        if p.is_file():
            st = p.stat()
            h.update(_file_digest(str(p), st.st_mtime_ns, st.st_size).encode())
        else:
            h.update(f"missing:{p}".encode())
    return h.hexdigest()[:16]
