"""A lead that tells the vote and then its failure in a second clause (issue 13, an inversion).

Reactions to "the outcome" or "the result" of a text are turned round when the text failed
(welcoming the outcome of a vetoed draft is opposing the draft).  The failure was recognised
only when the text itself was the subject ("the draft failed") or a member vetoed it by name
("Russia vetoed the resolution"), and only in a sentence that names an actor.  A lead that
first says the body voted on a draft and then, in a clause joined by "but", that it was
vetoed ("but Russia vetoed it", "but it was vetoed by Russia") or that the draft failed ("but
the draft failed to win the nine votes needed", with no actor, so never parsed) left the
text not failed, and the reactions to its outcome inverted.

Near misses that must not change: a vote on a draft that was then adopted; a veto threatened
but not cast; a condition ("if the draft failed"); a rival draft that failed.

Every sentence here is written for these tests; the expected stances are what a careful reader
codes from the text alone.
"""

from __future__ import annotations

import pytest
from drafted_labels import needs_spacy, resolved

pytestmark = needs_spacy

VOTED = "The Security Council voted on a draft resolution censuring the shelling on Friday"
WELCOMED = "Bolivia's envoy welcomed the result."
DEPLORED = "Chile's envoy deplored the outcome."


@pytest.mark.parametrize(
    "lead",
    [
        VOTED + ", but China vetoed it. ",
        VOTED + ", but it was vetoed by China. ",
        VOTED + ", but the draft failed to win the nine votes needed. ",
        VOTED + ". The text was vetoed. ",
    ],
)
def test_outcome_of_a_text_failed_in_the_lead(lead: str) -> None:
    # welcoming the result of a failed text is opposing the text; deploring it, supporting
    assert resolved(lead + WELCOMED).get("BOL") == "oppose"
    assert resolved(lead + DEPLORED).get("CHL") == "support"


@pytest.mark.parametrize(
    "lead",
    [
        # adopted: the outcome is the text's
        VOTED + " and adopted it. ",
        # a veto threatened, not cast: no failure told
        VOTED + ". China threatened to veto it but abstained. ",
        # a condition: nothing told of the vote's result
        VOTED + ". Diplomats said talks would resume if the draft failed. ",
        # a second text failed, not this one
        VOTED + ". A rival draft failed. ",
    ],
)
def test_outcome_of_a_text_not_failed(lead: str) -> None:
    assert resolved(lead + WELCOMED).get("BOL") == "support"
    assert resolved(lead + DEPLORED).get("CHL") == "oppose"


def test_the_vetoer_keeps_its_veto() -> None:
    got = resolved(VOTED + ", but China vetoed it. " + WELCOMED)
    assert got == {"CHN": "oppose", "BOL": "oppose"}
