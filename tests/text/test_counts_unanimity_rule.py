""" "By unanimity" told as how decisions are to be taken is a rule, not a count (issue 13).

"Austria and Slovakia refused to sign up to any text on energy. They want such decisions to
be taken by unanimity." was read as a unanimous vote on the energy text: the two refusals were
ruled out by it and everyone, the two included, drafted as for (an inversion). A rule wanted
or in force ("to be taken", "must be agreed", "are still taken" before "by unanimity") now
gives no count; a decision told as taken so still does, and so does "must be approved
unanimously by the nine participating countries" (left as it was). Sentences written
for this test; each expected count is what a reader takes from the sentence alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels_by_issue, needs_spacy

from concilium.text.counts import find_counts
from concilium.text.draft import draft_scenario


@pytest.mark.parametrize(
    "sentence",
    [
        "They want such decisions to be taken by unanimity.",
        "Decisions on foreign policy are still taken by unanimity.",
        "The plan must be agreed by unanimity, officials said.",
        "Hungary demanded that the decision be taken by unanimity.",
    ],
)
def test_a_rule_of_unanimity_gives_no_count(sentence: str) -> None:
    tally = find_counts(sentence)
    assert (tally.rest, tally.unanimous) == (None, False)


@pytest.mark.parametrize(
    "sentence",
    [
        "The decision was taken by unanimity.",
        "The ministers unanimously adopted the plan.",
        "The plan was adopted unanimously on Monday.",
        "The text, adopted unanimously, takes effect in May.",
        # left as it was: "unanimously" after a rule's verb still counts (seen articles name
        # those who must agree, and they had)
        "The tax must be approved unanimously by the nine participating countries.",
    ],
)
def test_a_decision_taken_unanimously_still_counts(sentence: str) -> None:
    tally = find_counts(sentence)
    assert (tally.rest, tally.unanimous) == ("support", True)


@needs_spacy
def test_refusals_stand_beside_a_rule_of_unanimity() -> None:
    text = (
        "EU leaders adopt trade declaration\n\n"
        "LISBON, 6 October 2023 - The leaders of the EU's 27 member states adopted a joint "
        "declaration on trade on Friday, but only after a paragraph on energy was cut out of "
        "it.\n\n"
        "Austria and Slovakia refused to sign up to any text on energy. They want such "
        "decisions to be taken by unanimity."
    )
    sc = draft_scenario(text, source="t.txt", on=dt.date(2023, 10, 6), body="eu-council")
    issues = labels_by_issue(sc, named_only=True)
    assert issues["text-energy"] == {"AUT": "oppose", "SVK": "oppose"}
