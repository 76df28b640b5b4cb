"""Who a stance is whose, and how many a count says (issue 13, sixteenth stop).

- a group of no named state "speaking through" a state ("the Arab states, speaking through
  Egypt, backed the resolution") voiced its stance by that state: the state's stance;
- a company or body owned by a state ("a port project led by France's TotalEnergies") is not
  the state: the act is no stance of the state's (its office, "France's foreign minister", is);
- a state outside the alliance or the Union ratifying the treaty in its own right
  ("as Japan and Canada moved to ratify the pact themselves") takes no stance on the members'
  decision, unless the headline or lead names it (a state joining);
- "25 of the European Union's 27 countries agreed" is 25 in favour, not the 27 of the whole;
  a part that agreed not to do something is no count.

Every sentence here is written for these tests (none is taken from the benchmark articles);
each expected label is what a careful reader codes from the text alone (``None``: no stance).
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels_by_issue, needs_spacy, resolved

from concilium.text.counts import find_counts
from concilium.text.draft import draft_scenario

DAY = dt.date(2024, 3, 25)


@needs_spacy
def test_a_group_speaking_through_a_state_is_that_states_stance():
    text = "The Arab states, speaking through Egypt, backed the resolution on Tuesday."
    assert resolved(text, DAY).get("EGY") == "support"


@needs_spacy
def test_a_state_named_as_a_partner_of_the_group_is_no_voice():
    text = "The Arab states backed the resolution on Tuesday after talks with Egypt."
    assert resolved(text, DAY).get("EGY") is None


@needs_spacy
def test_a_group_speaking_through_a_state_that_opposes_is_opposition():
    text = "The Nordic countries, speaking through Finland, rejected the amendment on Tuesday."
    assert resolved(text, DAY).get("FIN") == "oppose"


@needs_spacy
def test_a_states_company_is_not_the_state():
    text = (
        "The Council agreed to protect a port project led by France's TotalEnergies near the "
        "border."
    )
    assert resolved(text, DAY).get("FRA") is None


@needs_spacy
def test_a_states_office_is_the_state():
    text = "The plan was led by France's foreign minister and adopted on Tuesday."
    assert resolved(text, DAY).get("FRA") == "support"


@pytest.mark.parametrize(
    ("sentence", "yes"),
    [
        ("Leaders of 25 of the European Union's 27 countries agreed on Monday on the pact.", 25),
        ("Ministers of 20 of the bloc's 27 member states approved the plan.", 20),
        ("Nineteen of the 28 allies endorsed the statement.", 19),
        # the whole, named as the whole: all of them
        ("Leaders of all 27 member states agreed on Monday.", 27),
        ("The bloc's 27 members agreed on the package.", 27),
    ],
)
def test_a_part_of_the_members_counts_as_the_part(sentence, yes):
    assert find_counts(sentence).yes == yes


def test_a_part_that_agreed_not_to_act_is_no_count():
    assert find_counts("25 of the 27 leaders agreed that no troops should be sent.").yes is None


RATIFIED = (
    "EU ministers agree to ratify climate pact\n\n"
    "BRUSSELS, 30 September 2016 - European Union environment ministers agreed on Friday that "
    "the bloc would ratify the climate pact before the end of the year.\n\n"
    "The decision came as Japan and Canada moved to ratify the pact themselves. Poland "
    "ratified it last week."
)


@needs_spacy
def test_an_outsiders_own_ratification_is_no_stance_on_the_members_decision():
    issues = labels_by_issue(
        draft_scenario(RATIFIED, source="t.txt", on=dt.date(2016, 9, 30), body="eu-council"),
        named_only=True,
    )
    assert all("JPN" not in labels and "CAN" not in labels for labels in issues.values())
    # near miss: a member's ratification is its support
    assert any(labels.get("POL") == "support" for labels in issues.values())


@needs_spacy
def test_the_entrants_own_ratification_named_in_the_lead_is_kept():
    text = (
        "Montenegro joins NATO\n\n"
        "BRUSSELS, 5 June 2017 - Montenegro became the 29th member of NATO on Monday.\n\n"
        "Its parliament ratified the accession treaty in April, and Podgorica signed the "
        "protocol last year."
    )
    issues = labels_by_issue(
        draft_scenario(text, source="t.txt", on=dt.date(2017, 6, 5), body="nato"),
        named_only=True,
    )
    assert any(labels.get("MNE") == "support" for labels in issues.values())


@needs_spacy
@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # the clause hung on the verb by the parser, because of what follows
        (
            (
                "The Council set up a training mission on Monday. Lisbon had led calls for the bloc "
                "to step in, and already has instructors in the country."
            ),
            "support",
        ),
        # near misses: asking the deciders to hold back, or asking another state to act
        (
            (
                "The Council set up a training mission on Monday. Lisbon had led calls for the bloc "
                "to postpone the mission, and already has instructors in the country."
            ),
            None,
        ),
        (
            (
                "The Council set up a training mission on Monday. Lisbon had led calls for Russia to "
                "withdraw its troops, and already has instructors in the country."
            ),
            None,
        ),
    ],
)
def test_leading_calls_for_the_deciders_to_act(sentence, label):
    assert resolved(sentence, dt.date(2021, 7, 12)).get("PRT") == label
