"""Hilbert-curve order of points: an O(n log n) tour, and the fallback order in which a
construction cut short by its deadline places the nodes it did not reach."""

from __future__ import annotations

import numpy as np

from metaopt.routing.instance import RoutingInstance


def hilbert_keys(xy: np.ndarray, bits: int = 16) -> np.ndarray:
    """The index of each point along a Hilbert curve over their bounding box."""
    xy = np.asarray(xy, float)
    lo, span = xy.min(axis=0), np.ptp(xy, axis=0)
    span[span == 0] = 1.0
    side = (1 << bits) - 1
    x = np.rint((xy[:, 0] - lo[0]) / span[0] * side).astype(np.int64)
    y = np.rint((xy[:, 1] - lo[1]) / span[1] * side).astype(np.int64)
    key = np.zeros(len(xy), np.int64)
    s = 1 << (bits - 1)
    while s > 0:
        rx = (x & s) > 0
        ry = (y & s) > 0
        key += s * s * ((3 * rx) ^ ry)
        # rotate the quadrant so the curve stays continuous
        flip = ~ry
        swap_x = flip & rx
        x = np.where(swap_x, side - x, x)
        y = np.where(swap_x, side - y, y)
        x, y = np.where(flip, y, x), np.where(flip, x, y)
        s >>= 1
    return key


def curve_order(inst: RoutingInstance, nodes: np.ndarray) -> np.ndarray:
    """``nodes`` along a Hilbert curve (in index order when the instance has no coordinates)."""
    nodes = np.asarray(nodes, np.int64)
    if inst.coords is None or len(nodes) < 3:
        return nodes
    return nodes[np.argsort(hilbert_keys(inst.coords[nodes]), kind="stable")]
