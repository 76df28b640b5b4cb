"""Property tests: the dynamic programming agrees with brute force on random small games,
and the indices have the properties the literature proves for them."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from concilium.analysis.power import (
    blocking_groups,
    count_winning,
    minimal_blocking,
    minimal_winning,
    power_indices,
)
from concilium.analysis.power._space import normalised_clauses
from concilium.errors import InputError
from concilium.games import SimpleGame

from .oracle import brute


@st.composite
def games(draw, max_n: int = 7, max_cols: int = 3, max_weight: int = 6, head_quota: bool = True):
    """Random monotone simple games: head count plus up to two weight columns, 1-3 clauses.

    With ``head_quota=False`` no clause counts heads (pure weighted games)."""
    n = draw(st.integers(1, max_n))
    extra = draw(st.integers(0 if head_quota else 1, max_cols - 1))
    w = [[1] + [draw(st.integers(0, max_weight)) for _ in range(extra)] for _ in range(n)]
    totals = [sum(r[d] for r in w) for d in range(extra + 1)]
    clauses = []
    for _ in range(draw(st.integers(1, 3))):
        quotas = [draw(st.integers(0, t + 1)) for t in totals]
        if not head_quota:
            quotas[0] = 0
        clauses.append(tuple(quotas))
    g = SimpleGame(
        tuple(f"m{i}" for i in range(n)),
        np.array(w, dtype=np.int64),
        ("members", *[f"w{d}" for d in range(extra)]),
        tuple(clauses),
    )
    try:
        normalised_clauses(g)
    except InputError:
        assume(False)
    return g


@settings(deadline=None)
@given(games())
def test_indices_agree_with_brute_force(game):
    df = power_indices(game, "all")
    oracle = brute(game)
    exact = df.attrs["exact"]
    assert df["swings"].tolist() == oracle["swings"]
    for index in ("banzhaf", "banzhaf_normalised", "shapley_shubik", "holler_packel"):
        assert [Fraction(x) for x in exact[index]] == oracle[index], index
    assert df["deegan_packel"].tolist() == pytest.approx(
        [float(x) for x in oracle["deegan_packel"]], rel=1e-12
    )
    assert df.attrs["minimal_winning_coalitions"] == len(oracle["mwc"])
    assert [p for p, v in zip(game.players, df["veto"]) if v] == oracle["veto"]


@settings(deadline=None)
@given(games())
def test_coalitions_agree_with_brute_force(game):
    oracle = brute(game)
    mwc = minimal_winning(game, limit=10**6)
    assert mwc.count == len(oracle["mwc"]) and mwc.complete
    assert sorted(tuple(sorted(game.index(p) for p in c)) for c in mwc.coalitions) == sorted(
        oracle["mwc"]
    )
    mbc = minimal_blocking(game, limit=10**6)
    assert sorted(tuple(sorted(game.index(p) for p in c)) for c in mbc.coalitions) == sorted(
        oracle["minimal_blocking"]
    )
    assert count_winning(game) == oracle["winning_by_size"]
    for k in range(game.n + 1):
        groups = blocking_groups(game, k, limit=10**6)
        want = sorted(b for b in oracle["blocking"] if len(b) == k)
        assert groups.count == len(want)
        assert sorted(tuple(sorted(game.index(p) for p in c)) for c in groups.coalitions) == want


@settings(deadline=None)
@given(games(max_n=8))
def test_normalised_indices_sum_to_one(game):
    df = power_indices(game, "all")
    exact = df.attrs["exact"]
    for index in ("banzhaf_normalised", "shapley_shubik", "holler_packel"):
        assert sum(Fraction(x) for x in exact[index]) == 1, index
    assert df["deegan_packel"].sum() == pytest.approx(1.0, abs=1e-12)


@settings(deadline=None)
@given(games(max_n=7, head_quota=False))
def test_adding_a_dummy_gives_it_zero_and_changes_no_one_else(game):
    """A member of weight 0 in every column that no clause counts by head is a dummy
    (Shapley & Shubik 1954, dummy axiom); the others' swing counts double (one more
    member in or out), so their normalised and Shapley-Shubik power stays the same."""
    before = power_indices(game, "banzhaf,shapley")
    w = np.vstack([game.weights, np.concatenate([[1], np.zeros(game.weights.shape[1] - 1, int)])])
    bigger = SimpleGame(game.players + ("dummy",), w.astype(np.int64), game.labels, game.clauses)
    after = power_indices(bigger, "all").set_index("member")
    assert after.loc["dummy", "swings"] == 0
    assert after.loc["dummy", "shapley_shubik"] == 0
    assert after.loc["dummy", "holler_packel"] == 0 and after.loc["dummy", "deegan_packel"] == 0
    assert bool(after.loc["dummy", "dummy"])
    for p, s, ss in zip(before["member"], before["swings"], before["shapley_shubik"]):
        assert after.loc[p, "swings"] == 2 * s
        assert after.loc[p, "shapley_shubik"] == pytest.approx(ss, abs=1e-15)


@settings(deadline=None)
@given(games(max_n=8))
def test_symmetric_members_get_equal_power(game):
    df = power_indices(game, "all")
    rows = [tuple(r) for r in game.weights]
    cols = ["banzhaf", "shapley_shubik", "holler_packel", "deegan_packel"]
    for i in range(game.n):
        for j in range(i + 1, game.n):
            if rows[i] == rows[j]:
                for c in cols:
                    assert df[c].iloc[i] == pytest.approx(df[c].iloc[j], rel=1e-12), c


@pytest.mark.parametrize("n", [1, 2, 5, 12, 40])
def test_unanimity_gives_each_veto_player_one_nth(n):
    game = SimpleGame(
        tuple(f"m{i}" for i in range(n)), np.ones((n, 1), dtype=np.int64), ("members",), ((n,),)
    )
    df = power_indices(game, "all")
    assert df["veto"].all()
    assert [Fraction(x) for x in df.attrs["exact"]["shapley_shubik"]] == [Fraction(1, n)] * n
    assert df["swings"].tolist() == [1] * n  # only the coalition of all the others
    assert df["deegan_packel"].tolist() == pytest.approx([1 / n] * n)
