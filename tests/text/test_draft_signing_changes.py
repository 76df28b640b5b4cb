"""Signing told after a threat not to sign (issue 13, thirteenth stop, classes outside
multi-decision articles): the later act is the stance ("had threatened not to sign ...  She
signed after the final wording was agreed"); "put his name to it" is signing; a pronoun in a
relative clause is the clause's head ("Tsipras, who had warned he might withhold his
signature"), not the speaker of the sentence before; and what would have been signed under a
condition ("would have signed the accord had it been amended") is no signing.

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected labels are what a careful reader codes from the text alone, and each case says
why.  Negative cases check that nothing is guessed.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import needs_spacy, resolved

pytestmark = needs_spacy
DAY = dt.date(2017, 3, 25)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare signing told as done is signing the text of the report
        ("Croatia signed.", {"HRV": "support"}),
        ("Croatia has signed.", {"HRV": "support"}),
        ("Croatia signed last week.", {"HRV": "support"}),
        ("Croatia signed after a night of talks.", {"HRV": "support"}),
        ("Croatia also signed.", {"HRV": "support"}),
        # not yet, not done, a condition or a purpose: nothing is said of the text
        ("Croatia will sign.", {}),
        ("Croatia has not signed.", {}),
        ("Croatia has yet to sign.", {}),
        ("Croatia signed if the text was amended.", {}),
        ("Croatia signed in protest.", {}),
    ],
)
def test_bare_signing(text, expected):
    assert resolved(text, DAY) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the threat is told as past, the signing as what happened: the signing wins
        ("Slovenia had threatened to veto the treaty. It signed on Friday.", {"SVN": "support"}),
        (
            "Slovenia had said it would not sign. It signed after its demands were met.",
            {"SVN": "support"},
        ),
        (
            "The Czech premier had threatened to block the treaty. He signed the treaty after talks.",
            {"CZE": "support"},
        ),
        # the threat alone stays a threat (against the text)
        ("Slovenia had threatened to veto the treaty.", {"SVN": "oppose"}),
    ],
)
def test_later_signing_wins(text, expected):
    assert resolved(text, DAY) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # putting one's name to a text is signing it
        ("Tsipras put his name to the declaration.", {"GRC": "support"}),
        ("Austria added its signature to the declaration.", {"AUT": "support"}),
        # "he" in the relative clause is Tsipras; the signing outranks the warning
        (
            "Tsipras, who had warned he might withhold his signature, also put his name to it.",
            {"GRC": "support"},
        ),
        # a name put to something else: no signing of the text
        ("Austria put its name on the list of speakers.", {}),
    ],
)
def test_put_name_to(text, expected):
    assert resolved(text, DAY) == expected


def test_relative_pronoun_is_the_head_not_the_earlier_speaker():
    # "she" is Szydlo, "he" is Tsipras: Poland takes no stance from Tsipras's warning
    text = (
        "Polish Prime Minister Beata Szydlo spoke first. Greek Prime Minister Alexis Tsipras, "
        "who had warned he might withhold his signature, left early."
    )
    assert resolved(text, DAY) == {"GRC": "oppose"}


@pytest.mark.parametrize(
    "text",
    [
        # what would have been signed under a condition was not signed: no support
        "Croatia would have signed the accord had it been amended.",
        "Croatia would have signed the accord if it had been amended.",
        "Croatia would have put its name to the accord had it been amended.",
        "Croatia could have signed the treaty.",
    ],
)
def test_counterfactual_signing_is_no_support(text):
    assert resolved(text, DAY).get("HRV") in (None, "neutral")


def test_what_a_relative_clause_says_was_said_before_is_background():
    # "it" is Portugal; what it had said it would do is outranked by what it did
    from drafted_labels import labels

    from concilium.text.draft import draft_scenario

    text = (
        "EU ministers launched a naval mission on Monday. Portugal, which had said it would "
        "not take part, did not stand in the way of the decision."
    )
    scenario = draft_scenario(text, source="t.txt", on=dt.date(2024, 2, 19), body="eu-council")
    assert labels(scenario).get("PRT") == "support"
    # alone, the relative clause's intention is read (staying out of the mission)
    assert resolved("Portugal, which had said it would not take part, left early.", DAY) == {
        "PRT": "abstain"
    }
