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
    if x.ndim == 1:
        x = x[:, None]
    q = np.broadcast_to(np.asarray(status_quo, dtype=float), x.shape[1:])
    z = np.broadcast_to(np.asarray(point, dtype=float), x.shape[1:])
    w = np.ones_like(x) if weights is None else np.asarray(weights, dtype=float).reshape(x.shape)
    width = np.broadcast_to(np.asarray(scale_width, dtype=float), x.shape[1:])
    # normalise each dimension by its scale width so the tolerance is scale-free
    dz = np.sqrt((w * ((z - x) / width) ** 2).sum(axis=1))
    dq = np.sqrt((w * ((q - x) / width) ** 2).sum(axis=1))
    tol = float(band) + _TIE
    out = np.full(len(x), "abstain", dtype=object)
    out[dz < dq - tol] = "yes"
    out[dz > dq + tol] = "no"
    return out


def win_set_1d(
    ideals: Sequence[float],
    status_quo: float,
    lo: float,
    hi: float,
    passes: Callable[[np.ndarray], bool],
    band: float = 0.0,
) -> list[Interval]:
    """The exact win set of ``status_quo`` on ``[lo, hi]`` as a list of disjoint intervals.

    ``passes(votes)`` decides whether a vote profile (array of yes/no/abstain in the order
    of ``ideals``) carries the proposal under the rule.  Between consecutive endpoints of
    the members' preferred-to intervals ``(x_i - |q - x_i|, x_i + |q - x_i|)`` every member's
    vote is constant, so testing each open segment at its midpoint and each endpoint once
    decides every point of the scale.  The status quo itself is never in its win set.
    With an abstention ``band`` b (share of the scale width) the vote changes where
    ``|z - x_i| = r_i - b w`` or ``r_i + b w``, so those points are the endpoints.
    """
    x = np.asarray(ideals, dtype=float)
    q = float(status_quo)
    r = np.abs(q - x)
    b = float(band) * (hi - lo)
    radii = [r] if b == 0 else [r, np.maximum(r - b, 0.0), r + b]
    ends = np.concatenate([*(x - rr for rr in radii), *(x + rr for rr in radii), [lo, hi, q]])
    ends = np.unique(np.clip(ends, lo, hi))
    width = hi - lo

    def wins_at(z: float) -> bool:
        if abs(z - q) <= _TIE * width:
            return False
        return bool(passes(spatial_votes(x, q, z, scale_width=width, band=band)))

    # pieces in order: point ends[0], segment (ends[0], ends[1]), point ends[1], ...
    pieces: list[tuple[float, float, bool]] = []
    for k, e in enumerate(ends):
        pieces.append((e, e, wins_at(e)))
        if k + 1 < len(ends):
            mid = 0.5 * (e + ends[k + 1])
            pieces.append((e, ends[k + 1], wins_at(mid)))
    out: list[Interval] = []
    start: tuple[float, bool] | None = None  # (lo, closed)
    prev_end: tuple[float, bool] = (lo, False)
    for a, b, ok in pieces:
        is_point = a == b
        if ok and start is None:
            start = (a, is_point)
        if not ok and start is not None:
            out.append(Interval(start[0], prev_end[0], start[1], prev_end[1]))
            start = None
        prev_end = (b, is_point)
    if start is not None:
        out.append(Interval(start[0], prev_end[0], start[1], prev_end[1]))
    return out


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
