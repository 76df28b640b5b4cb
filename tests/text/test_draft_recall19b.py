"""Plain stance wordings the drafter gave no stance for, second round (issue 13, recall).

* Support: "was the driving force behind the fund", "brokered the deal", "okayed",
  "greenlighted", "rubber-stamped", "gave its seal of approval", "gave the thumbs-up",
  "paved (cleared) the way for", "promoted", "touted", "the fund, France's brainchild",
  "shepherded through the talks by Belgium" (the "by" parsed on "talks"), "grumbled but went
  along" (going along with nothing after it).
* Oppose: "poured (threw) cold water on", "stood firm against", "took issue with", "took
  exception to", "frowned on", "turned its back on", "walked away from" the decision;
  "branded the package a disgrace"; "Britain's no vote", "among the no votes".
* Abstain: "one of three abstentions"; "let the text pass by abstaining" (the one who lets
  it pass abstains: no support).
* "broke ranks to vote against it" is the vote; "broke ranks" alone says no way.
* A pronoun after a fronted time ("On Thursday it backed the fund") is the previous
  sentence's subject, so the act told later outranks the intention told before it.

Near misses keep no stance: the same words on anything but the decision ("walked away from
the talks", "paved the way for talks", "promoted the bishop", "brokered" nothing named),
"warmed to the fund" (a softening, not backing: no stance unless it says it backed it), a
pronoun object ("branded it a disgrace": "it" may be a veto), "there was no vote".

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import pytest
from drafted_labels import labels_by_issue, needs_spacy

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy

UNSC = (
    "Council renews Haiti mission\n\nNEW YORK, 12 July 2024 - The Security Council on Friday "
    "renewed the UN political mission in Haiti for another year. "
)
UNSC_FAILED = (
    "Council rejects Gaza text\n\nNEW YORK, 12 July 2024 - A draft resolution on a Gaza "
    "ceasefire failed in the Security Council on Friday. "
)
EU_FAILED = (
    "EU fails to agree Ukraine aid\n\nBRUSSELS, 22 April 2024 - European Union finance "
    "ministers on Monday failed to agree on a new aid package for Ukraine. "
)
EUCO = (
    "Leaders back defence fund\n\nBRUSSELS, 27 June 2024 - European Union leaders on Thursday "
    "agreed to set up a joint defence fund. "
)
NATO = (
    "NATO launches Baltic mission\n\nBRUSSELS, 10 July 2024 - NATO allies on Wednesday agreed "
    "to launch a new air policing mission over the Baltic. "
)
BODY = {UNSC: "unsc", UNSC_FAILED: "unsc", EU_FAILED: "eu-council", EUCO: "eu-council"}
BODY |= {NATO: "nato"}


def named(lead: str, sentence: str) -> dict[str, str]:
    """{actor: label} over every drafted issue, actors named in the text only."""
    sc = draft_scenario(lead + sentence, source="t.txt", body=BODY[lead])
    out: dict[str, str] = {}
    for labels in labels_by_issue(sc, named_only=True).values():
        out.update(labels)
    return out


def case(lead: str, sentence: str, expected: dict[str, str]) -> tuple:
    return pytest.param(lead, sentence, expected, id=sentence[:60])


# ------------------------------------------------------------------------------ support


@pytest.mark.parametrize(
    ("lead", "sentence", "expected"),
    [
        case(EUCO, "Germany was the driving force behind the fund.", {"DEU": "support"}),
        case(
            EUCO,
            "Germany, the driving force behind the fund, welcomed the deal.",
            {"DEU": "support"},
        ),
        case(EUCO, "France brokered the compromise on the fund.", {"FRA": "support"}),
        case(NATO, "Turkey okayed the mission.", {"TUR": "support"}),
        case(NATO, "Turkey greenlighted the mission.", {"TUR": "support"}),
        case(NATO, "Turkey rubber-stamped the mission.", {"TUR": "support"}),
        case(NATO, "Turkey gave its seal of approval to the mission.", {"TUR": "support"}),
        case(NATO, "Turkey gave the mission its seal of approval.", {"TUR": "support"}),
        case(NATO, "Turkey gave the thumbs-up to the mission.", {"TUR": "support"}),
        case(EUCO, "Austria paved the way for the fund.", {"AUT": "support"}),
        case(EUCO, "Austria cleared the way for the fund.", {"AUT": "support"}),
        case(EUCO, "France promoted the fund.", {"FRA": "support"}),
        case(EUCO, "France touted the fund.", {"FRA": "support"}),
        case(
            EUCO,
            "The fund, France's brainchild, will be financed by joint borrowing.",
            {"FRA": "support"},
        ),
        case(
            UNSC,
            "The resolution was shepherded through the talks by Belgium.",
            {"BEL": "support"},
        ),
        case(
            UNSC,
            "The resolution, shepherded through the talks by Belgium, passed unanimously.",
            {"BEL": "support"},
        ),
        case(EUCO, "Hungary grumbled but went along.", {"HUN": "support"}),
    ],
)
def test_support_wordings(lead: str, sentence: str, expected: dict[str, str]) -> None:
    assert named(lead, sentence) == expected


# ------------------------------------------------------------------------------- oppose


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Germany poured cold water on the package.", {"DEU": "oppose"}),
        ("Germany threw cold water on the package.", {"DEU": "oppose"}),
        ("Hungary stood firm against the package.", {"HUN": "oppose"}),
        ("Hungary remained firmly against the package.", {"HUN": "oppose"}),
        ("Hungary took issue with the package.", {"HUN": "oppose"}),
        ("Hungary took exception to the package.", {"HUN": "oppose"}),
        ("Hungary frowned on the package.", {"HUN": "oppose"}),
        ("Hungary turned its back on the package.", {"HUN": "oppose"}),
        ("Hungary walked away from the package.", {"HUN": "oppose"}),
        ("Hungary branded the package a disgrace.", {"HUN": "oppose"}),
    ],
)
def test_oppose_wordings(sentence: str, expected: dict[str, str]) -> None:
    assert named(EU_FAILED, sentence) == expected


# -------------------------------------------------------------------------- votes named


@pytest.mark.parametrize(
    ("lead", "sentence", "expected"),
    [
        case(UNSC, "Britain's no vote did not stop the resolution.", {"GBR": "oppose"}),
        case(UNSC_FAILED, "The draft failed. Britain's no vote was decisive.", {"GBR": "oppose"}),
        case(UNSC, "Britain was among the no votes.", {"GBR": "oppose"}),
        case(UNSC, "Britain was one of three abstentions.", {"GBR": "abstain"}),
        # letting it pass by abstaining is the abstention, not support
        case(UNSC, "Britain let the text pass by abstaining.", {"GBR": "abstain"}),
        case(UNSC, "Britain allowed the resolution to pass by abstaining.", {"GBR": "abstain"}),
        case(UNSC, "Britain broke ranks to vote against the resolution.", {"GBR": "oppose"}),
        case(
            UNSC,
            "France broke ranks with its allies to vote for the resolution.",
            {"FRA": "support"},
        ),
    ],
)
def test_votes_named(lead: str, sentence: str, expected: dict[str, str]) -> None:
    assert named(lead, sentence) == expected


# ------------------------------------------------------- a pronoun after a fronted time


@pytest.mark.parametrize(
    "sentence",
    [
        "Malta had said in March that it would veto the fund. On Thursday it backed the fund.",
        "Malta had said in March that it would veto the fund. On Thursday, it backed the fund.",
        "Malta threatened to veto the fund. Later it backed the fund.",
    ],
)
def test_the_later_act_after_a_fronted_time_wins(sentence: str) -> None:
    assert named(EUCO, sentence) == {"MLT": "support"}


# ------------------------------------------------------------------------ near misses


@pytest.mark.parametrize(
    ("lead", "sentence"),
    [
        (NATO, "Pope Francis promoted the bishop."),
        # a deal brokered by others is mostly an earlier one the report leans on
        (NATO, "Fighting in the region eased under a truce brokered by Qatar and Egypt."),
        (NATO, "Qatar brokered the talks between the two sides."),
        (NATO, "Poland touted its economic growth."),
        (NATO, "Turkey okayed the request of the Swedish envoy."),
        (NATO, "Hungary took issue with the Dutch minister."),
        (NATO, "Hungary turned its back on the cameras."),
        (NATO, "Hungary walked away from the talks."),
        (NATO, "Hungary poured cold water on hopes of a quick deal."),
        (NATO, "Hungary paved the way for talks with Moscow."),
        (NATO, "Hungary cleared the way for the convoy."),
        (NATO, "Germany frowned on the Greek government."),
        (NATO, "Turkey turned on the mission."),
        (EU_FAILED, "Hungary stood firm against Russian pressure."),
        (EU_FAILED, "Hungary stood firm."),
        # a pronoun object may be the veto or anything else: left, as "called it a mistake"
        (EU_FAILED, "Hungary branded it a disgrace."),
        (EUCO, "Germany was a force for stability."),
        (EUCO, "Germany was the driving force behind the talks."),
        # a softening is not backing
        (EUCO, "Austria warmed to the fund."),
        (EUCO, "Hungary went along to the summit."),
        (UNSC, "France broke ranks with its allies."),
        (UNSC_FAILED, "Britain had no vote on the draft."),
        (UNSC, "The troops were shepherded through the city by Belgium."),
    ],
)
def test_near_misses_give_no_stance(lead: str, sentence: str) -> None:
    assert named(lead, sentence) == {}


def test_warming_then_backing_is_the_backing() -> None:
    assert named(EUCO, "Austria warmed to the fund and backed it.") == {"AUT": "support"}
