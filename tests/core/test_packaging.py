"""The wheel carries what a non-editable install needs: the shipped weights, the best-known
values and the licence; every package directory is listed in pyproject.toml."""

import subprocess
import sys
import zipfile

import pytest
from conftest import ROOT

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def test_every_package_directory_is_listed():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts)
             for p in (ROOT / "metaopt").rglob("__init__.py")}
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"


def test_the_wheel_ships_policies_bks_and_licence(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                           str(tmp_path), str(ROOT)], capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {proc.stderr.strip()[-200:]}")
    wheel, = tmp_path.glob("metaopt-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for policy in (ROOT / "policies").glob("*.pt"):
        assert f"metaopt/shipped_policies/{policy.name}" in names
        assert f"metaopt/shipped_policies/{policy.name}.json" in names
    assert "metaopt/shipped_instances/bks.json" in names
    assert any(n.endswith("licenses/LICENSE") for n in names)
    assert not any(n.startswith("metaopt/shipped_instances/jssp") for n in names)
