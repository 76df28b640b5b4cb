"""Wordings the drafter missed (issue 13, stated recall, twentieth round).

* Gapped clauses: the verb of the clause before is left out.  "France backed the text,
  Britain too" / "Britain as well" gives Britain France's label; after a vote the side alone
  says the vote: "Germany voted for the text, Belgium against", "voted in favour, Belgium and
  Italy against".  Near misses keep no stance: another object ("Belgium the amendment"), a
  clause with its own verb ("Belgium did not"), "but not Belgium", the side alone after a
  verb that is no vote ("backed the text, Belgium against": no vote told), and a negated
  verb before it.
* "spoke for the motion" / "spoke out for the text" is support, read only on a decision:
  "speaking for the Arab Group", "spoke for the European Union", "spoke for ten minutes" are
  on behalf of someone or a time; "did not speak for it" is silence, no stance.
* A refusal to comply told of the future with nothing named to comply with ("made clear it
  would not comply", "made it clear that it would not comply", "won't comply") is opposition
  to the decision reported; not "had not complied" (a past record, maybe of earlier texts),
  "would comply" (compliance is no stance), nor a refusal of something else named ("would not
  comply with demands from Kyiv") or under a condition.

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import pytest
from drafted_labels import labels, needs_spacy

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy

UNSC = (
    "Council votes on Sahel mission\n\nNEW YORK, 12 March 2019 - The Security Council on "
    "Tuesday voted on a resolution renewing the UN mission in the Sahel. "
)


def named(sentence: str) -> dict[str, str]:
    """{actor: label} over every drafted issue, actors named in the text only."""
    sc = draft_scenario(UNSC + sentence, source="t.txt", body="unsc")
    return labels(sc, named_only=True)


def case(sentence: str, expected: dict[str, str]) -> tuple:
    return pytest.param(sentence, expected, id=sentence[:60])


# ------------------------------------------------------------------------ gapped clauses


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        case("Norway backed the text, Kenya too.", {"NOR": "support", "KEN": "support"}),
        case(
            "Norway backed the text, and the United States as well.",
            {"NOR": "support", "USA": "support"},
        ),
        case("Norway opposed the text, Kenya too.", {"NOR": "oppose", "KEN": "oppose"}),
        case("Norway voted for the text, Kenya against.", {"NOR": "support", "KEN": "oppose"}),
        case(
            "Norway voted against the text, Kenya in favour.", {"NOR": "oppose", "KEN": "support"}
        ),
        case(
            "Norway voted in favour, Kenya and Peru against and Chile abstained.",
            {"NOR": "support", "KEN": "oppose", "PER": "oppose", "CHL": "abstain"},
        ),
    ],
)
def test_gapped_clause_shares_the_verb(sentence: str, expected: dict[str, str]) -> None:
    assert named(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        case("Norway backed the text, Kenya the amendment and Peru nothing.", {"NOR": "support"}),
        case("Norway backed the text, Kenya did not.", {"NOR": "support"}),
        case("Norway backed the text, but not Kenya.", {"NOR": "support"}),
        case("Norway backed the text, Kenya against.", {"NOR": "support"}),
        case("Norway did not back the text, Kenya too.", {"NOR": "oppose"}),
    ],
)
def test_gapped_near_misses(sentence: str, expected: dict[str, str]) -> None:
    assert named(sentence) == expected


# ------------------------------------------------------------------------ spoke for


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        case("Norway spoke for the resolution.", {"NOR": "support"}),
        case("Norway spoke out for the resolution.", {"NOR": "support"}),
        case("Kenya and Peru also spoke for the text.", {"KEN": "support", "PER": "support"}),
        case("Norway spoke against the resolution.", {"NOR": "oppose"}),
        # on behalf of someone, a time, or silence: no stance
        case("Norway spoke for the European Union.", {}),
        case("Kenya, speaking for the African Group, said the debate was late.", {}),
        case("Kenya spoke for ten minutes on the resolution.", {}),
        case("Kenya did not speak for the resolution.", {}),
    ],
)
def test_spoke_for(sentence: str, expected: dict[str, str]) -> None:
    assert named(sentence) == expected


# ------------------------------------------------------------------------ would not comply


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        case("Mali made clear it would not comply.", {"MLI": "oppose"}),
        case("Mali made it clear that it would not comply.", {"MLI": "oppose"}),
        case("Mali said it won't comply.", {"MLI": "oppose"}),
        case("Mali made clear it would not abide by the resolution.", {"MLI": "oppose"}),
        # compliance, a past record, something else named, a condition: no stance
        case("Mali made clear it would comply.", {}),
        case("Mali had not complied, the resolution said.", {}),
        case("Mali said it would not comply with demands from Kenya.", {}),
        case("Mali said it would not comply if the council imposed sanctions.", {}),
    ],
)
def test_would_not_comply(sentence: str, expected: dict[str, str]) -> None:
    assert named(sentence) == expected
