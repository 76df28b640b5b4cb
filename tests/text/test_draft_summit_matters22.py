"""Several matters in one summit article (issue 13, heldout20's and heldout21's summits).

- A member's own call told "separately" after the lead ("Portugal had separately argued for a
  cap on bank bonuses, an idea Greece supported") is a proposal of its own: the caller and
  the stances its sentence tells after the verb are on it, not on the summit's decision.
- Near misses: the lead's decision called for again "separately" stays the one decision; a
  call with no "separately", a subject that is no member ("Officials separately proposed")
  or a verb that is no call ("separately voted for") open no proposal (read as before).
- A member's objection to "a plan by|from" someone, told beside its refusal of the text
  ("would not back the statement, objecting to a plan by the Commission president to lend
  Chisinau money"), is on that plan; the refusal and the next sentences stay on the text.
  Near misses: "objecting to the plan" (maybe the decision itself) and the lead's decision
  named again stay one issue.

Every article here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import issue_with, labels_by_issue, needs_spacy

from concilium.text.draft import draft_scenario

DAY = dt.date(2024, 3, 15)
LEAD = (
    "EU leaders agree fishing quotas\n\n"
    "BRUSSELS, 15 March 2024 - European Union leaders on Friday agreed new fishing quotas for "
    "the Baltic Sea. Sweden and Finland backed the quotas, while Denmark opposed them.\n\n"
)
QUOTAS = {"SWE": "support", "FIN": "support", "DNK": "oppose"}


def drafted(body: str) -> dict[str, dict[str, str]]:
    sc = draft_scenario(LEAD + body, source="t.txt", on=DAY, body="eu-council")
    return labels_by_issue(sc, named_only=True)


@needs_spacy
@pytest.mark.parametrize(
    ("body", "word", "expected"),
    [
        pytest.param(
            "Portugal had separately argued for a cap on bank bonuses, an idea Greece and "
            "Malta supported.",
            "bonuses",
            {"PRT": "support", "GRC": "support", "MLT": "support"},
            id="argued for, an idea others supported",
        ),
        pytest.param(
            "Portugal separately proposed a tax on aviation fuel. Greece backed the idea.",
            "aviation",
            {"PRT": "support", "GRC": "support"},
            id="proposed, backed in the next sentence",
        ),
    ],
)
def test_a_members_separate_call_is_a_proposal_of_its_own(
    body: str, word: str, expected: dict[str, str]
) -> None:
    issues = drafted(body)
    assert len(issues) == 2, issues
    assert issue_with(issues, word) == expected
    assert issue_with(issues, "quotas") == QUOTAS


@needs_spacy
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            # the lead's quotas called for again: the one decision
            "Portugal had separately argued for the new fishing quotas for the Baltic Sea, "
            "which Greece supported.",
            QUOTAS | {"PRT": "support", "GRC": "support"},
            id="the lead's decision again",
        ),
        pytest.param(
            # a vote is no call: on the quotas
            "Portugal separately voted for the quotas, and Greece supported them.",
            QUOTAS | {"PRT": "support", "GRC": "support"},
            id="a vote, not a call",
        ),
    ],
)
def test_near_misses_stay_the_one_decision(body: str, expected: dict[str, str]) -> None:
    issues = drafted(body)
    assert len(issues) == 1, issues
    assert next(iter(issues.values())) == expected


# A member's objection to a plan put forward by someone else, told beside its refusal.
MOLDOVA = (
    "EU leaders back Moldova text without Slovakia\n\n"
    "BRUSSELS, 15 March 2024 - European Union leaders on Friday adopted a statement of "
    "support for Moldova, after Slovakia refused to sign the statement.\n\n"
)


def drafted_moldova(body: str) -> dict[str, dict[str, str]]:
    sc = draft_scenario(MOLDOVA + body, source="t.txt", on=DAY, body="eu-council")
    return labels_by_issue(sc, named_only=True)


@needs_spacy
@pytest.mark.parametrize(
    ("body", "word", "plan", "statement"),
    [
        pytest.param(
            # the objection is on the plan; the refusal and Austria's backing on the statement
            "Bratislava had said on Tuesday that Slovakia would not back the statement, "
            "objecting among other things to a plan by the Commission president, Ursula von "
            "der Leyen, to lend Chisinau 2 billion euros. Austria backed the statement.",
            "plan-",
            {"SVK": "oppose"},
            {"SVK": "oppose", "AUT": "support"},
            id="objecting to a plan by a named author",
        ),
        pytest.param(
            # only the objection's own sentence: Hungary's refusal after it is the statement's
            "Slovakia would not back the statement, objecting among other things to a plan "
            "by the Commission president, Ursula von der Leyen, to lend Chisinau 2 billion "
            "euros. Hungary also opposed the statement.",
            "plan-",
            {"SVK": "oppose"},
            {"SVK": "oppose", "HUN": "oppose"},
            id="the next sentence stays on the statement",
        ),
        pytest.param(
            "Slovakia objected to a proposal from Italy to open a trade office in Chisinau. "
            "Portugal welcomed the statement.",
            "trade-office",
            {"SVK": "oppose"},
            {"SVK": "oppose", "PRT": "support"},
            id="objected to a proposal from a member",
        ),
    ],
)
def test_an_objection_to_anothers_plan_is_on_that_plan(
    body: str, word: str, plan: dict[str, str], statement: dict[str, str]
) -> None:
    issues = drafted_moldova(body)
    assert len(issues) == 2, issues
    assert issue_with(issues, word) == plan
    assert issue_with(issues, "moldova") == statement


@needs_spacy
@pytest.mark.parametrize(
    "body",
    [
        # "the plan" may be the decision itself: no plan of its own
        pytest.param(
            "Slovakia would not back the statement, objecting to the plan. Austria backed "
            "the statement.",
            id="the plan, not a plan by",
        ),
        # the lead's statement named again: the one decision
        pytest.param(
            "Slovakia objected to a statement from the leaders of support for Moldova. "
            "Austria backed the statement.",
            id="the lead's decision again",
        ),
    ],
)
def test_objections_to_the_decision_stay_on_it(body: str) -> None:
    issues = drafted_moldova(body)
    assert len(issues) == 1, issues
    assert next(iter(issues.values())) == {"SVK": "oppose", "AUT": "support"}
