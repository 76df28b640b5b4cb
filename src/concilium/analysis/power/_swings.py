"""Exact swing counts for every player at once, by divide and conquer over count tables.

A *swing* of player ``i`` is a coalition ``S`` without ``i`` that loses while ``S ∪ {i}``
wins.  Its count, by coalition size, gives both classic indices:

* Banzhaf (1965) / Penrose (1946): ``β_i = η_i / 2**(n-1)``, with ``η_i = Σ_k η_i(k)``;
* Shapley & Shubik (1954): ``φ_i = Σ_k η_i(k) · k! (n-k-1)! / n!``.

``η_i(k)`` is read off the count table of all players *except* ``i``.  Rather than build
``n`` such tables, or divide ``i`` out of the full table (a subtraction, which loses exactness
in floating point), the players are split in two halves recursively: each half's table
receives the other half's players, so every leaf ends with the table of all players but
itself after ``O(n log n)`` additions (the "knapsack with one item removed" recursion).  Two
prunings make the recursion cheap in practice: players with equal weights form one leaf
(they have equal power), and at each node cells that cannot become a swing of any player
still below it are cut away (:meth:`Space.prune`), so tables shrink geometrically with depth.

Exactness
---------
Counts reach ``2**(n-1)``.  For ``n <= 62`` everything runs in ``int64`` and is exact.  For
larger games the recursion runs twice: in ``float64`` (every entry's relative error is at
most ``γ(h) = h·u/(1 - h·u)``, ``u = 2**-53``, after ``h`` successive additions of
non-negative numbers) and in ``uint64``, which wraps and so gives each count exactly modulo
``2**64``.  When the float's error bound is below ``2**62`` the exact count is the unique
integer with that residue within the bound — true for ``n`` up to about 105 on typical
weighted games.  Beyond that the float64 value is returned with its relative error bound,
unless exact integers (Python ``int`` in object arrays, slow) are asked for.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from concilium.analysis.power._space import Space, Table, pairwise_sum

__all__ = ["INT64_MAX_PLAYERS", "SwingCounts", "banzhaf_one_column", "swing_counts"]

INT64_MAX_PLAYERS = 62
_U = 2.0**-53
_P40 = 1099511627689  # the largest prime below 2**40 (2**40 - 87)
_PRUNE_MIN = 4096  # smaller tables are cheaper to carry than to prune


@dataclass(frozen=True)
class SwingCounts:
    """Swing counts per player (in the game's player order).

    ``by_size[i][k]`` is the number of swings of player ``i`` of size ``k`` (coalition
    without ``i``) when sizes were tracked, else ``None``; ``total[i]`` their sum.  Values
    are Python ``int`` when ``exact`` is true, else ``float`` with relative error at most
    ``rel_error``.
    """

    total: list
    by_size: list | None
    exact: bool
    rel_error: float
    arithmetic: str


def _gamma(h: int) -> float:
    return h * _U / (1.0 - h * _U)


def _split(ts: list[int], mult) -> int:
    """Where the divide and conquer cuts a list of types: halves of similar player counts."""
    counts = np.cumsum([mult[t] for t in ts])
    cut = int(np.searchsorted(counts, counts[-1] / 2.0))
    return min(max(cut, 1), len(ts) - 1)


def _planned_adds(ts: list[int], mult) -> int:
    """How many players the recursion adds to tables in all (if no branch ends early)."""
    if len(ts) == 1:
        return int(mult[ts[0]]) - 1
    cut = _split(ts, mult)
    left, right = ts[:cut], ts[cut:]
    players = int(sum(mult[t] for t in ts))
    return players + _planned_adds(left, mult) + _planned_adds(right, mult)


def _run(space: Space, dtype, by_size: bool, prune: bool = True, progress=None):
    """Divide-and-conquer over player types; returns per-type reads and the max depth.

    ``progress(k)`` (if given) is called with the number of players added to count tables
    so far, against :func:`_planned_adds` in all (a branch that ends early counts as done).
    """
    w = space.weights
    types, inverse = np.unique(w, axis=0, return_inverse=True)
    inverse = np.asarray(inverse).reshape(-1)
    mult = np.bincount(inverse, minlength=len(types))
    # Heavy types first, so that each half of a split holds similar players.
    order = sorted(range(len(types)), key=lambda t: tuple(-types[t]))
    reads: dict[int, object] = {}
    max_depth = 0
    done = 0

    def advance(k: int) -> None:
        nonlocal done
        done += k
        if progress is not None:
            progress(done)

    def read(tab: Table | None, t: int):
        nonlocal max_depth
        if tab is None:
            return None
        mask = space.swing_mask(tab, types[t])
        vals = np.where(mask, tab.arr, np.zeros((), dtype=tab.arr.dtype))
        if by_size:
            ax = space.size_axis
            moved = np.moveaxis(vals, ax, 0).reshape(vals.shape[ax], -1)
            per = pairwise_sum(moved, -1) if dtype == np.float64 else moved.sum(axis=-1)
            max_depth = max(max_depth, tab.depth + math.ceil(math.log2(max(moved.shape[1], 1))) + 1)
            full = (
                np.zeros(space.n, dtype=dtype)
                if dtype != object
                else np.array([0] * space.n, dtype=object)
            )
            start = int(tab.lo[ax])
            full[start : start + len(per)] = per
            return full
        flat = vals.reshape(-1)
        total = pairwise_sum(flat) if dtype == np.float64 else flat.sum()
        max_depth = max(max_depth, tab.depth + math.ceil(math.log2(max(flat.size, 1))) + 1)
        return total

    def weight_of(ts) -> np.ndarray:
        return sum((types[t] * mult[t] for t in ts), np.zeros(space.r, dtype=np.int64))

    def rec(ts: list[int], tab: Table | None) -> None:
        if tab is None:
            for t in ts:
                reads[t] = None
            if progress is not None:
                advance(_planned_adds(ts, mult))
            return
        if len(ts) == 1:
            t = ts[0]
            cur: Table | None = tab
            for k in range(mult[t] - 1):  # the other players of the same type
                cur = space.add(cur, types[t])
                advance(1)
                if prune and cur.arr.size > _PRUNE_MIN:
                    cur = space.prune(cur, types[t] * (mult[t] - 1 - k))
                if cur is None:
                    advance(int(mult[t]) - 2 - k)
                    break
            reads[t] = read(cur, t)
            return
        # Split the types in two halves of similar player counts.
        cut = _split(ts, mult)
        left, right = ts[:cut], ts[cut:]
        for mine, other in ((left, right), (right, left)):
            cur = tab
            remaining_other = weight_of(other)
            planned = int(sum(mult[t] for t in other))
            added = 0
            for t in other:
                for _ in range(mult[t]):
                    cur = space.add(cur, types[t])
                    added += 1
                    advance(1)
                    remaining_other = remaining_other - types[t]
                    if prune and cur.arr.size > _PRUNE_MIN:
                        cur = space.prune(cur, weight_of(mine) + remaining_other)
                    if cur is None:
                        break
                if cur is None:
                    break
            advance(planned - added)
            rec(mine, cur)

    root = space.empty(dtype)
    if prune:
        root = space.prune(root, w.sum(axis=0))
    rec(order, root)
    return types, inverse, reads, max_depth


def _multiplicities(space: Space):
    _, inverse = np.unique(space.weights, axis=0, return_inverse=True)
    return np.bincount(np.asarray(inverse).reshape(-1))


def _order(space: Space) -> list[int]:
    types = np.unique(space.weights, axis=0)
    return sorted(range(len(types)), key=lambda t: tuple(-types[t]))


def _values(space: Space, types, inverse, reads, by_size: bool, cast):
    out_total, out_size = [], []
    for i in range(space.n):
        v = reads[int(inverse[i])]
        if v is None:
            per = [cast(0)] * space.n if by_size else None
            tot = cast(0)
        elif by_size:
            per = [cast(x) for x in np.asarray(v).tolist()]
            tot = sum(per, cast(0))
        else:
            per, tot = None, cast(v.item() if hasattr(v, "item") else v)
        out_total.append(tot)
        out_size.append(per)
    return out_total, (out_size if by_size else None)


def swing_counts(space: Space, *, by_size: bool, exact: str = "auto", progress=None) -> SwingCounts:
    """Swing counts of every player.

    Parameters
    ----------
    space:
        The reduced game; must track sizes (``space.size_axis``) when ``by_size``.
    exact:
        ``"auto"`` — exact integers where the fast paths allow (always for ``n <= 62``,
        and for larger games when the float/modular reconstruction is within its bound),
        float64 with an error bound otherwise; ``"always"`` — fall back to Python integers
        when the fast paths cannot guarantee exactness; ``"python"`` — Python integers
        throughout (slow; a reference for testing the fast paths); ``"never"`` — float64 only.
    progress:
        ``progress(fraction)`` is called as the count advances (0 to 1 over all its passes).
    """
    out = _swing_counts(space, by_size, exact, progress)
    if progress is not None:
        progress(1.0)
    return out


def _swing_counts(space: Space, by_size: bool, exact: str, progress) -> SwingCounts:
    n = space.n
    # a float64 and a uint64 pass beyond 62 members (unless float64 only or Python integers)
    passes = 2 if n > INT64_MAX_PLAYERS and exact in ("auto", "always") else 1
    stage = [0]

    def run(dtype):
        if progress is None:
            return _run(space, dtype, by_size)
        planned = max(_planned_adds(_order(space), _multiplicities(space)), 1)
        k = stage[0]
        stage[0] += 1
        out = _run(
            space,
            dtype,
            by_size,
            progress=lambda done: progress(min((k + done / planned) / passes, 1.0)),
        )
        progress(min((k + 1) / passes, 1.0))
        return out

    if not by_size and exact in ("auto", "always"):
        fast = banzhaf_one_column(space)
        if fast is not None:
            return fast
    if exact == "python":
        types, inv, reads, _ = run(object)
        tot, per = _values(space, types, inv, reads, by_size, int)
        return SwingCounts(tot, per, True, 0.0, "python int")
    if n <= INT64_MAX_PLAYERS and exact != "never":
        types, inv, reads, _ = run(np.int64)
        tot, per = _values(space, types, inv, reads, by_size, int)
        return SwingCounts(tot, per, True, 0.0, "int64")
    types, inv, freads, depth = run(np.float64)
    ftot, fper = _values(space, types, inv, freads, by_size, float)
    bound = _gamma(depth)
    if exact == "never":
        return SwingCounts(ftot, fper, False, bound, "float64")
    if max(ftot) * bound + 1.0 < 2.0**62:  # else no reconstruction can succeed: skip the pass
        _, _, ureads, _ = run(np.uint64)
        utot, uper = _values(space, types, inv, ureads, by_size, int)
        try:
            if by_size:
                per = [
                    [_reconstruct(f, r, bound) for f, r in zip(fs, rs)]
                    for fs, rs in zip(fper, uper)
                ]
                tot = [sum(p) for p in per]
            else:
                per = None
                tot = [_reconstruct(f, r, bound) for f, r in zip(ftot, utot)]
            return SwingCounts(tot, per, True, 0.0, "float64 + uint64 (mod 2**64) reconstruction")
        except _OutOfBound:
            pass
    if exact == "always":
        types, inv, reads, _ = run(object)
        tot, per = _values(space, types, inv, reads, by_size, int)
        return SwingCounts(tot, per, True, 0.0, "python int")
    return SwingCounts(ftot, fper, False, bound, "float64")


def banzhaf_one_column(space: Space) -> SwingCounts | None:
    """Swing counts of a one-column, one-quota game by a single generating function.

    With ``c[s]`` the number of coalitions of *all* players with weight ``s`` and ``w`` the
    weight of player ``i``, the coalitions without ``i`` are ``c(x) / (1 + x**w) =
    c(x) Σ_j (-x**w)**j``, so the swings of ``i`` (weight in ``[q - w, q)`` without ``i``)
    are ``η_i = Σ_{s<q} (-1)**floor((q-1-s)/w) · c[s]``: one signed sum per player, after one
    pass of ``n`` additions.  The signs would cancel catastrophically in floating point, so
    the counts are kept modulo ``2**64`` (uint64 wrap-around) and modulo the prime
    ``2**40 - 87``; the Chinese remainder theorem gives the exact count when it is below
    ``2**64 · p`` (about ``2**104``, i.e. games of up to 104 members).
    Returns ``None`` when the game is not of this shape or too large for the moduli.
    """
    if space.r != 1 or space.quotas.shape[0] != 1 or space.size_axis is not None:
        return None
    n = space.n
    if n > 104:
        return None
    q = int(space.quotas[0, 0])
    w = space.weights[:, 0]
    c64 = np.zeros(q, dtype=np.uint64)
    c64[0] = 1
    cp = c64.copy()
    big = n > INT64_MAX_PLAYERS
    for wi in w:
        wi = int(wi)
        if wi >= q:
            continue
        if wi == 0:
            c64 += c64
            if big:
                cp += cp
                cp[cp >= _P40] -= np.uint64(_P40)
            continue
        c64[wi:] += c64[:-wi].copy()
        if big:
            cp[wi:] += cp[:-wi].copy()
            cp[cp >= _P40] -= np.uint64(_P40)
    s = np.arange(q, dtype=np.int64)
    totals: list[int] = []
    cache: dict[int, int] = {}
    for wi in w:
        wi = int(wi)
        if wi == 0:
            totals.append(0)
            continue
        if wi not in cache:
            odd = ((q - 1 - s) // wi) % 2 == 1
            r64 = (int(c64[~odd].sum()) - int(c64[odd].sum())) % (1 << 64)
            if not big:
                cache[wi] = r64  # the true count is below 2**63: the residue is the count
            else:
                rp = (int(cp[~odd].sum()) - int(cp[odd].sum())) % _P40
                # x ≡ r64 (mod 2**64), x ≡ rp (mod p)
                k = ((rp - r64) * pow(1 << 64, -1, _P40)) % _P40
                cache[wi] = r64 + (1 << 64) * k
        totals.append(cache[wi])
    arithmetic = "uint64 and mod-p residues (CRT)" if big else "int64"
    return SwingCounts(totals, None, True, 0.0, arithmetic)


class _OutOfBound(Exception):
    pass


def _reconstruct(f: float, residue: int, rel: float) -> int:
    """The integer ``N ≡ residue (mod 2**64)`` with ``|N - f| <= rel·f + 1``."""
    bound = f * rel + 1.0
    if bound >= 2.0**62:
        raise _OutOfBound
    fi = round(f)
    diff = (residue - fi) % (1 << 64)
    if diff >= 1 << 63:
        diff -= 1 << 64
    if abs(diff) > bound + 1:
        raise AssertionError("float and modular counts disagree beyond the error bound")
    return fi + diff
