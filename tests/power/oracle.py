"""Brute-force test oracle: every coalition enumerated, indices from their definitions.

Independent of the dynamic programming in concilium.analysis.power: it only uses
SimpleGame.is_winning_many and the textbook formulas.  Small games only (2**n coalitions).
"""

from __future__ import annotations

import itertools
from fractions import Fraction
from math import factorial

import numpy as np

from concilium.games import SimpleGame


def all_masks(n: int) -> np.ndarray:
    return np.array(list(itertools.product([False, True], repeat=n)), dtype=bool).reshape(-1, n)


def brute(game: SimpleGame) -> dict:
    n = game.n
    masks = all_masks(n)
    win = game.is_winning_many(masks)
    index = {tuple(m): k for k, m in enumerate(masks.tolist())}
    sizes = masks.sum(axis=1)
    swings_by_size = np.zeros((n, n), dtype=object)
    for k, m in enumerate(masks):
        if win[k]:
            continue
        for i in np.flatnonzero(~m):
            with_i = m.copy()
            with_i[i] = True
            if win[index[tuple(with_i.tolist())]]:
                swings_by_size[i, sizes[k]] += 1
    swings = [int(sum(swings_by_size[i])) for i in range(n)]
    total = sum(swings)
    shapley = [
        sum(
            (
                Fraction(
                    int(swings_by_size[i, k]) * factorial(k) * factorial(n - k - 1), factorial(n)
                )
                for k in range(n)
            ),
            Fraction(0),
        )
        for i in range(n)
    ]
    mwc = []
    for k, m in enumerate(masks):
        if not win[k]:
            continue
        members = np.flatnonzero(m)
        if all(
            not win[index[tuple(np.where(np.arange(n) == i, False, m).tolist())]] for i in members
        ):
            mwc.append(tuple(int(i) for i in members))
    containing = [sum(1 for s in mwc if i in s) for i in range(n)]
    hp_total = sum(containing)
    blocking = [
        tuple(int(i) for i in np.flatnonzero(m))
        for k, m in enumerate(masks)
        if not win[index[tuple((~m).tolist())]]
    ]
    minimal_blocking = [
        b for b in blocking if all(tuple(x for x in b if x != i) not in set(blocking) for i in b)
    ]
    return {
        "swings": swings,
        "swings_by_size": swings_by_size,
        "banzhaf": [Fraction(s, 2 ** (n - 1)) for s in swings],
        "banzhaf_normalised": [Fraction(s, total) if total else Fraction(0) for s in swings],
        "shapley_shubik": shapley,
        "mwc": mwc,
        "holler_packel": [Fraction(c, hp_total) for c in containing],
        "deegan_packel": [
            sum((Fraction(1, len(s)) for s in mwc if i in s), Fraction(0)) / len(mwc)
            for i in range(n)
        ],
        "blocking": blocking,
        "minimal_blocking": minimal_blocking,
        "winning_by_size": [int(((sizes == k) & win).sum()) for k in range(n + 1)],
        "veto": [
            game.players[i] for i in range(n) if all(masks[k, i] for k in np.flatnonzero(win))
        ],
    }
