"""Two decisions on one subject, or a second act told with "also" (issue 13).

- "Ministers also decided / They also agreed to lift the arms embargo on Somalia" after new
  sanctions against Iran: a second decision of the same kind on a place the first does not
  name, an issue of its own (as "In a separate decision, ..." already was); a stance on the
  embargo alone is on it alone.
- Near misses, one issue: the same measure again ("also agreed to extend the sanctions on
  Iran"), a clause of the same act ("also decided to review the sanctions in a year"), a part
  of it with no other target ("also approved new listings"), "also welcomed" (no decision).
- A count told before the article names a second decision is on the first ("The decision was
  unanimous among the 27" before "also decided to lift the embargo").

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
EU_LEAD = (
    "EU ministers agree sanctions\n\n"
    "BRUSSELS, 18 March 2024 - The Council of the EU adopted new sanctions against Iran on "
    "Monday. "
)


def eu(text: str) -> dict[str, dict[str, str]]:
    sc = draft_scenario(EU_LEAD + text, source="t.txt", on=DAY, body="eu-council")
    return labels_by_issue(sc, named_only=True)


@pytest.mark.parametrize(
    "second",
    [
        "Ministers also decided to lift the arms embargo on Somalia.",
        "They also agreed to lift the arms embargo on Somalia.",
    ],
)
def test_an_also_decision_on_another_target_is_its_own_issue(second):
    # "either decision": Hungary let both pass (a consensus body: support of each)
    got = eu(second + " Hungary did not block either decision.")
    assert got == {
        "new-sanctions": {"HUN": "support"},
        "arms-embargo-somalia": {"HUN": "support"},
    }


def test_a_stance_on_the_also_decision_alone_is_on_it():
    # Poland voted against lifting the embargo: against the second decision, not the Iran
    # sanctions (was Poland against the Iran sanctions: the wrong decision)
    got = eu(
        "Ministers also decided to lift the arms embargo on Somalia. "
        "Poland voted against lifting the embargo."
    )
    assert got == {"new-sanctions": {}, "arms-embargo-somalia": {"POL": "oppose"}}


@pytest.mark.parametrize(
    "also",
    [
        # the same measure, on the same target: the decision told before
        "Ministers also agreed to extend the sanctions on Iran by a year.",
        # a clause of the same act
        "Ministers also decided to review the sanctions in a year.",
        # a part of the package, no other target named
        "Ministers also approved new listings.",
        # no decision of the ministers
        "Ministers also welcomed the decision.",
    ],
)
def test_an_also_clause_of_the_same_act_stays_one_issue(also):
    got = eu(also + " Poland opposed the sanctions.")
    assert len(got) == 1, got
    assert list(got.values()) == [{"POL": "oppose"}]


def test_a_count_before_the_second_decision_is_on_the_first():
    # "unanimous among the 27" is said of the Iran sanctions, the only decision told so far:
    # every member supports them (assumed from the count, shown here as the count's support);
    # the embargo decision has no count and no stance
    text = (
        EU_LEAD + "The decision was unanimous among the 27 member states. "
        "Ministers also decided to lift the arms embargo on Somalia."
    )
    sc = draft_scenario(text, source="t.txt", on=DAY, body="eu-council")
    got = labels_by_issue(sc)
    assert set(got) == {"new-sanctions", "arms-embargo-somalia"}
    assert got["new-sanctions"].get("HUN") == "support"
    assert got["new-sanctions"].get("FRA") == "support"
    assert got["arms-embargo-somalia"] == {}
