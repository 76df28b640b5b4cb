"""Minimal winning coalitions: counted by dynamic programming, listed by a pruned search.

A winning coalition is *minimal* when every member is critical (leaving it loses).  When the
players' weight vectors form a chain (every pair comparable column by column — true for any
one-weight game, for the EU double majority, for the UN Security Council), a winning ``S``
is minimal exactly when dropping its *lightest* member loses.  Ordering players from heavy
to light, the minimal winning coalitions whose lightest member is ``j`` are therefore the
swings of ``j`` among the players before it, and

    #MWC with lightest member j  = <P_j, R_j>

where ``P_j`` is the count table of the players before ``j`` and ``R_j`` marks the cells that
lose but win once ``j`` joins.  The number of those containing an earlier player ``i`` comes
from the same tables run backwards (an adjoint pass): with ``A_m`` the "add player m" operator
and ``Sh_m`` the pure shift by its weight,

    B_m = R_{m+1} + A_{m+1}^T B_{m+1},        #MWC ∋ π_m = <P_m, R_m + Sh_m^T B_m>.

Weighting ``R`` by ``1/|S|`` gives the Deegan–Packel sums in the same pass.  Tables ``P_m``
are kept at ``sqrt(n)`` checkpoints and recomputed block by block, so memory stays at
``O(sqrt(n))`` tables.  Games whose weight vectors are not a chain are counted by the pruned
search of :func:`iter_minimal_winning` instead (small games only).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from concilium.analysis.power._limits import SEARCH_NODES, check_table_size
from concilium.analysis.power._space import Space, Table
from concilium.errors import InputError
from concilium.games import SimpleGame

__all__ = [
    "MinimalCounts",
    "chain_order",
    "is_chain",
    "iter_minimal_winning",
    "minimal_winning_counts",
]


@dataclass(frozen=True)
class MinimalCounts:
    """Counts of minimal winning coalitions (MWC).

    ``total``: number of MWCs; ``containing[i]``: number containing player ``i``;
    ``inverse_size[i]``: ``Σ_{S ∈ MWC, i ∈ S} 1/|S|`` (float, ``None`` unless sizes tracked).
    """

    total: int | float
    containing: list
    inverse_size: list | None
    exact: bool
    method: str


def is_chain(space: Space) -> bool:
    """Are the players' weight vectors totally ordered (column by column)?"""
    axes = [a for a in range(space.r) if space.columns[a] != 0]
    if not axes:
        return True
    types = np.unique(space.weights[:, axes], axis=0)
    types = types[np.lexsort(types.T[::-1])]
    return bool((np.diff(types, axis=0) >= 0).all())


def chain_order(space: Space) -> list[int]:
    """Players from heaviest to lightest (ties by index); a total order on a chain."""
    axes = [a for a in range(space.r) if space.columns[a] != 0]
    return sorted(range(space.n), key=lambda i: (tuple(-int(space.weights[i, a]) for a in axes), i))


def _gather(space: Space, v: np.ndarray, w: np.ndarray) -> np.ndarray:
    """``(Sh_w^T v)[t] = v[min(t + w, cap)]`` on the full box ``0..upper`` (0 beyond it)."""
    for d in range(space.r):
        wd = int(w[d])
        if wd == 0:
            continue
        cap, up = int(space.caps[d]), int(space.upper[d])
        out = np.zeros_like(v)
        idx = [slice(None)] * v.ndim
        length = min(cap - 1, up) - wd + 1
        if length > 0:
            dst, src = list(idx), list(idx)
            dst[d], src[d] = slice(0, length), slice(wd, wd + length)
            out[tuple(dst)] = v[tuple(src)]
        if cap <= up:
            dst, src = list(idx), list(idx)
            dst[d], src[d] = slice(max(0, cap - wd), up + 1), slice(cap, cap + 1)
            out[tuple(dst)] = v[tuple(src)]
        v = out
    return v


def minimal_winning_counts(space: Space, *, with_sizes: bool) -> MinimalCounts:
    """Count MWCs (and those containing each player) on a chain game by the adjoint DP."""
    if with_sizes and space.size_axis is None:
        raise ValueError("sizes need a space with the size axis")
    n = space.n
    exact = n <= 62
    dtype = np.int64 if exact else np.float64
    full_shape = tuple(int(u) + 1 for u in space.upper)
    zero = np.zeros(space.r, dtype=np.int64)
    losing = ~space.wins_box(zero, full_shape)
    order = chain_order(space)
    wts = [space.weights[p] for p in order]
    region_cache: dict[tuple, np.ndarray] = {}

    def region(m: int) -> np.ndarray:
        key = tuple(int(x) for x in wts[m])
        if key not in region_cache:
            region_cache[key] = losing & space.wins_box(zero, full_shape, wts[m])
        return region_cache[key]

    if with_sizes:
        sizes = np.arange(full_shape[space.size_axis], dtype=np.float64)
        view = [1] * space.r
        view[space.size_axis] = -1
        inv_size = (
            np.broadcast_to(1.0 / (sizes + 1.0), full_shape).copy()
            if space.r == 1
            else np.broadcast_to((1.0 / (sizes + 1.0)).reshape(view), full_shape).copy()
        )

    def sub(x: np.ndarray, tab: Table) -> np.ndarray:
        return x[tuple(slice(0, s) for s in tab.arr.shape)]

    block = max(1, math.isqrt(n))
    checkpoints: dict[int, Table] = {}
    tab = space.empty(dtype)
    for m in range(n):
        if m % block == 0:
            checkpoints[m] = tab
        tab = space.add(tab, wts[m])

    B = np.zeros(full_shape, dtype=dtype)
    BW = np.zeros(full_shape, dtype=np.float64) if with_sizes else None
    containing = [0] * n
    inverse = [0.0] * n if with_sizes else None
    total = 0
    for start in reversed(range(0, n, block)):
        stop = min(start + block, n)
        tabs, tab = [], checkpoints[start]
        for m in range(start, stop):
            tabs.append(tab)
            tab = space.add(tab, wts[m])
        for m in reversed(range(start, stop)):
            P = tabs[m - start]
            R = region(m)
            own = (P.arr * sub(R, P)).sum()
            through = (P.arr * sub(_gather(space, B, wts[m]), P)).sum()
            total += own
            containing[order[m]] = own + through
            if with_sizes:
                RW = np.where(R, inv_size, 0.0)
                Pf = P.arr.astype(np.float64)
                inverse[order[m]] = float((Pf * sub(RW + _gather(space, BW, wts[m]), P)).sum())
                BW = RW + BW + _gather(space, BW, wts[m])
            B = R.astype(dtype) + B + _gather(space, B, wts[m])
    cast = int if exact else float
    return MinimalCounts(
        cast(total),
        [cast(c) for c in containing],
        inverse,
        exact,
        "dynamic programming over totals (chain order)",
    )


def _wins(quotas: list[tuple[int, ...]], t) -> bool:
    # games.clauses_met on plain tuples: this runs once per node of the search, where a
    # numpy call would cost more than the comparison
    return any(all(x >= q for x, q in zip(t, qc)) for qc in quotas)


def iter_minimal_winning(
    game: SimpleGame, *, order: list[int] | None = None, max_nodes: int | None = None
) -> Iterator[tuple[int, ...]]:
    """Yield minimal winning coalitions (player indices, heaviest first) by a pruned search.

    Players are taken in ``order`` (default: heaviest first).  A branch stops as soon as its
    coalition wins (adding more would make it non-minimal) or when even all players still
    available cannot make it win.  With a chain of weights every leaf is minimal; otherwise
    each leaf is checked member by member.  ``max_nodes`` bounds the search; exceeding it
    raises :class:`SearchLimit`.
    """
    w = [tuple(int(x) for x in row) for row in game.weights]
    quotas = [tuple(int(x) for x in c) for c in game.clauses]
    n = game.n
    if order is None:
        order = sorted(range(n), key=lambda i: (tuple(-x for x in w[i][1:]), i))
    d = len(w[0])
    suffix = [(0,) * d] * (n + 1)
    for j in range(n - 1, -1, -1):
        suffix[j] = tuple(a + b for a, b in zip(suffix[j + 1], w[order[j]]))
    nodes = 0

    def critical_all(members: list[int], tot) -> bool:
        return all(not _wins(quotas, tuple(a - b for a, b in zip(tot, w[p]))) for p in members)

    def dfs(start: int, tot, members: list[int]):
        nonlocal nodes
        for j in range(start, n):
            nodes += 1
            if max_nodes is not None and nodes > max_nodes:
                raise SearchLimit(nodes)
            if not _wins(quotas, tuple(a + b for a, b in zip(tot, suffix[j]))):
                return
            p = order[j]
            new = tuple(a + b for a, b in zip(tot, w[p]))
            if _wins(quotas, new):
                cand = members + [p]
                if critical_all(cand, new):
                    yield tuple(cand)
            else:
                yield from dfs(j + 1, new, members + [p])

    yield from dfs(0, (0,) * d, [])


class SearchLimit(Exception):
    """The enumeration visited more nodes than allowed."""


def minimal_counts(game: SimpleGame, with_sizes: bool) -> MinimalCounts:
    """Minimal winning coalitions: how many, how many contain each member, and (with sizes)
    each member's sum of 1/|S|; counted through the tables when the weights form a chain,
    else enumerated (only small games)."""
    space = Space.of(game, need_size=with_sizes)
    check_table_size(space, "minimal winning coalitions")
    if is_chain(space):
        return minimal_winning_counts(space, with_sizes=with_sizes)
    # Not a chain of weights: enumerate (only feasible for small games).
    total, containing, inverse = 0, [0] * game.n, [0.0] * game.n
    try:
        for s in iter_minimal_winning(game, max_nodes=SEARCH_NODES):
            total += 1
            for p in s:
                containing[p] += 1
                inverse[p] += 1.0 / len(s)
    except SearchLimit:
        raise InputError(
            "too many coalitions to enumerate the minimal winning coalitions of this game "
            "(its weight columns are not ordered alike, so the counting shortcut does not apply)",
            hint="use the Banzhaf and Shapley-Shubik indices, which are counted exactly",
        ) from None
    return MinimalCounts(
        total,
        containing,
        inverse if with_sizes else None,
        True,
        "enumeration (weights not a chain)",
    )
