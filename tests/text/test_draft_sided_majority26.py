""" "Sided with the majority" (issue 13, heldout26).

"India sided with the majority" (or "aligned itself with") is the side the count gives the
most votes, as "voted with the majority" is; with no count, no stance.  "Sided with the
majority of states that wanted a delay" may be a camp in a debate, not the vote's majority: no
stance, nor for the minority or a negation.

Every article here is written for these tests (none is taken from the benchmark articles);
the expected labels are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels_by_issue, needs_spacy

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy

DAY = dt.date(2003, 11, 12)


def drafted(text: str, body: str = "unga") -> dict[str, dict[str, str]]:
    sc = draft_scenario(text, source="t.txt", on=DAY, body=body)
    return labels_by_issue(sc, named_only=True)


_MAJORITY = (
    "Assembly lets the envoy speak by video\n\n"
    "NEW YORK, 12 November 2003 - The UN General Assembly decided by 101 votes to 7, with 19 "
    "abstentions, to let the envoy address it by video. {sentence}"
)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "China abstained, while India sided with the majority.",
            {"CHN": "abstain", "IND": "support"},
        ),
        ("India sided with the overwhelming majority.", {"IND": "support"}),
        ("India aligned itself with the majority.", {"IND": "support"}),
        # near misses: a camp of a debate, the minority, a negation
        ("India sided with the majority of states that wanted a delay.", {}),
        ("India sided with the minority.", {}),
        ("India did not side with the majority.", {}),
    ],
)
def test_sided_with_the_majority_takes_the_counted_side(sentence, expected):
    got = drafted(_MAJORITY.format(sentence=sentence))
    assert list(got.values()) == [expected]


def test_sided_with_the_majority_needs_a_count():
    text = (
        "Leaders back the envoy\n\n"
        "BRUSSELS, 12 November 2003 - EU leaders agreed on Wednesday to send an envoy to the "
        "region. Hungary sided with the majority."
    )
    got = drafted(text, body="eu-council")
    assert "HUN" not in {a for by in got.values() for a in by}
