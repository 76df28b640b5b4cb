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
        # (fails before 32's first fix: no number, no stance)
        (
            "The votes in favour included those of Britain and France.",
            {"CHN": "abstain", "GBR": "support", "FRA": "support"},
        ),
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


EU = "EU leaders call conference\n\nBRUSSELS, 29 June 2010 (Wire) - "


@pytest.mark.parametrize(
    "text, want",
    [
        # 31-18's classes (both fail on the old code: no stance)
        (
            (
                "European Union leaders decided on Saturday, by seven votes to three, to convene a "
                "conference of governments, overriding the objections of Britain, Denmark and Greece."
            ),
            {"GBR": "oppose", "DNK": "oppose", "GRC": "oppose"},
        ),
        (
            (
                "European Union leaders decided on Saturday, by seven votes to three, to convene a "
                "conference. France and Germany backed the call for a conference. They were joined "
                "in the majority by Italy, Belgium and Ireland."
            ),
            {
                "FRA": "support",
                "DEU": "support",
                "ITA": "support",
                "BEL": "support",
                "IRL": "support",
            },
        ),
        # the same without an article (fails before 32's first fix: "overriding" parsed as an
        # adjective of "objections")
        (
            (
                "European Union leaders decided on Saturday to convene a conference, overriding "
                "objections from Denmark and Greece."
            ),
            {"DNK": "oppose", "GRC": "oppose"},
        ),
        # near miss: no count says which side the majority was: only the backers named
        (
            (
                "European Union leaders decided on Saturday to convene a conference. France and "
                "Germany backed the call for a conference. They were joined in the majority by "
                "Italy, Belgium and Ireland."
            ),
            {"FRA": "support", "DEU": "support"},
        ),
    ],
)
def test_a_vote_of_the_leaders_told_by_who_was_overridden_and_who_joined(
    text: str, want: dict[str, str]
) -> None:
    sc = draft_scenario(EU + text + "\n", source="t.txt", engine="spacy")
    (issue,) = sc["issues"]
    assert labels_by_issue(sc, named_only=True)[issue["id"]] == want
