"""Issue kinds (issue 10): binary issues are forecast as yes or no, ordinal ones snap to a
labelled level, continuous ones are unchanged."""

from __future__ import annotations

import pytest

from concilium.errors import InputError
from concilium.io.documents import validate
from concilium.models import run_model
from concilium.models.institutions import apply_rule
from concilium.scenario import Scenario


def scenario(issue: dict, positions=(90, 70, 20), rule=None) -> Scenario:
    data = {
        "id": "k",
        "title": "k",
        "date": "2024-01-01",
        "body": {
            "id": "trio",
            "name": "Trio",
            "rule": rule or {"kind": "majority", "threshold": 0.5, "strict": True},
            "members": [{"id": m, "name": m} for m in "ABC"],
        },
        "issues": [{"id": "x", "title": "x", **issue}],
        "actors": [
            {"id": m, "capability": 1, "stances": {"x": {"position": p, "salience": 50}}}
            for m, p in zip("ABC", positions)
        ],
    }
    return validate(Scenario, data, "test")


def test_binary_issue_forecasts_adopt_or_keep_never_a_partial_point():
    # compromise point (90 + 70 + 20) / 3 = 60, nearer the proposal 100 than the status quo 0:
    # the bargain favours adoption; A (90) and B (70) prefer 100 to 0, C (20) does not: 2 of
    # 3 is a majority, so the proposal is adopted
    f = run_model(scenario({"kind": "binary", "status_quo": 0, "proposal": 100}), "compromise")
    i = f.issue("x")
    assert i.details["model_point"] == pytest.approx(60.0)
    assert i.outcome == 100 and i.adopted is True
    # positions 10, 30, 80: compromise 40 is nearer 0, so the bargain is to keep the status quo
    f = run_model(
        scenario({"kind": "binary", "status_quo": 0, "proposal": 100}, positions=(10, 30, 80)),
        "compromise",
    )
    assert f.issue("x").outcome == 0 and f.issue("x").adopted is False


def test_binary_issue_that_fails_the_rule_keeps_the_status_quo():
    # unanimity: C at 20 prefers 0 to 100, so the proposal fails; a binary issue has no other
    # change to move to, so the forecast is the status quo
    sc = scenario({"kind": "binary", "status_quo": 0, "proposal": 100}, rule={"kind": "unanimity"})
    i = run_model(sc, "compromise").issue("x")
    assert i.outcome == 0 and i.adopted is False and i.blockers == ["C"]


@pytest.mark.parametrize("model", ["mean", "compromise", "nash", "expected_utility"])
def test_every_bargaining_model_gives_a_binary_outcome(model):
    sc = scenario({"kind": "binary", "status_quo": 0, "proposal": 100})
    assert run_model(sc, model).issue("x").outcome in (0, 100)


LEVELS = [
    {"value": 0, "label": "none"},
    {"value": 40, "label": "observer"},
    {"value": 100, "label": "full office"},
]


def test_ordinal_issue_snaps_to_the_nearest_level():
    # compromise (90 + 70 + 20) / 3 = 60: levels 40 (20 away) and 100 (40 away): 40.
    # Majority: A (90) and B (70) prefer 40 to the status quo 0 (|90-40| < 90, |70-40| < 70)
    sc = scenario({"kind": "ordinal", "levels": LEVELS, "status_quo": 0})
    i = run_model(sc, "compromise").issue("x")
    assert i.outcome == 40 and i.adopted is True
    assert "observer" in " ".join(i.explanation)


def test_ordinal_failing_level_and_the_nearest_level_that_passes():
    # positions 100, 100, 0 under unanimity with status quo 0: C at 0 objects to any change,
    # so no level passes: status quo
    sc = scenario(
        {"kind": "ordinal", "levels": LEVELS, "status_quo": 0},
        positions=(100, 100, 0),
        rule={"kind": "unanimity"},
    )
    i = run_model(sc, "compromise").issue("x")
    assert i.outcome == 0 and i.adopted is False
    # positions 100, 100, 30 with status quo 0: compromise 76.7 -> level 100, which C (30)
    # likes less than 0 (70 > 30); level 40 is 10 from C (< 30): everyone prefers 40 to 0
    sc = scenario(
        {"kind": "ordinal", "levels": LEVELS, "status_quo": 0},
        positions=(100, 100, 30),
        rule={"kind": "unanimity"},
    )
    i = run_model(sc, "compromise").issue("x")
    assert i.details["bargaining_point"] == 100
    assert i.outcome == 0 and i.adopted is False  # default: a failing point -> status quo
    near = apply_rule(sc, "x", i.details["model_point"], fallback="nearest")
    assert near.outcome == 40 and near.adopted is True


def test_ties_between_levels_go_towards_the_status_quo():
    sc = scenario({"kind": "ordinal", "levels": LEVELS, "status_quo": 100})
    issue = sc.issue("x")
    assert issue.snap(70) == 100  # 70 is 30 from 40 and 30 from 100: the status quo's side
    assert issue.snap(20) == 40  # 20 from 0 and from 40: 40 is nearer the status quo 100


@pytest.mark.parametrize(
    ("issue", "words"),
    [
        ({"kind": "binary", "status_quo": 0}, "needs both"),
        ({"kind": "binary", "status_quo": 5, "proposal": 5}, "must differ"),
        ({"kind": "ordinal", "levels": LEVELS[:1]}, "at least two levels"),
        ({"kind": "ordinal", "levels": LEVELS[::-1]}, "increasing"),
        ({"kind": "ordinal", "levels": LEVELS, "status_quo": 10}, "not one of the levels"),
        ({"levels": LEVELS}, "ordinal issues only"),
        (
            {
                "kind": "ordinal",
                "levels": [{"value": 0, "label": "a"}, {"value": 150, "label": "b"}],
            },
            "outside the scale",
        ),
    ],
)
def test_bad_issue_kinds_are_one_clear_error(issue, words):
    with pytest.raises(InputError) as err:
        scenario(issue)
    assert words in str(err.value)
