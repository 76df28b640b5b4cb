"""Two states that share a demonym (issue 13).

"Both Korean governments", "the two Congolese governments", "the two German states" (before
German unity) are both states of the pair on the date, not the one whose name the demonym
resembles; a shared demonym that nothing in the article resolves ("the Congolese
government", with neither Congo named otherwise) names neither: no stance rather than a
guess.  Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from drafted_labels import labels, needs_spacy

pytestmark = needs_spacy


def _drafted(sentence: str, year: int = 2016) -> dict[str, str]:
    from concilium.text.draft import draft_scenario

    text = f"Council vote\n\nNEW YORK, 10 March {year} (Wire) - {sentence}"
    return labels(draft_scenario(text, body="unsc"))


@pytest.mark.parametrize(
    "sentence, year, expected",
    [
        # both states of the pair take the stance told of the two
        (
            "Both Korean governments welcomed the resolution on Monday, Japan said.",
            2016,
            {"KOR": "support", "PRK": "support"},
        ),
        (
            "The two Koreas welcomed the resolution on Monday, Japan said.",
            2016,
            {"KOR": "support", "PRK": "support"},
        ),
        (
            "The two Congolese governments rejected the resolution on Monday, Japan said.",
            2016,
            {"COD": "oppose", "COG": "oppose"},
        ),
        # South Sudan independent from July 2011
        (
            "Both Sudanese governments rejected the resolution on Monday, Japan said.",
            2016,
            {"SDN": "oppose", "SSD": "oppose"},
        ),
        # the Federal Republic and the German Democratic Republic, before October 1990
        (
            "The two German states welcomed the resolution on Monday, Japan said.",
            1990,
            {"DDR": "support", "DEU": "support"},
        ),
    ],
)
def test_both_states_of_a_pair(sentence, year, expected):
    assert _drafted(sentence, year) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # one of the two, unnamed: neither
        ("One of the two Korean governments welcomed the resolution on Monday, Japan said.", {}),
        # the shared demonym alone: no guess between the Congos
        ("The Congolese government rejected the resolution on Monday, Japan said.", {}),
        # resolved by the other Congo's capital named in the article
        (
            (
                "The Congolese government rejected the resolution on Monday, officials in "
                "Kinshasa said."
            ),
            {"COD": "oppose"},
        ),
        # "Sudanese" is Sudan's own demonym (South Sudan's is "South Sudanese")
        (
            (
                "The Sudanese government rejected the resolution on Monday, while South Sudan "
                "backed it."
            ),
            {"SDN": "oppose", "SSD": "support"},
        ),
    ],
)
def test_near_misses(sentence, expected):
    assert _drafted(sentence) == expected
