"""EU Council and European Council counts missed in heldout19 (issue 13), on sentences written
for this file.

- How a body decides, told in the present ("the leaders, who decide by unanimity"), is a rule,
  not a unanimous vote: it no longer hides a stated count of 21 for, 2 against and 4
  abstaining ("decided by unanimity" still counts).
- "agreed by the heads of state or government of all 27 member states" is every member's
  support, as "heads of state and government" was.
- "the 27 leaders called on the Commission to ..." in a consensus body is every member's
  joint call, their support; "the 27 leaders attended" or "were called on" is not.

Each expected count or label is what a careful reader takes from the text alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels, needs_spacy

from concilium.text.counts import find_counts
from concilium.text.draft import draft_scenario

DAY = dt.date(2023, 3, 9)
EU27 = {
    "AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN",
    "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP",
    "SWE",
}  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "counts", "unanimous"),
    [
        # a rule told in the present: no count
        ("Lisbon said the matter belonged to the leaders, who decide by unanimity.", {}, False),
        ("Foreign ministers still act by unanimity on sanctions, diplomats noted.", {}, False),
        # near miss: a decision taken so still counts
        ("The ministers decided by unanimity to extend the mandate.", {}, True),
        # the heads "of state or government" of all the members
        (
            (
                "The declaration was approved by the heads of state or government of all 27 "
                "member states."
            ),
            {"yes": 27},
            False,
        ),
        # near miss: of some countries, with no "all" or "the": no count of the body
        (
            "The letter was backed by the heads of state or government of five countries.",
            {},
            False,
        ),
        # a call the whole body made
        ("The 27 leaders called on the Commission to speed up the payments.", {"yes": 27}, False),
        ("At the summit the 27 leaders called for more aid to the region.", {"yes": 27}, False),
        # near misses: no act of the leaders
        ("The 27 leaders attended a dinner with the king.", {}, False),
        ("The 27 leaders were called on by protesters to act.", {}, False),
    ],
)
def test_counts(sentence: str, counts: dict[str, int], unanimous: bool) -> None:
    tally = find_counts(sentence)
    assert (tally.as_dict(), tally.unanimous) == (counts, unanimous)


HEAD = "EU ministers settle fisheries plan\n\nBRUSSELS, 9 March 2023 - "


@needs_spacy
def test_a_stated_count_beside_a_rule_of_unanimity_fills_the_others() -> None:
    text = (
        HEAD + "European Union fisheries ministers adopted their position on a new quota "
        "regulation on Thursday.\n\n"
        "The text passed by qualified majority. Spain and Portugal voted no, while Austria "
        "abstained. The remaining 24 governments voted in favour.\n\n"
        "Madrid argued that the question belonged to the heads of government, who decide by "
        "unanimity, rather than to ministers."
    )
    sc = draft_scenario(text, source="t.txt", on=DAY, body="eu-council")
    want = {m: "support" for m in EU27}
    want.update(ESP="oppose", PRT="oppose", AUT="abstain")
    assert labels(sc) == want


@needs_spacy
@pytest.mark.parametrize(
    "sentence",
    [
        "The declaration was agreed by the heads of state or government of all 27 member states.",
        (
            "In conclusions adopted after a long night, the 27 leaders called on the Commission "
            "to mobilise more money for the coast guards."
        ),
    ],
)
def test_every_member_of_the_european_council_for(sentence: str) -> None:
    text = (
        "EU leaders back coast guards\n\nBRUSSELS, 9 March 2023 - European Union leaders "
        "agreed at a summit on Thursday to strengthen the coast guards of the member states.\n\n"
        + sentence
    )
    sc = draft_scenario(text, source="t.txt", on=DAY, body="eu-council")
    assert labels(sc) == {m: "support" for m in EU27}


@needs_spacy
def test_leaders_who_only_attended_give_no_count() -> None:
    text = (
        "EU leaders discuss coast guards\n\nBRUSSELS, 9 March 2023 - European Union leaders "
        "discussed the coast guards of the member states at a summit on Thursday.\n\n"
        "The 27 leaders attended a dinner with the king. Germany backed the plan."
    )
    sc = draft_scenario(text, source="t.txt", on=DAY, body="eu-council")
    assert labels(sc) == {"DEU": "support"}
