"""Two rival texts told apart by their sponsors (issue 13): a sentence that names one of them
by its sponsor's demonym, name or capital ("The American draft", "Washington's draft") is about
that sponsor's text, and so is the sentence after it that names no text; a state named as a
voter ("Pakistan joined China in voting against") is no reference to "the Chinese text".  The
main text's sponsors are read from a one-word drafting adjective ("a U.S.-drafted resolution")
too, and a second text marked as such ("a competing Chinese text") keeps its sponsors as the
second text's even when the main text's go unnamed ("a U.S.-backed resolution": backers).

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels_by_issue, needs_spacy

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy
DAY = dt.date(2024, 3, 15)
LEAD = (
    "China blocks Myanmar texts\n\n"
    "NEW YORK, 15 March 2024 - China on Friday vetoed a {main} resolution that would have "
    "imposed an arms embargo on Myanmar, and a competing Chinese text failed to win enough "
    "support.\n\n"
)


def two_issues(text: str) -> tuple[dict[str, str], dict[str, str]]:
    """The stances on the main text and on the rival text, in the article's order."""
    sc = draft_scenario(text, source="t.txt", on=DAY, body="unsc")
    issues = labels_by_issue(sc, named_only=True)
    assert len(sc["issues"]) == 2, [i["id"] for i in sc["issues"]]
    first, second = (issues.get(i["id"], {}) for i in sc["issues"])
    return first, second


@pytest.mark.parametrize(
    "main, opening",
    [
        # the main text's sponsor in a one-word drafting adjective, named again by demonym
        ("U.S.-drafted", "The American draft"),
        # ... by its capital's possessive
        ("U.S.-drafted", "Washington's draft"),
        # backers are no sponsors, but the rival's marker still tells the second text apart:
        # "The American draft" is then the other one, the text China vetoed
        ("U.S.-backed", "The American draft"),
    ],
)
def test_the_sponsors_text_and_the_sentence_after_it(main: str, opening: str) -> None:
    # "Pakistan joined China in voting against" follows the sentence on the American text:
    # its votes are on that text (China vetoed it), not on the Chinese text China put forward
    first, second = two_issues(
        LEAD.format(main=main) + f"{opening} received 12 votes. Pakistan joined China in "
        "voting against, while India abstained."
    )
    # (the United States drafted or backed the text it is the sponsor or a backer of)
    assert first == {"CHN": "oppose", "USA": "support", "PAK": "oppose", "IND": "abstain"}
    assert second == {"CHN": "support"}  # its sponsor; none of the votes above


def test_the_rival_named_by_its_sponsor_takes_the_next_sentence() -> None:
    # near miss: the sentence names the Chinese text, so the votes after it are on that text
    first, second = two_issues(
        LEAD.format(main="U.S.-drafted") + "The Chinese draft received only three votes. "
        "Pakistan joined China in voting for it, while India abstained."
    )
    # (the drafter's support is left to the analyst here: none is no inversion)
    assert first.pop("USA", "support") == "support"
    assert first == {"CHN": "oppose"}
    assert second == {"CHN": "support", "PAK": "support", "IND": "abstain"}


def test_an_unsponsored_main_text_leaves_the_marked_rival_second() -> None:
    # no sponsor for the vetoed text at all: "the Chinese draft" is still the competing one
    first, second = two_issues(
        LEAD.replace("a {main} resolution", "a resolution")
        + "The Chinese draft received only three votes. Pakistan joined China in voting for "
        "it, while India abstained."
    )
    assert first == {"CHN": "oppose"}
    assert second == {"CHN": "support", "PAK": "support", "IND": "abstain"}
