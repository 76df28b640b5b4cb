"""The Council of the EU and the European Council from 1 January 2007 to 31 October 2014:
membership (27 from 1 Jan 2007, 28 from 1 Jul 2013) and the Nice qualified majority
(``kind: triple_majority``), chosen by date (``rule_periods``).

The figures every test below derives by hand are the treaties':

* the weighted votes (2005 Act of Accession, Art. 10(1), replacing Art. 205(2) EC; 2012 Act
  of Accession, Art. 20, replacing Art. 3(3) of Protocol No 36): DEU FRA ITA GBR 29,
  ESP POL 27, ROU 14, NLD 13, BEL CZE GRC HUN PRT 12, AUT BGR SWE 10,
  DNK IRL LTU SVK FIN 7 (and HRV 7 from 1 Jul 2013), CYP EST LVA LUX SVN 4, MLT 3;
  EU-27 total 4*29 + 2*27 + 14 + 13 + 5*12 + 3*10 + 5*7 + 5*4 + 3
  = 116 + 54 + 14 + 13 + 60 + 30 + 35 + 20 + 3 = 345; EU-28 345 + 7 = 352;
* the quota: 255 (EU-27), 260 (EU-28), cast by a majority of the members (27 // 2 + 1 = 14,
  28 // 2 + 1 = 15) on a Commission proposal, else by two thirds (2/3 * 27 = 18,
  2/3 * 28 = 18.67, so 19);
* a blocking minority: 345 - 255 + 1 = 91 votes (EU-27), 352 - 260 + 1 = 93 (EU-28).

The 14 largest members by votes are DEU FRA ITA GBR ESP POL ROU NLD BEL CZE GRC HUN PRT AUT:
116 + 54 + 14 + 13 + 60 + 10 = 267 votes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from concilium.bodies import Member, load_body
from concilium.errors import InputError
from concilium.rules import TripleMajority, VoteCounter

EU = "eu-council"
EUCO = "european-council"
EU27_DAY = dt.date(2013, 5, 1)  # EU-27, Nice (255 of 345)
EU28_DAY = dt.date(2014, 6, 27)  # EU-28, Nice (260 of 352): the Juncker nomination
LARGEST_14 = ("DEU", "FRA", "ITA", "GBR", "ESP", "POL", "ROU", "NLD")
LARGEST_14 += ("BEL", "CZE", "GRC", "HUN", "PRT", "AUT")


def _ids(on: dt.date, body: str = EU) -> set[str]:
    return {m.id for m in load_body(body).members_on(on)}


def _decide(on: dt.date, yes=None, no=(), abstain=(), absent=(), rule=None, body=EU):
    """Count a vote on the date: ``yes`` the members in favour (None: everyone not named
    elsewhere), the others no unless named as abstaining or absent."""
    b = load_body(body)
    members = b.members_on(on)
    votes = {}
    for m in members:
        if m.id in abstain:
            votes[m.id] = "abstain"
        elif m.id in absent:
            votes[m.id] = "absent"
        elif m.id in no or (yes is not None and m.id not in yes):
            votes[m.id] = "no"
        else:
            votes[m.id] = "yes"
    return b.get_rule(rule, on=on).decide(votes, members)


# ------------------------------------------------------------------ membership
def test_the_data_start_on_1_january_2007():
    with pytest.raises(InputError) as info:
        load_body(EU).members_on(dt.date(2006, 12, 31))
    assert "cover 2007-01-01 onwards" in str(info.value)
    with pytest.raises(InputError):
        load_body(EUCO).members_on(dt.date(2006, 12, 31))


@pytest.mark.parametrize("body", [EU, EUCO])
def test_27_members_with_bulgaria_and_romania_then_28_with_croatia(body):
    on_2007 = _ids(dt.date(2007, 1, 1), body)
    assert len(on_2007) == 27 and {"BGR", "ROU"} <= on_2007 and "HRV" not in on_2007
    assert len(_ids(dt.date(2013, 6, 30), body)) == 27  # the day before Croatia joined
    assert _ids(dt.date(2013, 7, 1), body) == _ids(dt.date(2013, 6, 30), body) | {"HRV"}


def test_the_weights_are_the_nice_votes_until_31_october_2014():
    body = load_body(EU)
    votes27 = {m.id: m.weights["votes"] for m in body.members_on(EU27_DAY)}
    assert sum(votes27.values()) == 345  # the sum in the module docstring
    assert (votes27["DEU"], votes27["ESP"], votes27["ROU"], votes27["NLD"]) == (29, 27, 14, 13)
    assert (votes27["BGR"], votes27["LTU"], votes27["LUX"], votes27["MLT"]) == (10, 7, 4, 3)
    votes28 = {m.id: m.weights["votes"] for m in body.members_on(dt.date(2014, 10, 31))}
    assert sum(votes28.values()) == 352 and votes28["HRV"] == 7
    # from 1 November 2014 the population shares instead (no votes)
    nov = body.members_on(dt.date(2014, 11, 1))
    assert all("votes" not in m.weights and "population" in m.weights for m in nov)


def test_the_rule_changes_on_1_november_2014():
    body = load_body(EU)
    before, after = body.rule_on(dt.date(2014, 10, 31)), body.rule_on(dt.date(2014, 11, 1))
    assert isinstance(before, TripleMajority) and before.quota == 260
    assert after.kind == "double_majority"
    qmv, reinforced = (
        body.get_rule("qmv", on=EU27_DAY),
        body.get_rule("reinforced_qmv", on=EU27_DAY),
    )
    assert isinstance(qmv, TripleMajority) and (qmv.quota, qmv.of_members) == (255, "majority")
    assert isinstance(reinforced, TripleMajority) and reinforced.of_members == "two_thirds"
    # undated: the body's own rule (the double majority), as before
    assert body.get_rule() is body.rule and body.rule.kind == "double_majority"


# ------------------------------------------------------------------ EU-28 (Jul 2013 - Oct 2014)
def test_eu28_the_three_largest_against_do_not_block():
    # DEU FRA GBR against: 3 * 29 = 87 < 93; in favour 352 - 87 = 265 >= 260, 25 >= 15
    d = _decide(EU28_DAY, no=("DEU", "FRA", "GBR"))
    assert d.passed and d.totals["votes"]["yes"] == 265


def test_eu28_a_blocking_minority_of_exactly_93():
    # ESP POL NLD BEL LTU MLT LUX: 27 + 27 + 13 + 12 + 7 + 3 + 4 = 93 against, so
    # 352 - 93 = 259 < 260 in favour: not adopted, although 21 of 28 members are in favour
    blockers = ("ESP", "POL", "NLD", "BEL", "LTU", "MLT", "LUX")
    d = _decide(EU28_DAY, no=blockers)
    assert not d.passed and d.totals["votes"]["yes"] == 259
    # every one of the seven is pivotal: any of them in favour gives at least 259 + 3 = 262
    assert sorted(d.blockers) == sorted(blockers)
    # without Malta (3) the minority holds 90: 262 in favour, adopted
    assert _decide(EU28_DAY, no=blockers[:-2] + ("LUX",)).passed


def test_eu28_exactly_260_passes():
    # DEU FRA ESP HRV against: 29 + 29 + 27 + 7 = 92; in favour 352 - 92 = 260, the quota
    d = _decide(EU28_DAY, no=("DEU", "FRA", "ESP", "HRV"))
    assert d.passed and d.totals["votes"]["yes"] == 260
    # Sweden (10) in place of Croatia (7): 95 against, 257 in favour: not adopted
    assert not _decide(EU28_DAY, no=("DEU", "FRA", "ESP", "SWE")).passed


def test_abstention_and_absence_count_as_not_in_favour():
    # the 260 coalition above less Malta (3): 257 < 260, whether Malta votes no, abstains
    # or is absent (the quota is of the whole Council's 352 votes, not of those voting)
    against = ("DEU", "FRA", "ESP", "HRV")
    for how in ("no", "abstain", "absent"):
        d = _decide(EU28_DAY, no=against + (("MLT",) if how == "no" else ()),
                    abstain=("MLT",) if how == "abstain" else (),
                    absent=("MLT",) if how == "absent" else ())  # fmt: skip
        assert not d.passed, how
        assert d.totals["votes"] == {"yes": 257, "base": 352, "share": 257 / 352}


def test_enough_votes_but_not_a_majority_of_the_members():
    # the 14 largest hold 267 >= 260 votes but are 14 of 28 members, 15 needed
    d = _decide(EU28_DAY, yes=LARGEST_14)
    assert not d.passed and d.totals["votes"]["yes"] == 267
    assert "14 of 28 members in favour (15 needed)" in d.reason
    # with Malta: 15 members and 267 + 3 = 270 votes: adopted
    assert _decide(EU28_DAY, yes=LARGEST_14 + ("MLT",)).passed
    # in the EU-27 of 2013 the same 14 are a majority (14 of 27) with 267 >= 255: adopted
    assert _decide(EU27_DAY, yes=LARGEST_14).passed


def test_two_thirds_of_the_members_when_not_on_a_commission_proposal():
    # the 14 largest and the four smallest (MLT 3, LUX CYP EST 4 each): 18 members,
    # 267 + 15 = 282 votes; majority rule: adopted; two thirds of 28 (19): not adopted
    eighteen = LARGEST_14 + ("MLT", "LUX", "CYP", "EST")
    assert _decide(EU28_DAY, yes=eighteen).passed
    assert not _decide(EU28_DAY, yes=eighteen, rule="reinforced_qmv").passed
    # with Latvia (4): 19 members, 286 votes: adopted
    assert _decide(EU28_DAY, yes=eighteen + ("LVA",), rule="reinforced_qmv").passed
    # in the EU-27 two thirds is 18 of 27: the eighteen suffice (282 >= 255)
    assert _decide(EU27_DAY, yes=eighteen, rule="reinforced_qmv").passed


# ------------------------------------------------------------------ EU-27 (Jan 2007 - Jun 2013)
def test_eu27_a_blocking_minority_of_91():
    # DEU FRA GBR + LUX (4): 87 + 4 = 91 against, 345 - 91 = 254 < 255: not adopted;
    # with Malta (3) in place of Luxembourg: 90 against, 255 in favour: adopted
    assert not _decide(EU27_DAY, no=("DEU", "FRA", "GBR", "LUX")).passed
    d = _decide(EU27_DAY, no=("DEU", "FRA", "GBR", "MLT"))
    assert d.passed and d.totals["votes"] == {"yes": 255, "base": 345, "share": 255 / 345}


def test_the_game_has_the_treatys_quotas():
    body = load_body(EU)
    game = body.game(EU27_DAY)
    # one clause: 14 members and 255 votes (the 62 % check is not in the built-in rule)
    assert game.labels == ("members", "votes") and game.clauses == ((14, 255),)
    assert load_body(EU).game(EU28_DAY).clauses == ((15, 260),)


# ------------------------------------------------------------------ the population check
def _trio(pop=(50.0, 30.0, 20.0)) -> list[Member]:
    # A 10 votes, B 5, C 5; populations as given
    votes = (10, 5, 5)
    return [
        Member(id=i, name=i, weights={"votes": v, "population": p})
        for i, v, p in zip("ABC", votes, pop)
    ]


def test_the_population_check_on_request():
    # quota 15 of 20 votes by a majority (2 of 3): A+B 15 votes, A+C 15 votes, B+C 10
    ms = _trio()
    plain = TripleMajority(quota=15)
    checked = TripleMajority(quota=15, population_threshold=0.62)
    strict = TripleMajority(quota=15, population_threshold=0.75)
    ab = {"A": "yes", "B": "yes", "C": "no"}
    ac = {"A": "yes", "B": "no", "C": "yes"}
    bc = {"A": "no", "B": "yes", "C": "yes"}
    assert plain.decide(ab, ms).passed and plain.decide(ac, ms).passed
    assert not plain.decide(bc, ms).passed  # 10 < 15 votes
    # A+B hold 80 % of the population, A+C 70 %: both >= 62 %; only A+B >= 75 %
    assert checked.decide(ab, ms).passed and checked.decide(ac, ms).passed
    assert strict.decide(ab, ms).passed and not strict.decide(ac, ms).passed
    d = strict.decide(ac, ms)
    assert d.totals["population"]["share"] == pytest.approx(0.70)
    assert "70.00% of population (75% needed)" in d.reason
    # the game: heads 2, votes 15, population 75 of 100 (hundredths are not needed here)
    assert strict.game(ms).clauses == ((2, 15, 75),)


def test_a_quota_above_the_total_is_refused_by_the_game():
    with pytest.raises(InputError, match="exceeds"):
        TripleMajority(quota=21).game(_trio())  # 10 + 5 + 5 = 20 votes


@settings(max_examples=80, deadline=None)
@given(
    weights=st.lists(st.tuples(st.integers(1, 30), st.integers(1, 90)), min_size=1, max_size=9),
    quota=st.integers(1, 60),
    two_thirds=st.booleans(),
    threshold=st.sampled_from([None, 0.5, 0.62]),
    data=st.data(),
)
def test_counting_many_profiles_agrees_with_decide(weights, quota, two_thirds, threshold, data):
    ms = [
        Member(id=f"M{i}", name=f"M{i}", weights={"votes": v, "population": p})
        for i, (v, p) in enumerate(weights)
    ]
    rule = TripleMajority(
        quota=quota,
        of_members="two_thirds" if two_thirds else "majority",
        population_threshold=threshold,
    )
    rows = data.draw(
        st.lists(st.lists(st.integers(0, 2), min_size=len(ms), max_size=len(ms)), max_size=6)
    )
    codes = ("yes", "no", "abstain")
    slow = [rule.decide({m.id: codes[c] for m, c in zip(ms, r)}, ms).passed for r in rows]
    if rows:
        assert VoteCounter(rule, ms).passes_codes(rows).tolist() == slow
    # the game's clause gives the same verdict on each profile's yes coalition
    if quota <= sum(v for v, _ in weights):
        game = rule.game(ms)
        (clause,) = game.clauses
        for r, passed in zip(rows, slow):
            yes = [k for k, c in enumerate(r) if c == 0]
            totals = game.weights[yes].sum(axis=0)
            assert (bool(yes) and bool((totals >= clause).all())) == passed


# ------------------------------------------------------------------ scenarios and the CLI
def test_the_juncker_example_forecasts_the_recorded_outcome():
    """examples/european-council-juncker-2014.yaml: 26 to 2 (the United Kingdom and Hungary
    against), The Guardian and DW, 27 Jun 2014; Nice EU-28, two thirds (not on a Commission
    proposal): against 29 + 12 = 41, in favour 352 - 41 = 311 >= 260, 26 of 28 >= 19."""
    from concilium.io import load_scenario
    from concilium.models import procedural

    path = Path(__file__).resolve().parents[2] / "examples" / "european-council-juncker-2014.yaml"
    sc = load_scenario(path)
    assert len(sc.members()) == 28
    assert isinstance(sc.decision_rule, TripleMajority) and sc.decision_rule.quota == 260
    i = procedural.forecast(sc).issue("juncker")
    assert i.adopted is True and i.outcome == 100
    totals = i.details["decision"]["totals"]["votes"]
    assert totals["yes"] == 311 and totals["base"] == 352
    # had four more large states joined the two (DEU FRA ITA ESP: 29 * 3 + 27 = 114 votes):
    # 41 + 114 = 155 against, 197 in favour: not adopted
    assert sc.body is not None
    members = sc.body.members_on(sc.date)
    no = {"GBR", "HUN", "DEU", "FRA", "ITA", "ESP"}
    votes = {m.id: "no" if m.id in no else "yes" for m in members}
    assert not sc.decision_rule.decide(votes, members).passed


def test_a_2013_scenario_is_forecast_with_the_nice_rule():
    from concilium.io import parse_scenario
    from concilium.models import procedural

    # DEU FRA GBR + LUX against (91 votes, the EU-27 blocking minority): not adopted
    against = {"DEU", "FRA", "GBR", "LUX"}
    actors = "\n".join(
        f"  - {{id: {m.id}, stances: {{i: {{position: {0 if m.id in against else 100}}}}}}}"
        for m in load_body(EU).members_on(EU27_DAY)
    )
    text = (
        "id: eu2013\ntitle: A 2013 Council vote\ndate: 2013-05-01\nbody: eu-council\n"
        "issues: [{id: i, title: i, scale: {min: 0, max: 100}, status_quo: 0, proposal: 100}]\n"
        "actors:\n" + actors + "\n"
    )
    sc = parse_scenario(text)
    assert isinstance(sc.decision_rule, TripleMajority) and sc.decision_rule.quota == 255
    i = procedural.forecast(sc).issue("i")
    assert i.adopted is False
    assert i.details["decision"]["totals"]["votes"] == {"yes": 254, "base": 345, "share": 254 / 345}


def test_body_cli_on_a_2013_date_shows_the_nice_rule_and_votes():
    from clirun import run_cli

    r = run_cli("body", "eu-council", "--date", "2013-05-01")
    assert r.returncode == 0, r.stderr
    text = " ".join(r.stdout.split())
    assert "27 members" in text and "Votes" in text
    assert "Nice weighted votes, EU-27" in text and "at least 255 votes in favour" in text
    assert "Rules in force on 2013-05-01" in text
    r = run_cli("body", "eu-council", "--date", "2013-05-01", "--format", "json")
    assert r.returncode == 0, r.stderr
    import json

    data = json.loads(r.stdout)
    assert data["rule"]["kind"] == "triple_majority" and data["rule"]["quota"] == 255
    assert (
        data["rule_period"]["from"] == "2007-01-01" and data["rule_period"]["until"] == "2013-06-30"
    )
    assert sum(m["weights"]["votes"] for m in data["members"]) == 345
    r = run_cli("body", "eu-council", "--date", "2006-12-31")
    assert r.returncode == 2 and "cover 2007-01-01 onwards" in r.stderr


def test_the_european_council_has_the_same_rule_periods_for_qmv():
    eu, euco = load_body(EU), load_body(EUCO)
    for day in (EU27_DAY, EU28_DAY):
        for name in ("qmv", "reinforced_qmv"):
            assert euco.get_rule(name, on=day) == eu.get_rule(name, on=day)
        assert euco.rule_on(day).kind == "consensus"  # its default stays consensus


# ------------------------------------------------------------------ malformed periods
def test_overlapping_rule_periods_are_refused(tmp_path):
    path = tmp_path / "duo.yaml"
    path.write_text(
        "id: duo\nname: Duo\nvalid_from: 2007-01-01\nrule: {kind: unanimity}\n"
        "members: [{id: A, name: A}, {id: B, name: B}]\n"
        "rule_periods:\n"
        "  - {from: 2007-01-01, until: 2010-12-31, rule: {kind: consensus}}\n"
        "  - {from: 2010-06-01, until: 2011-12-31, rule: {kind: consensus}}\n"
        "  - {from: 2000-01-01, until: 2001-12-31}\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as info:
        load_body(path)
    text = str(info.value)
    assert "duo.yaml" in text and "rule_periods[1].from" in text and "must not overlap" in text
    assert "rule_periods[2].until" in text and "before the data start" in text


def test_a_rule_name_unknown_on_the_date_is_refused():
    with pytest.raises(InputError, match="no rule named 'nice'"):
        load_body(EU).get_rule("nice", on=EU27_DAY)
