"""Simple games: the yes/no skeleton of a decision rule.

Every decision rule in :mod:`concilium.rules` compiles to a :class:`SimpleGame` over the
body's members.  A coalition (the members voting yes; everyone else votes no) wins when,
for at least one *clause*, its weight totals reach every quota of that clause.  This
"disjunction of weighted quotas" covers the rules councils use:

* unanimity            one clause: members >= n
* (qualified) majority one clause: members >= m
* weighted majority    one clause: weight >= q
* EU double majority   (members >= 15 and population >= 65 %) or members >= n - 3
  (the second clause is the rule that a blocking minority needs at least four members)
* UN Security Council  members >= 9 and permanent >= 5

All weights are non-negative integers, so power indices can be counted exactly by
dynamic programming over weight totals (:mod:`concilium.analysis.power`).  Column 0 of
``weights`` is always the head count (every member weighs 1).

The game is monotone by construction: adding a member never lowers any total.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from concilium.errors import InputError

__all__ = ["SimpleGame", "clauses_met"]


@dataclass(frozen=True, eq=False)
class SimpleGame:
    """A monotone simple game given by integer weights and a disjunction of quota clauses.

    Attributes
    ----------
    players:
        Member ids, in the body's order.
    weights:
        ``(n, d)`` int64 array; column 0 is all ones (head count).
    labels:
        Name of each weight column, e.g. ``("members", "population")``.
    clauses:
        Each clause is a tuple of ``d`` quotas; a coalition meets the clause when its total
        in every column is at least that column's quota (quota 0 means "no constraint").
        A coalition wins when it meets at least one clause.
    """

    players: tuple[str, ...]
    weights: np.ndarray
    labels: tuple[str, ...]
    clauses: tuple[tuple[int, ...], ...]

    def __post_init__(self) -> None:
        w = np.asarray(self.weights)
        n = len(self.players)
        if n == 0:
            raise InputError("a game needs at least one member", hint="add members to the body")
        if len(set(self.players)) != n:
            dup = sorted({p for p in self.players if self.players.count(p) > 1})
            raise InputError(f"duplicate members {dup}", hint="each member may appear once")
        if w.ndim != 2 or w.shape[0] != n or w.shape[1] != len(self.labels):
            raise ValueError(f"weights must have shape ({n}, {len(self.labels)}), got {w.shape}")
        if not np.issubdtype(w.dtype, np.integer):
            raise ValueError("game weights must be integers")
        if (w < 0).any():
            raise InputError("weights must not be negative")
        if not (w[:, 0] == 1).all():
            raise ValueError("column 0 of the weights must be the head count (all ones)")
        if not self.clauses:
            raise ValueError("a game needs at least one clause")
        for clause in self.clauses:
            if len(clause) != w.shape[1]:
                raise ValueError("each clause needs one quota per weight column")
        object.__setattr__(self, "weights", w.astype(np.int64, copy=False))

    # ------------------------------------------------------------------ basics
    @property
    def n(self) -> int:
        return len(self.players)

    @property
    def totals(self) -> np.ndarray:
        """Total weight of the grand coalition, per column."""
        return np.asarray(self.weights.sum(axis=0))

    def index(self, player: str) -> int:
        try:
            return self.players.index(player)
        except ValueError:
            raise InputError(f"{player!r} is not a member of this game") from None

    def mask(self, coalition: Iterable[str]) -> np.ndarray:
        """Boolean membership vector of a coalition given by member ids."""
        m = np.zeros(self.n, dtype=bool)
        for p in coalition:
            m[self.index(p)] = True
        return m

    def wins_totals(self, totals: np.ndarray) -> np.ndarray:
        """Whether coalitions with the given weight totals win.

        ``totals`` has shape ``(..., d)``; the result has shape ``(...)``.  Vectorised so that
        power-index code can evaluate a whole table of totals at once.
        """
        return clauses_met(np.asarray(totals), np.asarray(self.clauses, dtype=np.int64))

    def is_winning(self, coalition: np.ndarray | Sequence[bool] | Iterable[str]) -> bool:
        """Whether a coalition (boolean mask or iterable of member ids) wins."""
        mask = self._as_mask(coalition)
        return bool(self.wins_totals(self.weights[mask].sum(axis=0)))

    def is_winning_many(self, masks: np.ndarray) -> np.ndarray:
        """Vectorised :meth:`is_winning` for a ``(k, n)`` boolean array of coalitions."""
        masks = np.asarray(masks, dtype=bool)
        return self.wins_totals(masks.astype(np.int64) @ self.weights)

    def veto_players(self) -> tuple[str, ...]:
        """Members without whom no coalition wins (they belong to every winning coalition)."""
        if not self.is_winning(np.ones(self.n, dtype=bool)):
            return ()
        # the grand coalition without member i has totals (everyone's totals - i's weights):
        # n rows of d numbers, not an (n, n) table of coalitions
        losing_without = ~self.wins_totals(self.totals[None, :] - self.weights)
        return tuple(p for p, v in zip(self.players, losing_without) if v)

    def _as_mask(self, coalition: Any) -> np.ndarray:
        arr = np.asarray(list(coalition) if not isinstance(coalition, np.ndarray) else coalition)
        if arr.dtype == bool and arr.shape == (self.n,):
            return arr
        return self.mask(coalition)

    def __repr__(self) -> str:
        return (
            f"SimpleGame(n={self.n}, labels={self.labels}, clauses={self.clauses}, "
            f"totals={tuple(int(x) for x in self.totals)})"
        )


def clauses_met(totals: np.ndarray, quotas: np.ndarray) -> np.ndarray:
    """Whether weight totals ``(..., d)`` meet every quota of at least one clause of
    ``quotas`` ``(c, d)``: the one test of "does this coalition win" (a disjunction of
    weighted quotas), vectorised over any leading axes."""
    return np.asarray((totals[..., None, :] >= quotas).all(axis=-1).any(axis=-1))
