"""General Assembly classes of the heldout19 run (issue 13).

- A role noun's members listed in a relative clause: "a group of co-sponsors that included
  A, B and C" (with "co-sponsors" split in three tokens, the clause hangs on "group" or
  "behalf", outside the role noun's words) had no stance; the listed states now take the
  role's side, as "co-sponsors including A" did.
- The mover of a procedural motion told as "a motion by A to defer ...": the mover backs
  the motion (as "a motion tabled by A" did), never the text it would set aside.

Every sentence here is written for these tests; each expected label is what a careful reader
codes from the sentence alone.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from drafted_labels import issue_with, labels_by_issue, needs_spacy, stance_pairs

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy

read = partial(stance_pairs, on=dt.date(2024, 7, 1))


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        # the relative clause hung on the group that holds the role noun
        (
            (
                "The envoy presented the text on behalf of a group of co-sponsors that included"
                " Kenya, Peru and Chile."
            ),
            {("KEN", "support"), ("PER", "support"), ("CHL", "support")},
        ),
        # a speaker named first keeps its own stance; the listed ones are the co-sponsors
        (
            (
                "Norway's envoy introduced the draft on behalf of a group of co-sponsors which"
                " included Ghana and Fiji."
            ),
            {("NOR", "support"), ("GHA", "support"), ("FJI", "support")},
        ),
        # the clause hung on "behalf"
        (
            (
                "Norway's envoy introduced the draft on behalf of co-sponsors which included Ghana"
                " and Fiji."
            ),
            {("NOR", "support"), ("GHA", "support"), ("FJI", "support")},
        ),
        # the group as the subject
        (
            "A group of co-sponsors that included Kenya and Peru won the vote.",
            {("KEN", "support"), ("PER", "support")},
        ),
    ],
)
def test_role_members_in_a_relative_clause(sentence: str, pairs: set[tuple[str, str]]) -> None:
    assert read(sentence) == pairs


@pytest.mark.parametrize(
    "sentence",
    [
        # negated: the clause names who is not a co-sponsor
        "The envoy presented the text for a group of co-sponsors that did not include Kenya.",
        # a group of states is no role: "met" says nothing on the text
        "A group of countries that included Kenya and Peru met on Monday.",
    ],
)
def test_no_role_members_from_these_clauses(sentence: str) -> None:
    assert read(sentence) == set()


def _motion_draft(text: str) -> dict[str, dict[str, str]]:
    sc = draft_scenario(text, source="t.txt", on=dt.date(2024, 3, 15), body="unga")
    return labels_by_issue(sc, named_only=True)


def test_a_motion_by_a_state_is_moved_by_it():
    # Ghana moved to defer; the motion failed 30-100.  Ghana backs the motion (not the text).
    text = (
        "Assembly rejects bid to delay vote on forests declaration\n\n"
        "NEW YORK, 15 March 2024 - The General Assembly adopted a declaration on forest"
        " protection on Friday. A motion by Ghana to defer the vote on the declaration was"
        " defeated by 100 votes to 30, with 12 abstentions."
    )
    issues = _motion_draft(text)
    assert issue_with(issues, "motion").get("GHA") == "support"
    assert all(lab.get("GHA") != "oppose" for lab in issues.values())


def test_a_motion_opposed_by_a_state_has_no_mover():
    # near miss: "a motion opposed by Ghana" - Ghana did not move it
    text = (
        "Assembly rejects bid to delay vote on forests declaration\n\n"
        "NEW YORK, 15 March 2024 - The General Assembly adopted a declaration on forest"
        " protection on Friday. A motion opposed by Ghana to defer the vote on the declaration"
        " was defeated by 100 votes to 30, with 12 abstentions."
    )
    issues = _motion_draft(text)
    assert issue_with(issues, "motion").get("GHA") != "support"
