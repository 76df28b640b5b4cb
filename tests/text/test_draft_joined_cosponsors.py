"""Co-sponsors told by a "joined by" beside a sponsoring participle (issue 13).

"A draft put forward by Chile and Peru, joined by Brazil, won 14 votes": the parser hangs
"joined" on the noun beside "put forward", so Brazil (a co-sponsor) had no stance. Its agents
now share what the participle's agents do. Each expected label is what a careful reader codes
from the sentence alone.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from drafted_labels import needs_spacy, stance_pairs

pytestmark = needs_spacy

read = partial(stance_pairs, on=dt.date(1997, 1, 20))


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        # the joiners of a sponsored draft are its sponsors too
        (
            "A draft sponsored by France and Japan, joined by Brazil and Peru, won 14 votes.",
            {("FRA", "support"), ("JPN", "support"), ("BRA", "support"), ("PER", "support")},
        ),
        (
            (
                "On Monday a text put forward by six countries - Kenya and Japan from the"
                " Council, joined by Brazil, Peru and India - won 13 votes in favour."
            ),
            {
                ("KEN", "support"),
                ("JPN", "support"),
                ("BRA", "support"),
                ("PER", "support"),
                ("IND", "support"),
            },
        ),
        # the same for the other side
        (
            "A resolution opposed by Russia, joined by China, failed.",
            {("RUS", "oppose"), ("CHN", "oppose")},
        ),
    ],
)
def test_joined_by_beside_a_sponsor(sentence: str, pairs: set[tuple[str, str]]) -> None:
    assert read(sentence) == pairs


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        # "joined by" something that is not a state adds no one
        (
            "A draft sponsored by France, joined by a statement of concern, won 14 votes.",
            {("FRA", "support")},
        ),
        # "joined" on another noun than the sponsored one
        (
            "Kenya, joined by Brazil, voted for the draft sponsored by France.",
            {("KEN", "support"), ("BRA", "support"), ("FRA", "support")},
        ),
        # a later joining told as the main verb is not read here
        ("A draft sponsored by France was later joined by Brazil.", {("FRA", "support")}),
    ],
)
def test_near_misses_unchanged(sentence: str, pairs: set[tuple[str, str]]) -> None:
    assert read(sentence) == pairs
