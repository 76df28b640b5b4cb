"""Failure classes of drafting (issue 13, tenth stop): positions stated around the decision and
the reactions of the states it concerns.

* a member's veto cast on the text, in the active voice, is the text's failure, so welcoming
  "the outcome" is welcoming its failure (opposing the text);
* the deciders asked to undo the decision ("urged the alliance to reconsider") is opposing
  it; asked to see or behave some way ("to view its development rationally", "to show
  restraint") is no decision asked for, so no stance;
* a cue set as a condition ("demanded guarantees before signing up", "unless", "without") is
  not the actor's stance yet;
* positions stated around the decision: proposing, campaigning, giving way, concerns met,
  warnings of what the decision would do.

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the sentence alone, and each case
says why in its comment.  Where the sentence does not state a stance, the expectation is that
the actor gets none ("prefer no stance to a guess").
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels, needs_spacy, resolved, spacy_read

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy
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


# ----------------------------------------------- proposers, campaigns, giving way, warnings


@pytest.mark.parametrize(
    "sentence, actors, label",
    [
        # the idea put forward by two leaders: both back it
        (
            (
                "The idea, floated by German Chancellor Olaf Scholz and French President "
                "Emmanuel Macron, was debated late into the night."
            ),
            ["DEU", "FRA"],
            "support",
        ),
        # a passive "mooted by": the plan's author backs it
        ("The plan was mooted by Paris last month.", ["FRA"], "support"),
        # leading the campaign for the target
        (
            "Sweden, which led the campaign for the target, said it would keep pressing.",
            ["SWE"],
            "support",
        ),
        # signing an appeal for it
        ("Denmark and Finland signed an appeal for the target.", ["DNK", "FIN"], "support"),
        # joining the push against the plan
        ("Slovakia joined the push against the plan.", ["SVK"], "oppose"),
        # leading the opposition to it: the subject owns the opposition
        ("Hungary led opposition to the plan.", ["HUN"], "oppose"),
        # giving way, giving in: the resistance ended (as "relented")
        ("Belgium, the last holdout, gave way after the text was amended.", ["BEL"], "support"),
        ("Greece finally gave in.", ["GRC"], "support"),
        # its concerns answered: the owner comes round
        ("Portugal said its concerns had been met.", ["PRT"], "support"),
        # a warning of what the plan would do is a case against it
        ("Ireland warned that the plan would hurt farmers.", ["IRL"], "oppose"),
        # "it" after a plural subject cannot be the warner: the decision
        ("Poland and Lithuania warned that it would reward Moscow.", ["POL", "LTU"], "oppose"),
        # a warning of what a veto would do is a case for the decision
        ("Italy warned that a veto would paralyse the bloc.", ["ITA"], "support"),
    ],
)
def test_positions_stated_around_the_decision(sentence, actors, label):
    got = resolved(sentence, dt.date(2021, 6, 25))
    assert {a: got.get(a) for a in actors} == dict.fromkeys(actors, label)


@pytest.mark.parametrize(
    "sentence, actor",
    [
        # a way of standing aside suggested by someone is not a proposal it backs
        (
            "Hungary stayed away, a constructive abstention suggested by Angela Merkel.",
            "DEU",
        ),
        # "it" after a single state's name may be the state itself: no stance
        ("Austria warned that it would lose influence.", "AUT"),
        # refusing to give way is no giving way (and no stance from the words alone)
        ("Cyprus refused to give way.", "CYP"),
        # concerns not met: still no stance (not support)
        ("Malta said its concerns had not been met.", "MLT"),
        # a campaign for an actor is about that actor, not a stance on the decision
        ("Latvia led the campaign for Ukraine.", "LVA"),
    ],
)
def test_no_position_from_lookalikes(sentence, actor):
    assert resolved(sentence, dt.date(2021, 6, 25)).get(actor) in (None, "neutral")


def test_a_veto_in_a_background_clause_is_no_failure_of_this_text():
    # the Assembly's own vote is reported; the US veto of a Council draft "last week", in an
    # "after" clause, is another text's fate: welcoming the vote stays support
    text = (
        "Assembly demands halt to the wall\n\n"
        "UNITED NATIONS, 21 October 2003 - The General Assembly on Tuesday demanded that the "
        "wall be torn down. The Assembly took up the issue after the United States vetoed a "
        "Security Council draft last week.\n\n"
        "The Syrian envoy welcomed the vote."
    )
    assert drafted(text).get("SYR") == "support"


def test_asking_the_deciders_to_keep_a_promise_is_support():
    # keeping the promise (of the decision) is the decision asked for: support, as asking
    # for any act that does not hold the decision back
    got = resolved("Skopje urged the EU to keep its promise.", dt.date(2020, 11, 17))
    assert got.get("MKD") == "support"


# ----------------------------------------------- a threat withdrawn: the climb-down


_THREAT = (
    "EU leaders agreed on Thursday to keep the energy package on schedule, after Austria "
    "and Greece had threatened to veto it. The Austrian chancellor had told reporters that "
    "he would use his veto. "
)


@pytest.mark.parametrize(
    "tail, expected",
    [
        # the climb-down cancels the threat told before it: the actor consents
        ("Austria climbed down on Friday.", {"AUT": "support", "GRC": "oppose"}),
        ("Vienna backed down.", {"AUT": "support", "GRC": "oppose"}),
        ("Austria and Greece backed down.", {"AUT": "support", "GRC": "support"}),
        ("Austria withdrew its objection.", {"AUT": "support", "GRC": "oppose"}),
        ("Austria dropped its veto threat.", {"AUT": "support", "GRC": "oppose"}),
        ("Austria eventually relented.", {"AUT": "support", "GRC": "oppose"}),
        # near misses: a climb-down by another actor leaves the threat standing; refusing
        # to back down keeps the opposition
        ("Greece climbed down.", {"AUT": "oppose", "GRC": "support"}),
        ("Austria refused to back down.", {"AUT": "oppose", "GRC": "oppose"}),
    ],
)
def test_a_climb_down_cancels_the_threat_before_it(tail, expected):
    got = resolved(_THREAT + tail, dt.date(2019, 6, 20))
    assert {a: got.get(a) for a in expected} == expected


def test_a_threat_after_the_climb_down_is_still_read():
    # only the opposition told before the climb-down is cancelled: a threat after it is read,
    # and one told as renewed ("again") is the last word: the climb-down no longer stands
    text = (
        "Austria backed down on the energy package in March. In June Austria threatened to "
        "veto it again."
    )
    found = spacy_read(text, dt.date(2019, 6, 20))
    assert any(s.actor == "AUT" and s.label == "oppose" and s.index == 1 for s in found)
    assert resolved(text, dt.date(2019, 6, 20)).get("AUT") == "oppose"


_PACKAGE = "EU ministers discussed the new sanctions package against Russia on Friday. "


@pytest.mark.parametrize(
    "tail, expected",
    [
        # a threat renewed after the climb-down: opposition again
        (
            (
                "Hungary lifted its veto on the package on Tuesday, but on Friday it threatened "
                "again to block it."
            ),
            {"HUN": "oppose"},
        ),
        (
            (
                "Hungary had threatened a veto. Hungary backed down on Tuesday. On Friday Hungary "
                "threatened again to block the package."
            ),
            {"HUN": "oppose"},
        ),
        (
            (
                "Hungary and Slovakia had threatened a veto. Both climbed down on Tuesday. On "
                "Friday Hungary threatened again to block the package."
            ),
            {"HUN": "oppose", "SVK": "support"},
        ),
        # near misses: a renewed threat told before the climb-down, and an old opposition
        # recalled after it, leave the climb-down standing
        (
            "Hungary had again threatened a veto. Hungary backed down on Tuesday.",
            {"HUN": "support"},
        ),
        (
            (
                "Hungary had threatened a veto. Hungary backed down on Tuesday. Hungary had "
                "opposed the package for months."
            ),
            {"HUN": "support"},
        ),
        # the objectors named by a pronoun or a plural noun phrase
        (
            "Hungary and Slovakia had threatened a veto. They climbed down after talks.",
            {"HUN": "support", "SVK": "support"},
        ),
        (
            "Hungary and Slovakia had threatened a veto. The two governments relented.",
            {"HUN": "support", "SVK": "support"},
        ),
    ],
)
def test_the_last_word_after_a_climb_down(tail, expected):
    got = resolved(_PACKAGE + tail, dt.date(2019, 6, 20))
    assert {a: got.get(a) for a in expected} == expected


@pytest.mark.parametrize(
    "tail, expected",
    [
        # "both", "the two": the two actors that held the opposition before
        ("Both climbed down on Friday.", {"AUT": "support", "GRC": "support"}),
        ("The two eventually backed down.", {"AUT": "support", "GRC": "support"}),
        ("Both dropped their veto threats.", {"AUT": "support", "GRC": "support"}),
        # near miss: "both" refusing keeps the opposition
        ("Both refused to back down.", {"AUT": "oppose", "GRC": "oppose"}),
    ],
)
def test_both_climbing_down_is_the_two_that_objected(tail, expected):
    got = resolved(_THREAT + tail, dt.date(2019, 6, 20))
    assert {a: got.get(a) for a in expected} == expected


def test_both_climbing_down_after_three_objectors_is_no_one():
    # three actors objected: which two "both" are is unsure, so the threats stand
    text = (
        "Austria, Greece and Malta had threatened to veto the energy package. Both climbed "
        "down on Friday."
    )
    got = resolved(text, dt.date(2019, 6, 20))
    assert {a: got.get(a) for a in ("AUT", "GRC", "MLT")} == {
        "AUT": "oppose",
        "GRC": "oppose",
        "MLT": "oppose",
    }
