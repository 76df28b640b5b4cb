"""A second matter the deciders did not take up, told in other words than "rejected X's call"
(issue 13, after heldout18): a member's proposal told as the subject of its fate ("went
unanswered", "was shelved", "got nowhere", "found little support"), argued over ("sparred over
X's call for ..."), dropped ("declined to back X's plan"), or a call the next sentence says no
one answered, is an issue of its own; its owner supports it and those who resisted it oppose
it.  A proposal that is the decision, a call the decision answered and a delay of the decision
itself stay on the main issue.

Every sentence is written for these tests (none is taken from the benchmark articles); the
expected stances are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import pytest
from drafted_labels import issue_with, labels_by_issue, needs_spacy

pytestmark = needs_spacy

LEAD = (
    "EU ministers agree fishing quotas for the Baltic\n\nLUXEMBOURG, 22 October 2024 - European "
    "Union fisheries ministers on Tuesday agreed next year's catch quotas for cod and herring "
    "in the Baltic Sea.\n\n"
)


def _issues(sentences: str) -> dict[str, dict[str, str]]:
    from concilium.text.draft import draft_scenario

    sc = draft_scenario(LEAD + sentences + "\n", source="t.txt", engine="spacy")
    return labels_by_issue(sc)


@pytest.mark.parametrize(
    "sentences",
    [
        "Denmark's call for a ban on eel fishing went unanswered. Spain had opposed it.",
        "Denmark's proposal for a ban on eel fishing was shelved. Spain had resisted it.",
        "Denmark's call for a ban on eel fishing got nowhere, and Spain rejected the idea.",
        "A Danish plan to ban eel fishing found little support. Spain opposed it.",
        "Denmark's call for a ban on eel fishing failed to win backing. Spain opposed it.",
        "Denmark's request for a ban on eel fishing was put off to next year. Spain opposed it.",
        "Denmark's call for a ban on eel fishing was left for later. Spain opposed it.",
    ],
)
def test_a_members_proposal_told_by_its_fate_is_an_issue_of_its_own(sentences):
    # Denmark's eel ban was not taken up: Denmark supports it, Spain (who resisted it)
    # opposes it; the quotas, adopted, hold neither stance
    issues = _issues(sentences)
    assert len(issues) == 2, issues
    assert issue_with(issues, "eel") == {"DNK": "support", "ESP": "oppose"}
    assert issue_with(issues, "quota") == {}


def test_two_owners_of_one_call_both_support_it():
    issues = _issues("Denmark and Sweden's call for a ban on eel fishing got nowhere.")
    assert issue_with(issues, "eel") == {"DNK": "support", "SWE": "support"}
    assert issue_with(issues, "quota") == {}


@pytest.mark.parametrize(
    "sentences",
    [
        # argued over by the deciders: the owner is named with it, the resister after
        (
            "The ministers also sparred over Denmark's call to give the Commission the power "
            "to close fisheries at short notice. Spain brushed the idea aside."
        ),
        (
            "The ministers also clashed over Denmark's call to give the Commission the power "
            "to close fisheries at short notice. Spain rejected the idea."
        ),
    ],
)
def test_a_call_the_deciders_argued_over_holds_its_owners_and_resisters(sentences):
    issues = _issues(sentences)
    assert issue_with(issues, "commission-power") == {"DNK": "support", "ESP": "oppose"}
    assert issue_with(issues, "quota") == {}


@pytest.mark.parametrize(
    "sentences",
    [
        "The ministers declined to back Denmark's plan for a ban on eel fishing.",
        "The ministers declined to ban eel fishing, which Denmark had pressed for.",
        "The ministers put off Denmark's plan for a ban on eel fishing to next year.",
    ],
)
def test_a_proposal_the_deciders_declined_is_its_owners(sentences):
    issues = _issues(sentences)
    assert issue_with(issues, "eel") == {"DNK": "support"}
    assert issue_with(issues, "quota") == {}


@pytest.mark.parametrize(
    "second",
    ["The call went unanswered.", "None of the others answered the call."],
)
def test_a_call_the_next_sentence_says_went_unanswered(second):
    # the call of the sentence before, unanswered: what Denmark urged is the second matter
    issues = _issues("Denmark urged the Council to ban eel fishing. " + second)
    assert issue_with(issues, "eel") == {"DNK": "support"}
    assert issue_with(issues, "quota") == {}


@pytest.mark.parametrize(
    "sentences",
    [
        # the proposal IS the decision
        "The ministers adopted Denmark's proposal for the quotas. Spain opposed it.",
        # a call the decision answered
        "Answering Denmark's call, the ministers agreed the quotas. Spain opposed them.",
        # a delay of the decision itself
        "The decision was put off to Tuesday. Spain opposed it.",
        "The ministers postponed the decision to June. Spain opposed it.",
        "The ministers postponed the quotas plan to June. Spain opposed it.",
        # a bare "the plan" may be the decision, told again: no second matter
        "The plan was shelved for a week. Spain opposed it.",
        "The ministers rejected the plan. Spain opposed it.",
        # declining to say is no proposal
        "The ministers declined to comment on eel fishing. Spain opposed the quotas.",
    ],
)
def test_no_second_issue_for_the_decision_itself(sentences):
    issues = _issues(sentences)
    assert len(issues) == 1, issues
    assert next(iter(issues.values())) == {"ESP": "oppose"}


def test_brushing_aside_criticism_is_no_stance():
    # "brushed aside" opposes a proposal ("the idea"), not criticism of the decision
    issues = _issues("Spain brushed aside the criticism. Denmark backed the quotas.")
    assert next(iter(issues.values())) == {"DNK": "support"}


def test_a_stance_naming_the_adopted_decision_stays_on_it():
    # Sweden welcomed the quotas, which it names: not the eel ban of the sentence before
    issues = _issues(
        "Denmark's call for a ban on eel fishing went unanswered. Sweden welcomed the quotas."
    )
    assert issue_with(issues, "eel") == {"DNK": "support"}
    assert issue_with(issues, "quota") == {"SWE": "support"}
