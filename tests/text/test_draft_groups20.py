"""States named by a group, a seat of government or a people (issue 13): a group fixed by
membership on the date is each member ("the Nordics", "the V4", "the frugal four" from 2019,
"the P3", "the elected members" of the Security Council year), a metonym is its state ("the
Elysée", "Foggy Bottom"), and a plural demonym after "the" is the state's government ("the
Americans welcomed it").  A vague group, a part of a group, a group with an exception and a
bare plural ("Americans welcomed it": the people) give no stance.

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
COUNCIL_1985 = (
    "NEW YORK, 14 March 1985 (Wire) - The UN Security Council on Thursday adopted a "
    "resolution on Lebanon. "
)
# the ten elected members of the Security Council in 2023 (the built-in body's data)
E10_2023 = ("ALB", "ARE", "BRA", "CHE", "ECU", "GAB", "GHA", "JPN", "MLT", "MOZ")


def eu_lead(year: int) -> str:
    return (
        f"BRUSSELS, 14 March {year} (Wire) - European Union governments on Tuesday approved a "
        "new budget deal, with Spain in favour. "
    )


def drafted(text: str) -> dict[str, str]:
    return labels(draft_scenario(text))


# ------------------------------------------------ a plural demonym after "the"


@pytest.mark.parametrize(
    ("sentence", "iso", "label"),
    [
        ("The Americans welcomed the resolution.", "USA", "support"),
        ("The Russians opposed the resolution.", "RUS", "oppose"),
        ("The Turks welcomed the resolution.", "TUR", "support"),
        ("The Brits welcomed the resolution.", "GBR", "support"),
        ("The text was drafted by the Americans.", "USA", "support"),
        # added in 051c91e
        ("The Brazilians welcomed the resolution.", "BRA", "support"),
        ("The Ghanaians opposed the resolution.", "GHA", "oppose"),
        ("The text was drafted by the Emiratis.", "ARE", "support"),
    ],
)
def test_definite_plural_demonym_is_the_state(sentence: str, iso: str, label: str) -> None:
    assert drafted(COUNCIL_2023 + sentence) == {iso: label}


@pytest.mark.parametrize(
    ("sentence", "iso", "label"),
    [
        ("The Germans backed the deal.", "DEU", "support"),
        ("The Italians backed the deal.", "ITA", "support"),
        ("The Hungarians opposed the deal.", "HUN", "oppose"),
        ("The Austrians opposed the deal.", "AUT", "oppose"),
        ("The Belgians backed the deal.", "BEL", "support"),
        ("The Greeks backed the deal.", "GRC", "support"),
        # added in 051c91e
        ("The Czechs opposed the deal.", "CZE", "oppose"),
        ("The Slovaks backed the deal.", "SVK", "support"),
        ("The Slovenes opposed the deal.", "SVN", "oppose"),
        ("The Croats backed the deal.", "HRV", "support"),
    ],
)
def test_definite_plural_demonym_in_the_eu(sentence: str, iso: str, label: str) -> None:
    assert drafted(eu_lead(2023) + sentence) == {"ESP": "support", iso: label}


def test_soviets_before_1991_and_no_russians_then() -> None:
    # "the Soviets" is the Soviet Union; "the Russians" names no state before 24 Dec 1991
    assert drafted(COUNCIL_1985 + "The Soviets opposed the resolution.") == {"SUN": "oppose"}
    assert drafted(COUNCIL_1985 + "The Russians opposed the resolution.") == {}


@pytest.mark.parametrize(
    "sentence",
    [
        # a bare plural: the people, not the government
        "Americans welcomed the resolution.",
        "Brazilians welcomed the resolution.",
        "Ghanaians opposed the resolution.",
        # a territory whose name begins with a plural demonym
        "The resolution was welcomed by the Turks and Caicos Islands.",
        # a plural that is not listed (no guess)
        "The Gulf states welcomed the resolution.",
    ],
)
def test_no_state_from_a_people_or_a_region(sentence: str) -> None:
    assert drafted(COUNCIL_2023 + sentence) == {}


# ------------------------------------------------ seats of government


@pytest.mark.parametrize(
    ("sentence", "iso"),
    [
        ("Foggy Bottom welcomed the resolution.", "USA"),
        ("The Elysée welcomed the resolution.", "FRA"),  # mixed accents, as often printed
        ("The Elysee Palace welcomed the resolution.", "FRA"),
    ],
)
def test_seat_of_government_is_the_state(sentence: str, iso: str) -> None:
    assert drafted(COUNCIL_2023 + sentence) == {iso: "support"}


def test_brussels_is_not_belgium() -> None:
    assert drafted(eu_lead(2023) + "Brussels welcomed the deal.") == {"ESP": "support"}


# ------------------------------------------------ groups fixed on the date


@pytest.mark.parametrize(
    ("sentence", "members", "label"),
    [
        # the Union's members among them: Iceland and Norway are not (test_draft_misc22)
        ("The Nordics backed the deal.", ("DNK", "FIN", "SWE"), "support"),
        ("The V4 opposed the deal.", ("CZE", "HUN", "POL", "SVK"), "oppose"),
        ("The Visegrad four opposed the deal.", ("CZE", "HUN", "POL", "SVK"), "oppose"),
        ("The frugal four opposed the deal.", ("AUT", "DNK", "NLD", "SWE"), "oppose"),
    ],
)
def test_eu_group_is_its_members(sentence: str, members: tuple[str, ...], label: str) -> None:
    assert drafted(eu_lead(2023) + sentence) == {"ESP": "support", **dict.fromkeys(members, label)}


@pytest.mark.parametrize(
    ("year", "sentence"),
    [
        # the frugal four were named in the budget talks from 2019: before, no members
        (2017, "The frugal four opposed the deal."),
        # no count: not a fixed group
        (2023, "The frugals opposed the deal."),
        # the four and others
        (2023, "The V4+ group opposed the deal."),
        # a group said to be split did not act as one
        (2023, "The Visegrad four were divided over the deal."),
        # a group with an exception
        (2023, "The Baltic states except Lithuania backed the deal."),
        # vague groups
        (2023, "The southern member states backed the deal."),
    ],
)
def test_eu_group_near_misses(year: int, sentence: str) -> None:
    assert drafted(eu_lead(year) + sentence) == {"ESP": "support"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Nordics - Sweden and Finland - opposed the deal.",
        "The Nordics: Sweden and Finland opposed the deal.",
    ],
)
def test_group_spelt_out_is_the_states_named(sentence: str) -> None:
    # the text names the group's members itself (here two of the five): those only
    assert drafted(eu_lead(2023) + sentence) == {"ESP": "support", "FIN": "oppose", "SWE": "oppose"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The P3 backed the resolution.",
        "The three Western permanent members backed the resolution.",
        "The Western permanent members backed the resolution.",
    ],
)
def test_p3_is_france_britain_and_the_united_states(sentence: str) -> None:
    assert drafted(COUNCIL_2023 + sentence) == dict.fromkeys(("FRA", "GBR", "USA"), "support")


@pytest.mark.parametrize(
    "sentence",
    [
        "The elected members backed the resolution.",
        "The non-permanent members backed the resolution.",
        "The Council's elected members backed the resolution.",
    ],
)
def test_elected_members_are_the_ten_of_the_year(sentence: str) -> None:
    assert drafted(COUNCIL_2023 + sentence) == dict.fromkeys(E10_2023, "support")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a part of the group
        ("Two of the Western permanent members backed the resolution.", {}),
        ("Two elected members abstained.", {}),
        ("One of the elected members abstained.", {}),
        # the group with an exception: only the state named as the exception
        (
            (
                "The draft was backed by the elected members of the Council with one "
                "exception. Japan abstained."
            ),
            {"JPN": "abstain"},
        ),
        ("The elected members backed the resolution, except Japan.", {}),
        ("The elected members, with the exception of Japan, backed the resolution.", {}),
    ],
)
def test_security_council_group_near_misses(sentence: str, expected: dict[str, str]) -> None:
    assert drafted(COUNCIL_2023 + sentence) == expected
