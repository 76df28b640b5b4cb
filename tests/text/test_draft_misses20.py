"""Displeasure told by an adjective or an angry reaction, and what an adjective is about
(issue 13, the largest remaining miss classes of the seen splits).

* "Moscow was critical", "Russia was sharply critical of the deployment", "Sweden was
  unhappy with the fund", "Russia reacted angrily (to the deployment)": displeasure with the
  decision, named by its noun (oppose).  Before, no stance.  Read only of a state (or its
  speaker) as the subject, and of the decision: not "critical to the mission" (needed for
  it), not "critical of Russia" or "unhappy with the delay" (something else), not negated,
  not a bare "unhappy" (with what?), and not bare just after a text was stopped ("A draft failed. Egypt was critical": the
  displeasure may be at the block).
* What an adjective is about may be a block: "pleased with the veto", "supportive of the
  veto" is against the text stopped, "critical of the veto" for it; "pleased with the
  delay" says nothing on it.  Before, "pleased with the veto" read as support (an inversion).

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import pytest
from drafted_labels import labels, needs_spacy

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy

NATO = (
    "NATO sends ships to the Black Sea\n\nBRUSSELS, 14 March 2024 - NATO allies on Thursday "
    "agreed to send a new naval mission to the Black Sea. "
)
EUCO = (
    "Leaders agree space fund\n\nBRUSSELS, 21 March 2024 - European Union leaders on Thursday "
    "agreed to set up a joint space fund. "
)
VETOED = (
    "Piracy text vetoed\n\nNEW YORK, 18 March 2024 - A draft resolution on piracy failed in "
    "the Security Council on Monday after Russia vetoed it. "
)
EU_DELAYED = (
    "Fisheries deal delayed\n\nBRUSSELS, 25 March 2024 - European Union ministers on Monday put "
    "off a decision on the new fisheries agreement. "
)
BODY = {NATO: "nato", EUCO: "eu-council", VETOED: "unsc", EU_DELAYED: "eu-council"}


def named(lead: str, sentence: str) -> dict[str, str]:
    """{actor: label} over every drafted issue, actors named in the text only."""
    sc = draft_scenario(lead + sentence, source="t.txt", body=BODY[lead])
    return labels(sc, named_only=True)


def case(lead: str, sentence: str, expected: dict[str, str]) -> tuple:
    return pytest.param(lead, sentence, expected, id=sentence[:60])


@pytest.mark.parametrize(
    ("lead", "sentence", "expected"),
    [
        case(NATO, "Moscow was critical.", {"RUS": "oppose"}),
        case(NATO, "Russia was sharply critical of the deployment.", {"RUS": "oppose"}),
        case(EUCO, "Sweden was unhappy with the fund.", {"SWE": "oppose"}),
        case(NATO, "Russia reacted angrily.", {"RUS": "oppose"}),
        case(NATO, "Russia reacted angrily to the deployment.", {"RUS": "oppose"}),
        case(VETOED, "Ukraine was critical of the veto.", {"RUS": "oppose", "UKR": "support"}),
        # the inversion: pleased with a block is against the text it stopped
        case(VETOED, "Belarus was pleased with the veto.", {"RUS": "oppose", "BLR": "oppose"}),
        case(VETOED, "China was supportive of the veto.", {"RUS": "oppose", "CHN": "oppose"}),
    ],
)
def test_displeasure_read(lead: str, sentence: str, expected: dict[str, str]) -> None:
    assert named(lead, sentence) == expected


@pytest.mark.parametrize(
    ("lead", "sentence", "expected"),
    [
        # after a text was stopped, bare displeasure may be at the block
        case(VETOED, "Egypt was critical.", {"RUS": "oppose"}),
        case(VETOED, "Egypt reacted angrily.", {"RUS": "oppose"}),
        # needed for it, about something else, or denied
        case(NATO, "Romania was critical to the mission.", {}),
        case(NATO, "Poland was critical of Russia.", {}),
        case(NATO, "Russia was not critical of the deployment.", {}),
        case(NATO, "Russia reacted calmly.", {}),
        case(EU_DELAYED, "Spain was unhappy with the delay.", {}),
        case(EUCO, "Sweden was unhappy.", {}),
        case(EU_DELAYED, "Spain reacted angrily to the delay.", {}),
        # a delay is no block: pleased with it says nothing on the agreement
        case(EU_DELAYED, "Spain was pleased with the delay.", {}),
        # unchanged: bare pleasure is support
        case(NATO, "Romania was pleased.", {"ROU": "support"}),
    ],
)
def test_displeasure_near_misses(lead: str, sentence: str, expected: dict[str, str]) -> None:
    assert named(lead, sentence) == expected
