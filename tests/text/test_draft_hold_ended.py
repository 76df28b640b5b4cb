"""A hold told as ended by the decision is no block (issue 13, heldout22's lifted hold).

- "agreed to extend the mission, ending two weeks of argument in which Denmark and Norway had
  held up the decision": the hold-up is over, the decision taken by consensus; the holders are
  read as opposing it no more (no stance: the article does not say they backed it).
- Near misses: a hold told on its own ("Denmark and Norway had held up the decision for two
  weeks"), a plan the relative clause of a noun not ended names ("a plan Denmark had blocked"),
  and a dispute the deciders did not end keep the block.

Every article here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels_by_issue, needs_spacy

from concilium.text.draft import draft_scenario

DAY = dt.date(2024, 3, 14)
HEAD = (
    "NATO approves air policing plan\n\n"
    "BRUSSELS, 14 March 2024 - NATO ambassadors agreed on Thursday to extend the air policing "
    "mission over the Baltic states"
)


def only_issue(text: str) -> dict[str, str]:
    sc = draft_scenario(HEAD + text, source="t.txt", on=DAY, body="nato")
    (labels,) = labels_by_issue(sc).values()
    return labels


@needs_spacy
@pytest.mark.parametrize(
    "text",
    [
        ", ending two weeks of argument in which Denmark and Norway had held up the decision.",
        ", ending a standoff in which Denmark had blocked the plan.",
    ],
)
def test_a_hold_the_decision_ended_is_no_block(text):
    assert only_issue(text) == {}


@needs_spacy
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (". Denmark and Norway had held up the decision for two weeks.", {"DNK", "NOR"}),
        (", a plan Denmark had blocked for two weeks.", {"DNK"}),
        (", though they did not end the dispute in which Denmark had blocked the plan.", {"DNK"}),
    ],
)
def test_a_hold_told_on_its_own_stays(text, expected):
    assert only_issue(text) == dict.fromkeys(expected, "oppose")
