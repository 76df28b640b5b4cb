"""What a report of a vetoed draft tells of the states around it (issue 13, heldout25 class).

* "could have spared the text by abstaining": the means of what it did not do is no stance
  (the veto it cast is);
* "a draft tabled by Chile and Peru with Ecuador": the state after a bare "with" beside the
  drafting verb's agents is a co-author (not "with Ecuador abstaining", "with France's help",
  read as they were);
* praising or criticising the abstainers ("praised the two abstainers", "thanked those who
  voted against it", "praised Britain for abstaining") backs no side of the text: no stance,
  where it was read as support.

Every sentence here is written for these tests; the expected stances are what a careful
reader codes from the sentence alone.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from drafted_labels import needs_spacy, stance_pairs

pytestmark = needs_spacy
read = partial(stance_pairs, on=dt.date(2004, 10, 5))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # could have ... by abstaining: it did not abstain
        ("Moscow could have spared the text by abstaining.", set()),
        ("Paris would have saved the draft by voting for it.", set()),
        # near misses: what it did by abstaining, or voting for it
        ("Britain kept its record by abstaining.", {("GBR", "abstain")}),
        ("Britain saved the draft by voting for it.", {("GBR", "support")}),
    ],
)
def test_the_means_of_a_counterfactual(sentence, expected):
    assert read(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the co-author after a bare "with"
        (
            "The resolution, tabled by Chile and Peru with Ecuador, was vetoed.",
            {("CHL", "support"), ("PER", "support"), ("ECU", "support")},
        ),
        (
            "The text was drafted by Ghana with Kenya and Gabon.",
            {("GHA", "support"), ("KEN", "support"), ("GAB", "support")},
        ),
        # near misses: an abstention told with "with", or backing named by a noun
        (
            "The resolution, tabled by Chile with Ecuador abstaining, passed.",
            {("CHL", "support"), ("ECU", "abstain")},
        ),
        ("The draft proposed by Ghana with France's help failed.", {("GHA", "support")}),
    ],
)
def test_a_co_author_after_with(sentence, expected):
    assert read(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Israel praised the two abstainers for their restraint.", set()),
        ("Israel thanked those who voted against it.", set()),
        ("Israel praised Britain for abstaining.", set()),
        ("Algeria criticised the abstainers.", set()),
        # near misses: praising those who backed it, and the state that voted against it
        ("Algeria thanked those who voted for it.", {("DZA", "support")}),
        (
            "Israel praised Britain for voting against the draft.",
            {("ISR", "oppose"), ("GBR", "oppose")},
        ),
    ],
)
def test_a_reaction_to_the_dissenters(sentence, expected):
    assert read(sentence) == expected
