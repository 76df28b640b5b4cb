"""Two classes of stated stance read from train10 (issue 13, thirteenth stop).

Good wishes for a person chosen: on an appointment, "wished her well", "wished him every
success", "called him an excellent candidate" and "looked forward to working with her" are
support for the choice, as "praised the nominee" is.  Only for a person (not a state or a
body), not when negated, conditional or said of someone leaving, and a description only when
it calls the person a good choice.

"Voted with the majority": the side of the decision's count with more votes; with no count
that says which side that is, no stance.

Every sentence here is written for these tests; the expected labels are what a careful
reader codes from the sentence alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels, needs_spacy, resolved

from concilium.text.counts import Tally
from concilium.text.draft import draft_scenario

pytestmark = needs_spacy
DAY = dt.date(2021, 6, 18)


@pytest.mark.parametrize(
    "sentence, actor",
    [
        # good wishes to the person chosen, by name or pronoun
        ("Kenya wished Maria Lopez well.", "KEN"),
        ("Chile wished her every success in the new post.", "CHL"),
        ("Norway wished him luck.", "NOR"),
        # calling the person a good choice
        ("Ghana called Maria Lopez an excellent candidate.", "GHA"),
        ("Peru called her a great choice for the job.", "PER"),
        # looking forward to working with the person chosen
        ("Japan said it looked forward to working with her.", "JPN"),
        ("The Indian envoy said New Delhi looked forward to working with Lopez.", "IND"),
    ],
)
def test_good_wishes_for_the_person_chosen_are_support(sentence, actor):
    assert resolved(sentence, DAY).get(actor) == "support"


@pytest.mark.parametrize(
    "sentence, actor",
    [
        # a state or a body wished well is no person chosen
        ("Kenya wished Ukraine well.", "KEN"),
        ("Chile wished the Council well.", "CHL"),
        # negated
        ("Norway did not wish her well.", "NOR"),
        # someone leaving, not the one chosen
        ("Ghana wished him well in his retirement.", "GHA"),
        ("Peru wished the outgoing chief Maria Lopez well.", "PER"),
        # a description that is no choice, or no praise
        ("Japan called her an excellent diplomat.", "JPN"),
        ("Mexico called her a surprising choice.", "MEX"),
        # looking forward to something else, or only if she is chosen
        ("Brazil said it looked forward to working with the new government.", "BRA"),
        ("Egypt said it would look forward to working with her if she were chosen.", "EGY"),
    ],
)
def test_near_misses_of_good_wishes_are_no_stance(sentence, actor):
    assert actor not in resolved(sentence, DAY)


ASSEMBLY = """Assembly calls for the blockade to end

NEW YORK, 15 June 2021 -- The UN General Assembly on Tuesday adopted a resolution calling
for an end to the blockade of the island, by {yes} votes to {no}, with 12 abstentions.
{sentence}
"""


@pytest.mark.parametrize(
    "yes, no, sentence, expected",
    [
        # more for than against: the majority supported it
        (140, 9, "Fiji voted with the majority.", {"FJI": "support"}),
        (140, 9, "Fiji voted with the overwhelming majority.", {"FJI": "support"}),
        # more against: the majority opposed it (the text failed)
        (20, 110, "Fiji voted with the majority.", {"FJI": "oppose"}),
        # the minority, or a negation: no stance read
        (140, 9, "Fiji voted with the minority.", {}),
        (140, 9, "Fiji did not vote with the majority.", {}),
        # with a state: that state's stance, as before
        (
            140,
            9,
            "Fiji voted with Tonga, which backed the text.",
            {"FJI": "support", "TON": "support"},
        ),
    ],
)
def test_voted_with_the_majority_takes_the_counted_side(yes, no, sentence, expected):
    text = ASSEMBLY.format(yes=yes, no=no, sentence=sentence)
    assert labels(draft_scenario(text, source="t.txt", engine="spacy")) == expected


def test_the_majority_side_needs_both_numbers():
    assert Tally(yes=140, no=9).majority_side() == "support"
    assert Tally(yes=9, no=140).majority_side() == "oppose"
    assert Tally(yes=140).majority_side() is None  # against: not stated
    assert Tally(yes=50, no=50).majority_side() is None  # a tie
    assert Tally(unanimous=True).majority_side() == "support"
