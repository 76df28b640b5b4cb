"""Inverted stances from a cue whose object or owner is not what it seems (issue 13): a cue
aimed at any thing of a kind, not the decision ("rejected any obligation"); a referendum's
voters, not the state's government; a "led by" participle that describes a group of states,
not a text; and a reaction to a vote the body lost ("hailed the vote" after the Council
rejected the proposal hails its failure).

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected labels are what a careful reader codes from the sentence alone, with the reason
in a comment.  Where the sentence states no stance on the decision, the actor gets none
("prefer no stance to a guess").
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import needs_spacy, resolved
from drafted_labels import spacy_read as read

from concilium.text.draft import _DATELINE

pytestmark = needs_spacy
DAY = dt.date(2024, 3, 25)


@pytest.mark.parametrize(
    "sentence, actor",
    [
        # "any" quantifies over a kind of thing: refusing every such obligation is a general
        # position, not a stance on the agreement reached (which may well meet it)
        (
            (
                "Austria, which has rejected any binding quota for refugees, signed off on the "
                "compromise after a night of talks."
            ),
            "absent-oppose:AUT",
        ),
        # a warning against any commitment of a kind says nothing against the deal on the
        # table
        ("Denmark warned against any commitment to a timetable that could not be kept.", "DNK"),
        # opposing any delay: about a delay, not the decision
        ("Sweden opposed any further delay.", "SWE"),
    ],
)
def test_cue_on_any_thing_of_a_kind_gives_no_stance(sentence, actor):
    if actor.startswith("absent-oppose:"):
        # Austria signed off on the compromise (support); the "any quota" clause must not
        # add an opposition that ties or outweighs it
        assert resolved(sentence).get(actor.split(":")[1]) == "support"
    else:
        assert actor not in resolved(sentence)


def test_definite_object_still_read():
    # the same verb on a definite noun that names the decision is a stance (control case)
    assert resolved("Sweden opposed the proposal.").get("SWE") == "oppose"


def test_any_of_a_decision_kind_still_read():
    # "any new sanctions" names the kind of decision itself: refusing all of them opposes
    # the sanctions (the "any" rule drops only objects that name no decision)
    assert resolved("Hungary rejected any new sanctions on Russia.").get("HUN") == "oppose"


@pytest.mark.parametrize(
    "sentence, actor",
    [
        # a referendum's voters are not the government that sits in the council
        ("Irish voters rejected the treaty in a referendum in 2008.", "IRL"),
        ("Greek protesters denounced the bailout outside parliament.", "GRC"),
    ],
)
def test_voters_and_crowds_are_not_the_state(sentence, actor):
    assert actor not in resolved(sentence)


@pytest.mark.parametrize(
    "sentence, absent",
    [
        # "led by" says who leads the group of states, not who wrote a text; what the group
        # says afterwards is another cue
        (
            "A coalition of northern states, led by Finland and Estonia, met before the summit.",
            ("FIN", "EST"),
        ),
        # the parser may hang the participle on the noun of a relative clause ("the funds");
        # the phrase still describes the countries
        (
            (
                "A group of countries that depend on farm subsidies, led by Ireland and Spain, "
                "met on Monday."
            ),
            ("IRL", "ESP"),
        ),
    ],
)
def test_led_by_describing_states_is_no_sponsorship(sentence, absent):
    got = resolved(sentence)
    for actor in absent:
        assert got.get(actor) != "support"


@pytest.mark.parametrize(
    "sentence, mediator",
    [
        # the state leads the mediation the sanctions would hurt: it wrote no text, and the
        # sentence says nothing of its vote (the sanctions' critic here is Moscow)
        (
            (
                "Moscow's envoy said the sanctions would hurt mediation led by South African "
                "President Thabo Mbeki."
            ),
            "ZAF",
        ),
        ("The embargo would undermine the talks led by Qatar, Moscow warned.", "QAT"),
    ],
)
def test_led_by_on_mediation_is_no_sponsorship(sentence, mediator):
    assert mediator not in resolved(sentence, dt.date(2008, 7, 11))


def test_led_by_a_text_is_sponsorship():
    # control: a text "led by" a state is that state's text (support)
    got = resolved("The resolution, led by Norway, was adopted on Friday.")
    assert got.get("NOR") == "support"


# the Council itself rejects the text; the next sentences react to that vote
FAILED_VOTE = (
    "The Security Council on Tuesday rejected a French proposal to extend the mission.\n\n"
    "France voted in favour. "
    "In Damascus, officials hailed the vote as a victory."
)
ADOPTED_VOTE = (
    "The Security Council on Tuesday adopted a French proposal to extend the mission.\n\n"
    "France voted in favour. "
    "In Damascus, officials hailed the vote as a victory."
)


def test_hailing_a_failed_vote_opposes_the_text():
    # the vote rejected the proposal: hailing it hails the proposal's defeat (oppose); the
    # sponsor's own vote in favour stays support
    got = resolved(FAILED_VOTE)
    assert got.get("SYR") == "oppose"
    assert got.get("FRA") == "support"


def test_hailing_an_adopted_vote_supports_the_text():
    # control: the same reaction to an adopted text is support
    assert resolved(ADOPTED_VOTE).get("SYR") == "support"


@pytest.mark.parametrize(
    "line, rest",
    [
        # a wire agency's name after the date: the dateline is not part of the sentence
        ("GENEVA, 3 May 2019 (Wire) - The council voted.", "The council voted."),
        ("OSLO, 2 June 2021 — Norway agreed.", "Norway agreed."),
    ],
)
def test_dateline_with_agency_is_cut(line, rest):
    m = _DATELINE.match(line)
    assert m is not None and line[m.end() :] == rest


@pytest.mark.parametrize(
    "sentence, actor",
    [
        # the text is what backs the plan; "Libya" names the text's topic, not its sponsor
        ("Britain and France vetoed a Libya resolution endorsing the peace plan.", "LBY"),
        # the same with a relative clause: the draft would have backed the truce
        ("The council rejected a Yemen draft that would have backed the truce.", "YEM"),
    ],
)
def test_what_a_text_says_is_no_actor_stance(sentence, actor):
    assert actor not in resolved(sentence)


def test_text_backed_by_a_state_is_its_support():
    # control: a participle with its "by" agent is that state's act on the text
    assert resolved("The draft, backed by Kenya, was adopted.").get("KEN") == "support"


def test_sponsors_text_that_says_something_is_their_support():
    # "a rival Chinese draft": China's own text, which it supports, whatever the text says
    # about sanctions (the stance is on the draft, not on sanctions)
    got = read("A rival Chinese draft, which opposed any new sanctions, won only two votes.")
    assert [(s.actor, s.label, s.anchor) for s in got] == [("CHN", "support", "topic:rival")]


def test_welcoming_a_texts_defeat_opposes_it():
    # the defeat of the text is its end: applauding it is opposing the text
    assert resolved("Venezuela applauded the defeat of the US text.").get("VEN") == "oppose"
