"""Council of the EU and European Council stances misread in heldout25 (issue 13), on
sentences written for this file.

- A relative clause in the past perfect whose participle the tagger reads as a simple past
  after an adverbial ("Greece, which had for years blocked the talks, did not stand in the
  way") is background, as "which had blocked the talks" is: the main clause's stance is the
  state's ("did not stand in the way", "dropped its veto": consent), not the old blocking
  (which inverted it).  Not a main clause in the past perfect ("Greece had for years blocked
  the talks", still its stance), nor an old backing with a blocking now.

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected labels are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels, needs_spacy

from concilium.text.draft import draft_scenario

DAY = dt.date(2018, 6, 26)
LEAD = "EU ministers agreed on Tuesday to open accession talks with Serbia. "


def _labels(text: str) -> dict[str, str]:
    sc = draft_scenario(text, source="t.txt", on=DAY, body="eu-council")
    return labels(sc, named_only=True)


@needs_spacy
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an old block told with an adverbial before the participle: background
        (
            (
                "Greece, which had for years blocked its neighbour's path, did not stand in "
                "the way this time."
            ),
            {"GRC": "support"},
        ),
        (
            "Greece, which had for a decade blocked the talks, dropped its veto.",
            {"GRC": "support"},
        ),
        (
            "Bulgaria, which had until then blocked the talks, no longer objected.",
            {"BGR": "support"},
        ),
        # near misses: the same without the adverbial (as before), a main clause in the past
        # perfect (still its stance), and an old backing with a block now
        (
            "Greece, which had blocked the talks, did not stand in the way this time.",
            {"GRC": "support"},
        ),
        ("Greece had for years blocked the talks.", {"GRC": "oppose"}),
        (
            "Greece, which had for years backed the talks, stood in the way this time.",
            {"GRC": "oppose"},
        ),
    ],
)
def test_an_old_block_in_a_past_perfect_relative_clause_is_background(
    sentence: str, expected: dict
) -> None:
    assert _labels(LEAD + sentence) == expected
