"""Published power-index values (tests/cases/power_textbook.json), each derived by hand there."""

from __future__ import annotations

import json
from fractions import Fraction

import pytest

from concilium.analysis.power import minimal_winning, power_indices

from .conftest import CASES, game_from_case
from .oracle import brute

CASE_LIST = json.loads((CASES / "power_textbook.json").read_text())["cases"]


@pytest.mark.parametrize("case", CASE_LIST, ids=[c["id"] for c in CASE_LIST])
def test_published_values(case):
    game = game_from_case(case)
    df = power_indices(game, "all").set_index("member")
    exact = df.attrs["exact"]
    players = list(game.players)
    for index, values in case["expected"].items():
        if index == "minimal_winning_coalitions":
            assert df.attrs["minimal_winning_coalitions"] == values
            assert minimal_winning(game).count == values
            continue
        for member, expected in values.items():
            want = Fraction(expected)
            if index == "swings":
                assert df.loc[member, "swings"] == want
            elif index in exact:
                assert Fraction(exact[index][players.index(member)]) == want, (index, member)
                assert df.loc[member, index] == pytest.approx(float(want), abs=1e-15)
            else:  # deegan_packel is computed in floating point
                assert df.loc[member, index] == pytest.approx(float(want), rel=1e-12), (
                    index,
                    member,
                )


@pytest.mark.parametrize(
    "case", [c for c in CASE_LIST if len(c["members"]) <= 11], ids=lambda c: c["id"]
)
def test_published_cases_agree_with_brute_force(case):
    game = game_from_case(case)
    df = power_indices(game, "all")
    oracle = brute(game)
    exact = df.attrs["exact"]
    for index in ("banzhaf", "banzhaf_normalised", "shapley_shubik", "holler_packel"):
        assert [Fraction(x) for x in exact[index]] == oracle[index], index
    assert df["deegan_packel"].tolist() == pytest.approx(
        [float(x) for x in oracle["deegan_packel"]]
    )
