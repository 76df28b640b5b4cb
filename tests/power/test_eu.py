"""The Council of the EU under QMV with the 2025 population shares (tests/cases/power_eu2025.json).

Checked against an independent full enumeration of all 2**27 coalitions (meet in the middle,
vectorised: no dynamic programming), and the blocking-minority rule against itertools."""

from __future__ import annotations

import itertools
from fractions import Fraction
from math import comb, factorial

import numpy as np
import pytest

from concilium.analysis.power import blocking_groups, minimal_blocking, power_indices
from concilium.analysis.power.weights_file import parse_weights_csv

from .conftest import eu_game


def _halves(pop: np.ndarray):
    """All subsets of a list of players: population sums, sizes and membership bits."""
    k = len(pop)
    idx = np.arange(1 << k)
    bits = ((idx[:, None] >> np.arange(k)) & 1).astype(np.int64)  # (2^k, k)
    return bits @ pop, bits.sum(axis=1), bits


def enumerate_eu(pop: list[int], members_q: int, pop_q: int, all_but: int):
    """Winning coalitions containing each player, by size; and all winning, by size.

    A coalition wins when (size >= members_q and population >= pop_q) or size >= all_but.
    """
    n = len(pop)
    h, l_ = n // 2, n - n // 2
    pop_h, sz_h, bits_h = _halves(np.array(pop[:h], dtype=np.int64))
    pop_l, sz_l, bits_l = _halves(np.array(pop[h:], dtype=np.int64))
    onehot_h = (sz_h[None, :] == np.arange(h + 1)[:, None]).astype(np.float64)  # (h+1, 2^h)
    onehot_l = (sz_l[:, None] == np.arange(l_ + 1)[None, :]).astype(np.float64)  # (2^l, l+1)
    C = np.zeros((h + 1, len(pop_l)))  # [size of high part, low subset] -> wins
    Cp = np.zeros((len(pop_h), l_ + 1))  # [high subset, size of low part] -> wins
    for start in range(0, len(pop_h), 512):
        sl = slice(start, start + 512)
        size = sz_h[sl, None] + sz_l[None, :]
        win = ((size >= members_q) & (pop_h[sl, None] + pop_l[None, :] >= pop_q)) | (
            size >= all_but
        )
        wf = win.astype(np.float64)
        C += onehot_h[:, sl] @ wf
        Cp[sl] = wf @ onehot_l
    containing = np.zeros((n, n + 1))
    # players in the low half: sum over low subsets with the bit set, by total size
    for b in range(l_ + 1):
        sel = sz_l == b
        D = C[:, sel] @ bits_l[sel].astype(np.float64)  # (h+1, l): [a, j]
        for a in range(h + 1):
            containing[h:, a + b] += D[a]
    # players in the high half
    G = np.zeros((len(pop_h), n + 1))
    for b in range(l_ + 1):
        G[np.arange(len(pop_h)), sz_h + b] += Cp[:, b]
    containing[:h] = bits_h.T.astype(np.float64) @ G
    winning = np.zeros(n + 1)
    for a in range(h + 1):
        for b in range(l_ + 1):
            winning[a + b] += C[a, sz_l == b].sum()
    return containing.round().astype(np.int64), winning.round().astype(np.int64)


@pytest.fixture(scope="module")
def eu_enumerated(eu2025):
    ids = list(eu2025["shares"])
    pop = [round(eu2025["shares"][i] * 100) for i in ids]
    return ids, enumerate_eu(pop, members_q=15, pop_q=6501, all_but=24)


def test_eu_game_is_built_relative_to_the_participating_total(eu_qmv):
    assert int(eu_qmv.totals[1]) == 10001  # the shares sum to 100.01
    assert eu_qmv.clauses == ((15, 6501), (24, 0))  # ceil(0.65 * 10001) = 6501


def test_builtin_body_compiles_to_the_same_game(eu_qmv):
    from concilium.bodies import load_body

    game = load_body("eu-council").game()
    assert game.players == eu_qmv.players
    assert game.clauses == eu_qmv.clauses
    assert (game.weights == eu_qmv.weights).all()


def test_banzhaf_and_shapley_shubik_match_full_enumeration(eu_qmv, eu_enumerated):
    ids, (containing, winning) = eu_enumerated
    n = len(ids)
    df = power_indices(eu_qmv, "banzhaf,shapley")
    exact = df.attrs["exact"]
    for i in range(n):
        # swings = (winning coalitions with i) - (winning coalitions without i)
        with_i = int(containing[i].sum())
        swings = with_i - (int(winning.sum()) - with_i)
        assert df["swings"].iloc[i] == swings
        ss = Fraction(0)
        for s in range(n + 1):
            w_with, w_without = int(containing[i, s]), int(winning[s] - containing[i, s])
            if s >= 1:
                ss += Fraction(w_with * factorial(s - 1) * factorial(n - s), factorial(n))
            if s <= n - 1:
                ss -= Fraction(w_without * factorial(s) * factorial(n - s - 1), factorial(n))
        assert Fraction(exact["shapley_shubik"][i]) == ss, ids[i]
    assert not df["veto"].any()
    # Power grows with population (all shares differ), for both indices.
    assert df["swings"].is_monotonic_decreasing
    assert df["shapley_shubik"].is_monotonic_decreasing


def test_no_three_members_can_block_qmv(eu_qmv):
    res = blocking_groups(eu_qmv, 3)
    assert res.count == 0 and res.coalitions == [] and res.complete


def test_four_member_blocking_minorities_match_itertools(eu_qmv, eu2025):
    pop = {i: round(s * 100) for i, s in eu2025["shares"].items()}
    total = sum(pop.values())
    # four members block when the other 23 hold less than 65 % (6501 of 10001)
    want = sorted(
        tuple(c) for c in itertools.combinations(pop, 4) if total - sum(pop[m] for m in c) < 6501
    )
    res = blocking_groups(eu_qmv, 4, limit=10**6)
    assert res.count == len(want) > 0
    assert sorted(tuple(sorted(c, key=list(pop).index)) for c in res.coalitions) == want
    assert ("DEU", "FRA", "ITA", "MLT") in res.coalitions  # 46.89 % + Malta
    assert blocking_groups(eu_qmv, 13).count == comb(27, 13)  # 13 "no" leave 14 < 15 "yes"


def test_minimal_blocking_coalitions_start_at_four_members(eu_qmv):
    res = minimal_blocking(eu_qmv, limit=5)
    assert res.count > 0
    assert all(len(c) >= 4 for c in res.coalitions)
    assert res.coalitions[0] == ("DEU", "FRA", "ITA", "ESP")


def test_reinforced_qmv_can_be_blocked_by_three(eu2025):
    """Reinforced QMV (Art. 238(2) TFEU: 72 % of members, 65 % of population) has no
    four-member blocking-minority clause, so three large states can block it."""
    game = eu_game(eu2025["shares"], member_threshold=0.72, min_blocking=None)
    assert game.clauses == ((20, 6501),)
    pop = {i: round(s * 100) for i, s in eu2025["shares"].items()}
    want = sorted(
        tuple(c) for c in itertools.combinations(pop, 3) if 10001 - sum(pop[m] for m in c) < 6501
    )
    res = blocking_groups(game, 3, limit=1000)
    assert res.count == len(want) > 0
    assert ("DEU", "FRA", "ITA") in res.coalitions
    assert sorted(tuple(sorted(c, key=list(pop).index)) for c in res.coalitions) == want
    # 8 members voting no leave 19 < 20: any 8 block
    assert blocking_groups(game, 8).count == comb(27, 8)


def test_partial_participation_quotas_are_taken_of_the_participants(eu2025):
    """Without Hungary: 55 % of 26 -> 15 members, 65 % of 9788 hundredths -> 6363,
    and 'fewer than four against' -> 23 of 26."""
    rows = [f"{m},{s}" for m, s in eu2025["shares"].items() if m != "HUN"]
    text = (
        "member,population\n"
        + "\n".join(rows)
        + "\nquota,members >= 55% and population >= 65%\nquota,members >= 23\n"
    )
    wf = parse_weights_csv(text)
    assert int(wf.game.totals[1]) == 10001 - 213
    assert wf.game.clauses == ((15, 6363), (23, 0))


def test_dual_game_spells_out_the_treaty_blocking_minority(eu_qmv):
    from concilium.analysis.power import dual_game

    dual = dual_game(eu_qmv)
    # at least 4 members with more than 35 % (>= 3501 of 10001), or at least 13 members
    assert set(dual.clauses) == {(4, 3501), (13, 0)}
