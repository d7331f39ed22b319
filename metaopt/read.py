"""``read(path)``: find the file's problem family by suffix, then by content, and read it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from metaopt.errors import InputError
from metaopt.problems import FAMILIES, Family, load_target


def _expected() -> str:
    return ", ".join(f"{f.formats} ({'/'.join(f.suffixes)})" for f in FAMILIES.values())


def _sniff(path: Path) -> Family:
    with open(path, "rb") as f:
        head = f.read(4096)
    if not head.strip():
        raise InputError(path, f"empty file (expected one of: {_expected()})")
    if b"\x00" in head:
        raise InputError(path, "binary data; not an instance file of any known format")
    words = head.decode("utf-8", errors="replace").split()
    first = words[0].upper() if words else ""
    for family in FAMILIES.values():
        if family.sniff(first, head):
            return family
    raise InputError(path, f"unknown format (expected one of: {_expected()})")


def detect(path: Path) -> Family:
    """The family a file belongs to: by its suffix, else by its first words."""
    name = path.name.lower()
    for family in FAMILIES.values():
        if name.endswith(family.suffixes):
            return family
    return _sniff(path)


def read(path: str | Path) -> Any:
    """Read an instance file of any registered family (MPS/LP, job shop, TSPLIB/VRPLIB)."""
    path = Path(path)
    if not path.exists():
        raise InputError(path, "no such file")
    if not path.is_file():
        raise InputError(path, "not a regular file")
    return load_target(detect(path).reader)(path)
