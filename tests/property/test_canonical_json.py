"""The scenario's canonical JSON (what the input hash covers) is pydantic's JSON dump.

``Scenario.canonical_json`` writes the actors out by hand (``_actor_json``: a pydantic
serializer call per number made the hash of 1,000 issues cost half a second).  Its
definition is unchanged: the scenario dumped with ``model_dump(mode="json")``, the body and
procedure in full, as sorted compact JSON.  These tests hold the hand-written dump to that
definition: on every example file, and on random actors with every optional field.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from concilium.io import load_scenario
from concilium.scenario import (
    _ACTOR_FIELDS,
    _STANCE_FIELDS,
    Actor,
    Scenario,
    Stance,
    _actor_json,
)

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))


def reference_canonical_json(sc: Scenario) -> str:
    """The definition (the code before the hand-written actor dump, kept as the oracle)."""
    data = sc.model_dump(mode="json", exclude={"body", "procedure"})
    if sc.body is not None:
        data["body"] = sc.body.model_dump(mode="json")
    if sc.procedure is not None:
        data["procedure"] = sc.procedure.model_dump(mode="json")
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def test_the_hand_written_dump_writes_every_field_of_the_models():
    """A field added to Actor or Stance must be added to their hand-written dump too."""
    assert tuple(Actor.model_fields) == _ACTOR_FIELDS
    assert tuple(Stance.model_fields) == _STANCE_FIELDS


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_example_has_the_canonical_json_of_the_definition(path):
    sc = load_scenario(path)
    assert sc.canonical_json() == reference_canonical_json(sc)


numbers = st.integers(0, 100).map(float) | st.floats(0, 100, allow_nan=False)


@st.composite
def estimates(draw):
    value = draw(numbers)
    out: dict = {"value": value}
    if draw(st.booleans()):
        lo, hi = draw(st.floats(0, value)), draw(st.floats(value, 100))
        if lo < hi:
            out["range"] = [lo, hi]
            if draw(st.booleans()):
                out["dist"] = draw(
                    st.sampled_from(["uniform", "triangular", {"kind": "truncnormal", "sd": 5}])
                )
    if draw(st.booleans()):
        out["evidence"] = [{"source": "https://example.org", "date": "2024-05"}]
    if draw(st.booleans()):
        out["assumption"] = "guess"
    return value if len(out) == 1 and draw(st.booleans()) else out


@st.composite
def stances(draw):
    out: dict = {"position": draw(estimates())}
    for name in ("salience", "capability"):
        if draw(st.booleans()):
            out[name] = draw(estimates())
    if draw(st.booleans()):
        out["vote"] = draw(st.sampled_from(["yes", "no", {"value": "abstain", "assumption": "x"}]))
    if draw(st.booleans()) and (
        isinstance(out["position"], float) or "range" not in out["position"]
    ):
        out["alternatives"] = [
            {"weight": 0.25, "position": 10, "label": "a"},
            {"weight": 0.75, "position": 90},
        ]
    if draw(st.booleans()):
        out["note"] = draw(st.text(max_size=5))
    return out


@st.composite
def actors(draw):
    out: dict = {
        "id": "A1",
        "name": draw(st.text(min_size=1, max_size=5).filter(str.strip)),
        "stances": draw(st.dictionaries(st.sampled_from(["x", "y", "z"]), stances(), max_size=3)),
    }
    if draw(st.booleans()):
        out["aliases"] = ["Alpha"]
    if draw(st.booleans()):
        out["role"] = draw(st.sampled_from(["member", "stakeholder"]))
    if draw(st.booleans()):
        out["capability"] = draw(estimates())
    if draw(st.booleans()):
        out["participation"] = {"absent": 0.25}
    if draw(st.booleans()):
        out["note"] = "n"
    return out


@settings(max_examples=300, deadline=None)
@given(actors())
def test_the_hand_written_actor_dump_is_pydantics(data):
    actor = Actor.model_validate(data)
    assert _actor_json(actor) == actor.model_dump(mode="json")
    # the same JSON text, so the same hash (floats and their types included)
    assert json.dumps(_actor_json(actor), sort_keys=True) == json.dumps(
        actor.model_dump(mode="json"), sort_keys=True
    )
