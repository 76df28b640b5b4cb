"""Stated votes (``vote: yes|no|abstain``) and the abstention band (issue 10)."""

from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from concilium.errors import InputError
from concilium.io.documents import validate
from concilium.models import procedural
from concilium.models.procedural import assess_point
from concilium.scenario import Scenario


def trio(rule=None, positions=(80, 60, 45), votes=(None, None, None), band=None, body_band=0.0):
    data = {
        "id": "t",
        "title": "t",
        "date": "2024-01-01",
        "body": {
            "id": "trio",
            "name": "Trio",
            "rule": rule or {"kind": "unanimity"},
            "abstention_band": body_band,
            "members": [{"id": m, "name": m} for m in ("A", "B", "C")],
        },
        "issues": [{"id": "x", "title": "x", "status_quo": 0, "proposal": 100}],
        "actors": [],
    }
    if band is not None:
        data["abstention_band"] = band
    for m, p, v in zip(("A", "B", "C"), positions, votes):
        stance = {"position": p}
        if v is not None:
            stance["vote"] = v
        data["actors"].append({"id": m, "stances": {"x": stance}})
    return validate(Scenario, data, "test")  # ValidationError -> one InputError


def test_without_a_band_the_member_nearer_the_status_quo_blocks_unanimity():
    # C at 45 is 45 from q = 0 and 55 from the proposal 100: it votes no.
    i = procedural.forecast(trio()).issue("x")
    assert i.votes == {"A": "yes", "B": "yes", "C": "no"} and i.blockers == ["C"]
    # win set under unanimity: each member prefers (0, 2x): (0,160) ∩ (0,120) ∩ (0,90) -> (0, 90);
    # at 90 C is indifferent and abstains, which does not block unanimity: (0, 90]
    assert i.details["win_set_text"] == "(0, 90]"


def test_the_scenario_band_makes_a_near_indifferent_member_abstain():
    # band 0.15 of the width 100: C's distances differ by |55 - 45| = 10 <= 15, so it abstains,
    # and under unanimity an abstention does not block (Art. 238(4) TFEU): the draft passes.
    i = procedural.forecast(trio(band=0.15)).issue("x")
    assert i.votes["C"] == "abstain" and i.adopted is True and i.outcome == 100
    # win set: "no" only where |z - x| > x + 15, i.e. z > 2x + 15 (never on [0, 100] for x >= 45);
    # "yes" where |z - x| < x - 15, i.e. 15 < z < 2x - 15: someone votes yes iff z > 15.
    assert i.details["win_set_text"] == "(15, 100]"
    # the body's own band gives the same, and the scenario's override wins over it
    assert procedural.forecast(trio(body_band=0.15)).issue("x").adopted is True
    assert procedural.forecast(trio(body_band=0.15, band=0.0)).issue("x").adopted is False


def test_a_stated_vote_overrides_the_spatial_vote():
    # A at 80 would vote yes; stated "no" under unanimity blocks.
    i = procedural.forecast(trio(positions=(80, 60, 70), votes=("no", None, None))).issue("x")
    assert i.votes["A"] == "no" and i.blockers == ["A"] and i.adopted is False
    assert any("as stated in the scenario" in s for s in i.explanation)
    # "prefers the status quo but abstains": C at 10 with vote abstain does not block
    i = procedural.forecast(trio(positions=(80, 60, 10), votes=(None, None, "abstain"))).issue("x")
    assert i.votes["C"] == "abstain" and i.adopted is True


def test_a_stated_vote_concerns_the_proposal_not_other_points():
    sc = trio(positions=(80, 60, 70), votes=("no", None, None))
    assert assess_point(sc, 100, "x").passes is False  # the proposal: A's stated no
    assert assess_point(sc, 50, "x").passes is True  # a compromise: A votes by position


def test_vote_values_are_checked():
    with pytest.raises(InputError) as err:
        trio(votes=("maybe", None, None))
    assert "vote" in str(err.value)
    with pytest.raises(InputError):
        trio(votes=(True, None, None))
    v = (
        trio(
            votes=(
                {"value": "abstain", "evidence": [{"source": "a", "date": "2022-05"}]},
                None,
                None,
            )
        )
        .actor("A")
        .stances["x"]
        .vote
    )
    assert v.value == "abstain" and v.evidence[0].date == "2022-05"


RULES = [
    {"kind": "unanimity"},
    {"kind": "unanimity", "abstention_blocks": True},
    {"kind": "majority", "threshold": 0.5, "strict": True, "base": "members"},
    {"kind": "majority", "threshold": 0.5, "strict": True, "base": "votes_cast"},
]


@settings(max_examples=60, deadline=None)
@given(
    rule=st.sampled_from(RULES),
    positions=st.lists(st.integers(0, 100), min_size=3, max_size=3),
    votes=st.lists(st.sampled_from([None, "yes", "no", "abstain"]), min_size=3, max_size=3),
    who=st.integers(0, 2),
)
def test_a_yes_intention_never_blocks(rule, positions, votes, who):
    """A member stating yes is never a blocker, and switching any member's stated vote to yes
    never turns a passing proposal into a failing one (rules are monotone)."""
    i = procedural.forecast(trio(rule, positions, votes)).issue("x")
    yes_sayers = {m for m, v in zip("ABC", votes) if v == "yes"}
    assert not (set(i.blockers) & yes_sayers)
    more = copy.copy(list(votes))
    more[who] = "yes"
    j = procedural.forecast(trio(rule, positions, more)).issue("x")
    assert "ABC"[who] not in j.blockers
    if i.adopted:
        assert j.adopted
