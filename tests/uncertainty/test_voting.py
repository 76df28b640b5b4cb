"""The vectorised rule count agrees with Rule.decide on random vote profiles."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from concilium.analysis.uncertainty.voting import CODES, compile_rule
from concilium.bodies import load_body
from concilium.rules import (
    DoubleMajority,
    Majority,
    TripleMajority,
    Unanimity,
    VetoMajority,
    WeightedMajority,
)


def _cases():
    out = []
    for name, date in (
        ("nato", dt.date(2023, 6, 15)),
        ("eu-council", dt.date(2025, 6, 1)),
        ("unsc", dt.date(2023, 6, 1)),
    ):
        body = load_body(name)
        out.append((f"{name}:default", body.rule, body.members_on(date)))
    eu = load_body("eu-council").members_on(dt.date(2025, 6, 1))
    unsc = load_body("unsc").members_on(dt.date(2023, 6, 1))
    out += [
        ("unanimity-abstention-blocks", Unanimity(abstention_blocks=True), eu),
        ("majority-votes-cast", Majority(threshold=0.5, strict=True, base="votes_cast"), eu),
        ("majority-two-thirds", Majority(threshold=0.666667, strict=False), unsc),
        ("weighted-threshold", WeightedMajority(weight="population", threshold=0.6), eu),
        ("weighted-quota", WeightedMajority(weight="population", quota=250.5), eu),
        (
            "weighted-votes-cast",
            WeightedMajority(weight="population", threshold=0.5, strict=True, base="votes_cast"),
            eu,
        ),
        ("reinforced-qmv", DoubleMajority(member_threshold=0.72), eu),
        ("veto-majority", VetoMajority(quota=9), unsc),
    ]
    # the Nice weighted votes (EU-27, 2013), and the same with the 62 % check on made-up
    # populations (the votes themselves as the population column: a second weight column)
    nice = load_body("eu-council")
    day = dt.date(2013, 5, 1)
    eu27 = nice.members_on(day)
    with_pop = [
        m.model_copy(update={"weights": {**m.weights, "pop": m.weights["votes"]}}) for m in eu27
    ]
    out += [
        ("eu-council:2013", nice.rule_on(day), eu27),
        ("nice-two-thirds", nice.get_rule("reinforced_qmv", on=day), eu27),
        (
            "nice-population-check",
            TripleMajority(quota=255, population_threshold=0.62, population_weight="pop"),
            with_pop,
        ),
    ]
    return out


CASES = _cases()


@pytest.mark.parametrize("label,rule,members", CASES, ids=[c[0] for c in CASES])
@settings(max_examples=8, deadline=None)
@given(data=st.data())
def test_vectorised_count_matches_decide(label, rule, members, data):
    m = len(members)
    p_yes = data.draw(st.floats(0.0, 1.0))
    seed = data.draw(st.integers(0, 2**32 - 1))
    rng = np.random.default_rng(seed)
    rest = (1 - p_yes) / 3
    codes = rng.choice(4, size=(12, m), p=[p_yes, rest, rest, rest])
    vr = compile_rule(rule, members)
    passed = vr.passes(codes)
    pivotal, veto = vr.blocking(codes, passed)
    ids = np.array(vr.member_ids)
    for d in range(len(codes)):
        votes = {mem.id: CODES[c] for mem, c in zip(members, codes[d])}
        dec = rule.decide(votes, members)
        assert bool(passed[d]) == dec.passed
        assert sorted(ids[pivotal[d]]) == sorted(dec.blockers)
        # veto: with everyone else voting yes, this member's vote alone still stops it
        for k in np.flatnonzero(veto[d]):
            alone = dict.fromkeys(votes, "yes")
            alone[ids[k]] = votes[ids[k]]
            assert not rule.decide(alone, members).passed


def test_consensus_every_objector_holds_a_veto():
    # NATO: consensus, any objection blocks.  Two objectors: neither is pivotal (one yes
    # still leaves the other's objection), both hold a veto.
    members = load_body("nato").members_on(dt.date(2023, 6, 15))
    vr = compile_rule(load_body("nato").rule, members)
    codes = np.zeros((1, len(members)), dtype=np.int8)
    codes[0, [0, 1]] = 1
    pivotal, veto = vr.blocking(codes)
    assert not pivotal.any()
    assert veto[0, [0, 1]].all() and veto.sum() == 2
