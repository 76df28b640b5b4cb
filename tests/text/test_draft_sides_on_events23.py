"""Stances misread in heldout23 (issue 13), on sentences written for this file.

- "with France against the war": a *with* phrase whose "against" has for its object a war,
  a meeting or talks (``NOT_DECISIONS``) says which side a state took on that, not how it
  voted on the decision: no vote for France.  Not a bare "with France against" after a vote
  ("the plan passed, with France and Greece against"), nor "against the plan".

- "only when the Council decides unanimously": a unanimity in a condition for later steps
  gives no count (it filled every member in as for the decision).  Not "decided
  unanimously", nor "once the ministers agreed unanimously".

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected labels are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from drafted_labels import needs_spacy, stance_pairs

from concilium.text.counts import find_counts

pytestmark = needs_spacy

DAY = dt.date(2024, 3, 15)
read = partial(stance_pairs, on=DAY)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the side taken on a war or fighting: no vote of the state named after "with"
        (
            (
                "Spain and Italy, which had stood with Britain against the fighting, raised no "
                "objection."
            ),
            {("ESP", "neutral"), ("ITA", "neutral")},
        ),
        ("The plan passed, with Austria against the war.", set()),
        ("The text went through, with Ireland against the talks.", set()),
        # near misses: a vote named after the "with" list, or "against" the decision
        (
            "The plan passed, with Austria and Greece against.",
            {("AUT", "oppose"), ("GRC", "oppose")},
        ),
        ("The text was adopted, with Hungary against the text.", {("HUN", "oppose")}),
        (
            "Denmark voted with Finland against the resolution.",
            {("DNK", "oppose"), ("FIN", "oppose")},
        ),
    ],
)
def test_with_against_a_war_is_no_vote(sentence: str, expected: set) -> None:
    assert read(sentence) == expected


# A unanimity told in a "when", "if", "unless", "until" or "once" clause with a present verb is
# a condition for later steps ("each step will be taken only when the Council decides
# unanimously"), not a count of the decision: nobody is filled in from it.
@pytest.mark.parametrize(
    "sentence",
    [
        (
            "Each later step will be taken only when the Council decides unanimously that the "
            "country is ready."
        ),
        "The talks will move on only if the ministers agree unanimously.",
        "The embargo stays until the member states agree unanimously to lift it.",
    ],
)
def test_a_unanimity_in_a_condition_gives_no_count(sentence: str) -> None:
    tally = find_counts(sentence)
    assert (tally.rest, tally.unanimous) == (None, False)


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: a decision taken so, a past verb after "once", a headline's present
        "The Council decided unanimously that the country is ready.",
        "Once the ministers agreed unanimously, the talks opened.",
        "EU ministers agree unanimously to open talks with Albania.",
    ],
)
def test_a_unanimity_taken_still_counts(sentence: str) -> None:
    tally = find_counts(sentence)
    assert (tally.rest, tally.unanimous) == ("support", True)
