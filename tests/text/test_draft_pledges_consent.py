"""Pledging forces, holding back, and consent stated as an intention (issue 13, thirteenth
stop, classes outside multi-decision articles): "Italy will send about 1,000 more troops" is a
pledge to the mission reported (support); "Germany and France held back" (with no object) is
staying out (abstain); in a council that decides by consensus, "said his country would not
block any sanctions" lets the consensus form (support), as "did not block" already did, but not
under a condition nor "could not block" (no power to).  And a head of state named only by name
("the government of President F.W. de Klerk") speaks for the state while in office.

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected labels are what a careful reader codes from the text alone, and each case says
why.  Negative cases check that nothing is guessed.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels_by_issue, needs_spacy, resolved

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy
DAY = dt.date(2009, 12, 4)


@pytest.mark.parametrize(
    "text, expected",
    [
        # more forces promised, with no place of their own: a pledge to the mission reported
        ("Norway will send about 300 more troops.", {"NOR": "support"}),
        ("Spain would provide extra soldiers.", {"ESP": "support"}),
        # sent (a state's own move, may be), a place, negated, conditional, not forces
        ("Norway sent more troops.", {}),
        ("Norway will send more troops to the border.", {}),
        ("Norway will not send more troops.", {}),
        ("Norway will send additional troops if the fighting spreads.", {}),
        ("Norway will send more letters.", {}),
    ],
)
def test_more_forces_promised(text, expected):
    assert resolved(text, DAY) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # holding back with no object: staying out of what the others did
        ("Spain and Portugal held back.", {"ESP": "abstain", "PRT": "abstain"}),
        ("Spain held back, saying it would decide in January.", {"ESP": "abstain"}),
        # an object or a "from": something else is held back
        ("Spain held back funds.", {}),
        ("Spain held back from criticising the plan.", {}),
        ("Spain did not hold back.", {}),
    ],
)
def test_holding_back(text, expected):
    assert resolved(text, DAY) == expected


LEDE = "EU ministers adopted new sanctions against Russia on Monday. "


def drafted(text: str, body: str) -> dict[str, str]:
    scenario = draft_scenario(LEDE + text, source="t.txt", on=dt.date(2022, 2, 28), body=body)
    return {
        a: lab
        for issue in labels_by_issue(scenario, named_only=True).values()
        for a, lab in issue.items()
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        # a stated intention not to block, in a council that decides by consensus: consent
        ("Hungary said it would not block the sanctions.", {"HUN": "support"}),
        ("Hungary will not veto the sanctions.", {"HUN": "support"}),
        # as before: done
        ("Hungary did not block the sanctions.", {"HUN": "support"}),
        # a condition, or no power to block: no stance
        ("Hungary said it would not block the sanctions if gas was exempted.", {}),
        ("Hungary would not block the sanctions unless they covered gas.", {}),
        ("Hungary could not block the sanctions.", {}),
    ],
)
def test_intention_not_to_block_in_consensus(text, expected):
    assert drafted(text, "eu-council") == expected


def test_intention_not_to_block_elsewhere_is_no_stance():
    # in the Security Council a member that does not veto may abstain
    assert "CHN" not in drafted("China said it would not veto the sanctions.", "unsc")


@pytest.mark.parametrize(
    "on, expected",
    [
        (dt.date(1993, 10, 8), {"ZAF": "support"}),  # State President de Klerk
        (dt.date(1996, 10, 8), {}),  # no longer in office: no longer speaks for the state
    ],
)
def test_head_of_state_named_by_name(on, expected):
    text = "The government of President F.W. de Klerk welcomed the decision."
    assert resolved(text, on) == expected


def test_leader_before_office_speaks_for_no_state():
    # Mandela led the ANC in 1993; he became president in 1994
    assert resolved("Mandela welcomed the decision.", dt.date(1993, 10, 8)) == {}
    assert resolved("Mandela welcomed the decision.", dt.date(1996, 10, 8)) == {"ZAF": "support"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # calls for the deciders to act are calls for the decision (as "urged the bloc to")
        ("Lisbon had led calls for the bloc to step in.", {"PRT": "support"}),
        ("Portugal joined calls for the council to act.", {"PRT": "support"}),
        # a way of behaving, undoing or delaying, a negated act, or a state asked: no stance
        ("Portugal led calls for the alliance to show restraint.", {}),
        ("Portugal led calls for the EU to scrap the plan.", {}),
        ("Portugal led calls for the bloc to delay the mission.", {}),
        ("Portugal led calls for the EU not to intervene.", {}),
        ("Portugal led calls for Russia to withdraw.", {}),
    ],
)
def test_calls_for_the_deciders_to_act(text, expected):
    assert resolved(text, dt.date(2021, 7, 12)) == expected


def test_intention_not_to_block_with_a_reservation_is_no_consent():
    # "but it wants guarantees": the intention comes with a demand, undecided
    text = "Hungary would not block the sanctions, diplomats said, but it wants guarantees."
    assert drafted(text, "eu-council") == {}
