"""TSPLIB distance conventions, vectorised over pairs of node indices."""

from __future__ import annotations

import numpy as np

CONVENTIONS = ("euc2d", "ceil2d", "floor2d", "att", "geo", "exact", "explicit")
_RRR = 6378.388


def _nint(x: np.ndarray) -> np.ndarray:
    return np.floor(x + 0.5)


def _geo_radians(coord: np.ndarray) -> np.ndarray:
    deg = np.trunc(coord)
    return np.pi * (deg + 5.0 * (coord - deg) / 3.0) / 180.0  # TSPLIB uses PI = 3.141592


def pair_distance(coords: np.ndarray | None, matrix: np.ndarray | None, convention: str,
                  a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Distance between nodes ``a[i]`` and ``b[i]`` under a named convention.

    ``euc2d`` rounds to the nearest integer (TSPLIB ``EUC_2D``), ``ceil2d`` rounds up,
    ``floor2d`` rounds down, ``att``
    is TSPLIB's pseudo-Euclidean, ``geo`` TSPLIB's geographical distance, ``exact`` the float
    Euclidean distance (generated uniform instances), ``explicit`` a lookup in ``matrix``.
    """
    a = np.asarray(a)
    b = np.asarray(b)
    if convention == "explicit":
        return matrix[a, b].astype(float)
    if convention == "geo":
        la, lb = _geo_radians(coords[a]), _geo_radians(coords[b])
        q1 = np.cos(la[..., 1] - lb[..., 1])
        q2 = np.cos(la[..., 0] - lb[..., 0])
        q3 = np.cos(la[..., 0] + lb[..., 0])
        arg = np.clip(0.5 * ((1.0 + q1) * q2 - (1.0 - q1) * q3), -1.0, 1.0)
        d = np.trunc(_RRR * np.arccos(arg) + 1.0)
        return np.where(a == b, 0.0, d)
    diff = coords[a] - coords[b]
    sq = np.einsum("...i,...i->...", diff, diff)
    if convention == "exact":
        return np.sqrt(sq)
    if convention == "euc2d":
        return _nint(np.sqrt(sq))
    if convention == "ceil2d":
        return np.ceil(np.sqrt(sq))
    if convention == "floor2d":
        return np.floor(np.sqrt(sq))
    if convention == "att":
        r = np.sqrt(sq / 10.0)
        t = _nint(r)
        return np.where(t < r, t + 1.0, t)
    raise ValueError(f"unknown distance convention {convention!r}")
