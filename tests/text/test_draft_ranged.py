"""Sides "ranged" for or against a decision (issue 13, heldout23's Assembly misses).

- "Ranged against it were A, B and C" (or "Ranged behind the draft were ..."): the states
  named took that side of the decision, as "Lined up against it were ..." is read.
- Not a side taken against something else ("Ranged against the government were ..."), nor a
  negated one ("A and B were not ranged against it" says nothing of their vote).

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels_by_issue, needs_spacy

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy

DAY = dt.date(1962, 11, 6)
_LEAD = (
    "Assembly rejects text on Laos\n\n"
    "UNITED NATIONS, 6 November 1962 - The General Assembly on Tuesday rejected a Soviet "
    "draft resolution on Laos by 40 votes to 50, with 12 abstentions.\n\n"
)


def drafted(sentence: str) -> dict[str, str]:
    sc = draft_scenario(_LEAD + sentence, source="t.txt", on=DAY, body="unga")
    issues = labels_by_issue(sc, named_only=True)
    assert len(issues) == 1, issues
    return next(iter(issues.values()))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ranged against it were Peru, Chile and Norway.",
            {"PER": "oppose", "CHL": "oppose", "NOR": "oppose"},
        ),
        (
            "Ranged against the draft were Ghana and Togo.",
            {"GHA": "oppose", "TGO": "oppose"},
        ),
        (
            "Ranged behind the draft were Peru, Chile and Norway.",
            {"PER": "support", "CHL": "support", "NOR": "support"},
        ),
        # near misses: a side against something else, or none taken
        ("Ranged against the government were Peru and Chile.", {}),
        ("Peru and Chile were not ranged against the draft.", {}),
    ],
)
def test_ranged_sides(sentence: str, expected: dict[str, str]) -> None:
    got = drafted(sentence)
    got.pop("SUN", None)  # the draft's sponsor, from the lead
    assert got == expected
