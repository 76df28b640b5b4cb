"""Word sets that a second module-level definition of the same name used to replace.

``_deciders_act`` was written with the body nouns ("NATO", "the Council") as the subjects
that make an act the deciders' own, and ``_decider`` for the rest ("EU leaders", not "Polish
leaders", not "several governments").  A later ``_BODY_SUBJECTS`` with every decider head
("leaders", "governments", "allies") replaced it, so a part of the deciders counted as all
of them.  Each sentence is written for these tests; the labels are what a careful reader
codes from the sentence alone.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from drafted_labels import needs_spacy, stance_pairs

from concilium.text import stance

pytestmark = needs_spacy
DAY = dt.date(2018, 6, 28)
read = partial(stance_pairs, on=DAY)


def test_each_set_is_the_one_its_rule_was_written_with():
    # the body nouns only; other deciders go through _decider, which checks their modifiers
    assert stance._BODY_NOUNS == {"un", "nato", "eu", "council", "assembly", "alliance"} | {
        "bloc",
        "union",
    }
    assert not {"leaders", "governments", "allies", "members"} & stance._BODY_NOUNS
    # "said no to" is read from "say" alone
    assert {"say", "says", "said", "saying"} <= stance._SAY_WORD
    assert not {"told", "added", "argued"} & stance._SAY_WORD


@pytest.mark.parametrize(
    "text, expected",
    [
        # the deciders as a whole act at a state's request: it asked for it (support)
        (
            "NATO condemned the attack at Turkey's request.",
            {("TUR", "support")},
        ),
        ("Allies condemned the attack at Turkey's request.", {("TUR", "support")}),
        (
            (
                "The 28 leaders agreed to extend the sanctions after Germany told them the peace "
                "plan had stalled."
            ),
            {("DEU", "support")},
        ),
    ],
)
def test_deciders_as_a_whole(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # only a part of the deciders acted: no decision of theirs was asked for or informed
        "Several governments condemned the attack at Turkey's request.",
        (
            "Some allies agreed to extend the sanctions after Germany told them the peace plan "
            "had stalled."
        ),
    ],
)
def test_a_part_of_the_deciders_is_not_their_act(text):
    assert read(text) == set()


def test_one_members_leaders_are_not_the_deciders():
    # Poland's own leaders agreeing is Poland's stance; Germany told them, not the deciders
    text = (
        "Polish leaders agreed to extend the sanctions after Germany told them the peace plan "
        "had stalled."
    )
    assert read(text) == {("POL", "support")}
