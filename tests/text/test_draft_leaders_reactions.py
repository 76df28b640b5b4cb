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
from drafted_labels import labels, needs_spacy, resolved, spacy_read

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy
DAY = dt.date(2014, 6, 27)  # Poroshenko president of Ukraine, Garibashvili prime minister


def found(sentence: str, on: dt.date = DAY) -> set[tuple[str, str, bool]]:
    """(actor, label, outside only) of every stance the dependency reader finds."""
    return {(s.actor, s.label, s.outside_only) for s in spacy_read(sentence, on)}


# ----------------------------------------------------------- praising the signing or text


@pytest.mark.parametrize(
    "sentence, actor, label",
    [
        # the signing is the decision taken: praising it is support (a leader's state)
        ('President Poroshenko called the signing "a historic day" for Ukraine.', "UKR", "support"),
        ("Poroshenko called the signing of the agreement a historic moment.", "UKR", "support"),
        ("The Ukrainian president said the signing was historic.", "UKR", "support"),
        ("Moscow said the ratification was a grave mistake.", "RUS", "oppose"),
        # a decision said to open a new chapter (of a history, in relations)
        ("Georgia's prime minister said the agreement opened a new chapter.", "GEO", "support"),
        ("Tbilisi said the agreement opened a new chapter in its history.", "GEO", "support"),
        ("Chisinau said the agreement would usher in a new era.", "MDA", "support"),
        # a decision said to mark something evaluative, as "was" it
        ("Georgia said the agreement marked a milestone.", "GEO", "support"),
        ("Russia said the deployment marked a dangerous escalation.", "RUS", "oppose"),
        # the direction of a step
        ("Germany described the vote as a step forward.", "DEU", "support"),
        ("Austria said the resolution was a step forward.", "AUT", "support"),
        ("Hungary called the decision a step backwards.", "HUN", "oppose"),
        # a text's balance, hyphenated words read whole
        ("China called the text one-sided.", "CHN", "oppose"),
        ('Israel called the draft "grossly one-sided".', "ISR", "oppose"),
        ("Russia described the resolution as unbalanced.", "RUS", "oppose"),
    ],
)
def test_evaluation_of_the_decision(sentence, actor, label):
    assert {(a, lab) for a, lab, _ in found(sentence)} == {(actor, label)}


@pytest.mark.parametrize(
    "sentence",
    [
        # negated: nothing is said of the decision
        "France did not call the resolution a victory.",
        "Germany said the resolution was not a step forward.",
        "Georgia said the agreement did not mark a new chapter.",
        "Poroshenko did not call the signing historic.",
        # the signing of something that is no decision
        "Poroshenko called the signing of the contracts a historic day.",
        # the events, not the decision: no stance on it
        "Russia deplored the violence.",
        "France called the killings a crime.",
        "France said the shelling was a step backwards.",
        "Russia said the war had opened a new chapter.",
        "Britain said the violence was one-sided.",
        # a chapter of something bad, or a literal chapter of talks: no praise
        "Russia said the expansion opened a new chapter of confrontation.",
        "Moscow said the sanctions would usher in a new era of confrontation.",
        "Ankara said the deal opened a new chapter in its accession talks.",
        # moving forward is not a step forward
        "Germany said the talks had moved forward.",
    ],
)
def test_no_evaluation_no_stance(sentence):
    assert found(sentence) == set()


# ------------------------------------------------------------ outsiders' warnings


@pytest.mark.parametrize(
    "sentence",
    [
        'Moscow warned of "serious consequences".',
        "Russia threatened serious consequences.",
    ],
)
def test_warning_of_consequences_is_an_outsiders_opposition(sentence):
    assert found(sentence) == {("RUS", "oppose", True)}


@pytest.mark.parametrize(
    "sentence",
    [
        # the consequences of not acting: the warner may want the decision
        "Moscow warned of the consequences of inaction.",
        # a condition may point either way
        "Moscow warned of serious consequences if the council failed to act.",
        # consequences for someone, and a warning aimed at a state
        "Moscow warned of consequences for the region.",
        "Kyiv warned Moscow of serious consequences.",
        # negated
        "Russia did not warn of consequences.",
    ],
)
def test_no_threat_of_consequences_no_stance(sentence):
    assert not {a for a, _, _ in found(sentence)} & {"RUS", "UKR"}


# ---------------------------------------------- disappointed by a decision taken


@pytest.mark.parametrize(
    "sentence",
    [
        # the one a summit's conclusions are addressed to, let down by them: against them (a
        # member may only want more of it, so outsiders only)
        "Britain's chief negotiator David Frost said he was disappointed by the conclusions.",
        "Britain said it was disappointed with the decision.",
        "London was deeply disappointed by the resolution.",
    ],
)
def test_disappointed_by_the_decision_is_an_outsiders_opposition(sentence):
    assert found(sentence, dt.date(2020, 10, 15)) == {("GBR", "oppose", True)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Britain was not disappointed by the conclusions.",
        # the vote may have gone either way
        "Britain was disappointed by the vote.",
        # the events, or another's decision
        "Britain said it was disappointed by the violence.",
        "Britain was disappointed with the decision of the court.",
    ],
)
def test_disappointed_by_something_else_no_stance(sentence):
    assert found(sentence, dt.date(2020, 10, 15)) == set()


def test_disappointed_by_the_decision_after_a_veto_wants_the_text():
    # the decision that disappoints is the veto: for the text (as before)
    sentence = "Russia vetoed the text. Britain was disappointed by the decision."
    assert ("GBR", "support", False) in found(sentence, dt.date(2020, 10, 15))
    assert not any(a == "GBR" and lab == "oppose" for a, lab, _ in found(sentence))


def test_a_members_disappointment_is_no_opposition_in_the_draft():
    # drafting keeps the outsider's disappointment and warning, not a member's: a member let
    # down by what it adopted may only have wanted more of it
    text = (
        "EU leaders tell London to move on trade talks\n\n"
        "BRUSSELS, 15 October 2020 (Wire) - European Union leaders on Thursday adopted "
        "conclusions telling Britain to make the moves needed for a trade agreement.\n\n"
        "Hungary said it was disappointed with the decision. Britain said it was disappointed "
        "by the conclusions. Russia warned of serious consequences.\n"
    )
    assert labels(draft_scenario(text, source="t.txt")) == {"GBR": "oppose", "RUS": "oppose"}


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
