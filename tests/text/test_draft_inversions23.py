"""Inversions found by heldout23's one run (issue 13), fixed as classes, each on sentences
written for this file (not the articles'), with near misses that keep their reading.

- Agreeing to a journey ("he had agreed to sail to Chile", "agreed to go to Geneva") is
  consent to going somewhere, often a person's and not the state's, and no assent to the
  text; agreeing to a text, to talks or to "go along with" it keeps its reading.

Each expected label is what a careful reader codes from the text alone; ``None`` means no
stance for that actor.
"""

from __future__ import annotations

import pytest
from drafted_labels import labels_by_issue, needs_spacy
from drafted_labels import winning_label as label

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy

UN = (
    "UNITED NATIONS, 3 May 1975 - The Security Council on Thursday condemned the seizure of "
    "the ship and asked Chile to release the crew. "
)

CASES = [
    # ------------------------------------------- agreeing to a journey
    (UN + "Chile's envoy told members that he had agreed to sail to Chile.", "CHL", None),
    (
        UN + "Chile's envoy told members that the captain had been found by fishermen, that he "
        "had agreed to sail to Chile.",
        "CHL",
        None,
    ),
    # the state's own word against the text stands
    (
        UN + "Chile rejected the debate. Its envoy told members that he had agreed to sail to "
        "Chile.",
        "CHL",
        "oppose",
    ),
    (UN + "Peru agreed to travel to Geneva for the talks.", "PER", None),
    # kept: agreeing to the text, to talks, to go along with it
    (UN + "Chile agreed to the text.", "CHL", "support"),
    (UN + "Chile agreed to back the text.", "CHL", "support"),
    (UN + "Chile agreed to go along with the text.", "CHL", "support"),
    (UN + "Chile said it had agreed to the text.", "CHL", "support"),
]


@pytest.mark.parametrize(("text", "actor", "expected"), CASES)
def test_reader(text: str, actor: str, expected: str | None) -> None:
    assert label(text, actor) == expected


ADOPTED = (
    "UNITED NATIONS, 3 May 1975 - The Security Council on Thursday called on members to help "
    "Chile defend its coast. The resolution, put forward by Peru, was adopted by nine votes to "
    "one. "
)

RIVAL_CASES = [
    (
        (
            "The Council also disposed of a rival proposal from Havana. It drew only one vote; "
            "Britain and France voted it down."
        ),
        {"PER": "support"},
        {"GBR": "oppose", "FRA": "oppose"},
    ),
    (
        "The Council also disposed of a rival Cuban draft. Britain and France voted it down.",
        {"PER": "support"},
        {"CUB": "support", "GBR": "oppose", "FRA": "oppose"},
    ),
    # kept: with a cue of its own the sentence was read before
    (
        "The Council also rejected a rival Cuban draft. Britain and France voted it down.",
        {"PER": "support"},
        {"CUB": "support", "GBR": "oppose", "FRA": "oppose"},
    ),
]


@pytest.mark.parametrize(("tail", "main", "rival"), RIVAL_CASES)
def test_rival_text_named_without_a_cue(
    tail: str, main: dict[str, str], rival: dict[str, str]
) -> None:
    issues = labels_by_issue(draft_scenario(ADOPTED + tail, source="t.txt", body="unsc"))
    assert sorted(issues.values(), key=len) == sorted([main, rival], key=len)
