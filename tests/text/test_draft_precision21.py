"""A plural demonym after "the" is the state's government (issue 13): "the Czechs", "the
Slovaks", "the Slovenes", "the Croats", "the Brazilians", "the Ghanaians", "the Emiratis".
A bare plural ("Brazilians welcomed it": the people) names no state.

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the sentence alone.
"""

from __future__ import annotations

import pytest
from drafted_labels import labels, needs_spacy

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy

COUNCIL_2023 = (
    "NEW YORK, 14 March 2023 (Wire) - The UN Security Council on Tuesday adopted a resolution "
    "on Haiti. "
)


def eu_lead(year: int) -> str:
    return (
        f"BRUSSELS, 14 March {year} (Wire) - European Union governments on Tuesday approved a "
        "new budget deal, with Spain in favour. "
    )


def drafted(text: str) -> dict[str, str]:
    return labels(draft_scenario(text))


@pytest.mark.parametrize(
    ("sentence", "iso", "label"),
    [
        ("The Brazilians welcomed the resolution.", "BRA", "support"),
        ("The Ghanaians opposed the resolution.", "GHA", "oppose"),
        ("The text was drafted by the Emiratis.", "ARE", "support"),
    ],
)
def test_definite_plural_demonym_in_the_council(sentence: str, iso: str, label: str) -> None:
    assert drafted(COUNCIL_2023 + sentence) == {iso: label}


@pytest.mark.parametrize(
    ("sentence", "iso", "label"),
    [
        ("The Czechs opposed the deal.", "CZE", "oppose"),
        ("The Slovaks backed the deal.", "SVK", "support"),
        ("The Slovenes opposed the deal.", "SVN", "oppose"),
        ("The Croats backed the deal.", "HRV", "support"),
    ],
)
def test_definite_plural_demonym_in_the_eu(sentence: str, iso: str, label: str) -> None:
    assert drafted(eu_lead(2023) + sentence) == {"ESP": "support", iso: label}


@pytest.mark.parametrize(
    "sentence",
    [
        # a bare plural: the people, not the government
        "Brazilians welcomed the resolution.",
        "Ghanaians opposed the resolution.",
    ],
)
def test_bare_plural_is_the_people(sentence: str) -> None:
    assert drafted(COUNCIL_2023 + sentence) == {}
