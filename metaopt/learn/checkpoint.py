"""Checkpoint files: weights (``torch.save`` of a state dict) plus a JSON sidecar that holds
the architecture (``model``) and how the weights were made.

Loading is safe by default: ``torch.load(..., weights_only=True)``, a sidecar of bounded
size, and architecture sizes bounded before anything is allocated from them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from metaopt.errors import UsageError

MAX_SIDECAR_BYTES = 8 << 20
MAX_SIZE = 4096  # the largest integer an architecture may take from a sidecar (dims, layers)


def sidecar_path(path: str | Path) -> Path:
    return Path(str(path) + ".json")


def exists(path: str | Path) -> bool:
    """Whether both the weights and their sidecar are there."""
    return Path(path).is_file() and sidecar_path(path).is_file()


def save(model: Any, path: str | Path, sidecar: dict[str, Any]) -> None:
    """Write ``model``'s weights to ``path`` and ``{"model": model.config, **sidecar}`` to
    ``path.json``."""
    import torch

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    torch.save(model.state_dict(), path)
    sidecar_path(path).write_text(json.dumps({"model": model.config, **sidecar}, indent=1)
                                  + "\n")


def read_sidecar(path: str | Path) -> dict[str, Any]:
    """The sidecar of the weights at ``path`` (a UsageError when missing or malformed)."""
    side = sidecar_path(path)
    if not Path(path).is_file() or not side.is_file():
        raise UsageError(f"no trained weights at {path} (both {Path(path).name} and "
                         f"{side.name} are needed)")
    if side.stat().st_size > MAX_SIDECAR_BYTES:
        raise UsageError(f"{side}: sidecar larger than {MAX_SIDECAR_BYTES >> 20} MB")
    try:
        meta = json.loads(side.read_text())
    except (ValueError, UnicodeDecodeError) as e:
        raise UsageError(f"{side}: not a JSON sidecar ({e})") from None
    if not isinstance(meta, dict) or not isinstance(meta.get("model"), dict):
        raise UsageError(f"{side}: the sidecar has no 'model' table")
    return meta


def architecture(path: str | Path, meta: dict[str, Any]) -> dict[str, Any]:
    """The sidecar's ``model`` table, every value a bounded scalar."""
    config = dict(meta["model"])
    for key, value in config.items():
        ok = isinstance(value, (str, bool, float)) or (
            isinstance(value, int) and 0 <= value <= MAX_SIZE)
        if not ok:
            raise UsageError(f"{sidecar_path(path)}: model.{key} = {value!r} is not a bounded "
                             f"size (0..{MAX_SIZE}) or a scalar")
    return config


def load(path: str | Path, archs: dict[str, type], default_arch: str) -> tuple[Any, dict]:
    """The model at ``path`` in eval mode, and its sidecar. The sidecar's ``model.arch``
    (``default_arch`` when absent) picks the class in ``archs``; the rest are its sizes."""
    import torch

    meta = read_sidecar(path)
    config = architecture(path, meta)
    arch = config.pop("arch", default_arch)
    if arch not in archs:
        raise UsageError(f"{path}: unknown model architecture {arch!r} in its sidecar "
                         f"(known: {', '.join(archs)})")
    try:
        model = archs[arch](**config)
    except TypeError as e:
        raise UsageError(f"{sidecar_path(path)}: the model table does not fit {arch}: {e}") \
            from None
    try:
        model.load_state_dict(torch.load(path, weights_only=True))
    except (RuntimeError, OSError, EOFError) as e:  # truncated file, other architecture
        raise UsageError(f"{path}: the weights do not load into {arch}: "
                         f"{str(e).splitlines()[0]}") from None
    model.eval()
    return model, meta
