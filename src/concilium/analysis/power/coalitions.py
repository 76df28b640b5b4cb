"""Coalitions of a simple game: veto players, minimal winning and blocking coalitions.

* A **veto player** belongs to every winning coalition (it can stop anything alone).
* A **minimal winning coalition** (MWC) wins, and loses if any one member leaves.
* A **blocking coalition** can stop a proposal by voting no: the others, all voting yes, lose.
  Blocking coalitions are the winning coalitions of the *dual game*
  ``v*(S) = 1 - v(N \\ S)`` (Shapley 1962; Felsenthal & Machover 1998, §2.3), which
  :func:`dual_game` builds as another :class:`~concilium.games.SimpleGame`, so the same
  counting serves both.  For the EU Council the dual spells out the Treaty's "blocking
  minority": at least 4 members with more than 35 % of the population, or at least 13
  members (so that fewer than 15 say yes).

Counts come from dynamic programming over weight totals (exact); lists come from a pruned
search and stop at a limit.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from concilium.analysis.power._limits import SEARCH_NODES, check_table_size
from concilium.analysis.power._minimal import SearchLimit, iter_minimal_winning, minimal_counts
from concilium.analysis.power._space import Space, normalised_clauses, pairwise_sum
from concilium.analysis.power._swings import _gamma, _OutOfBound, _reconstruct
from concilium.errors import InputError
from concilium.games import SimpleGame

__all__ = [
    "CoalitionList",
    "blocking_groups",
    "count_winning",
    "dual_game",
    "minimal_blocking",
    "minimal_winning",
    "veto_players",
]

DEFAULT_LIMIT = 20
_MAX_DNF = 4096


@dataclass(frozen=True)
class CoalitionList:
    """An exact count and (up to a limit) the coalitions themselves.

    ``coalitions`` hold member ids, heaviest member first; ``complete`` is true when every
    counted coalition is listed.
    """

    what: str
    count: int
    coalitions: list[tuple[str, ...]] = field(default_factory=list)
    complete: bool = True
    method: str = "dynamic programming over totals"

    def to_dict(self) -> dict:
        return {
            "what": self.what,
            "count": self.count,
            "listed": [list(c) for c in self.coalitions],
            "complete": self.complete,
            "method": self.method,
        }


def veto_players(game: SimpleGame) -> tuple[str, ...]:
    """Members without whom no coalition wins."""
    normalised_clauses(game)  # validate quotas first: clear error rather than "everyone"
    return game.veto_players()


def dual_game(game: SimpleGame) -> SimpleGame:
    """The blocking game: ``B`` wins iff the other members, voting yes together, lose.

    The complement of ``B`` loses when, for every clause, some constrained column falls
    short: ``total_d - T_d(B) < q_d``, i.e. ``T_d(B) >= total_d - q_d + 1``.  Distributing
    this conjunction of disjunctions gives the dual's clauses (redundant ones removed).
    """
    q = normalised_clauses(game)
    tot = game.weights.sum(axis=0)
    choices = [np.flatnonzero(qc > 0) for qc in q]
    size = int(np.prod([len(c) for c in choices]))
    if size > _MAX_DNF:
        raise InputError(
            f"the blocking rule of this game has too many cases ({size}) to spell out",
            hint="simplify the decision rule (fewer clauses or weight columns)",
        )
    clauses = set()
    for combo in itertools.product(*choices):
        qq = [0] * len(tot)
        for c, d in enumerate(combo):
            qq[d] = max(qq[d], int(tot[d] - q[c, d] + 1))
        clauses.add(tuple(qq))
    ordered = sorted(clauses)
    kept = [
        c for c in ordered if not any(o != c and all(a <= b for a, b in zip(o, c)) for o in ordered)
    ]
    return SimpleGame(game.players, game.weights, game.labels, tuple(kept))


def _winning_by_size(space: Space, dtype) -> tuple[list, int]:
    tab = space.empty(dtype)
    for w in space.weights:
        tab = space.add(tab, w, upper=space.caps)
    wins = space.wins_box(tab.lo, tab.arr.shape)
    vals = np.where(wins, tab.arr, np.zeros((), dtype=dtype))
    ax = space.size_axis
    moved = np.moveaxis(vals, ax, 0).reshape(tab.arr.shape[ax], -1)
    per = pairwise_sum(moved, -1) if dtype == np.float64 else moved.sum(axis=1)
    out = [0] * (space.n + 1)
    for k, v in enumerate(per.tolist()):
        out[int(tab.lo[ax]) + k] = v
    depth = tab.depth + int(np.ceil(np.log2(max(moved.shape[1], 2)))) + 1
    return out, depth


def count_winning(game: SimpleGame) -> list[int]:
    """Number of winning coalitions of each size ``0..n`` (exact integers).

    Up to 62 members in int64; beyond, a float64 and a uint64 pass reconstruct the exact
    counts (see :mod:`._swings`), with Python integers as the last resort.
    """
    space = Space.of(game, need_size=True)
    check_table_size(space, "winning coalitions")
    if game.n <= 62:
        return [int(v) for v in _winning_by_size(space, np.int64)[0]]
    floats, depth = _winning_by_size(space, np.float64)
    residues, _ = _winning_by_size(space, np.uint64)
    bound = _gamma(depth)
    try:
        return [_reconstruct(float(f), int(r), bound) for f, r in zip(floats, residues)]
    except _OutOfBound:
        return [int(v) for v in _winning_by_size(space, object)[0]]


def _listing(game: SimpleGame, limit: int) -> tuple[list[tuple[str, ...]], bool]:
    out: list[tuple[str, ...]] = []
    gen = iter_minimal_winning(game, max_nodes=SEARCH_NODES)
    try:
        for s in gen:
            if len(out) >= limit:
                return out, False
            out.append(tuple(game.players[p] for p in s))
    except SearchLimit:
        return out, False
    return out, True


def minimal_winning(game: SimpleGame, limit: int = DEFAULT_LIMIT) -> CoalitionList:
    """Count the minimal winning coalitions exactly and list up to ``limit`` of them."""
    counts = minimal_counts(game, with_sizes=False)
    listed, complete = _listing(game, limit)
    complete = complete and len(listed) == counts.total
    return CoalitionList(
        "minimal winning coalitions", int(counts.total), listed, complete, counts.method
    )


def minimal_blocking(game: SimpleGame, limit: int = DEFAULT_LIMIT) -> CoalitionList:
    """Count the minimal blocking coalitions exactly and list up to ``limit`` of them."""
    res = minimal_winning(dual_game(game), limit)
    return CoalitionList(
        "minimal blocking coalitions", res.count, res.coalitions, res.complete, res.method
    )


def blocking_groups(game: SimpleGame, k: int, limit: int = DEFAULT_LIMIT) -> CoalitionList:
    """Groups of exactly ``k`` members that can block a proposal by voting no together.

    The count is exact (dynamic programming over the dual game's totals by size); the list
    holds up to ``limit`` groups, heaviest members first.
    """
    n = game.n
    if not 0 <= k <= n:
        raise InputError(
            f"a group of {k} members is impossible in a body of {n}",
            field="k",
            hint=f"choose k between 1 and {n}",
        )
    dual = dual_game(game)
    count = count_winning(dual)[k]
    what = f"blocking groups of {k} member{'s' if k != 1 else ''}"
    if count == 0 or limit <= 0:
        return CoalitionList(what, count, [], count == 0)
    listed = _k_subsets_winning(dual, k, limit)
    return CoalitionList(what, count, listed, len(listed) == count)


def _k_subsets_winning(game: SimpleGame, k: int, limit: int) -> list[tuple[str, ...]]:
    """Winning coalitions of exactly ``k`` members, by a search with an optimistic bound."""
    n = game.n
    w = game.weights
    order = sorted(range(n), key=lambda i: (tuple(-int(x) for x in w[i, 1:]), i))
    quotas = [tuple(int(x) for x in c) for c in game.clauses]
    d = w.shape[1]
    # best[j][r][col]: the largest total r players from order[j:] can reach in a column.
    best = []
    for j in range(n + 1):
        rem = [np.sort(w[order[j:], c])[::-1] for c in range(d)]
        best.append([tuple(int(rem[c][:r].sum()) for c in range(d)) for r in range(k + 1)])
    out: list[tuple[str, ...]] = []
    nodes = 0

    def wins(t) -> bool:
        return any(all(a >= b for a, b in zip(t, q)) for q in quotas)

    def dfs(j: int, tot: tuple[int, ...], members: list[int]) -> None:
        nonlocal nodes
        need = k - len(members)
        if need == 0:
            if wins(tot):
                out.append(tuple(game.players[p] for p in members))
            return
        for jj in range(j, n - need + 1):
            nodes += 1
            if len(out) >= limit or nodes > SEARCH_NODES:
                return
            if not wins(tuple(a + b for a, b in zip(tot, best[jj][need]))):
                return
            p = order[jj]
            dfs(jj + 1, tuple(a + int(b) for a, b in zip(tot, w[p])), members + [p])

    dfs(0, (0,) * d, [])
    return out


def describe_clauses(game: SimpleGame, clauses: Sequence[Sequence[int]] | None = None) -> str:
    """Human text of a disjunction of quota clauses, e.g. ``members >= 15 and population >= 6501``."""
    parts = []
    for c in clauses if clauses is not None else game.clauses:
        terms = [f"{game.labels[d]} >= {int(q)}" for d, q in enumerate(c) if q > 0]
        parts.append(" and ".join(terms) if terms else "always")
    return " or ".join(f"({p})" if len(parts) > 1 and " and " in p else p for p in parts)
