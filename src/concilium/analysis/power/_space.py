"""Count tables: coalitions counted by their (capped) weight totals.

A *count table* is an integer array indexed by weight totals: ``table[t]`` is the number of
coalitions whose totals, column by column, are ``t``.  Adding a player with weight vector
``w`` multiplies the generating function by ``(1 + x**w)``: ``new[t] = old[t] + old[t - w]``
(Brams & Affuso 1976; Bilbao et al. 2000).  Two facts keep the tables small:

* **Caps.**  Whether a coalition wins depends on each column only up to that column's
  largest quota, so totals are *capped* there (``min(t, cap)``); the top cell of a column
  collects every coalition at or above the cap.
* **Winning cells are dropped.**  Power indices only read *losing* coalitions (a swing is a
  losing ``S`` that ``S ∪ {i}`` turns into a winning one), and everything a winning cell
  leads to wins too, so a table only keeps the box of cells that can still lose.

All arithmetic is on non-negative counts, by addition only: in ``int64`` it is exact while
counts stay below 2**63; in ``float64`` every entry carries a relative error of at most
``depth * 2**-53`` (see :mod:`concilium.analysis.power._swings` for how exactness is kept).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from concilium.errors import InputError
from concilium.games import SimpleGame

__all__ = ["Space", "Table", "normalised_clauses"]

# The largest count table an exact computation may build (cells of 8 bytes), shared by the
# power indices and the coalition counts.
MAX_CELLS = 40_000_000  # cells of one count table (8 bytes each)


def normalised_clauses(game: SimpleGame) -> np.ndarray:
    """The game's clauses as a ``(c, d)`` quota array, checked and without redundancy.

    Clauses that no coalition can meet (a quota above the column total) are dropped, as
    are clauses implied by a weaker one.  Raises :class:`InputError` when no coalition can
    win or when the empty coalition already wins (quotas outside the feasible range).
    """
    totals = game.weights.sum(axis=0)
    q = np.maximum(np.asarray(game.clauses, dtype=np.int64), 0)
    feasible = (q <= totals).all(axis=1)
    if not feasible.any():
        worst = q[0]
        cols = [
            f"{game.labels[d]} {int(worst[d])} > {int(totals[d])}"
            for d in range(len(worst))
            if worst[d] > totals[d]
        ]
        raise InputError(
            "no coalition can win: the quota exceeds the total weight (" + ", ".join(cols) + ")",
            field="quota",
            hint="lower the quota to at most the members' total weight",
        )
    q = q[feasible]
    if (q == 0).all(axis=1).any():
        raise InputError(
            "the quota is zero, so even the empty coalition wins",
            field="quota",
            hint="give a positive quota",
        )
    keep = []
    for c in range(len(q)):
        dominated = False
        for j in range(len(q)):
            if j == c:
                continue
            if (q[j] <= q[c]).all() and ((q[j] < q[c]).any() or j < c):
                dominated = True
                break
        if not dominated:
            keep.append(c)
    return q[keep]


@dataclass
class Table:
    """A count table over the box ``lo .. lo + arr.shape - 1`` of (capped) totals.

    ``depth`` bounds the number of successive roundings any entry went through, which is
    what the float64 error bound needs (ignored for integer tables).
    """

    arr: np.ndarray
    lo: np.ndarray
    depth: int = 0

    @property
    def hi(self) -> np.ndarray:
        return self.lo + np.asarray(self.arr.shape) - 1


@dataclass(frozen=True)
class Space:
    """The columns of a game that decide winning, reduced for counting.

    Attributes
    ----------
    columns:
        Indices of the game's weight columns kept (those some clause constrains, plus the
        head count when sizes are needed).
    weights:
        ``(n, r)`` player weights in the kept columns, each column divided by the gcd of
        its weights (quotas rounded up accordingly: ``w >= q  <=>  w/g >= ceil(q/g)``).
    quotas:
        ``(c, r)`` clause quotas (0 = no constraint in that column).
    caps:
        Totals are capped at the column's largest quota; the head-count column is left
        uncapped (cap = n) when ``size_axis`` is set, so that coalition sizes stay exact.
    upper:
        The largest value a *losing* coalition can show in each column (cells above lose
        nothing by being dropped).
    size_axis:
        Axis of the exact coalition size, or ``None`` when sizes are not tracked.
    """

    n: int
    columns: tuple[int, ...]
    weights: np.ndarray
    quotas: np.ndarray
    caps: np.ndarray
    upper: np.ndarray
    size_axis: int | None

    @classmethod
    def of(cls, game: SimpleGame, *, need_size: bool) -> Space:
        q_all = normalised_clauses(game)
        n = game.n
        constrained = [d for d in range(q_all.shape[1]) if (q_all[:, d] > 0).any()]
        columns = sorted(set(constrained) | ({0} if need_size else set()))
        w = game.weights[:, columns].astype(np.int64)
        q = q_all[:, columns].copy()
        for k, d in enumerate(columns):
            if d == 0:
                continue
            g = int(np.gcd.reduce(w[:, k]))
            if g > 1:
                w[:, k] //= g
                q[:, k] = -(-q[:, k] // g)  # ceil
        caps = q.max(axis=0)
        size_axis = None
        if need_size:
            size_axis = columns.index(0)
            caps[size_axis] = n
        # Largest coordinate a losing cell can have in each column: a clause that constrains
        # only that column (e.g. "at least 24 members") puts everything at its quota on the
        # winning side.
        upper = caps.copy()
        for c in range(q.shape[0]):
            pos = np.flatnonzero(q[c] > 0)
            if len(pos) == 1:
                a = pos[0]
                upper[a] = min(upper[a], q[c, a] - 1)
        return cls(
            n, tuple(columns), w, q, caps.astype(np.int64), upper.astype(np.int64), size_axis
        )

    @property
    def r(self) -> int:
        return len(self.columns)

    # ------------------------------------------------------------------ winning cells
    def wins_box(
        self, lo: np.ndarray, shape: tuple[int, ...], offset: np.ndarray | None = None
    ) -> np.ndarray:
        """Boolean array over the box: does the cell ``min(t + offset, cap)`` win?"""
        coords = []
        for d in range(self.r):
            c = np.arange(lo[d], lo[d] + shape[d], dtype=np.int64)
            if offset is not None:
                c = np.minimum(c + offset[d], self.caps[d])
            coords.append(c)
        out = np.zeros(shape, dtype=bool)
        for qc in self.quotas:
            met = np.ones(shape, dtype=bool)
            for d in range(self.r):
                if qc[d] > 0:
                    view = [1] * self.r
                    view[d] = shape[d]
                    met &= (coords[d] >= qc[d]).reshape(view)
            out |= met
        return out

    # ------------------------------------------------------------------ tables
    def empty(self, dtype) -> Table:
        """The table of the empty set of players: one coalition (the empty one) at 0."""
        return Table(np.ones((1,) * self.r, dtype=dtype), np.zeros(self.r, dtype=np.int64), 0)

    def add(self, tab: Table, w: np.ndarray, *, upper: np.ndarray | None = None) -> Table:
        """The table after adding one player of weight ``w``: ``new[t] = old[t] + old[t-w]``.

        Cells above ``upper`` (default: :attr:`upper`, the losing region) are discarded.
        """
        upper = self.upper if upper is None else upper
        arr, lo = tab.arr, tab.lo
        hi = tab.hi
        new_hi = np.maximum(np.minimum(hi + w, upper), hi)
        out = np.zeros(tuple(int(x) for x in new_hi - lo + 1), dtype=arr.dtype)
        out[tuple(slice(0, s) for s in arr.shape)] = arr
        saturating = [
            d
            for d in range(self.r)
            if w[d] > 0 and new_hi[d] == self.caps[d] and hi[d] + w[d] >= self.caps[d]
        ]
        depth = tab.depth + 1
        if not saturating:
            dst, src = [], []
            for d in range(self.r):
                top = min(hi[d] + w[d], new_hi[d])  # highest target coordinate
                length = top - (lo[d] + w[d]) + 1
                if length <= 0:
                    return Table(out, lo.copy(), depth)
                dst.append(slice(int(w[d]), int(w[d] + length)))
                src.append(slice(0, int(length)))
            out[tuple(dst)] += arr[tuple(src)]
            return Table(out, lo.copy(), depth)
        shifted = arr
        for d in range(self.r):
            if w[d] == 0:
                continue
            shifted, extra = _shift_axis(
                shifted, d, int(lo[d]), int(hi[d]), int(w[d]), int(self.caps[d]), int(new_hi[d])
            )
            depth += extra
        out += shifted
        return Table(out, lo.copy(), depth)

    def prune(self, tab: Table, remaining: np.ndarray) -> Table | None:
        """Keep the bounding box of cells that lose now but could win with ``remaining`` added.

        A cell whose totals plus the whole remaining weight still lose can never become a
        swing of a remaining player, and a winning cell is never a swing: both are dropped.
        Returns ``None`` when nothing is left.
        """
        shape = tab.arr.shape
        keep = ~self.wins_box(tab.lo, shape) & self.wins_box(tab.lo, shape, remaining)
        if not keep.any():
            return None
        sl, lo = [], tab.lo.copy()
        for d in range(self.r):
            other = tuple(a for a in range(self.r) if a != d)
            nz = np.flatnonzero(keep.any(axis=other) if other else keep)
            sl.append(slice(int(nz[0]), int(nz[-1]) + 1))
            lo[d] += nz[0]
        arr = tab.arr[tuple(sl)]
        if arr.size < tab.arr.size:
            arr = arr.copy()
        return Table(arr, lo, tab.depth)

    def swing_mask(self, tab: Table, w: np.ndarray) -> np.ndarray:
        """Cells that lose but win once a player of weight ``w`` joins."""
        shape = tab.arr.shape
        return ~self.wins_box(tab.lo, shape) & self.wins_box(tab.lo, shape, w)


def _shift_axis(
    a: np.ndarray, axis: int, lo: int, hi: int, w: int, cap: int, new_hi: int
) -> tuple[np.ndarray, int]:
    """Move entries along one axis from coordinate ``s`` to ``min(s + w, cap)``.

    The input covers ``lo..hi`` along ``axis``, the output ``lo..new_hi``.  Entries landing
    on the cap are summed; the second return value is the extra rounding depth this adds.
    """
    shape = list(a.shape)
    shape[axis] = new_hi - lo + 1
    out = np.zeros(shape, dtype=a.dtype)

    def at(start: int, stop: int) -> tuple[slice, ...]:
        idx = [slice(None)] * a.ndim
        idx[axis] = slice(start, stop)
        return tuple(idx)

    top = min(hi + w, new_hi, cap - 1)
    if top >= lo + w:
        length = top - (lo + w) + 1
        out[at(w, w + length)] = a[at(0, length)]
    extra = 0
    if new_hi == cap and hi + w >= cap:
        s0 = max(lo, cap - w)
        out[at(cap - lo, cap - lo + 1)] = a[at(s0 - lo, hi - lo + 1)].sum(axis=axis, keepdims=True)
        extra = hi - s0
    return out, extra


def pairwise_sum(x: np.ndarray, axis: int = -1) -> np.ndarray:
    """Sum along ``axis`` by pairwise halving: rounding depth exactly ``ceil(log2(len))``."""
    x = np.moveaxis(np.asarray(x), axis, -1)
    m = x.shape[-1]
    if m == 0:
        return np.zeros(x.shape[:-1], dtype=x.dtype)
    size = 1 << max(0, math.ceil(math.log2(m)))
    if size != m:
        pad = np.zeros(x.shape[:-1] + (size - m,), dtype=x.dtype)
        x = np.concatenate([x, pad], axis=-1)
    while x.shape[-1] > 1:
        x = x[..., 0::2] + x[..., 1::2]
    return x[..., 0]
