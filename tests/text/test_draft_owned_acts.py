"""Two inversion classes (issue 13, heldout15's one run), on sentences written for this file.

1. Reacting to an act named by its owner's state adjective ("condemned the Russian move"):
   when that state vetoed or blocked the text earlier in the article, condemning its act is
   support for the text and welcoming it opposition; when it did not (or the text was
   adopted), the reaction is to another actor's act and gives no stance on the decision.
2. Giving up a position ("it dropped that position", "abandoned its demand") is a climb-down
   only when what the actor held before in the article was opposition: it cancels that
   opposition; refusing to drop it, or another actor dropping its own, leaves it standing.

Each expected label is what a careful reader codes from the text alone; ``None`` means no
stance for that actor.
"""

from __future__ import annotations

import pytest
from drafted_labels import needs_spacy, resolved

pytestmark = needs_spacy

VETO = (
    "Russia on Monday vetoed a draft Security Council resolution extending the observer "
    "mission in Moldova. "
)
HEADLINE = (
    "Russian veto ends UN observer mission in Moldova\n\n"
    "Russia on Monday vetoed a two-week extension of the UN observer mission in Moldova. "
)
BLOCK = "Hungary blocked the EU sanctions package on Monday. "
LATER = "The mission will close at midnight. Diplomats said talks would go on next week. "

OWNED_ACTS = [
    # the vetoer's act, named by its state adjective, however far back the veto was told
    (VETO + "Moldova's government condemned the Russian move.", "MDA", "support"),
    (VETO + LATER + "Ukraine condemned the Russian move.", "UKR", "support"),
    (VETO + LATER + "Ukraine deplored the Russian decision.", "UKR", "support"),
    (VETO + "Belarus welcomed the Russian decision.", "BLR", "oppose"),
    (VETO + "Ukraine condemned Moscow's decision.", "UKR", "support"),
    (BLOCK + "Poland condemned Budapest's move.", "POL", "support"),
    # the veto told twice, in a headline naming no decision and then with the decision
    (HEADLINE + "Moldova's government condemned the Russian move.", "MDA", "support"),
    (HEADLINE + "Belarus welcomed the Russian decision.", "BLR", "oppose"),
    (HEADLINE + "Ukraine condemned the Russian attack.", "UKR", None),
    # near misses: another act of the vetoer is no stance on the text
    (VETO + "Ukraine condemned the Russian attack.", "UKR", None),
    (VETO + "Ukraine condemned the Russian invasion.", "UKR", None),
    # the act of a state that blocked nothing: no stance (never opposition to the decision)
    (BLOCK + "Poland condemned the Polish move.", "POL", None),
    (BLOCK + "Slovakia condemned the Austrian decision.", "SVK", None),
    # the text adopted: the state's move is not the decision
    (
        "The Council adopted a resolution on Moldova. Ukraine condemned the Russian move.",
        "UKR",
        None,
    ),
]


@pytest.mark.parametrize(("text", "actor", "expected"), OWNED_ACTS)
def test_reaction_to_an_act_named_by_its_owner(text: str, actor: str, expected: str | None) -> None:
    got = resolved(text).get(actor)
    assert (None if got in ("neutral", "follow") else got) == expected


ADMITTED = "The General Assembly on Tuesday admitted Montenegro and Serbia as members. "

POSITIONS = [
    # the climb-down cancels the opposition told before it (the pluperfect is the past)
    (
        ADMITTED + "Serbia had long rejected separate membership and insisted on a joint seat. "
        "It dropped that position in May and applied.",
        "SRB",
        "support",
    ),
    (
        ADMITTED + "Serbia had long opposed separate seats. Serbia gave up its demand for a "
        "joint seat in May.",
        "SRB",
        "support",
    ),
    (
        ADMITTED + "Serbia had long opposed separate seats. Serbia abandoned that stance.",
        "SRB",
        "support",
    ),
    # near misses: refusing to drop it, or not dropping it, keeps the opposition
    (
        ADMITTED + "Serbia had long rejected separate membership. It refused to drop its position.",
        "SRB",
        "oppose",
    ),
    (
        ADMITTED + "Serbia had long opposed separate seats. It did not drop that position.",
        "SRB",
        "oppose",
    ),
    # another actor's climb-down leaves the objector's opposition standing
    (
        ADMITTED + "Serbia had long rejected separate membership. Montenegro dropped its "
        "position in May.",
        "SRB",
        "oppose",
    ),
    (
        ADMITTED + "Serbia had long rejected separate membership. Montenegro dropped its "
        "position in May.",
        "MNE",
        None,
    ),
    # a position dropped with nothing held before it is no stance
    (ADMITTED + "Serbia dropped its position in May.", "SRB", None),
    # a position renewed after the climb-down is the last word
    (
        ADMITTED + "Serbia had long opposed separate seats. It abandoned that stance in May. "
        "In June Serbia threatened again to block the admission.",
        "SRB",
        "oppose",
    ),
]


@pytest.mark.parametrize(("text", "actor", "expected"), POSITIONS)
def test_a_position_given_up(text: str, actor: str, expected: str | None) -> None:
    got = resolved(text).get(actor)
    assert (None if got in ("neutral", "follow") else got) == expected
