"""Training configurations read from TOML files into frozen dataclasses."""

from __future__ import annotations

import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def load_config(cls, path: str | Path | None, **overrides):
    """A training dataclass from a TOML file (or its defaults) plus ``overrides``; unknown
    keys are a ``ValueError``."""
    data = tomllib.loads(Path(path).read_text()) if path else {}
    data.update(overrides)
    unknown = set(data) - set(cls.__dataclass_fields__)
    if unknown:
        raise ValueError(f"unknown training option(s): {', '.join(sorted(unknown))}")
    return cls(**data)
