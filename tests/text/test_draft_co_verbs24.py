"""Hyphenated co-sponsoring verbs kept whole (issue 13, heldout24).

The tokenizer split "co-sponsored" and "co-authored" into "co - sponsored", and the parser
then hung the subject and a negation on "co": "Chile had co-sponsored the draft" gave no
stance, and "Chile had not co-sponsored the draft" read as support.  The verb forms are now
kept one token, read as "cosponsored" is.  With the past perfect then on the verb, "Japan,
which had co-sponsored the American motion, ..." told the text as background; a clause
describing an actor that had sponsored "the" text of the day no longer does.  Every sentence is written for these tests; each
label is what a careful reader codes from the sentence alone.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from drafted_labels import needs_spacy, stance_pairs

pytestmark = needs_spacy

read = partial(stance_pairs, on=dt.date(2024, 11, 20))


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        ("Chile had co-sponsored the draft.", {("CHL", "support")}),
        ("Chile co-sponsored the resolution on Tuesday.", {("CHL", "support")}),
        ("Chile is co-sponsoring the draft.", {("CHL", "support")}),
        (
            (
                "Twenty countries had co-authored the draft in November, among them Peru, Chile"
                " and Kenya."
            ),
            {("PER", "support"), ("CHL", "support"), ("KEN", "support")},
        ),
    ],
)
def test_hyphenated_co_verbs(sentence: str, pairs: set[tuple[str, str]]) -> None:
    assert read(sentence) == pairs


def test_a_negated_co_sponsoring_is_never_support() -> None:
    # The old code read this as Chile's support (the "not" hung on "co").  A careful reader
    # codes no stance; the drafter now gives "oppose", as it does for "had not sponsored":
    # that reading is left open (see benchmarks/draft/README.md, twenty-fifth stop), so only
    # the inversion is asserted here.
    assert ("CHL", "support") not in read("Chile had not co-sponsored the draft.")


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        # forms that were already right and stay so
        ("Peru and Chile co-authored the resolution.", {("PER", "support"), ("CHL", "support")}),
        ("Chile was among the co-sponsors of the draft.", {("CHL", "support")}),
        ("Chile was not among the co-sponsors of the draft.", set()),
        ("Chile refused to co-sponsor the draft.", {("CHL", "oppose")}),
        (
            "Co-sponsored by Peru and Chile, the draft passed.",
            {("PER", "support"), ("CHL", "support")},
        ),
        # another co- verb says nothing of the text
        ("Chile co-chaired the talks on the draft.", set()),
    ],
)
def test_near_misses_unchanged(sentence: str, pairs: set[tuple[str, str]]) -> None:
    assert read(sentence) == pairs


def test_the_tokens_keep_the_text() -> None:
    from concilium.text.nlp import parse_texts

    text = "Chile had co-sponsored it, and Peru, co-authoring it, agreed."
    doc = next(parse_texts([text]))
    assert doc.text == text
    assert [t.text for t in doc if t.text.startswith("co")] == ["co-sponsored", "co-authoring"]


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        # a clause describing an actor tells what it had done to "the" text of the day: the
        # text's adjective still names its sponsor
        (
            "Kenya, which had sponsored the Peruvian draft, later voted against it.",
            {("KEN", "oppose"), ("PER", "support")},
        ),
        (
            "Kenya, which had co-sponsored the Peruvian draft, abstained on it.",
            {("KEN", "abstain"), ("PER", "support")},
        ),
        # near misses: "a" text it had backed is another one, and a text in the past perfect
        # outside such a clause is background
        (
            "Kenya, which had backed a Peruvian draft, abstained on the new text.",
            {("KEN", "abstain")},
        ),
        ("The Peruvian draft had been withdrawn.", set()),
    ],
)
def test_the_text_an_actor_had_sponsored(sentence: str, pairs: set[tuple[str, str]]) -> None:
    assert read(sentence) == pairs
