"""Failure classes of drafting (issue 13, tenth stop): positions stated around the decision and
the reactions of the states it concerns.

* a member's veto cast on the text, in the active voice, is the text's failure, so welcoming
  "the outcome" is welcoming its failure (opposing the text);
* the deciders asked to undo the decision ("urged the alliance to reconsider") is opposing
  it; asked to see or behave some way ("to view its development rationally", "to show
  restraint") is no decision asked for, so no stance;
* a cue set as a condition ("demanded guarantees before signing up", "unless", "without") is
  not the actor's stance yet.

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the sentence alone, and each case
says why in its comment.  Where the sentence does not state a stance, the expectation is that
the actor gets none ("prefer no stance to a guess").
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels, resolved

from concilium.text import nlp
from concilium.text.draft import draft_scenario

pytestmark = pytest.mark.skipif(
    not nlp.available(), reason="spaCy pipeline not installed (extra 'nlp')"
)
DAY = dt.date(2024, 3, 25)


def drafted(text: str, **kw) -> dict[str, str]:
    """{actor: label} over a one-issue drafted scenario."""
    return labels(draft_scenario(text, source="t.txt", **kw))


# ------------------------------------------------------ welcoming the outcome of a veto


def test_welcoming_the_outcome_of_a_vetoed_text_opposes_it():
    # Russia vetoes the text (active voice): the text failed.  Iran, outside the Council,
    # welcoming "the outcome" welcomes that failure: oppose.
    text = (
        "Security Council fails on shipping text\n\n"
        "UNITED NATIONS, 3 March 2024 - Russia on Friday vetoed a Security Council "
        "resolution that would have condemned attacks on shipping.\n\n"
        "Iran's envoy welcomed the outcome."
    )
    got = drafted(text)
    assert got["RUS"] == "oppose"
    assert got["IRN"] == "oppose"


def test_welcoming_the_outcome_after_a_veto_threat_only():
    # Russia only threatened to veto and the text was adopted: welcoming the outcome is
    # welcoming the adopted text (support), not a failure.
    text = (
        "Council adopts shipping text\n\n"
        "UNITED NATIONS, 3 March 2024 - Russia threatened to veto the resolution, but the "
        "text was adopted on Friday.\n\n"
        "Iran's envoy welcomed the outcome."
    )
    assert drafted(text).get("IRN") == "support"


def test_a_veto_in_the_past_perfect_is_no_failure_of_this_text():
    # "had vetoed" tells an earlier text's fate: this article's outcome is not read from it,
    # and Iran welcoming "the outcome" stays what it says (support).
    text = (
        "Council adopts shipping text\n\n"
        "UNITED NATIONS, 3 March 2024 - Russia had vetoed a resolution on shipping in "
        "January.  On Friday the Council voted again.\n\n"
        "Iran's envoy welcomed the outcome."
    )
    assert drafted(text).get("IRN") == "support"


# ------------------------------------------------------------ asking the deciders to undo


@pytest.mark.parametrize(
    "sentence, actor",
    [
        # asking the deciders to reconsider, with no object: the decision taken
        ("Minsk urged the alliance to reconsider.", "BLR"),
        # asking them to scrap the plan: the decision as object
        ("Tehran called on the Council to scrap the plan.", "IRN"),
        # asking them to reverse the step
        ("Pyongyang urged the Security Council to reverse the decision.", "PRK"),
    ],
)
def test_asking_the_deciders_to_undo_the_decision_opposes_it(sentence, actor):
    assert resolved(sentence).get(actor) == "oppose"


@pytest.mark.parametrize(
    "sentence, actor",
    [
        # how the deciders should see something is no decision asked for
        ("Beijing urged the alliance to view the matter rationally.", "CHN"),
        # nor is how they should behave
        ("Caracas urged the Council to show restraint.", "VEN"),
        # withdrawing troops is not the decision (the object is not a proposal)
        ("Kyiv urged the allies to withdraw the troops.", "UKR"),
    ],
)
def test_asking_for_conduct_is_no_stance(sentence, actor):
    assert actor not in resolved(sentence)


def test_asking_the_deciders_to_drop_objections_is_still_support():
    # dropping objections removes an obstacle: the asker backs the decision
    assert resolved("Skopje urged the allies to drop their objections.").get("MKD") == "support"


def test_asking_the_deciders_to_act_is_still_support():
    # the earlier reading stays: asking the deciders for the decision is backing it
    assert resolved("Kyiv urged the Council to impose a no-fly zone.").get("UKR") == "support"


# ------------------------------------------------------------------ conditions


@pytest.mark.parametrize(
    "sentence, actor",
    [
        # the signing is what Warsaw asks guarantees for, not yet done
        ("Warsaw demanded guarantees of financial support before signing up.", "POL"),
        # "before it would back": hypothetical
        ("Poland insisted on guarantees before it would back the plan.", "POL"),
        # "unless": not done
        ("Austria said it would not move unless Croatia backed the plan.", "HRV"),
        # "without": not done
        ("Malta spoke for ten minutes without endorsing the plan.", "MLT"),
    ],
)
def test_a_condition_is_no_stance(sentence, actor):
    assert actor not in resolved(sentence, dt.date(2019, 6, 20))


def test_what_came_after_is_still_an_act():
    # "before Spain did": Austria's backing is an act told in sequence, support
    got = resolved("Austria backed the plan before Spain did.", dt.date(2019, 6, 20))
    assert got.get("AUT") == "support"


def test_blocked_then_demanded_before_signing_up():
    # Warsaw blocked the pledge; its demand "before signing up" no longer ties with the
    # block: Poland opposes.
    text = (
        "Poland blocked the climate pledge on Thursday. Warsaw demanded guarantees of "
        "financial support before signing up."
    )
    assert resolved(text, dt.date(2019, 6, 20)).get("POL") == "oppose"
