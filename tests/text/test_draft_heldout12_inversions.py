"""Inversions found by heldout12's one run (issue 13, fifteenth stop), fixed as classes, each
on sentences written for this file (not the articles'), with near misses that keep their
reading.

- a hyphenated participle modifier ("the Kremlin-backed governor", "an Iran-funded militia")
  describes its noun: the actor before the hyphen takes no stance on the decision, unless the
  noun is the decision itself ("a French-backed resolution");
- obstructing another party's talks with someone ("is holding up Serbia's accession talks
  with the EU") is a process, not the decision reported: no stance.

Each expected label is what a careful reader codes from the text alone; ``None`` means no
stance for that actor.
"""

from __future__ import annotations

import pytest
from drafted_labels import needs_spacy
from drafted_labels import winning_label as label

pytestmark = needs_spacy


CASES = [
    # ------------------------------------------------ "X-backed N" describes N
    # the governor is backed by Russia; Russia says nothing on the bans
    (
        (
            "EU ministers on Tuesday adopted travel bans on twelve officials, among them the "
            "region's Kremlin-backed governor."
        ),
        "RUS",
        None,
    ),
    (
        (
            "The Council imposed an arms embargo on the rebels, including an Iran-backed militia "
            "in the south."
        ),
        "IRN",
        None,
    ),
    # the modifier read no stance, the state's own reaction is read as before
    (
        (
            "EU ministers adopted travel bans on officials, among them the Kremlin-backed "
            "governor. Russia rejected the bans."
        ),
        "RUS",
        "oppose",
    ),
    # kept: the noun is the decision, so backing it is support
    (
        "The Security Council adopted a French-backed resolution on Mali on Tuesday.",
        "FRA",
        "support",
    ),
    # kept: a participle that is not a hyphenated modifier is still read
    (
        "The Council adopted the resolution on Tuesday. It was backed by France.",
        "FRA",
        "support",
    ),
    # ------------------------------------------ another party's talks with someone
    (
        (
            "NATO allies approved Montenegro's accession on Monday, although Bulgaria is holding "
            "up Serbia's membership talks with the European Union."
        ),
        "BGR",
        None,
    ),
    (
        (
            "The allies approved the accession of North Macedonia. Romania is blocking "
            "Moldova's negotiations with the IMF over a debt dispute."
        ),
        "ROU",
        None,
    ),
    # kept: holding up the decision itself is opposition
    (
        "EU ministers discussed the sanctions package. Hungary is holding up the package.",
        "HUN",
        "oppose",
    ),
]


@pytest.mark.parametrize(("text", "actor", "expected"), CASES)
def test_heldout12_class(text, actor, expected):
    assert label(text, actor) == expected
