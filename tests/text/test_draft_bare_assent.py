"""A bare "agreed" told with only when it came ("in the end", "on Sunday") is assent, and after
the same actor's objection it is a climb-down: the objection is what it held before (issue 13,
inversion hunt: "Slovakia had objected, but agreed in the end" gave opposition)."""

import datetime as dt

import pytest
from drafted_labels import needs_spacy, resolved

pytestmark = needs_spacy

DAY = dt.date(2024, 3, 25)
LEAD = "EU ministers approved the sanctions package on Monday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Slovakia agreed in the end.",
        "Slovakia had objected, but agreed in the end.",
        "Slovakia had objected, but it agreed in the end.",
        "Slovakia had objected for weeks. It agreed in the end.",
        "Slovakia had objected, but agreed on Sunday.",
        "Slovakia had objected, but agreed at last.",
    ],
)
def test_bare_assent_after_objection_is_support(sentence: str) -> None:
    assert resolved(LEAD + sentence, DAY) == {"SVK": "support"}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a refusal stays a refusal
        ("Slovakia had objected and did not agree in the end.", {"SVK": "oppose"}),
        # another state's assent cancels nobody else's objection
        ("Slovakia agreed in the end, but Hungary objected.", {"SVK": "support", "HUN": "oppose"}),
    ],
)
def test_near_misses(sentence: str, expected: dict) -> None:
    assert resolved(LEAD + sentence, DAY) == expected


def test_objection_told_after_the_assent_never_gives_support() -> None:
    # the assent is no climb-down from an objection told after it: that objection stands
    # against it (a tie, so no stance) or wins; never support
    text = LEAD + "Slovakia agreed on Sunday. Slovakia later objected to the package."
    assert resolved(text, DAY).get("SVK") in ("oppose", "neutral")
    assert resolved(
        LEAD + "Slovakia agreed on Sunday. On Monday Slovakia objected again.", DAY
    ) == {"SVK": "oppose"}
