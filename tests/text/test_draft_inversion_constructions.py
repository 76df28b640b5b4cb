"""A construction that gave inverted stances (issue 13, found at the twelfth stop, fixed at
the thirteenth): "the two countries" after a sentence that named two pairs is not the first
pair ("Spain and Italy welcomed the plan, while Austria and Ireland objected. The two countries
then blocked the package": which two is not said).  (The counterfactual "would have signed the
accord had it been amended" is in test_draft_signing_changes.py.)

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected labels are what a careful reader codes from the text alone, and each case says
why.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import needs_spacy, resolved

pytestmark = needs_spacy
DAY = dt.date(2016, 5, 17)


@pytest.mark.parametrize(
    "text, expected",
    [
        # two pairs named before: "the two countries" may be either, so neither takes the act
        (
            (
                "Spain and Italy welcomed the plan, while Austria and Ireland objected. "
                "The two countries then blocked the package."
            ),
            {"ESP": "support", "ITA": "support", "AUT": "oppose", "IRL": "oppose"},
        ),
        # one pair named before: it is that pair
        (
            "Spain and Italy welcomed the plan. The two countries then signed the treaty.",
            {"ESP": "support", "ITA": "support"},
        ),
        # a pair and a list of three: "the two countries" is the pair
        (
            (
                "Spain and Italy welcomed the plan, while Austria, Ireland and Malta objected. "
                "The two countries then signed the treaty."
            ),
            {"ESP": "support", "ITA": "support", "AUT": "oppose", "IRL": "oppose", "MLT": "oppose"},
        ),
    ],
)
def test_the_two_countries_after_two_pairs(text, expected):
    assert resolved(text, DAY) == expected
