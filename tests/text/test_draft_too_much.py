"""Saying a proposal goes too far: "said the plan was too high", "said the proposal cut too
deeply", "said the text went too far" (oppose).

The actor wants less than the proposal gives, so the status quo is nearer what it wants: a
careful reader codes oppose.  Saying it falls short ("too weak", "did not go far enough")
wants more than it gives, which is no stance against it (the rule the drafter already keeps);
a negation or an infinitive after the word ("too important to fail") is no such criticism.
Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import needs_spacy, resolved

pytestmark = needs_spacy
DAY = dt.date(2012, 11, 23)


@pytest.mark.parametrize(
    "sentence, actor",
    [
        ("Britain said the plan was still too high.", "GBR"),
        ("Sweden said the budget plan was too generous.", "SWE"),
        ("Britain said the plan was too high at a time when governments were saving.", "GBR"),
        ("Austria said the proposal would be too costly for poorer members.", "AUT"),
        # the verb of the decision does too much
        ("Poland said the proposal cut too deeply.", "POL"),
        ("France said the text went too far.", "FRA"),
    ],
)
def test_too_much_is_oppose(sentence, actor):
    assert resolved(sentence, DAY) == {actor: "oppose"}


@pytest.mark.parametrize(
    "sentence",
    [
        # falling short wants more than the decision gives: no stance against it
        "Italy said the text was too weak.",
        "Germany said the proposal did not go far enough.",
        # negated
        "Britain said the plan was not too high.",
        "Poland said the proposal did not cut too deeply.",
        # not the decision: what something else costs
        "Britain said the cost of delay was too high.",
    ],
)
def test_no_stance_without_too_much_of_the_decision(sentence):
    assert resolved(sentence, DAY) == {}


def test_an_infinitive_after_the_word_is_no_criticism():
    # "too high to ignore" says nothing against the plan: not oppose
    assert resolved("Spain said the plan was too high to ignore.", DAY).get("ESP") != "oppose"
