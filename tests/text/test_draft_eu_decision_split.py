"""Two decisions taken at one EU meeting (issue 13, fifteenth stop): the lead's first act is
the main decision when the lead names it before the further one in the same sentence ("adopted
a pact ... and signed off on a fund"), a named instrument ("the European Stability Mechanism",
"the Stockholm Programme") is no person's appointment, and a later sentence that names one
decision by a definite noun phrase with its head noun ("The Digital Skills Compact, championed
by ...") is about that decision, and so are the sentences after it that name none.

Every article here is written for these tests (none is taken from the benchmark articles); the
expected stances are what a careful reader codes from the text alone, and each case says why.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels_by_issue, needs_spacy

from concilium.text.draft import _head_noun, _in_paragraph, _named_by_head, draft_scenario

DAY = dt.date(2023, 6, 15)
LEAD = "Leaders agree on two texts\n\nBRUSSELS, 15 June 2023 - "


def by_issue(text: str) -> dict[str, dict[str, str]]:
    sc = draft_scenario(LEAD + text, source="t.txt", on=DAY, body="eu-council")
    return labels_by_issue(sc, named_only=True)


def on_issue(issues: dict[str, dict[str, str]], word: str) -> dict[str, str]:
    """The stances of the one issue whose id has ``word``."""
    hits = [iid for iid in issues if word in iid]
    assert len(hits) == 1, issues
    return issues[hits[0]]


@pytest.mark.parametrize(
    "words, head",
    [
        ("pact on economic policy coordination backed by twenty-three of the members", "pact"),
        ("permanent rescue fund for the euro zone", "fund"),
        ("Joint funds, worth 20 billion euros", "fund"),
        ("changes to the EU treaties", "change"),
        ("the EU treaties", "treaty"),
        # too general to tell two decisions apart
        ("decision on the budget", None),
        ("the summit conclusions", None),
        (None, None),
    ],
)
def test_head_noun(words: str | None, head: str | None) -> None:
    assert _head_noun(words) == head


def test_named_by_head() -> None:
    heads = {"topic:main": "pact", "topic:funding": "fund"}
    # a definite phrase with one decision's head noun names it
    assert _named_by_head("The Euro Plus Pact, backed by Germany, sets targets.", heads) == (
        "topic:main"
    )
    assert _named_by_head("The new rescue funds will lend from 2013.", heads) == ("topic:funding")
    # only the phrase the sentence opens with, its topic: an object may be on another decision
    assert _named_by_head("Italy asked for more from the new rescue fund.", heads) is None
    # an indefinite one introduces something else; both heads: neither
    assert _named_by_head("A fund of its own is what Italy wants.", heads) is None
    assert _named_by_head("The pact and the fund were both adopted.", heads) is None
    assert _named_by_head("The pact, Italy said, must wait for the fund.", heads) is None


def test_head_noun_holds_for_its_paragraph_only() -> None:
    # sentences 0-1 name the fund; sentence 2 opens with "The pact ..." (paragraph 1), so
    # sentence 3 of that paragraph is about the pact, and sentence 4 (a new paragraph that
    # names none) goes back to the decision named last by other means, the fund
    last = {0: "topic:main", 1: "topic:funding"}
    heads = {2: "topic:main"}
    paragraph = [0, 0, 1, 1, 2]
    assert _in_paragraph(last, heads, paragraph, 3) == "topic:main"
    assert _in_paragraph(last, heads, paragraph, 2) == "topic:main"
    assert _in_paragraph(last, heads, paragraph, 4) == "topic:funding"
    # a decision named in the paragraph after the head's sentence wins over it
    assert _in_paragraph({**last, 3: "topic:funding"}, heads, paragraph, 3) == "topic:funding"


@needs_spacy
def test_definite_head_noun_places_the_paragraph() -> None:
    # "The Digital Skills Compact" is the compact the lead adopted first: its backers and the
    # two states that "stayed out" are on it; "the Border Regions Facility, a fund" is the
    # fund (no person), which Spain backed; no stance lands on the other decision
    issues = by_issue(
        "European Union leaders on Thursday adopted a compact on digital skills and signed off "
        "on a joint fund for border regions. The Digital Skills Compact, championed by Austria "
        "and Portugal, sets yearly targets for training. Denmark and Ireland stayed out. "
        "Leaders also approved the Border Regions Facility, a fund of 20 billion euros. Spain "
        "backed it after winning more money for islands."
    )
    assert len(issues) == 2, issues
    assert on_issue(issues, "compact") == {
        "AUT": "support",
        "PRT": "support",
        "DNK": "abstain",
        "IRL": "abstain",
    }
    assert on_issue(issues, "fund") == {"ESP": "support"}


@needs_spacy
def test_fund_named_by_its_head_after_the_pact() -> None:
    # the lead's order decides which act is the main one; "The fund, worth ..." is the fund
    issues = by_issue(
        "European Union leaders on Thursday adopted a compact on digital skills and signed off "
        "on a joint fund for border regions. Denmark and Ireland stayed out of the compact. "
        "The fund, worth 20 billion euros, was backed by Spain."
    )
    assert on_issue(issues, "fund") == {"ESP": "support"}
    assert on_issue(issues, "compact") == {"DNK": "abstain", "IRL": "abstain"}
