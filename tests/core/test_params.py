"""The parameter parser: types by field, unknown keys, native solver options."""

import typing

import pytest
from click.testing import CliRunner
from conftest import INSTANCES

from metaopt.cli import main
from metaopt.engines import ENGINES
from metaopt.errors import UsageError

MPS = str(INSTANCES / "mip" / "small" / "mknapsack_40x4_s0.mps")
TA01 = str(INSTANCES / "jssp" / "taillard" / "ta01.txt")


def params(engine: str, **raw):
    return ENGINES[engine].load().params(raw)


def test_bool_strings_are_parsed_not_truthy():
    """`-p split=False` used to arrive as the string "False", which bool() made True."""
    assert params("udc", split="False").split is False
    assert params("udc", split="true").split is True
    assert params("udc", split=False).split is False
    with pytest.raises(UsageError, match="'split': expected true or false"):
        params("udc", split="maybe")


def test_numbers_choices_paths_and_none():
    p = params("udc", n="150", polish="true", conquer="Neural", conquer_samples="none")
    assert (p.n, p.polish, p.conquer, p.conquer_samples) == (150, 1, "neural", None)
    assert params("udc", polish="8").polish == 8
    with pytest.raises(UsageError, match="'n': expected an integer"):
        params("udc", n="1.5")
    with pytest.raises(UsageError, match="between 4 and 100000"):
        params("udc", n="2")
    with pytest.raises(UsageError, match="'rule': expected one of spt, lpt"):
        params("pdr", rule="magic")
    with pytest.raises(UsageError, match="finite number"):
        params("pdr", temperature="nan")


def test_defaults_and_explicit_defaults_are_one_run():
    assert params("udc", starts="1", stages="none").non_default() == {}
    assert params("udc", n=150).non_default() == {"n": 150}


def test_rule_choices_are_the_rules():
    from metaopt.jssp.rules import RULES, Rule

    assert typing.get_args(Rule) == tuple(RULES)


def test_native_options_are_typed_and_checked():
    p = params("highs", **{"highs.presolve": "off", "highs.mip_feasibility_tolerance": "1e-7"})
    assert dict(p.native) == {"presolve": "off", "mip_feasibility_tolerance": 1e-7}
    assert dict(params("cpsat", **{"cpsat.max_deterministic_time": "2"}).native) == {
        "max_deterministic_time": 2.0}
    assert dict(params("scip", **{"scip.limits/gap": "0.01"}).native) == {"limits/gap": 0.01}
    for engine, key, match in (("highs", "highs.no_such_option", "no such option"),
                               ("scip", "scip.no/such", "no such parameter"),
                               ("cpsat", "cpsat.no_such_field", "no such"),
                               ("cpsat", "cpsat.num_workers", "set by metaopt: use --threads"),
                               ("highs", "highs.time_limit", "use --time-limit")):
        with pytest.raises(UsageError, match=match):
            params(engine, **{key: "1"})
    with pytest.raises(UsageError, match="expected float"):
        params("highs", **{"highs.mip_feasibility_tolerance": "tiny"})
    with pytest.raises(UsageError, match="unknown pdr parameter 'pdr.x'"):
        params("pdr", **{"pdr.x": "1"})


def test_native_option_reaches_the_solver():
    """A native HiGHS option is applied: a node limit of 1 leaves the run at its first node."""
    from metaopt import read, solve

    res = solve(read(INSTANCES / "mip" / "hard" / "setcover_500x1000_s1.mps.gz"), "highs", 20,
                0, params={"highs.mip_max_nodes": "1"})
    assert res.iterations <= 1 and res.runtime < 15


@pytest.mark.parametrize("args", [
    ["-e", "highs", "-p", "highs.presolve=5"],
    ["-e", "cpsat", "-p", "foo=1"],
    ["-e", "highs", "-p", "foo=1"],
    ["-e", "pdr", "-p", "samples=-1"],
    ["-e", "rl", "-p", "policy=/no/such.pt"],
    ["-e", "pdr", "-p", "=1"],
])
def test_bad_parameter_is_one_line_exit_2(args):
    path = MPS if "highs" in args else TA01
    r = CliRunner().invoke(main, ["solve", path, "-t", "1", "--no-store", *args])
    assert r.exit_code == 2, r.output
    lines = [ln for ln in r.output.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("metaopt: error:"), r.output
