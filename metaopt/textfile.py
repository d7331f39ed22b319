"""Shared pieces of the text readers: safe decoding and number tests."""

from __future__ import annotations

from pathlib import Path

from metaopt.errors import InputError


def read_text(path: Path, what: str) -> str:
    """The file's text; a one-line InputError for unreadable, binary or non-UTF-8 files."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise InputError(path, f"cannot read file: {e.strerror}") from e
    if b"\x00" in raw:
        raise InputError(path, f"binary data where {what} text was expected")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(path, f"not a text file (undecodable byte at offset {e.start})") from e


def is_number(token: str) -> bool:
    try:
        float(token)
    except ValueError:
        return False
    return True
