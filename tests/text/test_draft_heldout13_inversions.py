"""Inversions found by heldout13's one run (issue 13, seventeenth stop), fixed as classes, each
on sentences written for this file (not the articles'), with near misses that keep their
reading.

- a stance on a measure dated to an earlier year ("voted against the curbs the EU set in
  2012", "opposed the 2015 quotas") is a stance on that earlier decision, not on the one
  reported: no stance;
- a state the sentence says changed its position ("changed its position", "reversed course",
  "changed its mind") no longer holds the stance told of it before the change in the same
  sentence: no stance from it (what it does after the change is read as usual);
- a threat tied to a condition ("threatened to veto it unless it was amended", "threatened to
  withhold support from UN missions without the exemption") is leverage for the condition,
  not a stance on the decision: no stance.

Each expected label is what a careful reader codes from the text alone; ``None`` means no
stance for that actor.
"""

from __future__ import annotations

import pytest
from drafted_labels import needs_spacy
from drafted_labels import winning_label as label

pytestmark = needs_spacy


LEAD = "EU ministers on Friday approved a ban on the pesticide. "
COUNCIL = "The Security Council on Monday renewed the exemption for another year. "

CASES = [
    # ------------------------------------------------ a measure dated to an earlier year
    (
        LEAD + "Britain, which voted against the limits the EU set in 2012, changed its stance.",
        "GBR",
        2019,
        None,
    ),
    (LEAD + "Poland opposed the 2015 quotas.", "POL", 2020, None),
    (LEAD + "Hungary voted against the quotas adopted two years ago.", "HUN", 2020, None),
    # kept: the decision of the day acts on the earlier measure
    ("Italy voted to extend the sanctions imposed in 2014.", "ITA", 2016, "support"),
    ("Italy backed the renewal of the sanctions first imposed in 2014.", "ITA", 2016, "support"),
    # kept: what was put forward in an earlier year is what is decided now
    (
        (
            "EU leaders endorsed plans for an energy union. Latvia's prime minister welcomed "
            "the plan, which her predecessor first proposed last year."
        ),
        "LVA",
        2015,
        "support",
    ),
    (
        "EU leaders endorsed the 2013 proposal. Spain backed the 2013 proposal.",
        "ESP",
        2015,
        "support",
    ),
    # kept: a relative clause that tells this decision's vote
    (LEAD + "France, which voted for the text, said the ban was overdue.", "FRA", 2019, "support"),
    # kept: not a year back; a past perfect about this decision's own text
    (LEAD + "Hungary voted against the quotas adopted last week.", "HUN", 2020, "oppose"),
    (COUNCIL + "Spain voted for the resolution it had drafted.", "ESP", 2020, "support"),
    # ------------------------------------------------ a change of position
    (
        LEAD + "Denmark, which voted against the ban at first, changed its position.",
        "DNK",
        2019,
        None,
    ),
    (
        LEAD + "Denmark had opposed the ban but reversed course after new studies.",
        "DNK",
        2019,
        None,
    ),
    (LEAD + "Denmark, which opposed the ban, said it had changed its mind.", "DNK", 2019, None),
    # kept: a negated change keeps the stance; what it did after the change is read
    (
        LEAD + "Denmark, which backed the plan, has not changed its position.",
        "DNK",
        2019,
        "support",
    ),
    (LEAD + "Denmark changed its position and voted for the ban.", "DNK", 2019, "support"),
    # ------------------------------------------------ a threat tied to a condition
    (
        COUNCIL
        + "Moscow has threatened to withhold support from UN missions without the exemption.",
        "RUS",
        2020,
        None,
    ),
    (COUNCIL + "Moscow threatened to veto the text unless it was amended.", "RUS", 2020, None),
    (COUNCIL + "Moscow threatened a veto unless the text was changed.", "RUS", 2020, None),
    (LEAD + "Poland had threatened not to sign unless the text was changed.", "POL", 2019, None),
    # kept: a threat with no condition, an act done "without hesitation", a withholding aimed
    # at the decision itself
    (COUNCIL + "Moscow threatened to veto the text.", "RUS", 2020, "oppose"),
    (COUNCIL + "Moscow vetoed the text without hesitation.", "RUS", 2020, "oppose"),
    (
        COUNCIL + "Moscow threatened to withhold its support from the resolution.",
        "RUS",
        2020,
        "oppose",
    ),
    (COUNCIL + "Moscow said it would back the renewal without hesitation.", "RUS", 2020, "support"),
    # the final act outranks the conditional threat
    (
        LEAD + "Poland threatened to block the deal unless its farmers were protected, but in "
        "the end voted for it.",
        "POL",
        2019,
        "support",
    ),
]


@pytest.mark.parametrize(("text", "actor", "year", "want"), CASES)
def test_heldout13_inversion_classes(
    text: str, actor: str, year: int | None, want: str | None
) -> None:
    assert label(text, actor, year) == want
