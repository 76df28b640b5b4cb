"""The European Parliament and the European Council as built-in bodies (issue 10).

Golden cases derived by hand from the seat counts and population shares in the body files.
"""

from __future__ import annotations

import datetime as dt

import pytest

from concilium.bodies import BUILTIN_BODIES, load_body
from concilium.errors import InputError

DAY = dt.date(2025, 6, 1)


def test_both_are_listed_and_dated():
    assert {"ep", "european-council"} <= set(BUILTIN_BODIES)
    ep = load_body("European Parliament")
    assert ep.id == "ep" and len(ep.members_on(DAY)) == 9
    # 188 + 136 + 84 + 78 + 77 + 53 + 46 + 25 + 33 = 720 seats
    assert sum(m.weights["seats"] for m in ep.members_on(DAY)) == 720
    with pytest.raises(InputError):  # the 10th term's data start at its constitutive session
        ep.members_on(dt.date(2024, 1, 1))
    euco = load_body("EUCO")
    assert euco.id == "european-council" and len(euco.members_on(DAY)) == 27


def ep_votes(**v):
    return {m.id: v.get(m.id, "absent") for m in load_body("ep").members_on(DAY)}


def test_ep_majority_of_votes_cast_ignores_abstentions():
    ep = load_body("ep")
    members = ep.members_on(DAY)
    rule = ep.rule
    # EPP (188) yes, S&D (136) no, all others abstain: 324 cast, 188 > 162: adopted
    votes = dict.fromkeys((m.id for m in members), "abstain")
    votes.update(EPP="yes", SD="no")
    assert rule.decide(votes, members).passed
    # the absolute majority of component members needs 361 yes seats: 188 is not enough
    assert not ep.get_rule("absolute").decide(votes, members).passed
    # EPP + S&D + Renew (188 + 136 + 77 = 401) yes, everyone else (319) no: 401 > 360
    votes = dict.fromkeys((m.id for m in members), "no")
    votes.update(EPP="yes", SD="yes", RENEW="yes")
    assert rule.decide(votes, members).passed
    assert ep.get_rule("absolute").decide(votes, members).passed
    # EPP (188) yes against S&D + PfE (136 + 84 = 220), the rest abstaining: 408 votes cast,
    # a majority needs more than 204: rejected
    votes = dict.fromkeys((m.id for m in members), "abstain")
    votes.update(EPP="yes", SD="no", PFE="no")
    assert not rule.decide(votes, members).passed


def test_ep_has_no_veto_player():
    # without EPP the other groups hold 532 seats, more than half of 720: nobody is in every
    # winning coalition of the yes/no game
    ep = load_body("ep")
    assert ep.rule.veto_players(ep.members_on(DAY)) == []


def test_european_council_decides_by_consensus_and_qmv_where_provided():
    euco = load_body("european-council")
    members = euco.members_on(DAY)
    yes = dict.fromkeys((m.id for m in members), "yes")
    assert euco.rule.decide({**yes, "HUN": "no"}, members).passed is False  # one objection
    assert euco.rule.decide({**yes, "HUN": "abstain"}, members).passed  # abstention does not
    assert len(euco.rule.veto_players(members)) == 27
    qmv = euco.get_rule("qmv")
    # Germany, France, Italy and Spain against: 18.49 + 15.17 + 13.23 + 10.78 = 57.67 % of
    # the population against, so the 23 others hold 100.01 - 57.67 = 42.34 % < 65 %: blocked
    big4 = dict.fromkeys(["DEU", "FRA", "ITA", "ESP"], "no")
    assert qmv.decide({**yes, **big4}, members).passed is False
    # three large states against cannot block: a blocking minority needs four members
    big3 = dict.fromkeys(["DEU", "FRA", "ITA"], "no")
    assert qmv.decide({**yes, **big3}, members).passed
