"""Decision rules on hand-checked vote profiles.

EU numbers: the 2025 population shares of the Council (Agence Europe, 12 Dec 2024), which
sum to 100.01; 55 % of 27 members is 14.85, so 15 members; a blocking minority needs at
least four members (Art. 16(4) TEU).
"""

from __future__ import annotations

import pytest

from concilium.bodies import Member
from concilium.errors import InputError
from concilium.rules import DoubleMajority, Majority, Unanimity, VetoMajority, WeightedMajority


def members(n, **weights):
    return [
        Member(id=f"M{i}", name=f"Member {i}", weights={k: v[i] for k, v in weights.items()})
        for i in range(n)
    ]


def all_yes(ms, **overrides):
    votes = {m.id: "yes" for m in ms}
    votes.update(overrides)
    return votes


# ------------------------------------------------------------------------- unanimity
def test_consensus_one_objection_blocks_and_abstention_does_not():
    ms = members(31)
    rule = Unanimity(kind="consensus")
    d = rule.decide(all_yes(ms, M3="no", M4="abstain"), ms)
    assert not d.passed
    assert d.blockers == ["M3"]
    assert d.vetoes == ["M3"]
    assert rule.decide(all_yes(ms, M4="abstain"), ms).passed


def test_unanimity_with_blocking_abstention():
    ms = members(5)
    rule = Unanimity(abstention_blocks=True)
    d = rule.decide(all_yes(ms, M1="abstain"), ms)
    assert not d.passed and d.blockers == ["M1"]


def test_unanimity_needs_some_support():
    ms = members(3)
    assert not Unanimity().decide({m.id: "abstain" for m in ms}, ms).passed


def test_every_member_is_a_veto_player_under_unanimity():
    ms = members(7)
    assert Unanimity().veto_players(ms) == [m.id for m in ms]


# ------------------------------------------------------------------------- majorities
@pytest.mark.parametrize("n,needed", [(27, 14), (4, 3), (5, 3), (15, 8)])
def test_simple_majority_of_members(n, needed):
    ms = members(n)
    rule = Majority(threshold=0.5, strict=True, base="members")
    ids = [m.id for m in ms]
    yes = {i: "yes" for i in ids[:needed]}
    assert rule.decide({**{i: "no" for i in ids}, **yes}, ms).passed
    yes_short = {i: "yes" for i in ids[: needed - 1]}
    assert not rule.decide({**{i: "no" for i in ids}, **yes_short}, ms).passed


def test_majority_of_votes_cast_ignores_abstentions():
    ms = members(10)
    rule = Majority(base="votes_cast")
    votes = {"M0": "yes", "M1": "yes", "M2": "no"}  # 7 absent
    assert rule.decide(votes, ms).passed
    assert not Majority(base="members").decide(votes, ms).passed


def test_weighted_majority_quota_and_blockers():
    # weights 4, 3, 2, 1 with quota 6: {0,1} wins (7), {0,2} wins (6), {1,2,3} wins (6)
    ms = members(4, votes=[4, 3, 2, 1])
    rule = WeightedMajority(weight="votes", quota=6)
    assert rule.decide({"M0": "yes", "M2": "yes", "M1": "no", "M3": "no"}, ms).passed
    d = rule.decide({"M0": "yes", "M3": "yes", "M1": "no", "M2": "no"}, ms)
    assert not d.passed  # 5 < 6
    assert sorted(d.blockers) == ["M1", "M2"]  # either one joining reaches 8 or 7


def test_weighted_majority_rejects_impossible_quota():
    ms = members(3, votes=[1, 1, 1])
    with pytest.raises(InputError, match="exceeds"):
        WeightedMajority(weight="votes", quota=4).game(ms)


def test_weighted_majority_rejects_missing_weight():
    ms = members(3)
    with pytest.raises(InputError, match="no 'votes' weight"):
        WeightedMajority(weight="votes", threshold=0.5).decide(all_yes(ms), ms)


# ------------------------------------------------------------------------- EU double majority
QMV = DoubleMajority()


def test_eu_big_four_against_block(eu_members):
    # DEU 18.49 + FRA 15.17 + ITA 13.23 + ESP 10.78 = 57.67 against: 23 states with
    # 42.34 % in favour: both criteria fail, and any one of the four joining leaves three
    # against, fewer than a blocking minority needs -> each of them is a blocker.
    votes = all_yes(eu_members, DEU="no", FRA="no", ITA="no", ESP="no")
    d = QMV.decide(votes, eu_members)
    assert not d.passed
    assert sorted(d.blockers) == ["DEU", "ESP", "FRA", "ITA"]
    assert d.totals["population"]["yes"] == pytest.approx(100.01 - 57.67)


def test_eu_three_largest_cannot_block_alone(eu_members):
    # 46.89 % against is more than 35 %, but three members are not a blocking minority.
    d = QMV.decide(all_yes(eu_members, DEU="no", FRA="no", ITA="no"), eu_members)
    assert d.passed
    assert "deemed" in d.reason


def test_eu_fifteen_small_states_lack_population(eu_members):
    smallest = sorted(eu_members, key=lambda m: m.weights["population"])[:15]
    yes = {m.id for m in smallest}
    votes = {m.id: ("yes" if m.id in yes else "no") for m in eu_members}
    d = QMV.decide(votes, eu_members)
    assert not d.passed  # 15 members (enough) but about 13 % of the population


def test_eu_double_majority_exactly(eu_members):
    # The 15 largest states: 15 members with 18.49+15.17+13.23+10.78+8.33+4.23+4.01+2.62
    # +2.42+2.36+2.34+2.31+2.13+2.02+1.43 = 91.87 % of the population -> passes.
    largest = sorted(eu_members, key=lambda m: -m.weights["population"])[:15]
    share = sum(m.weights["population"] for m in largest)
    votes = {m.id: ("yes" if m in largest else "no") for m in eu_members}
    assert QMV.decide(votes, eu_members).passed
    assert share == pytest.approx(91.87)
    # The 14 largest are 90.44 % but only 14 members -> fails on the member count.
    votes[largest[-1].id] = "no"
    assert not QMV.decide(votes, eu_members).passed


def test_eu_abstention_counts_against(eu_members):
    votes = all_yes(eu_members, DEU="abstain", FRA="abstain", ITA="abstain", ESP="abstain")
    assert not QMV.decide(votes, eu_members).passed


def test_eu_reinforced_qmv_needs_20(eu_members):
    from concilium.bodies import load_body

    rqmv = load_body("eu-council").get_rule("reinforced_qmv")
    assert rqmv.member_threshold == 0.72 and rqmv.min_blocking_members == 0
    ids = [m.id for m in sorted(eu_members, key=lambda m: -m.weights["population"])]
    base = {i: "no" for i in ids}
    assert not rqmv.decide({**base, **{i: "yes" for i in ids[:19]}}, eu_members).passed
    assert rqmv.decide({**base, **{i: "yes" for i in ids[:20]}}, eu_members).passed
    assert QMV.decide({**base, **{i: "yes" for i in ids[:19]}}, eu_members).passed
    # Art. 238(2) TFEU derogates from Art. 16(4) TEU: no four-member clause, so Germany,
    # France and Italy (46.89 %) can block reinforced QMV although 24 members vote yes.
    three = {i: "yes" for i in ids}
    three.update(DEU="no", FRA="no", ITA="no")
    assert not rqmv.decide(three, eu_members).passed
    assert QMV.decide(three, eu_members).passed


def test_eu_game_quotas(eu_members):
    g = QMV.game(eu_members)
    # shares in hundredths sum to 10001; 65 % of 10001 = 6500.65 -> 6501
    assert g.clauses == ((15, 6501), (24, 0))
    assert g.veto_players() == ()


def test_eu_partial_participation_changes_the_base(eu_members):
    # Absent members leave the base: 14 of 26 participants is 53.8 % < 55 % (15 needed).
    ids = [m.id for m in sorted(eu_members, key=lambda m: -m.weights["population"])]
    votes = {i: "no" for i in ids}
    votes.update({i: "yes" for i in ids[:14]})
    votes[ids[-1]] = "absent"
    assert not QMV.decide(votes, eu_members).passed


# ------------------------------------------------------------------------- UN Security Council
P5 = ["CHN", "FRA", "RUS", "GBR", "USA"]


def test_unsc_permanent_abstention_is_not_a_veto(unsc_members_2023):
    rule = VetoMajority()
    votes = all_yes(unsc_members_2023, CHN="abstain", RUS="abstain")
    d = rule.decide(votes, unsc_members_2023)
    assert d.passed and d.tally["yes"] == 13


def test_unsc_permanent_no_is_a_veto(unsc_members_2023):
    d = VetoMajority().decide(all_yes(unsc_members_2023, RUS="no"), unsc_members_2023)
    assert not d.passed
    assert d.vetoes == ["RUS"] and d.blockers == ["RUS"]


def test_unsc_nine_votes_needed(unsc_members_2023):
    ids = [m.id for m in unsc_members_2023]
    elected = [i for i in ids if i not in P5]
    votes = {i: "yes" for i in P5 + elected[:3]}  # 8 yes, the rest abstain
    votes.update({i: "abstain" for i in elected[3:]})
    d = VetoMajority().decide(votes, unsc_members_2023)
    assert not d.passed
    assert sorted(d.blockers) == sorted(elected[3:])  # any one of them makes nine
    votes[elected[3]] = "yes"
    assert VetoMajority().decide(votes, unsc_members_2023).passed


def test_unsc_veto_players_are_the_permanent_five(unsc_members_2023):
    assert sorted(VetoMajority().veto_players(unsc_members_2023)) == sorted(P5)


def test_votes_for_non_members_are_rejected(unsc_members_2023):
    with pytest.raises(InputError, match="non-members"):
        VetoMajority().decide({"DEU": "yes"}, unsc_members_2023)


def test_unknown_vote_value_is_rejected(unsc_members_2023):
    with pytest.raises(InputError, match="unknown vote"):
        VetoMajority().decide({"FRA": "maybe"}, unsc_members_2023)


def test_label_and_description_says_an_unnamed_rule_once():
    """A rule without a name is labelled by its description; it was printed twice
    ("Rule: weighted majority: ... (weighted majority: ...)")."""
    unnamed = WeightedMajority(weight="votes", threshold=0.5)
    assert unnamed.label_and_description == unnamed.describe()
    named = unnamed.model_copy(update={"name": "Council vote"})
    assert named.label_and_description == f"Council vote ({unnamed.describe()})"
