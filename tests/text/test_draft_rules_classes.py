"""The rule reader (no spaCy) on a veto commented on and on a stance that changes.

The sentences are written for these tests (none is taken from the benchmark articles); the
expected stances are what a careful reader codes from the sentence alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from concilium.text.draft import Gazetteer, _to_stances, sentences, stances
from concilium.text.stance import resolve

DAY = dt.date(2024, 3, 25)


def rules(text: str) -> dict[str, str]:
    """Per actor, the label the rule reader resolves to."""
    gaz = Gazetteer.builtin()
    found = _to_stances(stances(sentences(text), gaz.find(text, DAY)))
    return {actor: label for actor, (label, _) in resolve(found).items()}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the speaker comments on the veto: no stance for the speaker
        ("Britain called the veto a disgrace.", {}),
        ("Japan likened the veto to vandalism.", {}),
        # the owner named right before the noun keeps it
        ("Kenya criticised Russia's veto.", {"KEN": "support", "RUS": "oppose"}),
        ("Kenya criticised the Russian veto.", {"KEN": "support", "RUS": "oppose"}),
        # casting or using the veto is the subject's own
        ("Russia cast its veto.", {"RUS": "oppose"}),
        ("Russia used the veto for the first time.", {"RUS": "oppose"}),
        # a commented veto after an earlier stance does not carry that stance's owner
        (
            "Chile and Peru, which had backed the text, called the vetoes a shame.",
            {"CHL": "support", "PER": "support"},
        ),
    ],
)
def test_rules_a_veto_commented_on(text, expected):
    assert rules(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "had opposed" is the earlier stance; the main verb's is the later one and wins
        ("Spain, which had opposed the text for months, finally backed it.", {"ESP": "support"}),
        (
            "Poland, which had threatened to veto the package, signed up on Friday.",
            {"POL": "support"},
        ),
        ("Italy initially opposed the plan but later backed it.", {"ITA": "support"}),
    ],
)
def test_rules_a_later_stance_outranks_an_earlier_one(text, expected):
    assert rules(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # companions right after a cue share it
        (
            "Brazil voted against the plan, joined by Chile, Peru and Bolivia.",
            {"BRA": "oppose", "CHL": "oppose", "PER": "oppose", "BOL": "oppose"},
        ),
        (
            "Spain backed the plan, as well as Portugal and Italy.",
            {"ESP": "support", "PRT": "support", "ITA": "support"},
        ),
        # no companion phrase: the next clause's actor is not drawn in
        (
            "Russia voted against the text, and China abstained.",
            {"RUS": "oppose", "CHN": "abstain"},
        ),
    ],
)
def test_rules_companions(text, expected):
    assert rules(text) == expected
