"""Where the shipped data lives: ``policies/`` and ``instances/bks.json`` at the top of a
source checkout, or inside the installed package (``metaopt.shipped_policies`` and
``metaopt.shipped_instances``, mapped from those folders by ``pyproject.toml``)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SOURCE_ROOT = Path(__file__).resolve().parent.parent


def data_dir(package: str, folder: str) -> Path:
    """The installed package's folder when it is installed, else the checkout's ``folder``."""
    spec = importlib.util.find_spec(f"metaopt.{package}")
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            if Path(location).is_dir():
                return Path(location)
    return SOURCE_ROOT / folder


POLICY_DIR = data_dir("shipped_policies", "policies")
BKS_FILE = data_dir("shipped_instances", "instances") / "bks.json"
