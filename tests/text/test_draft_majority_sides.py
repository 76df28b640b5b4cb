"""States named as the majority, the minority or a counted side (issue 13, nineteenth stop).

"A, B and C formed the majority", "A and B were in the majority": the side that carried the
vote, read from the decision's count (more for than against: support; more against: oppose;
one side's number alone says it when it is more than half the members: "Ten of the fifteen
members voted to ..."); no count that says which side: no stance.  "A and B formed the
minority" says no side (with abstentions it may be the votes against or the abstentions): no
stance, unless the sentence says which ("the minority that voted against").  "A was among the
eleven": the one side the count gives eleven votes (two sides with that number: none).

Every sentence here is written for these tests; the expected labels are what a careful
reader codes from the text alone (``None``: no stance).
"""

from __future__ import annotations

import pytest
from drafted_labels import labels, needs_spacy

from concilium.text.counts import Tally, find_counts
from concilium.text.draft import draft_scenario

pytestmark = needs_spacy

ADOPTED = (
    "UNITED NATIONS, 14 March 2023 - The Security Council on Tuesday adopted a resolution "
    "extending the peacekeeping mission in Haiti by 11 votes to 2, with 2 abstentions. "
)
FAILED = (
    "UNITED NATIONS, 14 March 2023 - The Security Council on Tuesday rejected a draft "
    "resolution extending the peacekeeping mission in Haiti by 4 votes to 9, with 2 "
    "abstentions. "
)
UNCOUNTED = (
    "UNITED NATIONS, 14 March 2023 - The Security Council on Tuesday adopted a resolution "
    "extending the peacekeeping mission in Haiti. "
)
SHARE = (
    "UNITED NATIONS, 14 March 2023 - The Security Council on Tuesday held a procedural vote on "
    "a meeting about the peacekeeping mission in Haiti. {count} "
)


def _drafted(text: str) -> dict[str, str]:
    return labels(draft_scenario(text, source="t.txt", engine="spacy"))


@pytest.mark.parametrize(
    "text, expected",
    [
        # the majority of a text adopted: support
        (
            ADOPTED + "Brazil, Japan and Malta formed the majority.",
            {"BRA": "support", "JPN": "support", "MLT": "support"},
        ),
        (ADOPTED + "Brazil and Japan were in the majority.", {"BRA": "support", "JPN": "support"}),
        (ADOPTED + "Brazil and Japan made up the majority.", {"BRA": "support", "JPN": "support"}),
        # the majority of a text that failed: against it
        (FAILED + "Brazil and Japan formed the majority.", {"BRA": "oppose", "JPN": "oppose"}),
        # no count: no side to take
        (UNCOUNTED + "Brazil and Japan formed the majority.", {"BRA": None, "JPN": None}),
        # the majority of something else: nothing
        (ADOPTED + "Brazil and Japan formed the majority of its sponsors.", {"BRA": None}),
        # the minority: no side unless the sentence says which
        (ADOPTED + "Gabon and Ghana formed the minority.", {"GAB": None, "GHA": None}),
        (
            ADOPTED + "Gabon and Ghana formed the minority that voted against.",
            {"GAB": "oppose", "GHA": "oppose"},
        ),
        # a counted side: the one side with that many votes
        (ADOPTED + "Brazil and Japan were among the eleven.", {"BRA": "support", "JPN": "support"}),
        # two sides with that number (2 against, 2 abstaining): no stance
        (ADOPTED + "Gabon was among the two.", {"GAB": None}),
    ],
)
def test_named_sides_of_a_counted_vote(text, expected):
    got = _drafted(text)
    assert {a: got.get(a) for a in expected} == expected


@pytest.mark.parametrize(
    "count, expected",
    [
        # more than half of the fifteen members: the majority
        ("Ten of the fifteen members voted to hold the meeting.", "support"),
        # seven of fifteen is no majority of the members, and no number against is given
        ("Seven of the fifteen members voted to hold the meeting.", None),
        # a vote to refuse is no count of votes for the meeting
        ("Ten of the fifteen members voted to reject the request.", None),
    ],
)
def test_one_side_above_half_the_members_is_the_majority(count, expected):
    got = _drafted(SHARE.format(count=count) + "Brazil and Japan formed the majority.")
    assert got.get("BRA") == expected and got.get("JPN") == expected


def test_the_majority_side_from_one_number_needs_more_than_half():
    assert Tally(yes=10).majority_side(15) == "support"
    assert Tally(no=9).majority_side(15) == "oppose"
    assert Tally(yes=7).majority_side(15) is None
    assert Tally(yes=10).majority_side() is None  # no body size: as before


def test_a_share_voting_to_act_is_a_count_for_it():
    assert find_counts("Nine of the 15 members voted to renew the mandate.").yes == 9
    assert find_counts("Nine of the 15 members voted to postpone the vote.").yes is None
