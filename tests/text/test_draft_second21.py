"""A second decision told "at a second meeting" (issue 13, heldout20's second decisions).

- An act of the deciders told "at a second (separate, further) meeting" is a decision of its
  own, as one told "at the same meeting" or "in a second vote" is: the stances read after it
  are on it, not on the decision the article opens with.
- Near misses: a member's act at that meeting opens no decision, and a sitting named by no
  ordinal ("at a meeting in Geneva") is the one decision's.

Every article here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels_by_issue, needs_spacy

from concilium.text.draft import draft_scenario

DAY = dt.date(2024, 3, 15)


def drafted(text: str) -> dict:
    return draft_scenario(text, source="t.txt", on=DAY, body="unsc")


def titled(sc: dict, word: str) -> str:
    """The id of the one drafted issue whose title has ``word``."""
    found = [i["id"] for i in sc["issues"] if word.lower() in i["title"].lower()]
    assert len(found) == 1, (word, [i["title"] for i in sc["issues"]])
    return found[0]


@needs_spacy
def test_a_report_approved_at_a_second_meeting_is_a_decision_of_its_own():
    # The Council set up a mission (Brazil voted for it, Russia abstained); at a second
    # meeting it approved a plan by the Secretary-General for staffing the mission, and Russia
    # abstained again: two issues, Russia's second abstention on the plan.
    sc = drafted(
        "Council creates observer mission in Ruritania\n\n"
        "UNITED NATIONS, 15 March 2024 - The Security Council on Friday set up an observer "
        "mission to monitor the ceasefire in Ruritania. Brazil voted for the resolution, "
        "while Russia abstained.\n\n"
        "At a second meeting, the Council approved a plan by the Secretary-General for "
        "staffing the observer mission with 300 unarmed officers. Russia abstained on the "
        "plan.",
    )
    issues = labels_by_issue(sc, named_only=True)
    assert len(issues) == 2, issues
    plan = titled(sc, "plan")
    assert issues[plan] == {"RUS": "abstain"}
    (mission,) = [iid for iid in issues if iid != plan]
    assert issues[mission] == {"BRA": "support", "RUS": "abstain"}


LEAD = "Council creates observer mission in Ruritania\n\nUNITED NATIONS, 15 March 2024 - "


@needs_spacy
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            # at the second meeting France merely cited a report: no act of the Council
            "The Security Council on Friday set up an observer mission to monitor the "
            "ceasefire in Ruritania. Brazil voted for the resolution.\n\n"
            "At a second meeting, France cited a report by the Secretary-General and welcomed "
            "the mission.",
            {"BRA": "support", "FRA": "support"},
            id="a member citing a report",
        ),
        pytest.param(
            # "at a meeting in Geneva" is no further sitting
            "At a meeting in Geneva, the Security Council set up an observer mission to "
            "monitor the ceasefire in Ruritania. Brazil voted for the resolution, while Russia "
            "abstained.",
            {"BRA": "support", "RUS": "abstain"},
            id="a meeting with no ordinal",
        ),
        pytest.param(
            # the article opens with a second meeting's act: no earlier decision to follow
            "At a second meeting this week, the Security Council set up an observer mission "
            "to monitor the ceasefire in Ruritania. Brazil voted for the resolution, while "
            "Russia abstained.",
            {"BRA": "support", "RUS": "abstain"},
            id="a second meeting in the lead",
        ),
    ],
)
def test_near_misses_are_the_one_decision(body: str, expected: dict[str, str]) -> None:
    issues = labels_by_issue(drafted(LEAD + body), named_only=True)
    assert len(issues) == 1, issues
    (mission,) = issues
    assert issues[mission] == expected
