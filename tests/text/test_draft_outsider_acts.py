"""Failure classes of drafting (issue 13, fifteenth stop): acts of states that are not
reactions to the decision.

* a cue in an "until"/"before" clause in the present tense is what has yet to happen ("the
  treaty cannot enter into force until the states ratify it"), not an act; in the past tense
  ("held out until Turkey ratified it") it is one;
* backing a state's or a people's welfare ("wanted to support the country's recovery",
  "backed Ukraine's sovereignty") is a goal, not a stance on a measure; backing a measure
  named for it ("the recovery fund", "the reconstruction plan") is;
* a participle with its agent on a noun that names no decision and is the subject of its own
  clause ("a new aid system backed by Israel has been criticised by the UN") tells of that
  thing's backers; on a decision's noun ("the plan backed by France was adopted") it is a
  stance.

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the sentence alone.
"""

from __future__ import annotations

import pytest
from drafted_labels import needs_spacy, resolved

pytestmark = needs_spacy


@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        (
            (
                "The convention cannot take effect until 30 states ratify it; among those that "
                "have not are Brazil, Egypt and Iran."
            ),
            ("BRA", "EGY", "IRN"),
        ),
        ("The accord cannot take effect until Turkey ratifies it.", ("TUR",)),
        ("The embargo will stay in place until Russia backs the ceasefire.", ("RUS",)),
        ("No money will flow before Hungary endorses the plan.", ("HUN",)),
    ],
)
def test_an_act_yet_to_happen_is_no_stance(sentence, actors):
    found = resolved(sentence)
    for actor in actors:
        assert found.get(actor) in (None, "neutral"), actor


@pytest.mark.parametrize(
    ("sentence", "actor", "label"),
    [
        # the same clauses told in the past: acts
        (
            "Hungary held out for a week until Turkey ratified the accession protocol.",
            "TUR",
            "support",
        ),
        ("France blocked the package until Italy backed the plan.", "ITA", "support"),
    ],
)
def test_an_act_told_in_the_past_after_until_is_read(sentence, actor, label):
    assert resolved(sentence).get(actor) == label


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Italy said it wanted to support the country's recovery.", "ITA"),
        ("Germany backed Ukraine's sovereignty and territorial integrity.", "DEU"),
        ("Spain pledged to support the reconstruction of the region.", "ESP"),
        ("Poland promised to defend Lithuania's independence.", "POL"),
    ],
)
def test_backing_a_states_welfare_is_no_stance(sentence, actor):
    assert resolved(sentence).get(actor) in (None, "neutral")


@pytest.mark.parametrize(
    ("sentence", "actor", "label"),
    [
        ("Germany backed the recovery fund.", "DEU", "support"),
        ("Austria opposed the reconstruction plan.", "AUT", "oppose"),
        (
            "Italy, saying it wanted to help the country's recovery, backed the plan.",
            "ITA",
            "support",
        ),
    ],
)
def test_backing_a_measure_named_for_it_is_a_stance(sentence, actor, label):
    assert resolved(sentence).get(actor) == label


@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        (
            (
                "A new aid delivery system backed by Egypt and Jordan has been criticised by "
                "relief agencies."
            ),
            ("EGY", "JOR"),
        ),
        ("A border database favoured by Denmark was attacked by privacy groups.", ("DNK",)),
    ],
)
def test_a_thing_backed_that_names_no_decision_is_no_stance(sentence, actors):
    found = resolved(sentence)
    for actor in actors:
        assert found.get(actor) in (None, "neutral"), actor


@pytest.mark.parametrize(
    ("sentence", "actor", "label"),
    [
        ("The plan backed by France was adopted on Monday.", "FRA", "support"),
        ("The resolution, drafted by Norway, passed unanimously.", "NOR", "support"),
        ("The sanctions package opposed by Hungary was approved by the others.", "HUN", "oppose"),
        # what is put to the deciders, by its own noun
        (
            "The idea, floated by Spain days before the summit, was debated late into the night.",
            "ESP",
            "support",
        ),
        ("The wording favoured by Ireland was kept in the final text.", "IRL", "support"),
    ],
)
def test_a_decision_backed_keeps_its_backer(sentence, actor, label):
    assert resolved(sentence).get(actor) == label
