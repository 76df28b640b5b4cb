"""Institutions matter: bargaining points checked against the body's rule.

Hand-derived cases on three voters at 10, 40 and 70 with the status quo at 20 (the classic
setter-model picture): the mean/compromise point is 40; Left (at 10) prefers 20 to 40.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from concilium.errors import InputError
from concilium.models import run_model
from concilium.models.institutions import apply_rule
from concilium.scenario import Scenario


def three(
    rule=None, status_quo=20.0, positions=(10, 40, 70), extra_members=(), stakeholder=None
) -> Scenario:
    ids = ["L", "M", "R", "S4", "S5"][: len(positions)]
    members = [{"id": i, "name": f"Member {i}"} for i in ids] + [
        {"id": e, "name": f"Member {e}"} for e in extra_members
    ]
    actors = [
        {
            "id": i,
            "name": f"Member {i}",
            "capability": 1,
            "stances": {"spend": {"position": x, "salience": 50}},
        }
        for i, x in zip(ids, positions)
    ]
    if stakeholder is not None:
        actors.append(
            {
                "id": "OUT",
                "name": "Outsider",
                "capability": 1,
                "stances": {"spend": {"position": stakeholder, "salience": 50}},
            }
        )
    return Scenario.model_validate(
        {
            "id": "three",
            "title": "three voters",
            "date": "2025-01-01",
            "body": {
                "id": "c3",
                "name": "Council",
                "rule": rule or {"kind": "unanimity"},
                "members": members,
            },
            "issues": [{"id": "spend", "title": "Spending", "status_quo": status_quo}],
            "actors": actors,
        }
    )


def test_unanimity_veto_player_blocks_the_compromise():
    f = run_model(three(), "compromise").issue("spend")
    assert f.details["bargaining_point"] == pytest.approx(40)
    assert f.details["rule_passes"] is False
    assert f.outcome == 20 and f.adopted is False
    assert f.blockers == ["L"]
    assert f.votes == {"L": "no", "M": "yes", "R": "yes"}
    assert f.details["objectors"] == ["L"]
    assert sorted(f.veto_players) == ["L", "M", "R"]
    text = " ".join(f.explanation)
    assert "Member L" in text and "Institutions matter" in text
    # will it pass (no: outcome 20) apart from where it lands if adopted (the point 40)
    assert f.details["if_adopted"] == pytest.approx(40)
    assert "would land at the bargaining point 40" in text


def test_institutions_false_reports_the_raw_bargaining_point():
    f = run_model(three(), "compromise", institutions=False).issue("spend")
    assert f.outcome == pytest.approx(40) and f.details["if_adopted"] == pytest.approx(40)
    assert f.details["rule_passes"] is False  # still checked and reported
    assert f.adopted is None
    assert f.blockers == ["L"]
    assert any("institutions=false" in s for s in f.explanation)


def test_majority_lets_the_compromise_pass():
    # 40 against 20: M (|40-40| < |40-20|) and R (30 < 50) vote yes, L (30 > 10) no: 2 of 3.
    f = run_model(three({"kind": "majority"}), "mean").issue("spend")
    assert f.outcome == pytest.approx(40) and f.adopted is True
    assert f.details["rule_passes"] is True
    assert f.votes == {"L": "no", "M": "yes", "R": "yes"}
    assert f.blockers == [] and f.veto_players == []


def test_no_status_quo_means_no_rule_check():
    f = run_model(three(status_quo=None), "compromise").issue("spend")
    assert f.outcome == pytest.approx(40)
    assert f.adopted is None and f.details["rule_passes"] is None
    assert f.details["rule_check"] == "skipped: the issue has no status quo"
    assert any("no status quo" in s for s in f.explanation)


def test_bargaining_point_at_the_status_quo_changes_nothing():
    f = run_model(three(positions=(20, 20, 20)), "median_voter").issue("spend")
    assert f.outcome == 20 and f.adopted is False
    assert f.details["rule_check"].startswith("not needed")


def test_members_without_positions_skip_the_check_and_say_who():
    f = run_model(three(extra_members=("X",)), "compromise").issue("spend")
    assert f.outcome == pytest.approx(40)
    assert f.details["rule_passes"] is None
    assert "X" in f.details["rule_check"]
    assert any("X" in s and "unchecked" in s for s in f.explanation)


def test_blocking_minority_without_a_single_blocker():
    # Five members, 4 of 5 needed; three at 10 prefer q = 20 to the mean 34, so one switch
    # (3 yes) is not enough: nobody blocks alone, and the explanation says so.
    rule = {"kind": "majority", "threshold": 0.8, "strict": False}
    sc = three(rule, positions=(10, 10, 10, 70, 70))
    f = run_model(sc, "mean").issue("spend")
    assert f.details["bargaining_point"] == pytest.approx(34)
    assert f.outcome == 20 and f.adopted is False
    assert f.blockers == []
    assert f.details["objectors"] == ["L", "M", "R"]
    assert any("No single member" in s for s in f.explanation)


def test_stakeholders_pull_but_do_not_vote():
    # An outsider at 100 drags the mean to 55; L (45 > 10) and M (15 > 20? no: |40-55| = 15
    # < 20) -> L no, M yes, R yes; under unanimity L blocks.
    f = run_model(three(stakeholder=100), "mean").issue("spend")
    assert f.details["bargaining_point"] == pytest.approx(55)
    assert "OUT" not in f.votes
    assert f.votes == {"L": "no", "M": "yes", "R": "yes"}
    assert f.outcome == 20


def test_flagship_france_blocks_every_bargaining_model(flagship):
    for model in ("mean", "median_voter", "salience_median", "compromise"):
        f = run_model(flagship, model).issue("tokyo-office")
        assert f.details["bargaining_point"] > 0
        assert f.outcome == 0 and f.adopted is False
        assert f.blockers == ["FRA"], model
        assert any("France" in s for s in f.explanation)


def test_apply_rule_rejects_a_non_number():
    with pytest.raises(InputError, match="not a number"):
        apply_rule(three(), "spend", float("nan"))


def test_apply_rule_keeps_the_models_own_explanation_first():
    f = apply_rule(three(), "spend", 15.0, explanation=["Model says 15."], details={"k": 1})
    # 15 against 20: L is nearer 15 (5 < 10); M (25 > 20) and R (55 > 50) prefer 20.  Two
    # objectors under unanimity: neither alone could carry it, so neither is a blocker.
    assert f.explanation[0] == "Model says 15."
    assert f.details["k"] == 1
    assert f.details["objectors"] == ["M", "R"] and f.blockers == []
    assert f.outcome == 20


# ------------------------------------------------------------------------- properties
@st.composite
def unanimity_cases(draw):
    n = draw(st.integers(2, 5))
    x = draw(st.lists(st.integers(0, 100), min_size=n, max_size=n))
    q = draw(st.integers(0, 100))
    return x, q


def _scenario(x, q):
    ids = [f"m{k}" for k in range(len(x))]
    return Scenario.model_validate(
        {
            "id": "u",
            "title": "u",
            "date": "2025-01-01",
            "body": {
                "id": "u",
                "name": "U",
                "rule": {"kind": "unanimity"},
                "members": [{"id": i, "name": i} for i in ids],
            },
            "issues": [{"id": "i", "title": "i", "status_quo": q}],
            "actors": [
                {
                    "id": i,
                    "name": i,
                    "capability": 1,
                    "stances": {"i": {"position": v, "salience": 50}},
                }
                for i, v in zip(ids, x)
            ],
        }
    )


@settings(max_examples=40)
@given(unanimity_cases())
def test_under_unanimity_a_point_a_member_likes_less_than_q_is_not_adopted(case):
    x, q = case
    sc = _scenario(x, q)
    f = run_model(sc, "compromise").issue("i")
    z = f.details["bargaining_point"]
    worse_off = [f"m{k}" for k, v in enumerate(x) if abs(v - z) > abs(v - q) + 1e-9]
    if worse_off:
        assert f.outcome == q and f.adopted is False
        assert set(f.details["objectors"]) == set(worse_off)
        # a blocker is an objector whose switch alone would carry it: only a lone objector
        assert f.blockers == (worse_off if len(worse_off) == 1 else [])
    elif abs(z - q) > 1e-9 and any(abs(v - z) < abs(v - q) - 1e-9 for v in x):
        assert f.outcome == pytest.approx(z) and f.adopted is True


@settings(max_examples=40)
@given(unanimity_cases())
def test_nash_solution_always_passes_unanimity(case):
    x, q = case
    f = run_model(_scenario(x, q), "nash").issue("i")
    if f.outcome != q:
        assert f.details["rule_passes"] is True
        assert all(abs(v - f.outcome) < abs(v - q) for v in np.array(x, float))


@settings(max_examples=40)
@given(unanimity_cases())
def test_nearest_fallback_moves_to_the_edge_of_the_unanimity_win_set(case):
    """fallback="nearest" (issue 10): a failing point moves to the nearest point of the
    closure of W(q) -- under unanimity the points no member likes less than q and some member
    likes more -- or stays at q when that set is empty.  Checked by brute force on a 0.25
    grid, which holds every interval end (positions and q are integers)."""
    x, q = case
    sc = _scenario(x, q)
    z = run_model(sc, "compromise").issue("i").details["bargaining_point"]
    f = apply_rule(sc, "i", z, fallback="nearest")
    if f.details["rule_passes"] is not False:
        return
    grid = np.arange(0, 100.001, 0.25)
    ok = [
        g
        for g in grid
        if g != q
        and all(abs(v - g) <= abs(v - q) + 1e-9 for v in x)
        and any(abs(v - g) < abs(v - q) - 1e-9 for v in x)
    ]
    if f.adopted:
        assert ok and f.outcome == pytest.approx(min(ok, key=lambda g: abs(g - z)), abs=0.25)
        assert all(abs(v - f.outcome) <= abs(v - q) + 1e-9 for v in x)
        assert f.details["if_adopted"] == f.outcome  # it lands where it was moved to
    else:
        assert f.outcome == q and not ok
        assert f.details["if_adopted"] == z  # nothing passes: if adopted, the bargain
