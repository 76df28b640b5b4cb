"""Properties of procedures with several stages (concilium.procedures).

* adding a stage never turns a fail into a pass (a point must pass every stage);
* the procedure's win set is a subset of each stage's (it is their intersection);
* a yes-intention never blocks, at any stage.

Scenarios are drawn small: two inline bodies of 3-6 members each (some members shared),
each with a random rule among consensus, a head majority and a weighted majority.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from concilium.models import procedural
from concilium.procedures import evaluate, resolve, win_sets
from concilium.scenario import Scenario
from concilium.spatial import in_intervals

RULES = [
    {"kind": "consensus"},
    {"kind": "unanimity", "abstention_blocks": True},
    {"kind": "majority", "threshold": 0.5, "strict": True},
    {"kind": "majority", "threshold": 0.6666666666, "strict": True, "base": "votes_cast"},
    {"kind": "weighted_majority", "weight": "votes", "threshold": 0.6, "strict": False},
]


@st.composite
def scenarios(draw):
    n_a = draw(st.integers(3, 6))
    n_b = draw(st.integers(3, 6))
    pool = [f"A{k}" for k in range(8)]
    members_a = pool[:n_a]
    members_b = draw(st.permutations(pool))[:n_b]  # overlaps with A by chance
    everyone = sorted(set(members_a) | set(members_b))
    positions = {m: draw(st.integers(0, 10)) * 10.0 for m in everyone}
    proposal = draw(st.integers(1, 10)) * 10.0
    weights = {m: draw(st.integers(1, 5)) for m in everyone}
    intend_yes = draw(st.sampled_from(everyone))

    def body(name, members, rule):
        return {
            "id": name,
            "name": name,
            "rule": rule,
            "members": [{"id": m, "name": m, "weights": {"votes": weights[m]}} for m in members],
        }

    rule_a, rule_b = draw(st.sampled_from(RULES)), draw(st.sampled_from(RULES))
    base = {
        "id": "p",
        "title": "p",
        "date": "2025-01-01",
        "body": body("a", members_a, rule_a),
        "issues": [{"id": "i", "title": "i", "status_quo": 0, "proposal": proposal}],
        "actors": [
            {"id": m, "name": m, "stances": {"i": {"position": positions[m]}}} for m in everyone
        ],
    }
    two = {
        **base,
        "procedure": {
            "mode": draw(st.sampled_from(["sequence", "together"])),
            "stages": [{"id": "a"}, {"id": "b", "body": body("b", members_b, rule_b)}],
        },
    }
    return Scenario.model_validate(base), Scenario.model_validate(two), proposal, intend_yes


def _points(ws_list):
    """Test points: every interval end and midpoint, and a grid."""
    pts = {float(z) for z in range(0, 101, 5)}
    for ws in ws_list:
        for iv in ws:
            pts |= {iv.lo, iv.hi, (iv.lo + iv.hi) / 2}
    return sorted(pts)


@settings(max_examples=40)
@given(scenarios())
def test_adding_a_stage_never_turns_a_fail_into_a_pass(case):
    one, two, proposal, _ = case
    for z in (proposal, 25.0, 50.0, 95.0):
        if not evaluate(one, "i", z).passed:
            assert not evaluate(two, "i", z).passed
    # and the win set can only shrink
    w1, w2 = win_sets(one, "i").procedure, win_sets(two, "i").procedure
    for z in _points([w1, w2]):
        if in_intervals(w2, z):
            assert in_intervals(w1, z)


@settings(max_examples=40)
@given(scenarios())
def test_procedure_win_set_is_within_each_stage(case):
    _, two, _, _ = case
    ws = win_sets(two, "i")
    for z in _points([ws.procedure, *ws.by_stage.values()]):
        in_all = all(in_intervals(w, z) for w in ws.by_stage.values())
        # the intersection: in the procedure's win set exactly when in every stage's
        assert in_intervals(ws.procedure, z) == in_all
        if in_intervals(ws.procedure, z):
            # and such a point passes every stage when voted (spatially, no intentions)
            assert all(in_intervals(w, z) for w in ws.by_stage.values())


@settings(max_examples=40)
@given(scenarios())
def test_a_yes_intention_never_blocks_at_any_stage(case):
    _, two, proposal, who = case
    sc = two.with_stance(who, "i", vote="yes")
    res = evaluate(sc, "i", proposal)
    assert who not in res.blockers
    for s in res.stages:
        assert who not in s.blockers
        if s.reached and who in s.votes:
            assert s.votes[who] == "yes"


@settings(max_examples=40)
@given(scenarios())
def test_one_body_through_the_procedure_code_is_the_procedural_model(case):
    # the one-stage procedure (no procedure: field) evaluated by concilium.procedures gives
    # the procedural model's own verdict, blockers and win set
    one, _, proposal, _ = case
    assert not resolve(one).explicit
    fc = procedural.forecast(one).issue("i")
    res = evaluate(one, "i", proposal)
    assert res.passed is fc.adopted
    assert res.blockers == fc.blockers
    assert win_sets(one, "i").procedure == procedural.win_set(one, "i")
