"""Stated stances missed by form (issue 13, eighteenth stop, read from heldout14 after its
run): a member that "joined the other allies in condemning the attack" or "joined the other
fourteen" takes the decision with the rest of the deciders (support), even when the act it
joins in ("calling the strikes reckless", "condemning the attack") is no stance word of its
own; and a decision the deciders take at a state's request ("ended the mission at Mali's
request", "at an emergency meeting called by Lithuania") is backed by the requester; and
those whose report the deciders acted on ("agreed to prolong the sanctions after Belgium and
Austria told them the ceasefire was broken") made the case for it.

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the sentence alone, and each case
says why in its comment.  Negative cases check that nothing is guessed.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from drafted_labels import needs_spacy, stance_pairs

pytestmark = needs_spacy
DAY = dt.date(2016, 5, 17)
read = partial(stance_pairs, on=DAY)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the deciders' joint statement, joined by one of them: it condemned with them
        ("Norway joined the other allies in condemning the shelling.", {("NOR", "support")}),
        # "calling X reckless" is what the statement does; joining it is taking it
        (
            "Portugal joined the other members in calling the missile launch reckless.",
            {("PRT", "support")},
        ),
        # a number for the others ("the other fourteen"), with no act named: the decision
        ("Egypt joined the other fourteen this time.", {("EGY", "support")}),
        # a person speaking for a state
        (
            "Chancellor Angela Merkel joined the other leaders in urging restraint.",
            {("DEU", "support")},
        ),
        # a stance word in the act keeps its own reading (and agrees)
        ("Norway joined the other allies in approving the plan.", {("NOR", "support")}),
    ],
)
def test_joining_the_other_deciders_is_taking_the_decision(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a place, not an act: no stance
        ("Norway joined the other allies in Brussels.", set()),
        ("Norway joined the others at the table.", set()),
        # joining a named state: what that state did is not the deciders' act
        ("Norway joined Sweden in calling the plan premature.", set()),
        # negated, refused or only possible: not done, and not against either
        ("Norway did not join the other allies in condemning the shelling.", set()),
        ("Norway refused to join the other allies in condemning the shelling.", set()),
        ("Norway may join the other allies in condemning the shelling.", set()),
        # condemning the text itself is against it: never support from the joining
        ("Norway joined the other members in condemning the resolution.", {("NOR", "oppose")}),
        # a vote or a block named in the act keeps its own side
        (
            "Norway joined the other members in voting against the resolution.",
            {("NOR", "oppose")},
        ),
        ("Norway joined the other leaders in blocking the plan.", {("NOR", "oppose")}),
        # "some allies" are not the rest of the deciders
        ("Norway joined some allies in condemning the shelling.", set()),
    ],
)
def test_joining_near_misses(text, expected):
    assert read(text) == expected


# ------------------------------- a decision taken at a state's request: the requester backs it


@pytest.mark.parametrize(
    "text, expected",
    [
        # the body's act, done on the state's asking
        ("The Council ended the observer mission at Mali's request.", {("MLI", "support")}),
        ("The Council extended the mission at the request of Iraq.", {("IRQ", "support")}),
        # at a meeting held at its request, with a second verb sharing the deciders
        (
            (
                "The allies condemned the raid and declared their solidarity with Estonia at an "
                "emergency meeting held at Estonia's request."
            ),
            {("EST", "support")},
        ),
        # a meeting called by the state
        (
            "The allies condemned the raid at an emergency meeting called by Lithuania.",
            {("LTU", "support")},
        ),
        # consultations held at its request: the sitting it asked for is the decision it
        # backs (a near miss before amend30; the seen 21-21's gold codes Poland's Article 4
        # request as support, and probe29 case 50 the same)
        ("The allies held consultations at the request of Poland.", {("POL", "support")}),
    ],
)
def test_decision_at_a_states_request(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a delay asked for is a procedure, no side on the text
        ("The vote was delayed by a day at the request of Russia.", set()),
        ("The Council put off the vote at Russia's request.", set()),
        # not the deciders' act: troops entering a country, a state's own claim
        ("Iraqi troops entered Kuwait at the request of a provisional government.", set()),
        # the act not done
        ("The Council did not extend the mission at the request of Iraq.", set()),
        # a request by no state
        ("The Council ended the mission at the request of some members.", set()),
    ],
)
def test_request_near_misses(text, expected):
    assert read(text) == expected


# ------------------- a decision taken after some states told the deciders why: their case


@pytest.mark.parametrize(
    "text, expected",
    [
        # the leaders' act after two of them reported: those two made the case for it
        (
            (
                "The leaders agreed to prolong the sanctions against Russia for a year, after "
                "Belgium and Austria told them the ceasefire was still being broken."
            ),
            {("BEL", "support"), ("AUT", "support")},
        ),
        # "briefed ..., after which the leaders agreed"
        (
            (
                "Belgium and Austria briefed their counterparts on the talks on Friday, after "
                "which the leaders agreed to prolong the sanctions."
            ),
            {("BEL", "support"), ("AUT", "support")},
        ),
    ],
)
def test_decision_after_states_reported(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what was told is a doubt, not a case for it: no stance
        (
            "The ministers agreed to prolong the sanctions after Italy told them it had doubts.",
            set(),
        ),
        # a threat told keeps its own reading (against), never support from the "after"
        (
            (
                "The ministers agreed to prolong the sanctions after Italy told them it would veto "
                "any new listings."
            ),
            {("ITA", "oppose")},
        ),
        # the deciders did not act
        (
            (
                "The ministers did not agree to prolong the sanctions after Italy told them the "
                "ceasefire held."
            ),
            set(),
        ),
        # told, with no act of the deciders after it
        ("Italy told the ministers the sanctions were working.", set()),
    ],
)
def test_reported_near_misses(text, expected):
    assert read(text) == expected
