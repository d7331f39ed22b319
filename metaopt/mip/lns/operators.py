"""Destroy operators: one parametrised class per family, each returning a Neighbourhood or None.

Sized operators carry ``size``, the share of the variables they set free (for local branching
the Hamming radius as a share of the binaries), which ``sizes.adapt`` changes online.
``None`` means the operator does not apply to the current incumbent (for instance RINS when
incumbent and LP agree everywhere); the search then counts a zero-time, unrewarded iteration.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from metaopt.mip.instance import MIPInstance
from metaopt.mip.lns.neighbourhood import Neighbourhood, Row

AGREE_TOL = 1e-6


@dataclass
class SearchData:
    """What operators may read besides the incumbent: instance, root LP values, a pool."""

    inst: MIPInstance
    lp: np.ndarray | None
    pool: list[np.ndarray] = field(default_factory=list)
    ints: np.ndarray = field(init=False)
    bins: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        self.ints = np.flatnonzero(self.inst.integer)
        self.bins = np.flatnonzero(self.inst.binary)

    def remember(self, x: np.ndarray, size: int = 10) -> None:
        """Keep a few distinct solutions for crossover, newest last."""
        if not any(np.array_equal(x, y) for y in self.pool):
            self.pool.append(x.copy())
            del self.pool[:-size]


@dataclass
class Operator:
    """Common fields: ``size`` (None: not sized) within ``[low, high]``."""

    data: SearchData
    size: float | None = None
    low: float = 0.01
    high: float = 0.9
    needs_lp: bool = False
    needs_binaries: bool = False
    name: str = "operator"


def _free_random(data: SearchData, x: np.ndarray, free: float, rng: np.random.Generator,
                 name: str) -> Neighbourhood:
    """Fix the integers to the incumbent except a random ``free`` share of them."""
    fixed = data.ints[rng.random(len(data.ints)) >= free]
    return Neighbourhood.fixing(name, fixed, x[fixed])


@dataclass
class Mutation(Operator):
    """Free a random share of the integer variables, fix the rest to the incumbent."""

    size: float | None = 0.2
    name: str = "mutation"

    def __call__(self, x: np.ndarray, rng: np.random.Generator) -> Neighbourhood | None:
        return _free_random(self.data, x, self.size, rng, self.name)


@dataclass
class Rins(Operator):
    """RINS (Danna et al. 2005): fix integers where the incumbent equals the root LP value."""

    needs_lp: bool = True
    name: str = "rins"

    def __call__(self, x: np.ndarray, rng: np.random.Generator) -> Neighbourhood | None:
        ints = self.data.ints
        agree = ints[np.abs(x[ints] - self.data.lp[ints]) <= AGREE_TOL]
        if len(agree) == len(ints) or len(agree) == 0:
            return None
        return Neighbourhood.fixing(self.name, agree, x[agree])


@dataclass
class Rens(Operator):
    """RENS (Berthold 2014): bound the integers to floor/ceil of their LP value, except a
    random ``size`` share left at the model's bounds."""

    size: float | None = 0.5
    needs_lp: bool = True
    name: str = "rens"

    def __call__(self, x: np.ndarray, rng: np.random.Generator) -> Neighbourhood | None:
        ints = self.data.ints
        chosen = ints[rng.random(len(ints)) >= self.size]
        lp = self.data.lp[chosen]
        return Neighbourhood(self.name, chosen, np.floor(lp + AGREE_TOL),
                             np.ceil(lp - AGREE_TOL))


@dataclass
class Dins(Operator):
    """DINS (Ghosh 2007): binaries whose incumbent and LP values are within 0.5 are fixed,
    general integers bounded to ``x* ± |x* - x_lp|``; a random ``size`` share is spared."""

    size: float | None = 0.2
    needs_lp: bool = True
    name: str = "dins"

    def __call__(self, x: np.ndarray, rng: np.random.Generator) -> Neighbourhood | None:
        ints = self.data.ints
        ints = ints[rng.random(len(ints)) >= self.size]
        dist = np.abs(x[ints] - self.data.lp[ints])
        is_bin = self.data.inst.binary[ints]
        bins = ints[is_bin & (dist < 0.5)]
        gen = ints[~is_bin]
        gd = dist[~is_bin]
        idx = np.concatenate((bins, gen))
        lo = np.concatenate((x[bins], np.floor(x[gen] - gd)))
        hi = np.concatenate((x[bins], np.ceil(x[gen] + gd)))
        if len(idx) == 0:
            return None
        return Neighbourhood(self.name, idx, np.round(lo), np.round(hi))


@dataclass
class LocalBranching(Operator):
    """Local branching (Fischetti & Lodi 2003): Hamming ball of radius ``size·|B|`` (at
    least 1) over the binaries around the incumbent."""

    size: float | None = 0.05
    low: float = 0.001
    high: float = 0.5
    needs_binaries: bool = True
    name: str = "local_branching"

    def __call__(self, x: np.ndarray, rng: np.random.Generator) -> Neighbourhood | None:
        bins = self.data.bins
        ones = np.round(x[bins]) > 0.5
        k = max(1, int(np.ceil(self.size * len(bins))))
        coef = np.where(ones, -1.0, 1.0)
        return Neighbourhood(self.name, rows=[Row(bins, coef, -np.inf, k - ones.sum())])


@dataclass
class Proximity(Operator):
    """Proximity search (Fischetti & Monaci 2014): minimise the Hamming distance to the
    incumbent over binaries, subject to an improving objective cutoff."""

    needs_binaries: bool = True
    name: str = "proximity"

    def __call__(self, x: np.ndarray, rng: np.random.Generator) -> Neighbourhood | None:
        bins = self.data.bins
        obj = np.zeros(self.data.inst.num_vars)
        obj[bins] = np.where(np.round(x[bins]) > 0.5, -1.0, 1.0)
        return Neighbourhood(self.name, objective=obj)


@dataclass
class Crossover(Operator):
    """Fix the integers on which the incumbent and a pool solution agree (Rothberg 2007)."""

    name: str = "crossover"

    def __call__(self, x: np.ndarray, rng: np.random.Generator) -> Neighbourhood | None:
        others = [y for y in self.data.pool if not np.array_equal(y, x)]
        if not others:
            return None
        y = others[int(rng.integers(len(others)))]
        ints = self.data.ints
        agree = ints[np.abs(x[ints] - y[ints]) <= AGREE_TOL]
        if len(agree) == 0:
            return None
        return Neighbourhood.fixing(self.name, agree, x[agree])


@dataclass
class RandomObjective(Operator):
    """Random objective on the integers over a random neighbourhood, kept no worse than the
    incumbent: diversifies the search and feeds the crossover pool."""

    size: float | None = 0.3
    name: str = "random_objective"

    def __call__(self, x: np.ndarray, rng: np.random.Generator) -> Neighbourhood | None:
        nb = _free_random(self.data, x, self.size, rng, self.name)
        obj = np.zeros(self.data.inst.num_vars)
        obj[self.data.ints] = rng.uniform(-1.0, 1.0, size=len(self.data.ints))
        nb.objective = obj
        nb.improving = False
        return nb


def default_operators(data: SearchData) -> list[Operator]:
    """One operator per family, with those that cannot apply dropped up front."""
    ops = [Mutation(data), Rins(data), Rens(data), Dins(data), LocalBranching(data),
           Proximity(data), Crossover(data), RandomObjective(data)]
    if len(data.ints) == 0:
        return []
    if len(data.bins) == 0:
        ops = [op for op in ops if not op.needs_binaries]
    if data.lp is None:
        ops = [op for op in ops if not op.needs_lp]
    return ops
