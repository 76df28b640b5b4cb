"""Size: the fast counting paths give exactly what the one-profile-at-a-time code gives, and
large inputs cost a bounded number of rule counts (issue 14, size).

Timing targets live in ``benchmarks/bench_scale.py``; these tests check the results and the
complexity indirectly (how many times a rule counts a vote, how much memory is used).
"""

from __future__ import annotations

import datetime as dt
import tracemalloc

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from concilium import spatial
from concilium.bodies import Member
from concilium.models import run_model
from concilium.rules import (
    DoubleMajority,
    Majority,
    TripleMajority,
    Unanimity,
    VetoMajority,
    VoteCounter,
    WeightedMajority,
)
from concilium.scenario import Scenario
from concilium.spatial import spatial_votes, win_set_1d

CODES = ("yes", "no", "abstain")


@st.composite
def members_and_rule(draw, max_size=12):
    n = draw(st.integers(1, max_size))
    weights = draw(st.lists(st.integers(1, 60), min_size=n, max_size=n))
    perm = draw(st.lists(st.booleans(), min_size=n, max_size=n))
    ms = [
        Member(
            id=f"M{i}",
            name=f"Member {i}",
            weights={"w": float(weights[i]), "population": weights[i] / 100},
            tags=frozenset({"permanent"} if perm[i] else set()),
        )
        for i in range(n)
    ]
    kind = draw(
        st.sampled_from(
            [
                "unanimity",
                "consensus",
                "majority",
                "weighted_t",
                "weighted_q",
                "double",
                "triple",
                "veto",
            ]
        )
    )
    if kind in ("unanimity", "consensus"):
        rule = Unanimity(kind=kind, abstention_blocks=draw(st.booleans()))
    elif kind == "majority":
        rule = Majority(
            threshold=draw(st.sampled_from([0.5, 0.6, 2 / 3, 0.75, 1.0])),
            strict=draw(st.booleans()),
            base=draw(st.sampled_from(["members", "votes_cast"])),
        )
    elif kind == "weighted_t":
        rule = WeightedMajority(
            weight="w",
            threshold=draw(st.sampled_from([0.5, 0.6, 0.9])),
            strict=draw(st.booleans()),
            base=draw(st.sampled_from(["participants", "votes_cast"])),
        )
    elif kind == "weighted_q":
        rule = WeightedMajority(weight="population", quota=draw(st.sampled_from([0.01, 0.5, 1.3])))
    elif kind == "double":
        rule = DoubleMajority(
            member_threshold=draw(st.sampled_from([0.5, 0.55, 0.72])),
            weight_threshold=draw(st.sampled_from([0.5, 0.65])),
            min_blocking_members=draw(st.integers(0, 4)),
        )
    elif kind == "triple":
        rule = TripleMajority(
            weight="w",
            quota=draw(st.integers(1, 60 * n)),
            of_members=draw(st.sampled_from(["majority", "two_thirds"])),
            population_threshold=draw(st.sampled_from([None, 0.62])),
        )
    else:
        rule = VetoMajority(quota=draw(st.integers(1, n)))
    return ms, rule


@settings(max_examples=150, deadline=None)
@given(members_and_rule(), st.data())
def test_vote_counter_agrees_with_decide(case, data):
    ms, rule = case
    profiles = data.draw(
        st.lists(
            st.lists(st.integers(0, 2), min_size=len(ms), max_size=len(ms)), min_size=1, max_size=8
        )
    )
    codes = np.array(profiles, dtype=np.int8)
    fast = VoteCounter(rule, ms).passes_codes(codes, chunk=3)
    slow = [rule.decide({m.id: CODES[c] for m, c in zip(ms, row)}, ms).passed for row in codes]
    assert fast.tolist() == slow


@pytest.mark.parametrize("few", [0, 8])
@settings(max_examples=150, deadline=None)
@given(members_and_rule(), st.data())
def test_blockers_agree_with_one_switch_at_a_time(few, case, data):
    """decide() finds blockers by counting all switches at once (beyond a few objectors); the
    reference switches each objector to yes in turn and counts again (the definition)."""
    from concilium import rules

    ms, rule = case
    row = data.draw(st.lists(st.sampled_from(CODES), min_size=len(ms), max_size=len(ms)))
    votes = {m.id: v for m, v in zip(ms, row)}
    old, rules._FEW = rules._FEW, few
    try:
        d = rule.decide(votes, ms)
    finally:
        rules._FEW = old
    expected = [
        o for o in d.objectors if not d.passed and rule._count({**votes, o: "yes"}, ms).passed
    ]
    assert d.blockers == expected


@st.composite
def one_dimension(draw):
    n = draw(st.integers(1, 25))
    grid = draw(st.booleans())  # ties and shared endpoints, or arbitrary floats
    pos = st.integers(0, 20).map(lambda k: k * 5.0) if grid else st.floats(0, 100)
    x = draw(st.lists(pos, min_size=n, max_size=n))
    q = draw(pos)
    return np.array(x), q


@pytest.mark.parametrize("dense", [True, False])
@settings(max_examples=120, deadline=None)
@given(members_and_rule(max_size=25), one_dimension())
def test_counted_win_set_is_the_profile_by_profile_win_set(dense, case, geo):
    ms, rule = case
    x, q = geo
    n = min(len(ms), len(x))
    ms, x = ms[:n], x[:n]
    counter = VoteCounter(rule, ms)

    def passes(votes):
        return rule.decide(dict(zip([m.id for m in ms], votes)), ms).passed

    slow = win_set_1d(x, q, 0.0, 100.0, passes)
    old = spatial._DENSE
    spatial._DENSE = 1 << 30 if dense else 0  # force one way of voting the test points
    try:
        fast = win_set_1d(x, q, 0.0, 100.0, counter.passes, columns=counter.columns)
    finally:
        spatial._DENSE = old
    assert fast == slow


def test_binary_searched_votes_are_spatial_votes(monkeypatch):
    """The sweep's totals at each test point equal counting spatial_votes there (n = 400,
    positions on a fine grid so that many members tie at the test points)."""
    rng = np.random.default_rng(7)
    x = rng.integers(0, 1000, 400) / 10
    q = 37.5
    cols = np.column_stack([np.ones(400, dtype=np.int64), rng.integers(1, 9, 400)])
    ends = np.unique(np.clip(np.concatenate([x - abs(q - x), x + abs(q - x), [0, 100, q]]), 0, 100))
    points = np.sort(np.concatenate([ends, 0.5 * (ends[:-1] + ends[1:])]))
    monkeypatch.setattr(spatial, "_DENSE", 0)  # the binary-search path
    totals = spatial._vote_totals_1d(x, q, points, 100.0, cols)
    for k in range(0, len(points), 3):
        v = spatial_votes(x, q, points[k], scale_width=100.0)
        for c, name in enumerate(CODES):
            assert totals[k, c].tolist() == cols[v == name].sum(axis=0).tolist()


# ------------------------------------------------------------------------------ scenarios
def _big_scenario(n: int, issues: int = 1, seed: int = 1, rule=None) -> Scenario:
    rng = np.random.default_rng(seed)
    members = [
        {"id": f"M{i:05d}", "name": f"Member {i}", "weights": {"votes": int(rng.integers(1, 100))}}
        for i in range(n)
    ]
    iss = [
        {"id": f"i{k}", "title": f"Issue {k}", "status_quo": 10, "proposal": 60}
        for k in range(issues)
    ]
    actors = [
        {
            "id": m["id"],
            "name": m["name"],
            "stances": {i["id"]: {"position": float(rng.uniform(0, 100))} for i in iss},
        }
        for m in members
    ]
    return Scenario.model_validate(
        {
            "id": "big",
            "title": "Big",
            "date": "2024-01-01",
            "body": {
                "id": "big",
                "name": "Big council",
                "rule": rule or {"kind": "weighted_majority", "weight": "votes", "threshold": 0.5},
                "members": members,
            },
            "issues": iss,
            "actors": actors,
        }
    )


def test_procedural_forecast_counts_a_bounded_number_of_votes(monkeypatch):
    """Before: every test point of the win set (about 4n of them) counted all n votes and then
    recounted once per objector to find blockers: over 4n x n/2 counts.  Now the win set is
    counted from totals, and a forecast counts a handful of whole profiles per issue."""
    calls = {"n": 0}
    original = WeightedMajority._count

    def counting(self, *a, **k):
        calls["n"] += 1
        return original(self, *a, **k)

    monkeypatch.setattr(WeightedMajority, "_count", counting)
    sc = _big_scenario(300)
    f = run_model(sc, "procedural")
    assert calls["n"] <= 2  # the vote on the proposal (one count); blockers are vectorised
    # the outcome is the rule's verdict on the proposal: recount it directly
    votes = spatial_votes(
        np.array([a.stances["i0"].position.value for a in sc.actors]), 10.0, 60.0, scale_width=100.0
    )
    members = sc.body_members()
    passed = sc.decision_rule.decide(dict(zip([m.id for m in members], votes)), members).passed
    assert f.issues[0].adopted is passed


def test_member_matching_is_by_first_member_in_body_order():
    """An actor stands for the first member (body order) whose id, name or alias equals the
    actor's id, name or an alias, case-insensitively; matching builds one index instead of
    scanning every member for every actor."""
    from concilium.scenario import _MemberIndex

    ms = [
        Member(id="A", name="Alpha"),
        Member(id="B", name="Beta", aliases=("alpha",)),
        Member(id="C", name="Gamma", aliases=("Bee",)),
    ]
    index = _MemberIndex(ms)

    class Actor:
        def __init__(self, id, name, aliases=()):
            self.id, self.name, self.names = id, name, (name, *aliases)

    assert index.match(Actor("x", "ALPHA")).id == "A"  # A (name) before B (alias)
    assert index.match(Actor("bee", "Beta")).id == "B"  # B (name) before C (alias 'Bee')
    assert index.match(Actor("c", "nobody")).id == "C"
    assert index.match(Actor("z", "Zeta", ("gamma",))).id == "C"  # by the actor's alias
    assert index.match(Actor("z", "Zeta")) is None


def test_veto_players_do_not_build_an_n_by_n_table():
    """Veto players of a 20,000-member unanimity game: one row per member, not n x n
    coalitions (which would be 400 MB of booleans and 3.2 GB as integers)."""
    ms = [Member(id=f"M{i}", name=f"M{i}") for i in range(20_000)]
    tracemalloc.start()
    try:
        veto = Unanimity().veto_players(ms)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(veto) == 20_000  # under unanimity everyone is a veto player
    assert peak < 50 * 2**20
    assert Majority(threshold=0.5).veto_players(ms[:3]) == []  # 2 of 3 suffice: no veto


def test_big_weighted_scenario_validates_and_forecasts():
    sc = _big_scenario(2000, rule={"kind": "weighted_majority", "weight": "votes", "quota": 1})
    assert len(sc.members()) == 2000
    f = run_model(sc, "procedural")
    # quota 1: any single yes vote carries the proposal; someone is nearer 60 than 10
    assert f.issues[0].adopted is True
    assert dt.date.fromisoformat(f.date) == sc.date


# ------------------------------------------------------------------------------ text
def _mixed_word(n: int, seed: int = 1) -> str:
    import random

    rnd = random.Random(seed)
    lat, cyr = "abcdefghijklmnopqrstuvwxyz", "абвгдежзийклмнопрстуфхцчшщ"
    return "".join(rnd.choice(lat if rnd.random() < 0.5 else cyr) for _ in range(n))


def test_scanning_a_huge_mixed_word_describes_each_kind_of_finding_once(monkeypatch):
    """Before: each new kind of finding rebuilt every finding of the word (kinds x findings
    objects) and each finding's column counted the line ends before it (findings x length):
    an 800,000-character word took 50 s.  Now a finding object is built once per distinct
    (character, kind, look-alike)."""
    from concilium.text import confusables
    from concilium.text.scan import scan_text

    calls = {"n": 0}
    original = confusables._make

    def counting(*a, **k):
        calls["n"] += 1
        return original(*a, **k)

    monkeypatch.setattr(confusables, "_make", counting)
    word = _mixed_word(20_000)
    report, _ = scan_text(word)
    (example,) = report.examples
    assert len(example["findings"]) > 5_000  # about half the letters are look-alikes
    distinct = {(f["char"], f["kind"], f["looks_like"]) for f in example["findings"]}
    assert calls["n"] <= 2 * len(distinct)  # the example's and the character table's


def test_scan_example_columns_and_fields_are_those_of_lookalikes():
    """The example's findings, read from the marks with columns counted within the word, are
    the findings lookalikes() reports, at column = offset from the line's start + 1."""
    from concilium.text.confusables import lookalikes
    from concilium.text.scan import scan_text

    text = "A first line.\nThe Frаnce and Gеrmаny tаlks, with Ιtaly.\nLast: Sрain\n"
    report, _ = scan_text(text)
    got = [(ex["line"], f) for ex in report.examples for f in ex["findings"]]
    expected = lookalikes(text)
    assert len(got) == len(expected) > 0
    for (line, f), lk in zip(got, expected):
        assert line == text.count("\n", 0, lk.index) + 1
        assert f["column"] == lk.index - text.rfind("\n", 0, lk.index)
        assert (
            f["char"],
            f["codepoint"],
            f["unicode_name"],
            f["script"],
            f["kind"],
            f["looks_like"],
            f["expected_script"],
        ) == (
            lk.char,
            lk.codepoint,
            lk.unicode_name,
            lk.script,
            lk.kind,
            lk.looks_like,
            lk.expected_script,
        )


def test_a_huge_mixed_script_name_gives_a_short_error():
    """Before: a 1 MB mixed-script name hung validation past 60 s (every finding described
    in one message).  Now: the first five, and how many more."""
    from concilium.errors import InputError

    name = _mixed_word(100_000)
    data = {
        "id": "s",
        "title": "t",
        "date": "2024-01-01",
        "body": "nato",
        "issues": [{"id": "i", "title": "I", "status_quo": 0}],
        "actors": [
            {"id": "X", "name": name, "role": "stakeholder", "stances": {"i": {"position": 1}}}
        ],
    }
    with pytest.raises(InputError) as err:
        Scenario.model_validate(data)
    (p,) = [p for p in err.value.problems if p.field == "actors[0].name"]
    assert len(p.message) < 1_000
    assert "(100,000 characters)" in p.message and "more" in p.message
