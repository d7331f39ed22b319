import numpy as np
import pytest
from conftest import DATA, INSTANCES

from metaopt import read
from metaopt.jssp.taillard import random_jssp, taillard_published


def test_ta01_both_formats_give_identical_operations():
    standard = read(INSTANCES / "jssp" / "taillard" / "ta01.txt")
    original = read(DATA / "ta01_taillard.txt")
    assert np.array_equal(standard.machines, original.machines)
    assert np.array_equal(standard.durations, original.durations)
    # Taillard's published Machines block is 1-based: job 0 visits machine 7 first.
    assert "7 13 5 8 4 3 11 12 9 15 10 14 6 1 2" in (DATA / "ta01_taillard.txt").read_text()
    assert list(standard.machines[0][:4]) == [6, 12, 4, 7]
    assert list(standard.durations[0][:4]) == [94, 66, 10, 53]


def test_generator_reproduces_published_ta01_first_job():
    text = taillard_published("ta01").to_standard()
    assert text.splitlines()[0] == "15 15"
    assert text.splitlines()[1].startswith("6 94 12 66 4 10 7 53")


def test_generator_matches_every_reference_taillard_instance(reference):
    for k in range(1, 81):
        name = f"ta{k:02d}"
        ref = read(reference / "jssp" / "instances" / f"{name}.txt")
        gen = taillard_published(name)
        assert np.array_equal(ref.machines, gen.machines), name
        assert np.array_equal(ref.durations, gen.durations), name


def test_random_instances_are_reproducible_and_valid():
    a = random_jssp("a", 20, 15, seed=7)
    b = random_jssp("b", 20, 15, seed=7)
    assert np.array_equal(a.machines, b.machines) and np.array_equal(a.durations, b.durations)
    assert all(sorted(row) == list(range(15)) for row in a.machines)
    d = random_jssp("d", 5, 5, seed=1, high=200)
    assert d.durations.min() >= 1 and d.durations.max() <= 200


def test_standard_round_trip(tmp_path):
    inst = random_jssp("r", 6, 4, seed=3)
    p = tmp_path / "r.txt"
    p.write_text(inst.to_standard())
    back = read(p)
    assert np.array_equal(back.machines, inst.machines)
    assert np.array_equal(back.durations, inst.durations)


@pytest.mark.parametrize("name", ["ta01", "ta80"])
def test_shipped_taillard_files_match_generator(name):
    shipped = read(INSTANCES / "jssp" / "taillard" / f"{name}.txt")
    assert np.array_equal(shipped.machines, taillard_published(name).machines)
