"""Stances told through reactions and leaders' words (issue 13): an outside state's leader
praising a signing ("called the signing a historic day", "said the agreement opened a new
chapter"), an outsider's warning of consequences, disappointment with a decision addressed to
a third party, and evaluations of the decision in general ("described the vote as a step
forward", "called the draft one-sided").

Every sentence is written for these tests (none is taken from the benchmark articles); the
expected stances are what a careful reader codes from the sentence alone.  The near misses
(negations, an evaluation of the events rather than of the decision, a warning aimed at a
state) must give no stance: an inverted stance is the worst error.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import needs_spacy, resolved, spacy_read

pytestmark = needs_spacy
DAY = dt.date(2014, 6, 27)  # Poroshenko president of Ukraine, Garibashvili prime minister


def found(sentence: str, on: dt.date = DAY) -> set[tuple[str, str, bool]]:
    """(actor, label, outside only) of every stance the dependency reader finds."""
    return {(s.actor, s.label, s.outside_only) for s in spacy_read(sentence, on)}


# ------------------------------------------- a vote explained, beside a criticism of the text


@pytest.mark.parametrize(
    "sentence, actor, label",
    [
        # explaining or defending one's own vote is having cast it: the vote outranks what is
        # said of the text ("unbalanced" alone would be opposition)
        ("Explaining its abstention, India said the text was unbalanced.", "IND", "abstain"),
        ("India explained its abstention.", "IND", "abstain"),
        ("Defending its veto, Russia said the draft was one-sided.", "RUS", "oppose"),
    ],
)
def test_a_vote_explained_is_cast(sentence, actor, label):
    assert resolved(sentence) == {actor: label}


@pytest.mark.parametrize(
    "sentence",
    [
        # another's vote, or no owner: the explainer cast none
        "Russia justified the abstention of China.",
        "India did not explain its abstention.",
    ],
)
def test_another_vote_explained_is_not_cast(sentence):
    assert found(sentence) == set()
