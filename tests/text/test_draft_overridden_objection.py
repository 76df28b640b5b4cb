"""Recall hunt (issue 13): a decision taken over a state's objections, the objector named in
an "of" or "from" phrase after the objection noun.

"adopted over Hungarian objections" and "despite Slovakia's opposition" were opposition, but
"adopted over the objections of Hungary", "over objections from Hungary", "despite opposition
from Slovakia" and "in the face of opposition from Slovakia" were no stance.  An objector that
names no state ("rights groups", "farmers in Poland") stays no stance, and an objection that is
not what the decision went over ("Poland rejected the objections of Hungary") is unchanged.

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
        ("The sanctions were approved over the objections of Hungary.", {"HUN": "oppose"}),
        ("Ministers approved the sanctions over objections from Hungary.", {"HUN": "oppose"}),
        (
            "The sanctions were approved despite opposition from Slovakia.",
            {"SVK": "oppose"},
        ),
        (
            "The sanctions were approved in the face of opposition from Slovakia.",
            {"SVK": "oppose"},
        ),
        (
            "The sanctions were approved over the objections of Hungary and Slovakia.",
            {"HUN": "oppose", "SVK": "oppose"},
        ),
        # already read: the owner before the noun
        ("The sanctions were approved over Hungarian objections.", {"HUN": "oppose"}),
    ],
)
def test_objector_after_the_noun_opposes(text: str, expected: dict[str, str]) -> None:
    assert resolved(text, ON) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The sanctions were approved over the objections of rights groups.",
        "The sanctions were approved over the objections of rights groups in Hungary.",
        "The sanctions were approved in the face of opposition at home.",
        "The sanctions were approved despite protests from farmers in Poland.",
    ],
)
def test_objector_that_is_no_state_gives_none(text: str) -> None:
    assert resolved(text, ON) == {}


def test_objection_not_overridden_is_unchanged() -> None:
    # rejecting another's objections backs the text (as before); the objector is not read here
    assert resolved("Poland rejected the objections of Hungary.", ON) == {"POL": "support"}
