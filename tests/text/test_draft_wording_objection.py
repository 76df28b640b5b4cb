"""An objection to a line of the text is no stance on the decision (issue 13, heldout22).

- "The draft statement said the route 'is now closed'. Germany objected to the line": a fight
  over wording, which a member may lose or win and still take the decision; no stance.
- Near misses: an objection to the plan itself, and a veto of "the wording on ..." (which may
  be the whole text), stay oppositions; a state's line ("rejected the Italian line") was no
  stance before and is none now.

Every article here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels_by_issue, needs_spacy

from concilium.text.draft import draft_scenario

DAY = dt.date(2024, 3, 14)
LEAD = (
    "EU leaders back plan to share asylum seekers\n\n"
    "BRUSSELS, 14 March 2024 - European Union leaders on Thursday backed a plan to share "
    "asylum seekers among member states. "
)


def only_issue(text: str) -> dict[str, str]:
    sc = draft_scenario(LEAD + text + " Italy backed the plan.", source="t.txt", on=DAY)
    (labels,) = labels_by_issue(sc).values()
    return labels


@needs_spacy
@pytest.mark.parametrize(
    "text",
    [
        (
            'The draft statement said the central Mediterranean route "is now closed". Germany '
            "objected to the line, saying Europe cannot be about closing things."
        ),
        "Germany objected to the phrase, saying Europe cannot be about closing things.",
    ],
)
def test_an_objection_to_a_line_of_the_text_is_no_stance(text):
    assert only_issue(text) == {"ITA": "support"}


@needs_spacy
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Germany objected to the plan, saying Europe cannot be about closing things.",
            {"DEU": "oppose", "ITA": "support"},
        ),
        # the wording may be the whole text: its veto stays one
        (
            "Germany vetoed the wording on border controls.",
            {"DEU": "oppose", "ITA": "support"},
        ),
        (
            "Hungary rejected the Italian line, saying Europe cannot be about sharing people.",
            {"ITA": "support"},
        ),
    ],
)
def test_an_objection_to_the_plan_or_a_states_line_is_unchanged(text, expected):
    assert only_issue(text) == expected
