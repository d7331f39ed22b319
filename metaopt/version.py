"""The package version, read from the installed metadata."""

from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("metaopt")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"


@lru_cache(maxsize=1)
def code_version() -> str:
    """The package version plus the git commit of the source tree when there is one
    (``+dirty`` when it has uncommitted changes); every Result and sidecar carries it."""
    import subprocess
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root,
                                capture_output=True, text=True, timeout=5, check=True)
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                               cwd=root, capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.SubprocessError):
        return __version__
    return f"{__version__}+g{commit.stdout.strip()}" + ("+dirty" if dirty.stdout.strip() else "")
