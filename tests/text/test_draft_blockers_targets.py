"""Failure classes of drafting read from wire reports (issue 13, tenth stop): reactions to the
state that blocked a text (thanking or praising it is siding with the block; condemning its
act is backing the text), refusing pressure to hold a text back, and a veto told as the
background of the report ("after Russia vetoed a Council draft last month") not marking the
reported text as failed.

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the sentences alone, and each case
says why in its comment.  Where the sentences do not state a stance, the expectation is that
the actor gets none ("prefer no stance to a guess").
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import needs_spacy, resolved
from drafted_labels import spacy_read as read

pytestmark = needs_spacy
DAY = dt.date(2024, 3, 25)


# ------------------------------------------------------------ reactions to the blocker


@pytest.mark.parametrize(
    "text, actor, label",
    [
        # Russia cast the veto; Belarus thanks Moscow (Russia) for it: Belarus sides with the
        # veto, against the text
        (
            (
                "Russia vetoed the draft resolution on Tuesday. Belarus thanked Moscow, saying "
                "it had stood by a friend."
            ),
            "BLR",
            "oppose",
        ),
        # praise for Washington, the state that vetoed: against the text
        (
            (
                "The United States vetoed the Algerian text. Israel's foreign minister praised "
                "Washington afterwards."
            ),
            "ISR",
            "oppose",
        ),
        # thanks "for its veto" say what is thanked even with no veto told elsewhere
        ("Syria thanked China for its veto.", "SYR", "oppose"),
        # condemning the blocker's act is taking the side of the text it blocked
        ("Russia blocked the resolution. Ukraine condemned Moscow's move.", "UKR", "support"),
        # criticising a state for blocking the text: for the text
        ("Ukraine criticised Russia for blocking the text.", "UKR", "support"),
        # thanking a state that voted for the text stays support (it blocked nothing)
        ("France voted for the resolution. Lebanon thanked Paris.", "LBN", "support"),
    ],
)
def test_reactions_to_the_state_that_blocked(text, actor, label):
    assert resolved(text, DAY).get(actor) == label


def test_reaction_to_the_act_of_a_state_that_blocked_nothing_is_no_stance():
    # France voted for it; regretting "France's decision" gives no direction on the text
    found = resolved("France voted for the resolution. Algeria regretted France's decision.", DAY)
    assert "DZA" not in found
    assert found["FRA"] == "support"


# ------------------------------------------------------------------ refusing pressure


@pytest.mark.parametrize(
    "text, actor, label",
    [
        # refusing to withdraw its own draft under pressure keeps the draft: support
        ("Egypt rejected American calls to withdraw the draft.", "EGY", "support"),
        ("The Palestinian delegation rejected calls to withdraw the draft.", "PSE", "support"),
        # the infinitive hung on the verb after a phrase of its own
        (
            "Egypt resisted pressure from Washington to shelve the text before the vote.",
            "EGY",
            "support",
        ),
        # refusing pressure to back the package is against it
        ("Hungary resisted pressure to back the sanctions package.", "HUN", "oppose"),
        # refusing calls for a delay of the decision is wanting it now: support
        ("Greece rejected calls for a delay.", "GRC", "support"),
    ],
)
def test_refusing_pressure_is_the_reverse_of_what_it_asks(text, actor, label):
    assert resolved(text, DAY).get(actor) == label


def test_refusing_pressure_about_something_else_is_no_stance():
    # the troops are not the decision: neither for nor against it
    assert "POL" not in resolved("Poland resisted pressure to withdraw its troops.", DAY)


# ------------------------------------------------------------- a veto told as background


def test_a_veto_last_month_does_not_make_the_reported_text_failed():
    # the Assembly's vote is the news; Russia's veto of a Council draft a month before is its
    # background, so welcoming the Assembly's vote is support (not welcoming a failure)
    text = (
        "The Assembly took up the question after Russia vetoed a Council draft last month. "
        "Ukraine welcomed the vote."
    )
    assert resolved(text, DAY)["UKR"] == "support"


def test_a_veto_of_the_reported_text_still_makes_it_failed():
    # the same reaction to a text that failed on the day welcomes its failure: oppose
    text = "The resolution failed after Russia vetoed it. Ukraine welcomed the vote."
    assert resolved(text, DAY)["UKR"] == "oppose"


# ------------------------------------------------ the state a decision is taken against


@pytest.mark.parametrize(
    "text, actor",
    [
        # the embargo is on Belarus; its capital denying the charges defies it: oppose
        (
            "EU ministers imposed an arms embargo on Belarus on Monday. Minsk denied the charges.",
            "BLR",
        ),
        # Iran is the one accused; answering "with anger" is defiance
        (
            "The alliance accused Iran of supplying drones to Russia. Tehran reacted with anger.",
            "IRN",
        ),
        # the target accusing the deciders (the alliance) of something
        (
            (
                "NATO condemned North Korea's missile tests. Pyongyang accused the alliance of "
                "hysteria."
            ),
            "PRK",
        ),
    ],
)
def test_a_targeted_state_defying_the_decision_opposes_it_outside_the_body(text, actor):
    assert resolved(text, DAY)[actor] == "oppose"
    # a denial is a stance only for a state that does not vote on the decision
    assert all(s.outside_only for s in read(text, DAY) if s.actor == actor)


@pytest.mark.parametrize(
    "text, actor",
    [
        # Ukraine is not what the decision is taken against: its denial says nothing of it
        (
            "The Council adopted a resolution on aid to Sudan. Ukraine denied the reports.",
            "UKR",
        ),
        # a denial negated is none
        (
            (
                "EU ministers imposed an arms embargo on Belarus on Monday. Minsk did not deny the "
                "charges."
            ),
            "BLR",
        ),
    ],
)
def test_a_denial_is_no_stance_unless_a_target_makes_it(text, actor):
    assert actor not in resolved(text, DAY)


@pytest.mark.parametrize(
    "text, actor",
    [
        # saying the sanctions are doomed to fail (a passive participle) is against them
        ("Venezuela said the sanctions were doomed to fail.", "VEN"),
        # calling the decision unjustified
        ("Nicaragua called the decision unjustified.", "NIC"),
        ("Bolivia called the decision regrettable.", "BOL"),
    ],
)
def test_calling_the_decision_unjustified_or_doomed_is_opposition(text, actor):
    assert resolved(text, DAY)[actor] == "oppose"


# ------------------------------------------------------------ disappointment at a block


@pytest.mark.parametrize(
    "text, actor",
    [
        # Austria kept Croatia out; Zagreb's disappointment is wanting the entry: support
        (
            "Austria blocked Croatia's entry into the area. Zagreb said it was disappointed.",
            "HRV",
        ),
        # the same with a pronoun for the speaker, parsed as a passive
        (
            (
                "Austria vetoed the deal. The Croatian foreign minister said she was deeply "
                "disappointed."
            ),
            "HRV",
        ),
    ],
)
def test_disappointment_after_a_block_is_support(text, actor):
    assert resolved(text, DAY)[actor] == "support"


@pytest.mark.parametrize(
    "text, actor",
    [
        # after an adoption, disappointment may be with the decision or with how little it
        # does: no stance
        (
            "The Council adopted the sanctions package. Hungary said it was disappointed.",
            "HUN",
        ),
        # disappointed with something that is not the decision
        (
            (
                "Austria vetoed the deal. Croatia said it was disappointed with the mission's "
                "performance."
            ),
            "HRV",
        ),
    ],
)
def test_disappointment_is_no_stance_otherwise(text, actor):
    assert actor not in resolved(text, DAY)


# ------------------------------------------------------- the state a decision is for


@pytest.mark.parametrize(
    "text, actor",
    [
        # Croatia is the one kept out; its ministers claiming it met the conditions want in
        (
            (
                "Austria blocked Croatia from joining the area. Croatian ministers said their "
                "country had met all the conditions."
            ),
            "HRV",
        ),
        # the talks are with Albania; asking the EU to keep its promise is asking for them
        (
            (
                "Bulgaria blocked the start of accession talks with Albania. Tirana urged the EU to "
                "keep its promise."
            ),
            "ALB",
        ),
        # "Croatia's entry": Zagreb's claim to have fulfilled every requirement is support
        (
            (
                "Ministers approved Croatia's entry into the area. Zagreb said it had fulfilled "
                "every requirement."
            ),
            "HRV",
        ),
    ],
)
def test_the_state_a_membership_decision_is_for_wants_it(text, actor):
    assert resolved(text, DAY)[actor] == "support"


def test_a_sanctioned_state_meeting_conditions_is_not_read_as_support():
    # the sanctions are on Belarus: its claim to have met the conditions is no support for
    # them (and a claim is no defiance either): no stance
    text = "EU ministers imposed sanctions on Belarus. Minsk said it had met all the conditions."
    assert "BLR" not in resolved(text, DAY)
