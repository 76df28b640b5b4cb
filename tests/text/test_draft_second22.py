"""Second decisions told after the main one (issue 13, heldout21's UN and EU second decisions).

- A text adopted "as a follow-up" ("It then adopted a follow-up resolution asking ...") is a
  decision of its own, and so is the lead's act told "in a second vote" when what it asks of an
  organ ("asked the Secretary-General to report on ...") is the decision: the follow-up text
  told later in its turn is that same decision, not a third one.  A vote cast "against it" in
  the follow-up's paragraph is on the follow-up, even by the state the first decision is about.
- A question the decision leaves for later ("sets up a bigger fight: whether to close the
  fishery") is an issue of its own, holding the stances told on it ("Poland objects to that
  idea"), not the decision taken.
- Near misses stay one issue: "then adopted the resolution" (the text told before), a
  follow-up meeting (no text), the lead's second act with no "second vote", a state's vote
  in a paragraph naming no other decision, a fight with no step asked, "the decision on
  whether to extend ..." (the decision reported), and a fight that is one member's.

Every article here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import issue_with, labels_by_issue, needs_spacy

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy

DAY = dt.date(2024, 3, 15)

UN_LEAD = "Assembly condemns Eritrea's blockade of Borduria\n\nUNITED NATIONS, 15 March 2024 - "


def _issues(text: str, body: str) -> dict[str, dict[str, str]]:
    sc = draft_scenario(text, source="t.txt", on=DAY, body=body)
    return labels_by_issue(sc, named_only=True)


def test_the_leads_second_vote_told_again_as_a_follow_up_text_is_one_further_decision():
    # the lead tells two votes; the body tells them in turn ("first ... then a follow-up"):
    # Mexico's vote is on the condemnation; Eritrea's lone vote against "it" and the two
    # abstentions "on the request for a report" are on the report
    issues = _issues(
        UN_LEAD + "The General Assembly on Friday condemned Eritrea's blockade of Borduria and, "
        "in a second vote, asked the Secretary-General to report on conditions in Borduria.\n\n"
        "The Assembly first adopted the condemnation by 110 votes to 9, with 30 abstentions. "
        "Mexico voted for it.\n\n"
        "It then adopted a follow-up resolution asking the Secretary-General to send a "
        "fact-finding team to Borduria. That text passed by 140 votes to 1. Eritrea cast the "
        "only vote against it.\n\n"
        "Japan and Brazil abstained on the request for a report.",
        "unga",
    )
    assert len(issues) == 2, issues
    assert issue_with(issues, "conditions") == {"ERI": "oppose", "JPN": "abstain", "BRA": "abstain"}
    assert issue_with(issues, "condemnation") == {"MEX": "support"}


def test_a_follow_up_text_is_a_decision_of_its_own():
    issues = _issues(
        UN_LEAD + "The General Assembly on Friday condemned Eritrea's blockade of Borduria by 110 "
        "votes to 9. Mexico voted for the condemnation.\n\n"
        "It then adopted a follow-up resolution asking the Secretary-General to send a "
        "fact-finding team to Borduria. Eritrea voted against it, and India abstained.",
        "unga",
    )
    assert len(issues) == 2, issues
    assert issue_with(issues, "follow-up") == {"ERI": "oppose", "IND": "abstain"}
    assert issue_with(issues, "condemnation") == {"MEX": "support"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "The General Assembly on Friday condemned Eritrea's blockade of Borduria.\n\n"
            "It then adopted the resolution by 110 votes to 9. Eritrea voted against it, and "
            "India abstained.",
            {"ERI": "oppose", "IND": "abstain"},
            id="then adopted the resolution",
        ),
        pytest.param(
            "The General Assembly on Friday condemned Eritrea's blockade of Borduria by 110 "
            "votes to 9. Mexico voted for the condemnation.\n\n"
            "It will hold a follow-up meeting next month. Eritrea voted against the text, and "
            "India abstained.",
            {"ERI": "oppose", "MEX": "support", "IND": "abstain"},
            id="a follow-up meeting",
        ),
        pytest.param(
            "The General Assembly on Friday condemned Eritrea's blockade of Borduria and asked "
            "the Secretary-General to report on conditions in Borduria. Eritrea voted against "
            "the text, and India abstained.",
            {"ERI": "oppose", "IND": "abstain"},
            id="a second act with no second vote",
        ),
        pytest.param(
            "The General Assembly on Friday condemned Eritrea's blockade of Borduria by 110 "
            "votes to 9.\n\nThe text was drafted by Mexico. Eritrea voted against it, and India "
            "abstained.",
            {"ERI": "oppose", "MEX": "support", "IND": "abstain"},
            id="the state the decision is about, voting on it",
        ),
    ],
)
def test_near_misses_at_the_assembly_stay_one_issue(body: str, expected: dict[str, str]) -> None:
    issues = _issues(UN_LEAD + body, "unga")
    assert len(issues) == 1, issues
    assert next(iter(issues.values())) == expected


EU_LEAD = (
    "EU ministers extend freeze on cod quotas\n\nBRUSSELS, 15 March 2024 - EU agriculture "
    "ministers on Friday extended a freeze on cod quotas in the Baltic Sea for another year, "
    "overriding objections from Denmark.\n\nDenmark voted against the extension.\n\n"
)


@pytest.mark.parametrize(
    ("sentences", "word", "expected"),
    [
        pytest.param(
            "The freeze sets up a bigger fight: whether to close the Baltic cod fishery "
            "altogether. Poland objects to that idea, while Sweden backs it.",
            "fishery",
            {"POL": "oppose", "SWE": "support"},
            id="a bigger fight: whether to",
        ),
        pytest.param(
            "Diplomats expect a larger debate over whether the Commission should buy back "
            "fishing licences. Poland opposes the plan.",
            "buy-back",
            {"POL": "oppose"},
            id="a larger debate over whether ... should",
        ),
    ],
)
def test_a_question_left_for_later_is_an_issue_of_its_own(sentences, word, expected):
    issues = _issues(EU_LEAD + sentences, "eu-council")
    assert len(issues) == 2, issues
    assert issue_with(issues, word) == expected
    assert issue_with(issues, "extension") == {"DNK": "oppose"}


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        pytest.param(
            # a "whether" that asks no step
            "The freeze sets up a bigger fight: whether the quotas were ever legal. Poland "
            "objects to the freeze.",
            {"DNK": "oppose", "POL": "oppose"},
            id="no step asked",
        ),
        pytest.param(
            # the decision reported, told again
            "The decision on whether to extend the freeze had been delayed twice. Poland "
            "backed the extension.",
            {"DNK": "oppose", "POL": "support"},
            id="the decision on whether",
        ),
        pytest.param(
            # one member's fight, not one the decision leaves open
            "Poland now faces a bigger fight: whether to close its own cod fishery. Sweden "
            "welcomed the extension.",
            {"DNK": "oppose", "SWE": "support"},
            id="a member's own fight",
        ),
    ],
)
def test_near_misses_in_the_council_stay_one_issue(sentences, expected):
    issues = _issues(EU_LEAD + sentences, "eu-council")
    assert len(issues) == 1, issues
    assert next(iter(issues.values())) == expected
