"""The states an entry decision is for, told as its subjects: two classes of heldout31's 31-14
and 31-19 (issue 13; found in its run, so these are seen).

- "A, B and C, all of which had sought a place in the first wave, were judged to have met the
  conditions" is each state's wish to be let in: support (as an application is).  A seat
  "at the table" or "in the talks" is no entry.
- A lead that counts the states without naming them ("cleared three countries to enter the
  area"), with the next sentence naming that many: their own wishes are on the decision
  reported, not on an entry of their own the article never makes an issue.
- "The three governments had argued that their citizens should not be kept waiting" (the
  group named back across a sentence with no actor) presses for the decision: support.  Not
  when the waiting is conditional ("should not wait if the talks fail") or the report negated.

Passages written for these tests; labels derived by hand from the passage.
"""

from __future__ import annotations

import pytest
from drafted_labels import labels_by_issue, needs_spacy

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy

LEAD = (
    "Three newcomers cleared for passport-free zone\n\nBRUSSELS, 6 December 2007 (Wire) - EU "
    "interior ministers on Thursday cleared three countries to enter the Schengen area. "
)
NAMED = "Border checks with Estonia, Latvia and Lithuania are to be lifted on 21 December. "


def _named(text: str) -> dict[str, str]:
    sc = draft_scenario(LEAD + text + "\n", source="t.txt", engine="spacy")
    (issue,) = sc["issues"]
    return labels_by_issue(sc, named_only=True)[issue["id"]]


BALTS = {"EST": "support", "LVA": "support", "LTU": "support"}


@pytest.mark.parametrize(
    "text, want",
    [
        # (fails on the old code: nothing)
        (
            (
                "Estonia, Latvia and Lithuania, all of which had sought a place in the zone, were "
                "judged to have met the conditions."
            ),
            BALTS,
        ),
        # (fails on the old code: nothing)
        (
            NAMED + "Checks at airports follow in March. The three governments had argued that "
            "their citizens should not be kept waiting.",
            BALTS,
        ),
        (NAMED + "Estonia said its people should not have to wait any longer.", {"EST": "support"}),
        # near misses: a seat at a meeting, a conditional wait, a negated report, and the lead's
        # count not matched by the next sentence (its wishes are on its own entry, no issue)
        (
            NAMED + "Estonia had sought a seat at the table. Latvia said Europe should not wait "
            "if the talks failed. Lithuania did not say the states should not wait.",
            {},
        ),
        (
            (
                "Border checks with Estonia and Latvia are to be lifted. Estonia and Latvia, both of "
                "which had sought a place in the zone, were judged ready."
            ),
            {},
        ),
    ],
)
def test_entrants_told_as_subjects(text: str, want: dict[str, str]) -> None:
    assert _named(text) == want


def test_a_praised_head_gives_way_to_the_headline() -> None:
    # (31-19's class; fails on the old code: "Historic decision") the lead's only words for the
    # decision are praise; the headline's first part names it, though it tells no act that
    # proposal_of_act reads
    sc = draft_scenario(
        "Eleven countries named for the euro after fight over bank chief\n\n"
        "BRUSSELS, 2 May 1998 (Wire) - European Union leaders on Saturday took the historic "
        "decision, but it was overshadowed by a dispute. Germany backed the historic decision.\n",
        source="t.txt",
        engine="spacy",
    )
    (issue,) = sc["issues"]
    assert issue["title"] == "Eleven countries named for the euro"
    assert labels_by_issue(sc, named_only=True)[issue["id"]] == {"DEU": "support"}


@pytest.mark.parametrize("title", ["Immediate decision", "Resolution"])
def test_a_vague_head_without_praise_keeps_the_old_rule(title: str) -> None:
    # near miss: only praise sends the title to a headline that tells no act (a headline told
    # as it stands may name a delay: "After a year's delay, Assembly again condemns ...")
    from concilium.text.draft import _as_proposal

    headline = "After a year's delay, Assembly again condemns embargo"
    assert _as_proposal("x", title, headline, first_only=True) == ("x", title)
