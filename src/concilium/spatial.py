"""Spatial voting: who prefers which point, and what the rule lets pass.

Members have spatial preferences: member *i* prefers a point *z* to the status quo *q*
when *z* is strictly closer to its ideal point ``x_i`` (in several dimensions, by the
salience-weighted Euclidean distance ``d_i(z) = sqrt(sum_k w_ik (z_k - x_ik)^2)``).  It
votes yes for a strictly preferred point, no for a strictly worse one, and abstains
when indifferent.

The **win set** of the status quo, W(q), is the set of points that the rule would adopt
against q (Tsebelis 2002, *Veto Players*, ch. 1; Romer & Rosenthal 1978).  On one
dimension each member's preferred-to set is an open interval, so W(q) is a finite union
of intervals that :func:`win_set_1d` computes exactly by sweeping the interval endpoints.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

__all__ = [
    "Interval",
    "closest_point",
    "in_intervals",
    "spatial_votes",
    "win_set_1d",
]

# Relative tolerance for "equally far": a member exactly at an interval endpoint is indifferent.
_TIE = 1e-9
# Up to this many member x test-point votes, a win set votes everyone everywhere at once.
_DENSE = 1 << 16


@dataclass(frozen=True)
class Interval:
    """An interval on one dimension; each end may be open or closed."""

    lo: float
    hi: float
    lo_closed: bool = False
    hi_closed: bool = False

    def __post_init__(self) -> None:  # plain Python numbers, so results serialise cleanly
        object.__setattr__(self, "lo", float(self.lo))
        object.__setattr__(self, "hi", float(self.hi))
        object.__setattr__(self, "lo_closed", bool(self.lo_closed))
        object.__setattr__(self, "hi_closed", bool(self.hi_closed))

    def contains(self, z: float) -> bool:
        return (
            (self.lo < z < self.hi)
            or (self.lo_closed and z == self.lo)
            or (self.hi_closed and z == self.hi)
        )

    def to_dict(self) -> dict:
        return {
            "lo": self.lo,
            "hi": self.hi,
            "lo_closed": self.lo_closed,
            "hi_closed": self.hi_closed,
        }

    def __str__(self) -> str:
        if self.lo == self.hi:
            return f"{{{self.lo:g}}}"
        return f"{'[' if self.lo_closed else '('}{self.lo:g}, {self.hi:g}{']' if self.hi_closed else ')'}"


def spatial_votes(
    ideals: np.ndarray,
    status_quo: np.ndarray | float,
    point: np.ndarray | float,
    weights: np.ndarray | None = None,
    scale_width: float | np.ndarray = 1.0,
    band: float = 0.0,
) -> np.ndarray:
    """Votes of members with ideal points ``ideals`` on ``point`` against ``status_quo``.

    ``ideals`` is ``(n,)`` for one dimension or ``(n, k)``; ``weights`` (same shape, e.g.
    salience) weight the squared distances per dimension.  Returns an array of
    ``"yes"``/``"no"``/``"abstain"`` strings.  Distances are compared with a relative
    tolerance, so a member whose ideal point is exactly halfway is indifferent.

    ``band`` is the body's abstention band (indifference threshold) as a share of the scale
    width: a member abstains when its (width-normalised) distances to the point and to the
    status quo differ by at most ``band``; 0 means only exact indifference.
    """
    x = np.asarray(ideals, dtype=float)
    if x.ndim == 1 and weights is None and _scalar(status_quo, point, scale_width):
        # one dimension, unweighted: the expressions below on a single column (a sum over
        # one term is that term, a weight of 1 leaves it as it is), without the broadcasts
        width1 = float(scale_width)
        dz = np.sqrt(((float(point) - x) / width1) ** 2)
        dq = np.sqrt(((float(status_quo) - x) / width1) ** 2)
        return _ternary(dz, dq, float(band) + _TIE)
    if x.ndim == 1:
        x = x[:, None]
    q = np.broadcast_to(np.asarray(status_quo, dtype=float), x.shape[1:])
    z = np.broadcast_to(np.asarray(point, dtype=float), x.shape[1:])
    w = np.ones_like(x) if weights is None else np.asarray(weights, dtype=float).reshape(x.shape)
    width = np.broadcast_to(np.asarray(scale_width, dtype=float), x.shape[1:])
    # normalise each dimension by its scale width so the tolerance is scale-free
    dz = np.sqrt((w * ((z - x) / width) ** 2).sum(axis=1))
    dq = np.sqrt((w * ((q - x) / width) ** 2).sum(axis=1))
    return _ternary(dz, dq, float(band) + _TIE)


def _scalar(*values: Any) -> bool:
    return all(isinstance(v, (int, float)) or np.ndim(v) == 0 for v in values)


def _ternary(dz: np.ndarray, dq: np.ndarray, tol: float) -> np.ndarray:
    """yes where the point is nearer than the status quo by more than ``tol``, no where it
    is farther by more than ``tol``, abstain in between."""
    out = np.full(len(dz), "abstain", dtype=object)
    out[dz < dq - tol] = "yes"
    out[dz > dq + tol] = "no"
    return out


def win_set_1d(
    ideals: Sequence[float] | np.ndarray,
    status_quo: float,
    lo: float,
    hi: float,
    passes: Callable[[np.ndarray], bool] | Callable[[np.ndarray], np.ndarray],
    band: float = 0.0,
    *,
    columns: np.ndarray | None = None,
) -> list[Interval]:
    """The exact win set of ``status_quo`` on ``[lo, hi]`` as a list of disjoint intervals.

    ``passes(votes)`` decides whether a vote profile (array of yes/no/abstain in the order
    of ``ideals``) carries the proposal under the rule.  Between consecutive endpoints of
    the members' preferred-to intervals ``(x_i - |q - x_i|, x_i + |q - x_i|)`` every member's
    vote is constant, so testing each open segment at its midpoint and each endpoint once
    decides every point of the scale.  The status quo itself is never in its win set.
    With an abstention ``band`` b (share of the scale width) the vote changes where
    ``|z - x_i| = r_i - b w`` or ``r_i + b w``, so those points are the endpoints.

    With ``columns`` (an ``(n, d)`` integer array, one row per member in the order of
    ``ideals``), ``passes`` instead receives the ``(k, 3, d)`` column totals of the members
    voting yes, no and abstain at ``k`` test points at once and returns ``k`` booleans (see
    :class:`concilium.rules.VoteCounter`).  Each member's votes along the sorted test points
    are found by binary search (yes on one run of points, no outside a wider run), so the
    whole sweep costs O(n log n) instead of one count of n votes per test point; the votes
    are the very comparisons :func:`spatial_votes` makes, so the result is the same.
    """
    x = np.asarray(ideals, dtype=float)
    q = float(status_quo)
    r = np.abs(q - x)
    b = float(band) * (hi - lo)
    radii = [r] if b == 0 else [r, np.maximum(r - b, 0.0), r + b]
    ends = np.concatenate([*(x - rr for rr in radii), *(x + rr for rr in radii), [lo, hi, q]])
    ends = np.sort(np.clip(ends, lo, hi))
    ends = ends[np.concatenate(([True], ends[1:] != ends[:-1]))]  # np.unique, for less
    width = hi - lo

    # test points in order: point ends[0], midpoint of (ends[0], ends[1]), point ends[1], ...
    points = np.empty(2 * len(ends) - 1)
    points[0::2] = ends
    points[1::2] = 0.5 * (ends[:-1] + ends[1:])
    if columns is None:

        def wins_at(z: float) -> bool:
            if abs(z - q) <= _TIE * width:
                return False
            return bool(passes(spatial_votes(x, q, z, scale_width=width, band=band)))

        wins = [wins_at(float(z)) for z in points]
    else:
        totals = _vote_totals_1d(
            x, q, points, width, np.asarray(columns, dtype=np.int64), float(band) + _TIE
        )
        ok = np.asarray(passes(totals), dtype=bool)
        ok &= ~(np.abs(points - q) <= _TIE * width)
        wins = ok.tolist()

    pieces: list[tuple[float, float, bool]] = []
    for k, e in enumerate(ends):
        pieces.append((e, e, wins[2 * k]))
        if k + 1 < len(ends):
            pieces.append((e, ends[k + 1], wins[2 * k + 1]))
    out: list[Interval] = []
    start: tuple[float, bool] | None = None  # (lo, closed)
    prev_end: tuple[float, bool] = (lo, False)
    for a, b_, ok_ in pieces:
        is_point = a == b_
        if ok_ and start is None:
            start = (a, is_point)
        if not ok_ and start is not None:
            out.append(Interval(start[0], prev_end[0], start[1], prev_end[1]))
            start = None
        prev_end = (b_, is_point)
    if start is not None:
        out.append(Interval(start[0], prev_end[0], start[1], prev_end[1]))
    return out


def _vote_totals_1d(
    x: np.ndarray,
    q: float,
    points: np.ndarray,
    width: float,
    columns: np.ndarray,
    tol: float = _TIE,
) -> np.ndarray:
    """``(k, 3, d)`` totals of ``columns`` over the members voting yes, no, abstain at each of
    the ``k`` sorted ``points``, exactly as :func:`spatial_votes` would vote them (``tol`` is
    its tolerance: the abstention band plus the tie tolerance).

    Member i's distance ``d_i(z) = sqrt(((z - x_i) / width)^2)`` is computed in floating
    point by operations that are each monotone, so it does not increase up to ``x_i`` and
    does not decrease after it: the points where it votes yes (``d_i(z) < d_i(q) - tol``)
    form one run, and those where it votes no (``d_i(z) > d_i(q) + tol``) lie outside a
    wider run.  Four binary searches per member find the runs; difference arrays add each
    member's columns over its runs.  Small cases (up to ``_DENSE`` member-points) vote every
    member at every point at once instead, which is quicker there.
    """
    m, n = len(points), len(x)

    def dist(z: np.ndarray, xi: np.ndarray) -> np.ndarray:  # the expression of spatial_votes
        return np.sqrt(1.0 * ((z - xi) / width) ** 2)

    dq = dist(np.full(n, q), x)
    yes_cut, no_cut = dq - tol, dq + tol
    if m * n <= _DENSE:
        dz = dist(points[:, None], x[None, :])  # (m, n)
        codes = np.where(dz < yes_cut, 0, np.where(dz > no_cut, 1, 2))
        return np.stack([(codes == v).astype(np.int64) @ columns for v in range(3)], axis=1)
    split = np.searchsorted(points, x, side="left")  # points[:split] < x <= points[split:]

    def first(lo: np.ndarray, hi: np.ndarray, pred: Callable[[np.ndarray], np.ndarray]):
        """Per member, the first index in [lo, hi) where the monotone pred turns true."""
        lo, hi = lo.copy(), hi.copy()
        while True:
            active = lo < hi
            if not active.any():
                return lo
            mid = np.where(active, (lo + hi) // 2, 0)
            t = pred(mid) & active
            hi = np.where(t, mid, hi)
            lo = np.where(active & ~t, mid + 1, lo)

    zero, end = np.zeros(n, dtype=np.intp), np.full(n, m, dtype=np.intp)
    yes_lo = first(zero, split, lambda j: dist(points[j], x) < yes_cut)
    yes_hi = first(split, end, lambda j: ~(dist(points[j], x) < yes_cut))
    no_lo_end = first(zero, split, lambda j: ~(dist(points[j], x) > no_cut))
    no_hi_start = first(split, end, lambda j: dist(points[j], x) > no_cut)

    d = columns.shape[1]
    diff = np.zeros((2, m + 1, d), dtype=np.int64)
    np.add.at(diff[0], yes_lo, columns)
    np.add.at(diff[0], yes_hi, -columns)
    np.add.at(diff[1], zero, columns)
    np.add.at(diff[1], no_lo_end, -columns)
    np.add.at(diff[1], no_hi_start, columns)
    run = np.cumsum(diff, axis=1)[:, :m]  # (2, m, d)
    totals = np.empty((m, 3, d), dtype=np.int64)
    totals[:, 0] = run[0]
    totals[:, 1] = run[1]
    totals[:, 2] = columns.sum(axis=0) - run[0] - run[1]
    return totals


def in_intervals(intervals: Sequence[Interval], z: float) -> bool:
    return any(iv.contains(z) for iv in intervals)


def closest_point(intervals: Sequence[Interval], target: float) -> tuple[float, bool] | None:
    """The point of the intervals' closure nearest ``target``: ``(point, attained)``.

    ``attained`` is False when the nearest point is an open end (a limit point): the setter
    can come arbitrarily close, and under the usual convention that indifferent members
    accept (Romer & Rosenthal 1978) that point itself passes.
    """
    best: tuple[float, float, bool] | None = None
    for iv in intervals:
        z = min(max(target, iv.lo), iv.hi)
        attained = iv.contains(z)
        d = abs(z - target)
        if best is None or d < best[0]:
            best = (d, z, attained)
    return None if best is None else (float(best[1]), bool(best[2]))
