"""Recall hunt (issue 13): a reaction given for what another state did names that state's
stance.

"Germany accused Hungary of blocking the deal" and "Austria was criticised by Poland for
backing the text" were no stance, and "Germany thanked Italy for its support" gave support to
Germany alone: the deed told after "for" (after "accuse": "of") is the stance of the one
reacted to (the object, or the passive subject).  The one reacting keeps what it had.  A
denied reaction tells no deed, a stance noun with no owner of its own ("for the support") may
be another's, and a deed that is no stance on the text ("its hospitality", "blocking action
in the Security Council") or that the text itself holds against a state gives none.

Each expected label is what a careful reader codes from the text alone; an actor left out has
no stance.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import needs_spacy, resolved

pytestmark = needs_spacy

ON = dt.date(2024, 3, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("France accused Slovakia of blocking the sanctions.", {"SVK": "oppose"}),
        ("Slovakia was accused of blocking the sanctions.", {"SVK": "oppose"}),
        ("Spain was criticised by Belgium for backing the sanctions.", {"ESP": "support"}),
        (
            "France thanked Portugal for its support.",
            {"FRA": "support", "PRT": "support"},
        ),
        (
            "France criticised Slovakia for vetoing the sanctions.",
            {"FRA": "support", "SVK": "oppose"},
        ),
    ],
)
def test_deed_is_the_stance_of_the_one_reacted_to(text: str, expected: dict[str, str]) -> None:
    assert resolved(text, ON) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("France did not accuse Slovakia of blocking the sanctions.", {}),
        ("France thanked Portugal for the support.", {"FRA": "support"}),
        ("France thanked Portugal for its hospitality.", {"FRA": "support"}),
        ("France accused Slovakia of backsliding on the rule of law.", {}),
        # a deed on something else than the decision
        (
            "France criticised Russia for blocking action in the Security Council.",
            {"FRA": "support"},
        ),
        # the text's own words about a state, not a report of its deed
        ("The resolution criticised Russia for blocking the sanctions.", {}),
    ],
)
def test_no_deed_of_the_one_reacted_to(text: str, expected: dict[str, str]) -> None:
    assert resolved(text, ON) == expected
