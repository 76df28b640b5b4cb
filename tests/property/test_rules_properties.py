"""Properties every decision rule must have, checked on random bodies and vote profiles."""

from __future__ import annotations

import itertools

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from concilium.bodies import Member
from concilium.rules import DoubleMajority, Majority, Unanimity, VetoMajority, WeightedMajority
from concilium.spatial import in_intervals, spatial_votes, win_set_1d

VOTE = st.sampled_from(["yes", "no", "abstain", "absent"])


@st.composite
def bodies(draw, min_size=1, max_size=9):
    n = draw(st.integers(min_size, max_size))
    weights = draw(st.lists(st.integers(1, 50), min_size=n, max_size=n))
    perm = draw(st.lists(st.booleans(), min_size=n, max_size=n))
    return [
        Member(
            id=f"M{i}",
            name=f"Member {i}",
            weights={"w": float(weights[i]), "population": weights[i] / 10},
            tags=frozenset({"permanent"} if perm[i] else set()),
        )
        for i in range(n)
    ]


@st.composite
def rules(draw, n):
    kind = draw(
        st.sampled_from(["unanimity", "consensus", "majority", "weighted", "double", "veto"])
    )
    if kind in ("unanimity", "consensus"):
        return Unanimity(kind=kind, abstention_blocks=draw(st.booleans()))
    if kind == "majority":
        return Majority(
            threshold=draw(st.sampled_from([0.5, 0.6, 2 / 3, 0.75, 1.0])),
            strict=draw(st.booleans()),
            base=draw(st.sampled_from(["members", "votes_cast"])),
        )
    if kind == "weighted":
        return WeightedMajority(weight="w", threshold=draw(st.sampled_from([0.5, 0.6, 0.75, 0.9])))
    if kind == "double":
        return DoubleMajority(
            member_threshold=draw(st.sampled_from([0.5, 0.55, 0.72])),
            weight_threshold=draw(st.sampled_from([0.5, 0.65])),
            min_blocking_members=draw(st.integers(0, 4)),
        )
    return VetoMajority(quota=draw(st.integers(1, n)))


@st.composite
def cases(draw):
    ms = draw(bodies())
    rule = draw(rules(len(ms)))
    votes = {m.id: draw(VOTE) for m in ms}
    return ms, rule, votes


@given(cases(), st.randoms(use_true_random=False))
def test_member_order_changes_nothing(case, rnd):
    ms, rule, votes = case
    shuffled = list(ms)
    rnd.shuffle(shuffled)
    a, b = rule.decide(votes, ms), rule.decide(votes, shuffled)
    assert a.passed == b.passed
    assert sorted(a.blockers) == sorted(b.blockers)
    assert sorted(rule.veto_players(ms)) == sorted(rule.veto_players(shuffled))


@given(bodies(), st.data())
def test_under_unanimity_one_objection_always_blocks(ms, data):
    rule = Unanimity(kind=data.draw(st.sampled_from(["unanimity", "consensus"])))
    votes = {m.id: data.draw(VOTE) for m in ms}
    objector = data.draw(st.sampled_from([m.id for m in ms]))
    votes[objector] = "no"
    d = rule.decide(votes, ms)
    assert not d.passed
    assert objector in d.objectors
    if sum(v == "no" for v in votes.values()) == 1:
        assert d.blockers == [objector] or not rule.decide({**votes, objector: "yes"}, ms).passed


@given(cases(), st.data())
def test_an_extra_yes_never_turns_a_pass_into_a_fail(case, data):
    ms, rule, votes = case
    others = [m for m, v in votes.items() if v != "yes"]
    if not others:
        return
    switch = data.draw(st.sampled_from(others))
    before = rule.decide(votes, ms).passed
    after = rule.decide({**votes, switch: "yes"}, ms).passed
    assert not (before and not after)


@given(bodies(min_size=4, max_size=12), st.data())
def test_eu_rule_fewer_than_four_against_always_passes(ms, data):
    rule = DoubleMajority()  # 55 % / 65 %, blocking minority of at least 4
    k = data.draw(st.integers(0, 3))
    against = data.draw(
        st.lists(st.sampled_from([m.id for m in ms]), min_size=k, max_size=k, unique=True)
    )
    votes = {m.id: ("no" if m.id in against else "yes") for m in ms}
    assert rule.decide(votes, ms).passed


@given(bodies(min_size=4, max_size=12), st.data())
def test_eu_rule_blocking_minority_of_four_with_35_percent_blocks(ms, data):
    rule = DoubleMajority()
    total = sum(m.weights["population"] for m in ms)
    heavy = sorted(ms, key=lambda m: -m.weights["population"])
    against = {m.id for m in heavy[: max(4, data.draw(st.integers(4, len(ms))))]}
    share_against = sum(m.weights["population"] for m in ms if m.id in against) / total
    votes = {m.id: ("no" if m.id in against else "yes") for m in ms}
    if share_against > 0.35 + 1e-9:
        assert not rule.decide(votes, ms).passed


@given(cases())
def test_the_game_agrees_with_counting_yes_no_votes(case):
    ms, rule, _ = case
    g = rule.game(ms)
    for mask in itertools.product([False, True], repeat=min(len(ms), 8)):
        mask = list(mask) + [True] * (len(ms) - len(mask))
        votes = {m.id: ("yes" if y else "no") for m, y in zip(ms, mask)}
        assert g.is_winning(np.array(mask)) == rule.decide(votes, ms).passed


@given(cases())
def test_veto_players_are_those_whose_lone_no_blocks(case):
    ms, rule, _ = case
    everyone = {m.id: "yes" for m in ms}
    if not rule.decide(everyone, ms).passed:
        return
    lone = sorted(m.id for m in ms if not rule.decide({**everyone, m.id: "no"}, ms).passed)
    assert sorted(rule.veto_players(ms)) == lone


# ----------------------------------------------------------------------------- win sets
@settings(max_examples=150, deadline=None)  # timing varies with machine load
@given(
    bodies(min_size=1, max_size=7),
    st.data(),
)
def test_win_set_agrees_with_brute_force_on_a_grid(ms, data):
    rule = data.draw(rules(len(ms)))
    ideals = np.array(
        data.draw(
            st.lists(st.integers(0, 20).map(lambda v: v * 5.0), min_size=len(ms), max_size=len(ms))
        )
    )
    q = float(data.draw(st.integers(0, 20)) * 5.0)
    ids = [m.id for m in ms]

    def passes(v):
        return rule.decide(dict(zip(ids, v)), ms).passed

    ws = win_set_1d(ideals, q, 0.0, 100.0, passes)
    # 0.25 steps hit every interval end (multiples of 2.5) and the inside of every piece
    for z in np.arange(0.0, 100.0001, 0.25):
        expected = z != q and passes(spatial_votes(ideals, q, z, scale_width=100.0))
        assert in_intervals(ws, float(z)) == expected, (z, ws)
