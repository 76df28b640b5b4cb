"""Lists that name a group's states, and the decision a pronoun refers back to (issue 13,
thirteenth stop): a counted group followed by its states in apposition ("together with three
island states, A, B and C"), and "it" after a sentence whose subject is the text itself.

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the sentence alone, and each case
says why in its comment.  Negative cases check that nothing is guessed.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels, labels_by_issue

from concilium.text import nlp
from concilium.text.draft import draft_scenario

needs_spacy = pytest.mark.skipif(
    not nlp.available(), reason="spaCy pipeline not installed (extra 'nlp')"
)

ASSEMBLY = dt.date(2019, 12, 10)
ASSEMBLY_LEAD = (
    "Assembly votes on the oceans\n\nNEW YORK, 10 December 2019 - The UN General Assembly "
    "adopted a resolution on the protection of the oceans on Tuesday by 120 votes to 5. "
)


@needs_spacy
@pytest.mark.parametrize(
    "text, expected",
    [
        # the three states named after "three island states" are those states: they voted no
        # with Canada and Chile
        (
            ASSEMBLY_LEAD + "Canada voted against, together with Chile and three island states, "
            "Fiji, Tonga and Samoa.",
            {"CAN": "oppose", "CHL": "oppose", "FJI": "oppose", "TON": "oppose", "WSM": "oppose"},
        ),
        # the counted group opens the companions' list
        (
            ASSEMBLY_LEAD + "Canada abstained, along with two northern states, Norway and Iceland.",
            {"CAN": "abstain", "NOR": "abstain", "ISL": "abstain"},
        ),
        # near miss: a voting-against list stays against, however it is introduced (never
        # support for the group's names)
        (
            ASSEMBLY_LEAD + "Japan voted no, together with Peru and two Andean nations, "
            "Bolivia and Ecuador.",
            {"JPN": "oppose", "PER": "oppose", "BOL": "oppose", "ECU": "oppose"},
        ),
    ],
)
def test_counted_group_in_apposition(text, expected):
    got = labels(draft_scenario(text, source="t.txt", on=ASSEMBLY))
    assert {a: got.get(a) for a in expected} == expected


@needs_spacy
def test_counted_group_whose_names_are_not_as_many():
    # "three island states" followed by two names: which states the three are is not said,
    # so the names after the group take no vote from the companions' list
    text = (
        ASSEMBLY_LEAD + "Canada voted against, together with Chile and three island states, "
        "Fiji and Tonga."
    )
    got = labels(draft_scenario(text, source="t.txt", on=ASSEMBLY))
    assert got.get("CAN") == "oppose"
    assert got.get("FJI") is None and got.get("TON") is None


RIVAL_LEAD = (
    "Assembly backs oceans text\n\nNEW YORK, 10 December 2019 - The UN General Assembly on "
    "Tuesday adopted a resolution on the protection of the oceans, while a rival Russian text "
    "was rejected. "
)


@needs_spacy
@pytest.mark.parametrize(
    "rest, main, rival",
    [
        # the sentence between is about the resolution itself (no actor in it): "It" is the
        # resolution, so its drafters support the resolution, not the rival text
        (
            "The resolution was adopted without a vote. It was drafted by Fiji and Norway.",
            {"FJI": "support", "NOR": "support"},
            {"FJI": None, "NOR": None},
        ),
        # the same with a first clause set off by a colon
        (
            (
                "The resolution was adopted without a vote: it passed unopposed. It was drafted by "
                "Fiji and Norway."
            ),
            {"FJI": "support", "NOR": "support"},
            {"FJI": None, "NOR": None},
        ),
        # a sentence about the text with an actor in it (parsed)
        (
            (
                "The resolution was adopted after Chile objected to a paragraph. It was drafted by "
                "Fiji and Norway."
            ),
            {"FJI": "support", "NOR": "support"},
            {"FJI": None, "NOR": None},
        ),
        # near miss: the sentence between is about the Russian text: "It" stays the rival
        (
            "The Russian text did not come to a vote. It was drafted by Belarus and Syria.",
            {"BLR": None, "SYR": None},
            {"BLR": "support", "SYR": "support"},
        ),
        # near miss: no sentence between: "It" is the text named last, the rival
        (
            "It was drafted by Belarus and Syria.",
            {"BLR": None, "SYR": None},
            {"BLR": "support", "SYR": "support"},
        ),
        # a vote against "it" after a sentence on the resolution is against the resolution,
        # and stays against (never support of the rival)
        (
            "The resolution calls for more marine reserves. Norway voted against it.",
            {"NOR": "oppose"},
            {"NOR": None},
        ),
    ],
)
def test_it_after_a_sentence_on_the_text(rest, main, rival):
    got = labels_by_issue(draft_scenario(RIVAL_LEAD + rest, source="t.txt", on=ASSEMBLY))
    assert set(got) == {"protection-oceans", "rival-russian"}
    assert {a: got["protection-oceans"].get(a) for a in main} == main
    assert {a: got["rival-russian"].get(a) for a in rival} == rival
