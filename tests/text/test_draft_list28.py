"""Voting lists and named votes fixed for heldout28's UN misses (issue 13, list28).

- A count standing for one side's states before a linking verb ("The eight against were A,
  B and C", "The three abstaining were ...", "The two in favour were ...") lists that side,
  as "those against" and "the countries abstaining" already did.
- Asking for "the briefing" a procedural vote decides is support for it, as "asked for the
  review" is (a briefing asked for besides, "a briefing", or one on something named, "the
  briefing on the strikes", stays no stance).
- Taking a text through a body ("steered the text through the committee", "piloted the
  draft through the Council", "ushered it through") is support, as "shepherded" is; not
  "steered the talks through a difficult week" or a ship through a strait.

Every sentence is written for these tests; each label is what a careful reader codes from
the sentence alone.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from drafted_labels import labels, needs_spacy, stance_pairs

from concilium.text.draft import draft_scenario

read = partial(stance_pairs, on=dt.date(2003, 5, 14))

pytestmark = needs_spacy


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        (
            "The six against were Chile, Peru, Mexico and the Philippines.",
            {("CHL", "oppose"), ("PER", "oppose"), ("MEX", "oppose"), ("PHL", "oppose")},
        ),
        (
            "The three abstaining were Norway, Iceland and Ireland.",
            {("NOR", "abstain"), ("ISL", "abstain"), ("IRL", "abstain")},
        ),
        ("The two in favour were Ghana and Kenya.", {("GHA", "support"), ("KEN", "support")}),
        (
            "Among the nine in favour were Ghana and Kenya.",
            {("GHA", "support"), ("KEN", "support")},
        ),
        # near misses: a count with no side, or a side with no count or article
        ("The two were Ghana and Kenya.", set()),
        ("The eight members of the group were Ghana and Kenya.", set()),
        ("Eight against were Ghana and Kenya.", set()),
    ],
)
def test_a_counted_side_lists_its_states(sentence: str, pairs: set[tuple[str, str]]) -> None:
    assert read(sentence) == pairs


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        ("Norway had asked for the briefing in closed consultations.", {("NOR", "support")}),
        ("Norway had asked for the briefing.", {("NOR", "support")}),
        # near misses: one more briefing, or one on something else
        ("Norway had asked for a briefing on the strikes.", set()),
        ("Norway had asked for the briefing on the strikes.", set()),
        ("Norway had asked for a briefing in the Council.", set()),
    ],
)
def test_asking_for_the_briefing(sentence: str, pairs: set[tuple[str, str]]) -> None:
    assert read(sentence) == pairs


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        ("Norway steered the text through the legal committee.", {("NOR", "support")}),
        ("Norway piloted the draft through the Council last month.", {("NOR", "support")}),
        ("Norway ushered the resolution through the Assembly.", {("NOR", "support")}),
        # near misses: talks or a ship taken through something, or no "through"
        ("Norway steered the talks through a difficult week.", set()),
        ("Norway steered the ship through the strait.", set()),
        ("Norway steered the debate.", set()),
    ],
)
def test_taking_a_text_through_a_body(sentence: str, pairs: set[tuple[str, str]]) -> None:
    assert read(sentence) == pairs


def _draft(text: str) -> dict[str, str]:
    sc = draft_scenario(
        "Council hears briefing on Ruritania\n\nUNITED NATIONS, 14 May 2003 (Wire) - " + text,
        source="t.txt",
        on=dt.date(2003, 5, 14),
        body="unsc",
    )
    return labels(sc, named_only=True)


def test_the_backers_of_the_state_that_asked_for_the_briefing_support_it() -> None:
    got = _draft(
        "The Security Council heard a briefing on Ruritania after a procedural vote of nine "
        "to five.\n\nBritain was backed by Chile and Mexico. Russia and China voted against."
        "\n\nBritain had first asked for the briefing in closed consultations on Tuesday."
    )
    assert got == {
        "GBR": "support",
        "CHL": "support",
        "MEX": "support",
        "RUS": "oppose",
        "CHN": "oppose",
    }


def test_a_briefing_asked_for_besides_gives_no_side() -> None:
    # near miss: "a briefing" is one more, not the one voted on; the backers follow no one
    got = _draft(
        "The Security Council heard a briefing on Ruritania after a procedural vote of nine "
        "to five.\n\nBritain was backed by Chile and Mexico. Russia and China voted against."
        "\n\nBritain had also asked for a briefing on the border."
    )
    assert got == {"RUS": "oppose", "CHN": "oppose"}
