"""Votes told around a count, two classes of heldout31's 31-02 (issue 13; found in its run,
so these are seen): "The fourteen votes in favour included those of Britain, France ..." was
not read, and "India and Zimbabwe, which abstained in August when the Council authorised
force, this time joined the majority" was read as abstaining (the clause's earlier vote) and
"joined the majority" not at all.

Passages written for these tests; labels derived by hand from the passage.  Near misses: the
same earlier vote told without "this time" (then it is the only act told), "joined the
majority of states that wanted a delay" (a camp, not the vote's majority), an earlier vote
in a relative clause and the same vote again.
"""

from __future__ import annotations

import pytest
from drafted_labels import labels_by_issue, needs_spacy

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy

LEAD = (
    "UN bans flights\n\nUNITED NATIONS, 9 October 1992 (Wire) - The Security Council on Friday "
    "banned military flights over Bosnia. Resolution 781 was approved by 14 votes to none. "
    "China abstained. "
)


def _named(text: str) -> dict[str, str]:
    sc = draft_scenario(LEAD + text + "\n", source="t.txt", engine="spacy")
    (issue,) = sc["issues"]
    return labels_by_issue(sc, named_only=True)[issue["id"]]


@pytest.mark.parametrize(
    "text, want",
    [
        # (fails on the old code: only China)
        (
            (
                "The fourteen votes in favour included those of Britain, France, Russia and the "
                "United States."
            ),
            {
                "CHN": "abstain",
                "GBR": "support",
                "FRA": "support",
                "RUS": "support",
                "USA": "support",
            },
        ),
        ("The 14 votes in favour included Britain's.", {"CHN": "abstain", "GBR": "support"}),
        # (fails on the old code: India and Zimbabwe abstain)
        (
            (
                "India and Zimbabwe, which abstained in August when the Council authorised force, "
                "this time joined the majority."
            ),
            {"CHN": "abstain", "IND": "support", "ZWE": "support"},
        ),
        # (fails on the old code: no stance)
        (
            "India and Zimbabwe this time joined the majority.",
            {"CHN": "abstain", "IND": "support", "ZWE": "support"},
        ),
        # near misses: the earlier vote and the same vote again; a camp, not the majority
        (
            "India and Zimbabwe, which abstained in August, abstained again.",
            {"CHN": "abstain", "IND": "abstain", "ZWE": "abstain"},
        ),
        ("India joined the majority of states that wanted a delay.", {"CHN": "abstain"}),
    ],
)
def test_votes_told_around_the_count(text: str, want: dict[str, str]) -> None:
    assert _named(text) == want
