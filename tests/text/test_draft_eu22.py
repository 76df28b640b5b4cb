"""Council of the EU stances missed or misread in heldout22 (issue 13), on sentences written for
this file.

- A stance noun that a doubt or fear is about ("growing doubts about American support", "fears
  over a Hungarian veto") is neither given nor refused: no stance.  Not "won American support"
  nor "Germany gave its support" beside a doubt about something else.
- A "by" participle on figures or results ("the results presented by the Belarus authorities")
  names who put the figures out, not a text's sponsor: no stance.  Not "the text presented by
  Poland" nor "the plan drawn up by Poland".
- A separate agreement a state would still need ("Norway would still need a separate agreement
  for its firms to take part") is no second decision of the council: the article keeps one
  issue, and a cue on its outcome ("hailed the outcome") stays on it.  Not "a separate
  agreement" the ministers signed.

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected labels are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from drafted_labels import labels_by_issue, needs_spacy, stance_pairs

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy

DAY = dt.date(2024, 3, 15)
read = partial(stance_pairs, on=DAY)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what a doubt or a fear is about: neither given nor refused
        (
            "The fund was set up in answer to growing doubts about American support.",
            set(),
        ),
        ("Diplomats voiced fears over a Hungarian veto of the plan.", set()),
        ("There were worries about Polish backing for the fund.", set()),
        # near misses: support given, or a doubt about something else
        ("The fund won American support.", {("USA", "support")}),
        (
            "Doubts about the timing grew, but Germany gave its support.",
            {("DEU", "support")},
        ),
        # figures put out are no text sponsored
        (
            (
                '"We do not accept the results presented by the Belarus authorities," the '
                "president of the council said."
            ),
            set(),
        ),
        ("The ministers questioned the figures presented by Hungary.", set()),
        # near misses: a text or a plan put forward
        ("The ministers adopted the text presented by Poland.", {("POL", "support")}),
        ("The ministers backed the plan drawn up by Poland.", {("POL", "support")}),
    ],
)
def test_doubted_stances_and_presented_figures(sentence: str, expected: set) -> None:
    assert read(sentence) == expected


LEAD = (
    "EU ministers approve fund for rail links\n\nBRUSSELS, 15 March 2024 - European Union "
    "governments on Friday gave final approval to a 20 billion euro fund for cross-border rail "
    "links, with Slovakia abstaining.\n\n"
    "Belgium, which holds the rotating presidency, hailed the outcome.\n\n"
)


def _issues(text: str) -> dict[str, dict[str, str]]:
    sc = draft_scenario(text, source="t.txt", on=DAY, body="eu-council")
    return labels_by_issue(sc, named_only=True)


def test_a_separate_agreement_a_state_would_need_is_no_second_decision():
    issues = _issues(
        LEAD + "Norway, which is outside the bloc, would still need a separate agreement for "
        "its firms to take part."
    )
    assert list(issues.values()) == [{"SVK": "abstain", "BEL": "support"}], issues


def test_a_separate_agreement_signed_is_still_a_decision_of_its_own():
    # near miss: the ministers signed the separate agreement too (and "hailed the outcome",
    # with two decisions, is on neither)
    issues = _issues(
        LEAD + "The ministers also signed a separate agreement on Baltic fishing quotas. "
        "Denmark voted against the agreement."
    )
    assert sorted(issues.values(), key=len) == [{"SVK": "abstain"}, {"DNK": "oppose"}], issues
