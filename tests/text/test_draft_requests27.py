"""Requests read as stances (issue 13): what a state asks the deciders for, and when asking
is no stance.

- "asked the Council for help" is support even when the parser hangs "for help" on a phrase
  between ("asked the Council in a letter of its own for help"), and when the asking is what
  a letter to the Council said ("wrote to the Council asking for help"); help asked of anyone
  else, or a delay asked of the Council, stays no stance.
- "the government in Tirana" is the state whose capital it names.
- "asked for the review" (the review in focus) is support; "a review", or "a review of the
  sanctions" (possibly of the very measure decided), stays no stance.
- Asking for a meeting is support ("requested an urgent meeting of the Council"), but not a
  meeting asked for to denounce something ("asked for an urgent meeting to denounce the
  strikes"): the text voted there may be the one denounced (drafted by the state carrying out
  the strikes), so no stance rather than an inversion.
- Asking for a vote ("called for a vote", "requested a recorded vote") is a procedure, no
  side: in the Assembly a text's opponents ask for one to break a consensus.  Nor is asking
  that the vote be put off, or that the text not be adopted ("requested that the vote be put
  off"); "requested that the Council adopt the text" stays support, as does bringing the text
  to its vote ("forced a vote on the resolution").
- Near misses that stay no stance: "asked whether", "was asked to", "asked for
  clarification", "the question asked by", "asked for a delay".

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from drafted_labels import needs_spacy, stance_pairs

pytestmark = needs_spacy


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the "for" hung on the letter, not on the verb
        ("Albania had asked the Council in a letter for help.", {("ALB", "support")}),
        (
            "Albania had asked the Council in a letter of its own for help in restoring order.",
            {("ALB", "support")},
        ),
        # a letter to the Council asking for help
        ("Albania wrote to the Council asking for help.", {("ALB", "support")}),
        # the government in its capital
        ("The government in Tirana had asked the Council for help.", {("ALB", "support")}),
        ("The government in Tirana backed the plan.", {("ALB", "support")}),
        # near misses: help asked of others, a delay, help asked of no one named
        ("Albania had asked its neighbours in a letter for help.", set()),
        ("Albania wrote to its neighbours asking for help.", set()),
        ("Albania wrote to the Council asking for a delay.", set()),
        ("Albania was asked for help.", set()),
    ],
)
def test_help_asked_of_the_council(sentence, expected):
    assert stance_pairs(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Denmark asked for the review.", {("DNK", "support")}),
        ("Denmark asked for the review in a letter sent on 6 May.", {("DNK", "support")}),
        # a review of something else may be a review of the measure decided
        ("Denmark asked for a review of the sanctions.", set()),
        ("Denmark asked for the review of the sanctions.", set()),
        ("Denmark asked for a review.", set()),
    ],
)
def test_the_review_asked_for(sentence, expected):
    assert stance_pairs(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a meeting asked for, no purpose told: support, as before
        ("Ecuador requested an urgent meeting of the Council.", {("ECU", "support")}),
        ("Ecuador called for an urgent meeting of the Council.", {("ECU", "support")}),
        ("Ecuador wrote to the Council asking for an urgent meeting.", {("ECU", "support")}),
        # a meeting to denounce something: the text voted may be the one denounced
        ("Ecuador asked for an urgent meeting of the Council to denounce the strikes.", set()),
        ("Ecuador requested an urgent meeting of the Council to denounce the strikes.", set()),
        ("Ecuador had requested the meeting to condemn the raids.", set()),
        ("Ecuador called for an urgent meeting of the Council to condemn the shelling.", set()),
        (
            "Ecuador wrote to the Council asking for a meeting to protest against the blockade.",
            set(),
        ),
    ],
)
def test_a_meeting_asked_for(sentence, expected):
    assert stance_pairs(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Ecuador asked whether the text would pass.",
        "Ecuador was asked to vote for the text.",
        "Ecuador asked for clarification.",
        "The question asked by Ecuador went unanswered.",
        "Ecuador asked for a delay.",
        "Ecuador asked for more time.",
        "Ecuador requested a delay.",
    ],
)
def test_near_misses_stay_no_stance(sentence):
    assert stance_pairs(sentence) == set()


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # asking for a vote is a procedure: in the Assembly its opponents ask for one
        ("Belarus called for a recorded vote.", set()),
        ("Belarus requested a recorded vote.", set()),
        ("Belarus requested a vote on the text.", set()),
        ("Belarus had called for the vote.", set()),
        ("Belarus pressed for a vote on the resolution.", set()),
        # asking that the vote be put off, or the text not adopted
        ("Moscow had requested that the vote be put off.", set()),
        ("Moscow requested that the vote be postponed.", set()),
        ("Moscow requested that the text not be adopted.", set()),
        ("Moscow had asked for the vote to be put off.", set()),
        # bringing the text to its vote, or asking that it be adopted, stays support
        ("Belarus forced a vote on the resolution.", {("BLR", "support")}),
        ("Belarus put the draft to a vote.", {("BLR", "support")}),
        ("Moscow requested that the Council adopt the text.", {("RUS", "support")}),
        ("Moscow requested that the text be adopted.", {("RUS", "support")}),
        ("Moscow requested the resolution.", {("RUS", "support")}),
        ("Moscow called for the sanctions.", {("RUS", "support")}),
    ],
)
def test_a_vote_or_a_delay_asked_for(sentence, expected):
    assert stance_pairs(sentence) == expected
