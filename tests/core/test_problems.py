"""The problem-family registry: every family is complete, and the readers, checkers,
solution files, default engines and best-known values all come from it."""

import inspect

import pytest
from conftest import INSTANCES

from metaopt import problems
from metaopt.engines import ENGINES
from metaopt.problems import FAMILIES, KINDS, family_of, load_target
from metaopt.read import detect, read

SAMPLES = {"mip": INSTANCES / "mip" / "small" / "setcover_200x400_s0.mps",
           "jssp": INSTANCES / "jssp" / "taillard" / "ta01.txt",
           "tsp": INSTANCES / "routing" / "tsp100" / "tsp100_s100001.tsp",
           "cvrp": INSTANCES / "routing" / "cvrp100" / "cvrp100_s100101.vrp"}


@pytest.mark.parametrize("name", list(FAMILIES))
def test_every_family_is_complete(name):
    family = FAMILIES[name]
    for target in (family.reader, family.checker, family.writer, family.solution_reader,
                   family.references, *([family.kind_of_file] if family.kind_of_file else []),
                   *([family.plot[1]] if family.plot else [])):
        assert callable(load_target(target)), target
    assert set(family.kinds) <= set(ENGINES[family.default_engine].problems)
    assert all(s.startswith(".") for s in family.suffixes)


def test_each_kind_belongs_to_one_family_and_suffixes_do_not_overlap():
    kinds = [k for f in FAMILIES.values() for k in f.kinds]
    assert len(kinds) == len(set(kinds)) == len(KINDS)
    suffixes = [s for f in FAMILIES.values() for s in f.suffixes]
    assert len(suffixes) == len(set(suffixes))
    with pytest.raises(ValueError, match="unknown problem kind"):
        family_of("qap")


@pytest.mark.parametrize("kind", list(SAMPLES))
def test_detect_by_suffix_and_by_content(tmp_path, kind):
    path = SAMPLES[kind]
    assert detect(path) is family_of(kind)
    bare = tmp_path / "instance"  # no suffix: the first words decide
    bare.write_bytes(path.read_bytes())
    assert detect(bare) is family_of(kind)
    assert family_of(kind).kinds_in(path) == {kind}
    assert read(bare).problem == kind


def test_a_registered_family_is_used_by_read_check_and_solution_files(tmp_path, monkeypatch):
    """A family added to the registry is read, checked and written with no other change."""
    from metaopt.check import check
    from metaopt.result import Result, Status
    from metaopt.solution_io import read_solution, write_solution
    from metaopt.verdict import Verdict

    class Toy:
        problem, name = "toy", "toy1"

    module = inspect.getmodule(test_a_registered_family_is_used_by_read_check_and_solution_files)
    module.toy_read = lambda path: Toy()
    module.toy_check = lambda inst, sol: Verdict(True, objective=float(sum(sol)))
    module.toy_write = lambda inst, obj, sol, path: path.write_text(" ".join(map(str, sol)))
    module.toy_read_solution = lambda inst, path: [int(t) for t in path.read_text().split()]
    here = module.__name__
    toy = problems.Family("toy", ("toy",), "toy", (".toy",), lambda first, head: False,
                          f"{here}:toy_read", f"{here}:toy_check", f"{here}:toy_write",
                          f"{here}:toy_read_solution", f"{here}:toy_read", "greedy")
    monkeypatch.setitem(FAMILIES, "toy", toy)
    monkeypatch.setitem(KINDS, "toy", toy)
    f = tmp_path / "a.toy"
    f.write_text("anything")
    inst = read(f)
    assert isinstance(inst, Toy)
    result = Result("toy1", "toy", "x", Status.FEASIBLE, 6.0, None, 0.0, 0, solution=[1, 2, 3])
    write_solution(inst, result, tmp_path / "a.sol")
    assert read_solution(inst, tmp_path / "a.sol") == [1, 2, 3]
    assert check(inst, [1, 2, 3]).objective == 6.0


def test_gaps_follow_the_family():
    from metaopt.bks import gap

    assert gap("mip", -50.0, -100.0) == pytest.approx(50.0)  # primal gap
    assert gap("mip", 5.0, -5.0) == 100.0
    assert gap("tsp", 110.0, 100.0) == pytest.approx(10.0)  # relative excess
    assert gap("jssp", 1300.0, 1000.0) == pytest.approx(30.0)
