"""``read(path)``: detect the format by suffix, then by content, and return an instance."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from metaopt.errors import InputError

_MIP = (".mps", ".mps.gz", ".lp", ".lp.gz")
_ROUTING = (".tsp", ".vrp")
_JSSP = (".txt", ".jss", ".jsp", ".jssp", ".ta")


def _sniff(path: Path) -> str:
    with open(path, "rb") as f:
        head = f.read(4096)
    if not head.strip():
        raise InputError(path, "empty file (expected an MPS/LP, job-shop or TSPLIB/VRPLIB file)")
    if b"\x00" in head:
        raise InputError(path, "binary data; not an instance file of any known format")
    words = head.decode("utf-8", errors="replace").split()
    first = words[0].upper() if words else ""
    if first in ("NAME", "ROWS") and b"COLUMNS" in head.upper() or first == "ROWS":
        return "mip"
    if first.rstrip(":") in ("NAME", "TYPE", "COMMENT", "DIMENSION"):
        return "routing"
    if first.lstrip("-").isdigit() or first.startswith("NB") or b"Times" in head:
        return "jssp"
    raise InputError(path, "unknown format (expected .mps/.lp, a job-shop .txt or .tsp/.vrp)")


def detect(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(_MIP):
        return "mip"
    if name.endswith(_ROUTING):
        return "routing"
    if name.endswith(_JSSP):
        return "jssp"
    return _sniff(path)


def read(path: str | Path) -> Any:
    """Read an instance file: MIP (MPS/LP), job shop (standard/Taillard), TSPLIB/VRPLIB."""
    path = Path(path)
    if not path.exists():
        raise InputError(path, "no such file")
    if not path.is_file():
        raise InputError(path, "not a regular file")
    kind = detect(path)
    if kind == "mip":
        from metaopt.mip.reader import read_mip

        return read_mip(path)
    if kind == "routing":
        from metaopt.routing.reader import read_routing

        return read_routing(path)
    from metaopt.jssp.reader import read_jssp

    return read_jssp(path)


def problem_of(instance: Any) -> str:
    return instance.problem
