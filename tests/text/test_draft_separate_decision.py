"""A second decision of the EU Council told as "In a separate decision, ..." (issue 13, issue17).

- "In a separate decision, they lifted the arms embargo on Somalia" after new sanctions on
  Iran: a second decision, its own issue named by its object ("arms-embargo-somalia"), not
  one issue titled "Separate decision"; "did not block either decision" is on both, and a
  stance on the embargo alone is on it alone.  "Separately, ministers agreed to ..." and "In
  another decision, ..." tell the same.
- Near misses, one issue: "In a decision separate from last year's" (this decision, told
  against an older one), the same thing decided again ("In a separate decision, they
  extended the sanctions" is named as before), and one package with two parts ("The package,
  which also lifts the embargo").
- "Ministers also decided to lift the arms embargo on Somalia" (an "also" act of the same
  kind) is a second decision only when it names a place or party the first does not: see
  test_draft_veto_then_adopted.py.

Every article here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels_by_issue, needs_spacy

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy

DAY = dt.date(2024, 3, 18)
LEAD = (
    "EU ministers agree sanctions\n\n"
    "BRUSSELS, 18 March 2024 - The Council of the EU adopted new sanctions against Iran on "
    "Monday. "
)


def drafted(text: str) -> dict[str, dict[str, str]]:
    sc = draft_scenario(LEAD + text, source="t.txt", on=DAY, body="eu-council")
    return labels_by_issue(sc, named_only=True)


@pytest.mark.parametrize(
    "second",
    [
        "In a separate decision, they lifted the arms embargo on Somalia.",
        "Separately, ministers agreed to lift the arms embargo on Somalia.",
        "In another decision, ministers lifted the arms embargo on Somalia.",
    ],
)
def test_a_separate_decision_is_its_own_issue(second):
    # "either decision": Hungary let both pass (a consensus body: support of each)
    got = drafted(second + " Hungary did not block either decision.")
    assert got == {
        "new-sanctions": {"HUN": "support"},
        "arms-embargo-somalia": {"HUN": "support"},
    }


def test_a_stance_on_the_second_decision_alone_is_on_it():
    # Poland voted against lifting the embargo: against the second decision, not the Iran
    # sanctions
    got = drafted(
        "In a separate decision, they lifted the arms embargo on Somalia. "
        "Poland voted against lifting the embargo."
    )
    assert got == {"new-sanctions": {}, "arms-embargo-somalia": {"POL": "oppose"}}


def test_a_decision_separate_from_an_older_one_is_this_one():
    # "separate from last year's": the sanctions adopted now, one issue
    got = drafted(
        "In a decision separate from last year's, ministers adopted the sanctions. "
        "Hungary did not block them."
    )
    assert got == {"sanctions": {"HUN": "support"}}


def test_one_package_with_two_parts_is_one_issue():
    # the embargo is lifted by the package itself: one decision
    got = drafted(
        "The package, which also lifts the embargo on Somalia, was backed by Hungary. "
        "Poland did not block the package."
    )
    assert got == {"new-sanctions": {"HUN": "support", "POL": "support"}}
