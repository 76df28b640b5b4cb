"""The procedural model on hand-derived cases and on the flagship NATO example."""

from __future__ import annotations

import textwrap

import pytest

from concilium.errors import InputError
from concilium.io import parse_scenario
from concilium.models import procedural


def three_voters(rule="{kind: majority}", proposal="", setter="", extra_actor=""):
    # Voters at 10, 40, 70 and status quo 20 (the classic setter-model picture).
    text = f"""\
    id: rr
    title: Romer-Rosenthal
    date: 2025-01-01
    body:
      id: c3
      name: Three
      rule: {rule}
      members: [{{id: L, name: Left}}, {{id: M, name: Middle}}, {{id: R, name: Right}}]
    {setter}
    issues:
      - {{id: spend, title: Spending, status_quo: 20{proposal}}}
    actors:
      - {{id: L, name: Left, stances: {{spend: {{position: 10}}}}}}
      - {{id: M, name: Middle, stances: {{spend: {{position: 40}}}}}}
      - {{id: R, name: Right, stances: {{spend: {{position: 70}}}}}}
    {extra_actor}
    """
    return parse_scenario(textwrap.dedent(text))


# --------------------------------------------------------------------------- flagship
def test_flagship_france_blocks_the_tokyo_office(flagship):
    f = procedural.forecast(flagship)
    issue = f.issue("tokyo-office")
    assert issue.adopted is False
    assert issue.outcome == issue.status_quo == 0
    assert issue.proposal == 100
    assert issue.blockers == ["FRA"]
    assert issue.votes["FRA"] == "no"
    assert (
        issue.votes["DEU"] == "abstain"
    )  # midway: indifferent, and under consensus that does not block
    assert sum(v == "yes" for v in issue.votes.values()) == 29
    assert len(issue.votes) == 31  # Sweden is not yet a member in June 2023
    assert "JPN" not in issue.votes and "CHN" not in issue.votes
    assert len(issue.veto_players) == 31  # consensus: every Ally can veto
    assert issue.details["win_set"] == []  # France sits at the status quo
    assert any("France blocks" in s for s in issue.explanation)
    assert f.provenance.input_hash.startswith("sha256:")


# --------------------------------------------------------------------------- hand-derived
def test_majority_win_set_is_the_median_voters_interval():
    # Preferred-to sets: L (0, 20), M (20, 60), R (20, 100]; any two overlap only in (20, 60).
    f = procedural.forecast(three_voters())
    ws = f.issues[0].details["win_set"]
    assert ws == [{"lo": 20.0, "hi": 60.0, "lo_closed": False, "hi_closed": False}]
    assert f.issues[0].outcome is None and f.issues[0].adopted is None  # no proposal, no setter


def test_setter_outside_the_win_set_proposes_its_far_end():
    sc = three_voters(
        setter="agenda_setter: S",
        extra_actor="  - {id: S, name: Setter, stances: {spend: {position: 80}}}",
    )
    i = procedural.forecast(sc).issues[0]
    assert i.outcome == pytest.approx(60.0)
    assert i.adopted is True
    assert i.details["setter"]["attained"] is False  # 60 itself leaves M indifferent


def test_setter_inside_the_win_set_gets_its_ideal():
    sc = three_voters(
        setter="agenda_setter: S",
        extra_actor="  - {id: S, name: Setter, stances: {spend: {position: 45}}}",
    )
    i = procedural.forecast(sc).issues[0]
    assert i.outcome == 45 and i.adopted is True and i.details["setter"]["attained"] is True


def test_setter_who_prefers_the_status_quo_proposes_nothing():
    sc = three_voters(
        setter="agenda_setter: L"
    )  # L's ideal 10 is nearer 20 than any point of (20,60)
    i = procedural.forecast(sc).issues[0]
    assert i.outcome == 20 and i.adopted is False


def test_majority_passes_a_proposal_with_two_votes():
    # 50: L is 40 away vs 10 from q -> no; M 10 vs 20 -> yes; R 20 vs 50 -> yes.
    i = procedural.forecast(three_voters(proposal=", proposal: 50")).issues[0]
    assert i.adopted is True and i.outcome == 50
    assert i.votes == {"L": "no", "M": "yes", "R": "yes"}
    assert i.blockers == []


def test_unanimity_empties_the_win_set():
    sc = three_voters(rule="{kind: unanimity}", proposal=", proposal: 50")
    i = procedural.forecast(sc).issues[0]
    assert i.details["win_set"] == []
    assert i.adopted is False and i.outcome == 20 and i.blockers == ["L"]
    assert sorted(i.veto_players) == ["L", "M", "R"]


def test_missing_member_is_a_clear_error():
    sc = parse_scenario(
        textwrap.dedent("""\
    id: n
    title: t
    date: 2023-06-01
    body: nato
    issues: [{id: i, title: i, status_quo: 0, proposal: 100}]
    actors: [{id: FRA, name: France, stances: {i: {position: 0}}}]
    """)
    )
    with pytest.raises(InputError, match="30 member\\(s\\) of North Atlantic Council"):
        procedural.forecast(sc)


def test_missing_status_quo_is_a_clear_error():
    text = textwrap.dedent("""\
    id: x
    title: t
    date: 2025-01-01
    body: {id: b, name: B, rule: {kind: majority}, members: [{id: A, name: A}]}
    issues: [{id: i, title: i}]
    actors: [{id: A, name: A, stances: {i: {position: 1}}}]
    """)
    with pytest.raises(InputError, match="no status quo"):
        procedural.forecast(parse_scenario(text))


# --------------------------------------------------------------------------- several dimensions
def package(setter_ideal):
    # Two members at (0,0) and (10,0), status quo (5,5), equal saliences: each member's
    # preferred-to set is an open disc of radius sqrt(50) around its ideal point; under
    # unanimity the win set is the lens between them, whose top vertex is q itself.
    x, y = setter_ideal
    text = f"""\
    id: pk
    title: package
    date: 2025-01-01
    vote: package
    agenda_setter: S
    body: {{id: b, name: B, rule: {{kind: unanimity}}, members: [{{id: A, name: A}}, {{id: B, name: B}}]}}
    issues:
      - {{id: x, title: x, scale: {{min: 0, max: 10}}, status_quo: 5}}
      - {{id: y, title: y, scale: {{min: 0, max: 10}}, status_quo: 5}}
    actors:
      - {{id: A, name: A, stances: {{x: {{position: 0, salience: 50}}, y: {{position: 0, salience: 50}}}}}}
      - {{id: B, name: B, stances: {{x: {{position: 10, salience: 50}}, y: {{position: 0, salience: 50}}}}}}
      - {{id: S, name: S, stances: {{x: {{position: {x}, salience: 50}}, y: {{position: {y}, salience: 50}}}}}}
    """
    return parse_scenario(textwrap.dedent(text))


def test_package_setter_inside_the_lens_gets_its_ideal():
    f = procedural.forecast(package((5, 0)))
    assert [i.outcome for i in f.issues] == pytest.approx([5.0, 0.0], abs=1e-5)
    assert all(i.adopted for i in f.issues)


def test_package_setter_above_the_lens_keeps_the_status_quo():
    f = procedural.forecast(package((5, 10)))
    assert [i.outcome for i in f.issues] == pytest.approx([5.0, 5.0], abs=1e-5)


def test_package_setter_beside_the_lens_gets_the_nearest_point():
    # Setter at (10, 5): nearest point of A's disc (radius sqrt 50 around the origin) in the
    # direction of (10, 5) is sqrt(50) * (10, 5)/sqrt(125) = (6.3246, 3.1623); it lies inside
    # B's disc (distance to (10,0) is sqrt(3.6754^2 + 3.1623^2) = 4.85 < 7.07).
    f = procedural.forecast(package((10, 5)))
    assert [i.outcome for i in f.issues] == pytest.approx([6.32456, 3.16228], abs=1e-4)


def test_point_membership_in_several_dimensions():
    sc = package((5, 0))
    inside = procedural.assess_point(sc, [5, 2])  # sqrt(29) < sqrt(50) from both ideals
    assert inside.passes and inside.in_win_set
    outside = procedural.assess_point(sc, [1, 1])  # sqrt(82) > sqrt(50) from B
    assert not outside.passes and outside.blockers == ["B"]


def test_unlisted_members_can_be_counted_as_abstaining():
    # One actor for a 31-member NATO: an error by default; with unlisted=abstain the other
    # 30 Allies are silent, which under consensus is consent, so France's objection decides.
    text = textwrap.dedent("""\
    id: n
    title: t
    date: 2023-06-01
    body: nato
    issues: [{id: i, title: i, status_quo: 0, proposal: 100}]
    actors:
      - {id: FRA, name: France, stances: {i: {position: 0}}}
      - {id: USA, name: United States, stances: {i: {position: 100}}}
    """)
    sc = parse_scenario(text)
    with pytest.raises(InputError, match="default_stance"):
        procedural.forecast(sc)
    i = procedural.forecast(sc, unlisted="abstain").issue("i")
    assert i.adopted is False and i.blockers == ["FRA"]
    assert len(i.votes) == 31 and sum(v == "abstain" for v in i.votes.values()) == 29
    assert any("counted as abstaining" in s for s in i.explanation)
    # without France's objection, 30 silent Allies do not block
    quiet = parse_scenario(text.replace("position: 0}", "position: 100}"))
    assert procedural.forecast(quiet, unlisted="abstain").issue("i").adopted is True


def test_unlisted_abstentions_count_against_under_qmv():
    # Under QMV an abstention counts against: 2 supporters and 25 silent members fail.
    text = textwrap.dedent("""\
    id: e
    title: t
    date: 2025-06-01
    body: eu-council
    issues: [{id: i, title: i, status_quo: 0, proposal: 100}]
    actors:
      - {id: DEU, name: Germany, stances: {i: {position: 100}}}
      - {id: FRA, name: France, stances: {i: {position: 100}}}
    """)
    i = procedural.forecast(parse_scenario(text), unlisted="abstain").issue("i")
    assert i.adopted is False
    assert "2 of 27 members in favour" in i.details["decision"]["reason"]


def test_default_stance_stands_in_for_members_without_one():
    # The same two actors with a stated default stance: the 29 other Allies are placed at 70,
    # nearer the proposal 100 than the status quo 0, so they vote yes; France's objection
    # alone still stops it under consensus.  Both outputs name the 29 members.
    text = textwrap.dedent("""\
    id: n
    title: t
    date: 2023-06-01
    body: nato
    default_stance:
      position: {value: 70, range: [40, 90], assumption: "no public position"}
    issues: [{id: i, title: i, status_quo: 0, proposal: 100}]
    actors:
      - {id: FRA, name: France, stances: {i: {position: 0}}}
      - {id: USA, name: United States, stances: {i: {position: 100}}}
    """)
    sc = parse_scenario(text)
    assert len(sc.without_stance("i")) == 29
    from concilium.models import run_model

    i = run_model(sc, "procedural").issue("i")
    assert i.adopted is False and i.blockers == ["FRA"]
    assert sum(v == "yes" for v in i.votes.values()) == 30
    assert len(i.details["default_stance"]) == 29
    assert any("default_stance" in s for s in i.explanation)
