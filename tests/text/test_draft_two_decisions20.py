"""A second question the deciders left open, told after the one they settled (issue 13, after
heldout19): "On the larger question of who should command the strikes, the allies made no
progress" tells the question before the deciders' failure on it, and "remained divided over
whether NATO should take charge of ..." asks a step with "whether".  Each is an issue of its
own, holding the stances told on it; what was agreed holds none of them.  A "whether" that asks
no step ("whether the strikes were legal"), a question whose failure is one member's ("France
made no progress") and the agreed decision told again stay one issue.

Every sentence is written for these tests (none is taken from the benchmark articles); the
expected stances are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import pytest
from drafted_labels import issue_with, labels_by_issue, needs_spacy

pytestmark = needs_spacy

LEAD = (
    "NATO agrees to patrol the Adriatic\n\nBRUSSELS, 14 May 2024 - NATO ambassadors on Tuesday "
    "agreed to use the alliance's ships to enforce a United Nations arms embargo on Ruritania.\n\n"
)


def _issues(sentences: str) -> dict[str, dict[str, str]]:
    from concilium.text.draft import draft_scenario

    sc = draft_scenario(LEAD + sentences + "\n", source="t.txt", engine="spacy")
    return labels_by_issue(sc)


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "On the larger question of who should command the air strikes, the allies made no "
            "progress. Turkey objected to a NATO command role."
        ),
        (
            "On the question of who should command the air strikes, the allies made little "
            "headway. Turkey objected to a NATO command role."
        ),
        (
            "On the issue of who should command the air strikes, the ambassadors could not "
            "agree. Turkey objected to a NATO command role."
        ),
        (
            "On the question of who should command the air strikes, the allies remained "
            "divided. Turkey objected to a NATO command role."
        ),
    ],
)
def test_a_question_told_before_the_deciders_failure_is_an_issue_of_its_own(sentences):
    # the command of the strikes was not settled: Turkey's objection is on it, not on the
    # patrol the ambassadors agreed
    issues = _issues(sentences)
    assert len(issues) == 2, issues
    assert issue_with(issues, "command") == {"TUR": "oppose"}
    assert issue_with(issues, "patrol") == {}


def test_divided_over_whether_a_step_should_be_taken_is_an_issue_of_its_own():
    issues = _issues(
        "The allies remained divided over whether NATO should take charge of the air strikes. "
        "Turkey objected to the idea."
    )
    assert len(issues) == 2, issues
    assert issue_with(issues, "take-charge") == {"TUR": "oppose"}
    assert issue_with(issues, "patrol") == {}


def test_divided_over_whether_to_take_a_step_holds_both_sides():
    issues = _issues(
        "The allies remained divided over whether to hand command of the air strikes to NATO. "
        "Turkey opposed it, while Britain backed it."
    )
    assert len(issues) == 2, issues
    assert issue_with(issues, "hand-command") == {"TUR": "oppose", "GBR": "support"}
    assert issue_with(issues, "patrol") == {}


@pytest.mark.parametrize(
    "sentences",
    [
        # a "whether" that asks no step: no proposal of its own
        "The allies remained divided over whether the strikes were legal.",
        # one member's failure, not the deciders'
        "On the question of who should command the air strikes, France made no progress.",
        # the decision the lead told, told again
        "On the question of the arms embargo, the allies made no progress until Tuesday.",
    ],
)
def test_near_misses_stay_one_issue(sentences):
    issues = _issues(sentences + " Greece welcomed the patrol.")
    assert len(issues) == 1, issues
    assert next(iter(issues.values())) == {"GRC": "support"}
