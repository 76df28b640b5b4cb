"""Large games: exact counts beyond int64, the guard against tables too large to count."""

from __future__ import annotations

from fractions import Fraction
from math import comb

import numpy as np
import pytest

from concilium.analysis.power import power_indices
from concilium.analysis.power._space import Space
from concilium.analysis.power._swings import swing_counts
from concilium.errors import InputError
from concilium.games import SimpleGame


def weighted(weights, quota) -> SimpleGame:
    n = len(weights)
    w = np.column_stack([np.ones(n, dtype=np.int64), np.asarray(weights, dtype=np.int64)])
    return SimpleGame(tuple(f"m{i}" for i in range(n)), w, ("members", "votes"), ((0, quota),))


def test_symmetric_majority_of_101_matches_the_binomial_formula():
    """101 equal members, quota 51: a member swings when exactly 50 of the other 100 say yes:
    C(100, 50) swings (about 1e29, beyond int64); Shapley-Shubik 1/101 by symmetry."""
    n = 101
    game = SimpleGame(
        tuple(f"m{i}" for i in range(n)), np.ones((n, 1), dtype=np.int64), ("members",), ((51,),)
    )
    df = power_indices(game, "banzhaf,shapley")
    assert df["swings"].tolist() == [comb(100, 50)] * n
    assert Fraction(df.attrs["exact"]["banzhaf"][0]) == Fraction(comb(100, 50), 2**100)
    assert [Fraction(x) for x in df.attrs["exact"]["shapley_shubik"]] == [Fraction(1, n)] * n


def test_float_and_modular_reconstruction_equals_python_integers():
    rng = np.random.default_rng(7)
    n = 80
    weights = rng.integers(1, 60, size=n)
    game = weighted(weights, int(weights.sum() * 2 // 3))
    space = Space.of(game, need_size=True)
    fast = swing_counts(space, by_size=True)
    assert fast.exact and "reconstruction" in fast.arithmetic
    slow = swing_counts(space, by_size=True, exact="python")
    assert fast.by_size == slow.by_size
    assert fast.total == slow.total
    floats = swing_counts(space, by_size=True, exact="never")
    assert not floats.exact and floats.rel_error < 1e-12
    for f, s in zip(floats.total, slow.total):
        assert abs(f - s) <= floats.rel_error * s + 1


def test_hundred_members_with_weights_up_to_1000_counts_exactly():
    rng = np.random.default_rng(2024)
    weights = rng.integers(1, 1001, size=100)
    game = weighted(weights, int(weights.sum() // 2 + 1))
    df = power_indices(game, "banzhaf,shapley")
    assert df.attrs["arithmetic"].startswith("float64 + uint64")
    assert sum(Fraction(x) for x in df.attrs["exact"]["shapley_shubik"]) == 1
    # heavier members never have less power in a weighted majority game
    order = np.argsort(weights, kind="stable")
    assert np.all(np.diff(df["swings"].to_numpy()[order].astype(float)) >= 0)


def test_game_too_large_for_an_exact_count_says_so_and_offers_sampling():
    rng = np.random.default_rng(1)
    weights = rng.integers(1, 10**7, size=60)
    game = weighted(weights, int(weights.sum() // 2 + 1))
    with pytest.raises(InputError) as err:
        power_indices(game, "shapley")
    assert "too large for an exact count" in str(err.value)
    assert "sampled" in str(err.value)
    df = power_indices(game, "shapley", method="auto", samples=2000, seed=1)
    assert (df["method"] == "sampled").all()
    assert any("estimated by sampling" in note for note in df.attrs["notes"])


def test_winning_coalitions_by_size_beyond_int64():
    from concilium.analysis.power import count_winning

    n = 101
    game = SimpleGame(
        tuple(f"m{i}" for i in range(n)), np.ones((n, 1), dtype=np.int64), ("members",), ((51,),)
    )
    assert count_winning(game) == [comb(n, k) if k >= 51 else 0 for k in range(n + 1)]
