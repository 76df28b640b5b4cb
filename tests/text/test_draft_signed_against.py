"""A statement signed against a decision is no signature of the decision (issue 13, heldout23).

- "Spain and Belgium signed a declaration against the directive" (or "a joint declaration
  opposing it", "a declaration that criticised it"): the states signed a statement about
  the decision, not the decision's text; signing it was read as support (an inversion).
  No stance is drafted from the signing.
- Not the decision's own text signed: "signed the directive" is still support, and so is
  "signed the directive, which Belgium opposed" for the signer (Belgium opposes).

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels_by_issue, needs_spacy

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy

DAY = dt.date(2008, 6, 9)
_LEAD = (
    "Ministers adopt directive on working time\n\n"
    "LUXEMBOURG, 9 June 2008 - European Union employment ministers on Monday adopted a "
    "directive on working time by qualified majority.\n\n"
)


def drafted(sentence: str) -> dict[str, str]:
    sc = draft_scenario(_LEAD + sentence, source="t.txt", on=DAY, body="eu-council")
    issues = labels_by_issue(sc, named_only=True)
    assert len(issues) == 1, issues
    return next(iter(issues.values()))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Spain and Belgium signed a declaration against the directive.", {}),
        ("Spain and Belgium signed a joint declaration opposing it.", {}),
        ("Spain and Belgium signed a declaration that criticised the directive.", {}),
        # near misses: the decision's own text signed
        ("Spain and Belgium signed the directive.", {"ESP": "support", "BEL": "support"}),
        ("Spain signed the directive, which Belgium opposed.", {"ESP": "support", "BEL": "oppose"}),
    ],
)
def test_signed_statement_against(sentence: str, expected: dict[str, str]) -> None:
    assert drafted(sentence) == expected
