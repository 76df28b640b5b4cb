"""The typed trace of iterative models: shapes, long form, JSON round trip."""

from __future__ import annotations

import math

import numpy as np
import pytest
from pydantic import ValidationError

from concilium.trace import Move, Trace


def _small() -> Trace:
    # 2 turns after the input, 2 actors, 2 dimensions; B has no stance on "y".
    pos = np.array(
        [
            [[0.0, 10.0], [100.0, math.nan]],
            [[20.0, 10.0], [80.0, math.nan]],
            [[50.0, 10.0], [50.0, math.nan]],
        ]
    )
    return Trace.from_array(
        "toy",
        ["A", "B"],
        ["x", "y"],
        pos,
        status="converged",
        moves=[
            Move(
                turn=1,
                actor="A",
                dimension="x",
                before=0,
                after=20,
                counterpart="B",
                reason="accepts B's offer",
            )
        ],
        per_turn={"median": [50.0, 50.0, 50.0]},
    )


def test_long_rows_leave_out_missing_stances_and_count_every_other_cell():
    tr = _small()
    rows = list(tr.to_rows())
    assert len(rows) == 3 * 3  # 3 turns x (A on x, A on y, B on x)
    assert rows[0] == {"turn": 0, "actor": "A", "dimension": "x", "position": 0.0}
    assert {"turn": 2, "actor": "B", "dimension": "x", "position": 50.0} in rows
    assert not any(r["actor"] == "B" and r["dimension"] == "y" for r in rows)
    assert tr.to_csv().splitlines()[0] == "turn,actor,dimension,position"
    assert tr.turns == 2 and "converged after 2 turn(s)" == tr.describe_end()


def test_json_round_trip_and_array_round_trip():
    tr = _small()
    back = Trace.from_json(tr.to_json())
    assert back == tr
    arr = back.to_array()
    assert arr.shape == (3, 2, 2) and math.isnan(arr[0, 1, 1]) and arr[2, 0, 0] == 50.0
    assert tr.moves[0].distance == 20


def test_shapes_are_checked():
    with pytest.raises(ValidationError, match="2 actors x 1 dimensions"):
        Trace(model="m", actors=["A", "B"], dimensions=["x"], positions=[[[1.0]]])
    with pytest.raises(ValidationError, match="per_turn"):
        Trace(
            model="m", actors=["A"], dimensions=["x"], positions=[[[1.0]]], per_turn={"p": [1, 2]}
        )


def test_the_expected_utility_forecast_carries_its_rounds(flagship):
    from concilium.models import run_model

    f = run_model(flagship, "expected_utility")
    tr = f.trace
    assert tr is not None and tr.model == "expected_utility"
    assert tr.dimensions == ["tokyo-office"] and len(tr.actors) == len(flagship.actors)
    # turn 0 is the input: France's stated position is 0 (examples/nato-tokyo-office.yaml)
    assert tr.positions[0][tr.actors.index("FRA")][0] == 0.0
    # and the per-issue records agree with it, round by round
    issue = f.issues[0]
    ids = issue.details["actor_ids"]
    for rec in issue.trace:
        for a, x in zip(ids, rec["positions"], strict=True):
            assert tr.positions[rec["round"]][tr.actors.index(a)][0] == pytest.approx(x)
