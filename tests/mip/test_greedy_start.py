"""The LP-free greedy first incumbent of the lns engine."""

import numpy as np
import pytest
from conftest import INSTANCES

from metaopt import read, solve
from metaopt.mip import generators as g
from metaopt.mip.checker import check_mip
from metaopt.mip.lns.greedy_start import greedy_start

SMALL = INSTANCES / "mip" / "small"
HARD = INSTANCES / "mip" / "hard"


@pytest.mark.parametrize("path", [SMALL / "setcover_200x400_s0.mps",
                                  SMALL / "cauction_50x150_s0.mps",
                                  SMALL / "indset_200_s0.mps",
                                  SMALL / "mknapsack_40x4_s0.mps",
                                  HARD / "setcover_500x1000_s1.mps.gz",
                                  HARD / "cauction_100x500_s1.mps.gz"])
def test_greedy_start_is_feasible_and_near_the_optimum(path):
    inst = read(path)
    x = greedy_start(inst)
    assert x is not None and check_mip(inst, x).feasible
    best = solve(inst, "highs", 5, 0)
    gap = abs(inst.objective(x) - best.objective) / abs(best.objective)
    assert gap < 0.2, gap


def test_greedy_covers_with_cheap_columns_and_drops_redundant_ones():
    """Set cover: the greedy takes the cheap column that covers both rows; the 1-opt pass
    drops a column that became redundant."""
    # rows: {0, 1}; columns: a covers 0 (cost 1), b covers 0 and 1 (cost 1.5), c covers 1 (1)
    inst = g._mip("t", 1, [1.0, 1.5, 1.0], [({0: 1.0, 1: 1.0}, 1.0, np.inf),
                                            ({1: 1.0, 2: 1.0}, 1.0, np.inf)], 3,
                  np.ones(3, bool))
    assert list(greedy_start(inst)) == [0.0, 1.0, 0.0]
    # b costs more than a and c together: a and c, and nothing redundant
    inst = g._mip("t", 1, [1.0, 2.5, 1.0], [({0: 1.0, 1: 1.0}, 1.0, np.inf),
                                            ({1: 1.0, 2: 1.0}, 1.0, np.inf)], 3,
                  np.ones(3, bool))
    assert list(greedy_start(inst)) == [1.0, 0.0, 1.0]


def test_greedy_packs_by_value_per_overload():
    """Knapsack (max): drop the item with the worst value per unit of weight first."""
    inst = g._mip("k", -1, [10.0, 6.0, 7.0], [({0: 5.0, 1: 4.0, 2: 3.0}, -np.inf, 8.0)], 3,
                  np.ones(3, bool))
    assert list(greedy_start(inst)) == [1.0, 0.0, 1.0]


def test_greedy_declines_models_that_are_not_0_1():
    inst = read(SMALL / "facility_30x15_s0.mps")  # continuous assignment variables
    assert greedy_start(inst) is None


def test_lns_starts_from_the_greedy_incumbent_before_the_solver():
    inst = read(HARD / "setcover_500x1000_s1.mps.gz")
    res = solve(inst, "lns", 3, 0)
    assert res.verified
    first = res.trajectory[0]
    assert first.tag == "greedy" and first.time < 0.5
    control = solve(inst, "lns", 3, 0, params={"start": "none"})
    assert control.trajectory[0].tag != "greedy"
