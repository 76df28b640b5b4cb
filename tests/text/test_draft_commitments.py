"""Support stated by a commitment rather than a vote verb, and non-members' reactions to what
a decision does (issue 13, fifth stop).

Every sentence is written for these tests (none is taken from the benchmark articles); the
expected stances are what a careful reader codes from the sentence alone, with the reason in
each case's comment.  Where a careful reader would not commit to a stance, none is expected.
"""

from __future__ import annotations

import datetime as dt

import pytest

from concilium.text import nlp
from concilium.text.draft import Gazetteer, sentences

pytestmark = pytest.mark.skipif(
    not nlp.available(), reason="spaCy pipeline not installed (extra 'nlp')"
)
DAY = dt.date(2024, 3, 25)


def resolved(text: str) -> dict[str, str]:
    """Per actor, the label that wins in the dependency reader (a tie is neutral)."""
    from concilium.text.draft import _spacy_stances
    from concilium.text.stance import resolve

    found = _spacy_stances(sentences(text), Gazetteer.builtin().find(text, DAY))
    return {actor: label for actor, (label, _) in resolve(found).items()}


@pytest.mark.parametrize(
    "text, expected",
    [
        # committing troops or ships to what was decided is taking part in it: support
        (
            (
                "The allies agreed to form a new naval task force. Portugal pledged two "
                "frigates to the task force, and Denmark committed a submarine to it."
            ),
            {"PRT": "support", "DNK": "support"},
        ),
        # a pledge to carry the decision out: support
        (
            (
                "Ministers agreed to raise the training budget. Greece pledged to meet the new "
                "budget within two years."
            ),
            {"GRC": "support"},
        ),
        # committed to the mission; the other clause's reaction is Iran's, not Norway's
        (
            (
                "The allies agreed on a new air policing mission. Norway committed to the "
                "mission, while Iran condemned the decision."
            ),
            {"NOR": "support", "IRN": "oppose"},
        ),
        # a pledge or commitment to block is opposition, read from "block"/"veto" ...
        (
            "Ministers debated the levy. Austria pledged to block the levy.",
            {"AUT": "oppose"},
        ),
        # ... and never support: the commitment verb gives way to its complement
        (
            "Ministers debated the levy. Austria committed to vetoing the levy.",
            {},
        ),
        # not having committed is being undecided, not against: no stance
        (
            "Ministers debated the levy. Austria has not committed to the levy.",
            {},
        ),
    ],
)
def test_commitments(text, expected):
    assert {a: lab for a, lab in resolved(text).items() if lab != "neutral"} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a negative reaction to what the decision does (its deployment, its expulsions,
        # its embargo) is opposition to the decision
        (
            (
                "The allies agreed to send four more warships to the region. Iran denounced "
                "the deployment as a provocation."
            ),
            {"IRN": "oppose"},
        ),
        (
            (
                "The alliance ordered the closure of Venezuela's liaison office. Venezuela "
                "condemned the expulsions."
            ),
            {"VEN": "oppose"},
        ),
        (
            "EU ministers approved an embargo on Iranian oil. Tehran condemned the embargo.",
            {"IRN": "oppose"},
        ),
        # praise is support, criticism opposition, of the same loan
        (
            "EU leaders approved the loan. Ireland hailed the loan, while Hungary criticised it.",
            {"IRL": "support", "HUN": "oppose"},
        ),
        # condemning something that is not the decision (an attack) is no stance on it
        (
            "The allies approved the deployment. Iran condemned the attack on its embassy.",
            {},
        ),
    ],
)
def test_reactions_to_what_a_decision_does(text, expected):
    assert {a: lab for a, lab in resolved(text).items() if lab != "neutral"} == expected
