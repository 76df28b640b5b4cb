""" "Hardly" and "scarcely" deny the verb they modify, as "not" does (issue 13, twentieth stop).

"Hungary could hardly oppose the package" was read as opposition: an inversion of what a reader
takes from it (Hungary did not oppose).  Each expected label is what a careful reader codes
from the sentence alone, the same as for its "not" twin.
"""

from __future__ import annotations

import pytest
from drafted_labels import needs_spacy, resolved

pytestmark = needs_spacy

LEAD = "EU governments adopted a package of sanctions on Tuesday. "


@pytest.mark.parametrize(
    ("sentence", "twin", "label"),
    [
        # denied opposition is no stance (the drafter's "neutral"), as "could not oppose" is
        (
            "Hungary could hardly oppose the package, diplomats said.",
            "Hungary could not oppose the package, diplomats said.",
            "neutral",
        ),
        # denied support is opposition, as "did not support" is
        (
            "Hungary scarcely supported the package.",
            "Hungary did not support the package.",
            "oppose",
        ),
    ],
)
def test_hardly_reads_as_not(sentence: str, twin: str, label: str) -> None:
    assert resolved(LEAD + sentence)["HUN"] == label
    assert resolved(LEAD + twin)["HUN"] == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # "hardly" in a clause about something else leaves the main verb alone
        ("Hungary, which had hardly been consulted, opposed the package.", "oppose"),
        ("Hungary backed the package, which had hardly changed.", "support"),
        ("Hungary opposed the package.", "oppose"),
    ],
)
def test_hardly_elsewhere_in_the_sentence_changes_nothing(sentence: str, label: str) -> None:
    assert resolved(LEAD + sentence)["HUN"] == label
