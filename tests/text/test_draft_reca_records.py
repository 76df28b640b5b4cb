"""Council records and subjects the drafter missed (issue 13, the reca hunt): a voting record
whose labels are followed by a comma ("The voting record: in favour, A and B; against, C"),
and a state beside a state's description ("Kenya, the only African member, and Sweden and
Norway backed the text"), and a companion named as "the Andean nation of Bolivia".

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the sentence alone.  Near misses
check that nothing is guessed.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels, needs_spacy

from concilium.text.draft import draft_scenario
from concilium.text.vote_lists import headed_list_stances

DAY = dt.date(2019, 12, 10)
LEAD = (
    "Council votes on a text\n\nNEW YORK, 10 December 2019 - The Security Council voted on a "
    "draft resolution on the protection of civilians on Tuesday. "
)


def drafted(text: str) -> dict[str, str]:
    """{actor: label} on the one issue of a drafted scenario."""
    return labels(draft_scenario(LEAD + text, source="t.txt", on=DAY))


def spans(sentence: str, *names: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of every occurrence of each name in the sentence."""
    import re

    return sorted(
        (m.start(), m.end(), n) for n in names for m in re.finditer(re.escape(n), sentence)
    )


# ------------------------------------------------------------ records with comma labels


@pytest.mark.parametrize(
    "sentence, names, expected",
    [
        # the labels follow a colon and take a comma: each heads its list
        (
            "The record: in favour, Chile, Peru and Kenya; against, Iran; abstaining, Malta.",
            ("Chile", "Peru", "Kenya", "Iran", "Malta"),
            {
                "Chile": "support",
                "Peru": "support",
                "Kenya": "support",
                "Iran": "oppose",
                "Malta": "abstain",
            },
        ),
        # two sides are enough
        (
            "Abstaining, Ghana and Japan; against, Cuba.",
            ("Ghana", "Japan", "Cuba"),
            {"Ghana": "abstain", "Japan": "abstain", "Cuba": "oppose"},
        ),
        # one comma label alone may be prose: nothing
        ("The record: in favour, Chile and Peru.", ("Chile", "Peru"), {}),
        ("Against, Russia and China.", ("Russia", "China"), {}),
        # a list with other words than names: not a record, nothing from it
        (
            "In favour, Chile said it would vote; against, Iran.",
            ("Chile", "Iran"),
            {},
        ),
        # the colon form after a colon reads as before
        (
            "The record: in favour: Chile and Peru; against: Iran.",
            ("Chile", "Peru", "Iran"),
            {"Chile": "support", "Peru": "support", "Iran": "oppose"},
        ),
    ],
)
def test_comma_labelled_record(sentence, names, expected):
    found = headed_list_stances(sentence, spans(sentence, *names))
    assert {a: lab for a, lab, _ in found} == expected


def test_comma_labelled_record_drafted():
    got = drafted(
        "The voting record: in favour, Ghana, Kenya, Mexico and the Philippines; against, "
        "Iran; abstaining, Japan and the United Kingdom."
    )
    assert got == {
        "GHA": "support",
        "KEN": "support",
        "MEX": "support",
        "PHL": "support",
        "IRN": "oppose",
        "JPN": "abstain",
        "GBR": "abstain",
    }


# ------------------------------------------------------------ a state beside a description


@needs_spacy
@pytest.mark.parametrize(
    "text, expected",
    [
        # the states after the description's closing ", and" share the verb
        (
            "Kenya, the only African member, and Sweden and Norway backed the text.",
            {"KEN": "support", "SWE": "support", "NOR": "support"},
        ),
        (
            "Kenya, the sole African member, and the Nordics - Sweden and Norway - backed it.",
            {"KEN": "support", "SWE": "support", "NOR": "support"},
        ),
        (
            "Ghana, the only African member, and Peru voted against the text.",
            {"GHA": "oppose", "PER": "oppose"},
        ),
        # states inside the description are not the subject's
        ("Kenya, an ally of Sweden and Norway, backed the text.", {"KEN": "support"}),
        (
            "Kenya, an ally of Sweden and a friend of Norway, backed the text.",
            {"KEN": "support"},
        ),
        # what follows the ", and" is no state: the subject alone
        ("Kenya, the only African member, and its allies backed the text.", {"KEN": "support"}),
    ],
)
def test_state_beside_description(text, expected):
    assert drafted(text) == expected


# ------------------------------------------------------------ "the island nation of Palau"


@needs_spacy
@pytest.mark.parametrize(
    "text, expected",
    [
        # a phrase that only names the state ends a list of companions
        (
            "Chile voted against, joined by Peru and the Andean nation of Bolivia.",
            {"CHL": "oppose", "PER": "oppose", "BOL": "oppose"},
        ),
        (
            "Chile voted against, joined by the Andean nation of Bolivia.",
            {"CHL": "oppose", "BOL": "oppose"},
        ),
        (
            "Chile voted against, alongside the island state of Nauru and Peru.",
            {"CHL": "oppose", "NRU": "oppose", "PER": "oppose"},
        ),
        # a phrase of another kind names others than the state: nothing for it
        ("Chile voted against, joined by the allies of Bolivia.", {"CHL": "oppose"}),
        (
            "Chile voted against, joined by Peru and the capital of Bolivia.",
            {"CHL": "oppose", "PER": "oppose"},
        ),
    ],
)
def test_nation_of_state_in_companions(text, expected):
    assert drafted(text) == expected
