"""A list of voting states cut in two by the parser (issue 13, heldout23's Assembly misses).

- "The Dominican Republic, Chad, Congo (Brazzaville), Dahomey, ... and Upper Volta all
  voted against the draft": the parser makes the items up to the bracketed name a subject of
  their own, the comma after them hung on the first; every state of the list cast the vote,
  not only those after the cut.
- Not the states of a fronted phrase ("Unlike Ghana, Mali and Togo, Peru, ... voted
  against it": Ghana, Mali and Togo did not).

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import needs_spacy, stance_pairs

pytestmark = needs_spacy

DAY = dt.date(1962, 11, 6)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            (
                "The Dominican Republic, Chad, Congo (Brazzaville), Dahomey, the Ivory Coast, "
                "Niger and Upper Volta all voted against the draft."
            ),
            {
                ("DOM", "oppose"),
                ("TCD", "oppose"),
                ("COG", "oppose"),
                ("BEN", "oppose"),
                ("CIV", "oppose"),
                ("NER", "oppose"),
                ("BFA", "oppose"),
            },
        ),
        (
            (
                "The Central African Republic, Chad, Congo (Leopoldville), Dahomey, the Ivory "
                "Coast, Niger and Upper Volta all abstained on the draft."
            ),
            {
                ("CAF", "abstain"),
                ("TCD", "abstain"),
                ("COD", "abstain"),
                ("BEN", "abstain"),
                ("CIV", "abstain"),
                ("NER", "abstain"),
                ("BFA", "abstain"),
            },
        ),
        # near miss: the states of a fronted "unlike" did not vote so
        ("Unlike Ghana, Mali and Togo, Peru, Chile and Norway all voted against the draft.", set()),
    ],
)
def test_list_cut_after_bracket(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert stance_pairs(sentence, DAY) == expected
