"""Inversion hunt (issue 13, nineteenth stop): wire-report forms no probe had covered, each
of which drafted the opposite of the stated stance, on sentences written for this file.

- a climb-down and a threat told with a pronoun or a bare "the threat": "It later withdrew the
  threat", "On Friday it renewed its threat" (the last word stands, as with the actor named);
- an opening time phrase with no comma ("On Friday Poland threatened to block it"), which the
  parser reads as "On [Friday Poland]": the verb had no subject and its "its" fell back to the
  sentence before's subject, another state.

Each expected label is what a careful reader codes from the text alone; ``None`` means no
stance for that actor.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import needs_spacy, resolved

pytestmark = needs_spacy

ON = dt.date(2024, 3, 12)
LEAD = "EU interior ministers discussed a reform of the asylum rules on Tuesday. "
THREAT = LEAD + "Hungary threatened to veto the reform. "


@pytest.mark.parametrize(
    "tail, expected",
    [
        # "the threat" / "its threat" named back after a veto threat: a climb-down
        ("It later withdrew the threat.", {"HUN": "support"}),
        ("Budapest dropped its threat on Friday.", {"HUN": "support"}),
        # near misses: a threat of something else named back is no climb-down on the reform;
        # a threat with its own object is read as before
        (
            "Hungary also threatened to cut gas transit. It later withdrew the threat.",
            {"HUN": "oppose"},
        ),
        ("It later withdrew the threat of sanctions.", {"HUN": "oppose"}),
    ],
)
def test_the_threat_named_back(tail, expected):
    got = resolved(THREAT + tail, ON)
    assert {a: got.get(a) for a in expected} == expected


@pytest.mark.parametrize(
    "tail, expected",
    [
        # a renewal told after the climb-down is the last word, whatever names the renewer
        ("Budapest backed down on Tuesday. On Friday it renewed its threat.", {"HUN": "oppose"}),
        ("Budapest backed down on Tuesday. It renewed its threat on Friday.", {"HUN": "oppose"}),
        (
            "Budapest backed down on Tuesday. On Friday Hungary renewed its threat.",
            {"HUN": "oppose"},
        ),
        ("Budapest backed down on Tuesday but renewed its threat on Friday.", {"HUN": "oppose"}),
        (
            "Budapest backed down on Tuesday. By Friday, though, it had revived the threat.",
            {"HUN": "oppose"},
        ),
        (
            (
                "Budapest backed down on Tuesday. Three days later it was threatening a veto "
                "once more."
            ),
            {"HUN": "oppose"},
        ),
        (
            (
                "It backed down on Tuesday. On Friday, however, it threatened once more to "
                "block the reform."
            ),
            {"HUN": "oppose"},
        ),
        # near misses: a renewal denied, a renewal by another state, a renewal told before
        # the climb-down
        (
            "Budapest backed down on Tuesday. On Friday it did not renew its threat.",
            {"HUN": "support"},
        ),
        (
            (
                "Budapest backed down on Tuesday. On Friday Poland renewed its threat to block "
                "the reform."
            ),
            {"HUN": "support", "POL": "oppose"},
        ),
        ("Budapest again threatened a veto but backed down on Tuesday.", {"HUN": "support"}),
    ],
)
def test_a_renewal_after_the_climb_down_is_the_last_word(tail, expected):
    got = resolved(THREAT + tail, ON)
    assert {a: got.get(a) for a in expected} == expected


def test_a_renewal_by_one_of_two_climbers_is_no_stance():
    # "one of them" renewed: which is unsure, so neither the climb-down nor the threat stands
    text = (
        LEAD + "Hungary and Poland threatened to veto the reform. Both backed down on Tuesday. "
        "On Friday one of them renewed its threat."
    )
    got = resolved(text, ON)
    assert (got.get("HUN"), got.get("POL")) == (None, None)
    # near miss: the renewer named
    text = text.replace("one of them", "Hungary")
    got = resolved(text, ON)
    assert (got.get("HUN"), got.get("POL")) == ("oppose", "support")


@pytest.mark.parametrize(
    "tail, expected",
    [
        # the state after the opening day is the subject, and owns the "its"
        (
            "On Friday Poland renewed its threat to block the reform.",
            {"POL": "oppose", "HUN": None},
        ),
        ("On Friday Poland threatened to block the reform.", {"POL": "oppose", "HUN": None}),
        ("But on Monday Poland again threatened to block it.", {"POL": "oppose", "HUN": None}),
        # near misses: with a comma the parse was right already; a place is not a day
        ("On Friday, Poland threatened to block the reform.", {"POL": "oppose", "HUN": None}),
        ("In Warsaw the government threatened to block the reform.", {"HUN": None}),
    ],
)
def test_an_opening_day_without_a_comma(tail, expected):
    got = resolved(LEAD + "Germany backed the reform. " + tail, ON)
    assert {a: got.get(a) for a in expected} == expected
    assert got.get("DEU") == "support"
