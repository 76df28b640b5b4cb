"""Reactions to a veto or block of a text (issue 13, heldout14's one run), on sentences written
for this file: condemning, deploring or regretting a veto or block is support for the text it
stopped; welcoming or praising it is opposition.  This holds when the reaction's object is a
pronoun that stands for the veto told just before ("Russia vetoed the draft. Ukraine condemned
it."), but not when the one reacting is the one who blocked it, nor when the object is the text
itself or something else.

Each expected label is what a careful reader codes from the text alone; ``None`` means no
stance for that actor.
"""

from __future__ import annotations

import pytest
from drafted_labels import needs_spacy, resolved

pytestmark = needs_spacy

VETO = "Russia on Friday vetoed a draft Security Council resolution on the shelling of Kharkiv. "
BLOCK = "Hungary on Monday blocked the EU's new sanctions package against Moscow. "

CASES = [
    # a pronoun standing for the veto told in the sentence before
    (VETO + "Ukrainian officials condemned it.", "UKR", "support"),
    (VETO + "Ukraine deplored it as a blow to the Council.", "UKR", "support"),
    (VETO + "Belarus welcomed it.", "BLR", "oppose"),
    (BLOCK + "Poland condemned it.", "POL", "support"),
    (BLOCK + "Serbia welcomed it.", "SRB", "oppose"),
    # the veto named as a noun the sentence before
    (
        VETO + "Belarus called the veto justified. Ukrainian officials condemned it.",
        "UKR",
        "support",
    ),
    # near miss: a text is there for "it" to stand for
    (
        "Britain redrafted the text to avoid a veto. Belarus condemned it.",
        "BLR",
        "oppose",
    ),
    # in the same sentence
    (
        "Russia vetoed the draft on Friday, and Ukrainian officials condemned it.",
        "UKR",
        "support",
    ),
    # the veto named outright
    (VETO + "Ukrainian officials condemned the veto.", "UKR", "support"),
    (VETO + "Belarus welcomed the veto.", "BLR", "oppose"),
    # near misses: the text itself keeps the reading
    (VETO + "Belarus condemned the draft.", "BLR", "oppose"),
    (VETO + "Ukraine welcomed the draft before the vote.", "UKR", "support"),
    (
        "The Security Council adopted a resolution on Kharkiv. Ukraine welcomed it.",
        "UKR",
        "support",
    ),
    (
        "The Security Council adopted a resolution on Kharkiv. Belarus condemned it.",
        "BLR",
        "oppose",
    ),
    # something else condemned: no stance on the text
    (VETO + "Ukrainian officials condemned the attack.", "UKR", None),
    # the one who blocked reacts to the text, not to its own veto
    (VETO + "Moscow condemned it as one-sided.", "RUS", "oppose"),
    # an evaluative word said of the veto: praise is against the text, blame for it
    (VETO + "A Belarusian spokesman called the veto very satisfactory.", "BLR", "oppose"),
    (VETO + "Minsk called the veto justified.", "BLR", "oppose"),
    (VETO + "Ukraine called the veto shameful.", "UKR", "support"),
    (VETO + "Ukraine said the veto was a disgrace.", "UKR", "support"),
    (VETO + "Kyiv described the veto as deplorable.", "UKR", "support"),
    (VETO + "Minsk said the veto was justified.", "BLR", "oppose"),
    (VETO + "Ukraine said the veto sent the wrong message.", "UKR", "support"),
    # "the decision", "the move" right after a veto is the veto
    (VETO + "Ukraine deplored the decision.", "UKR", "support"),
    (VETO + "Ukraine called the decision regrettable.", "UKR", "support"),
    (VETO + "Ukraine said the move was a disgrace.", "UKR", "support"),
    (VETO + "Belarus welcomed the decision.", "BLR", "oppose"),
    (VETO + "Belarus praised the move.", "BLR", "oppose"),
    # near misses: a text adopted is what "the decision" or "it" is, even with a veto told
    (
        "The Council adopted a resolution on Kharkiv. Belarus deplored the decision.",
        "BLR",
        "oppose",
    ),
    (
        (
            "The Council adopted a resolution on Kharkiv after Russia vetoed an earlier draft. "
            "Ukraine welcomed it."
        ),
        "UKR",
        "support",
    ),
    (
        (
            "The Council adopted a resolution on Kharkiv after Russia vetoed an earlier draft. "
            "Ukraine called the decision historic."
        ),
        "UKR",
        "support",
    ),
    # the veto's author on "the decision" is on its own veto, read as such elsewhere
    (VETO + "Moscow called the decision necessary.", "RUS", "oppose"),
    # a decision owned by a state is that state's act: no stance read from it here
    (VETO + "Ukraine called Poland's decision regrettable.", "UKR", None),
    # "blocked" with no text is no block of a decision
    (
        (
            "EU ministers approved the sanctions package. Farmers blocked the roads. "
            "Poland condemned it."
        ),
        "POL",
        "oppose",
    ),
]


@pytest.mark.parametrize(("text", "actor", "expected"), CASES)
def test_reaction_to_a_veto(text: str, actor: str, expected: str | None) -> None:
    got = resolved(text).get(actor)
    assert (None if got in ("neutral", "follow") else got) == expected
