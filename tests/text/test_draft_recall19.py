"""Plain stance verbs and frames the drafter used to miss or misread (issue 13, stated recall).

* An act ended: "Turkey stopped blocking the mission", "ceased to oppose it", "gave up
  blocking it", "no longer opposes it" is the objection dropped (support), as "dropped its
  objection" is.  Before, "stopped blocking" read as blocking (an inversion).  Not when the
  ending is itself denied ("refused to stop blocking it": still opposed), under a condition,
  "stopped short of blocking it", a criticism stopped, nor an act that is no stance ("pledged
  to stop buying Russian oil" stays the pledge's support).
* Verbs of other common senses, read only with the decision as what they act on:
  "stonewalled the package", "nixed the plan", "killed the draft", "sank the package",
  "blessed the mission", "shepherded the resolution", "cheered the decision", "advocated the
  fund"; not "stonewalled reporters' questions", "killed civilians", "the ship sank",
  "blessed the troops", "cheered the team", "advocated dialogue".
* Reactions: "excoriated", "derided", "panned" the decision (oppose; not "derided Ukraine",
  "panned the camera").
* Phrases: "put its weight behind", "got behind", "waved ... through", "shot down",
  "bristled at", "railed against", "fought for/against" the decision; not "put the dispute
  behind them", "got behind schedule", "shot down a drone", "bristled at the question",
  "fought for independence", "railed against bureaucrats".
* Nouns: "gave its assent", "signalled support" (the British spelling), "the lone dissenter".
* A decision that receives a stance: "the fund won the backing of Germany", "won support
  from Japan", "drew objections from Hungary", "faced opposition from Hungary"; not "Germany
  won the backing of France for its candidate" (an actor receives it), "could face
  opposition" (a prospect), "drew no objections", "won praise".
* A retreat is no backing: "backed away from the plan", "backed off" (before: support).

Second round (cdf4d81; it was test_draft_recall19b.py, which copied this file's leads
and helpers):
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
from drafted_labels import labels, needs_spacy

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
OIL = (
    "EU agrees oil embargo\n\nBRUSSELS, 31 May 2022 - European Union leaders on Monday agreed "
    "to ban most imports of Russian oil. "
)
BODY = {UNSC: "unsc", UNSC_FAILED: "unsc", EU_FAILED: "eu-council", EUCO: "eu-council"}
BODY |= {NATO: "nato", OIL: "eu-council"}


def named(lead: str, sentence: str) -> dict[str, str]:
    """{actor: label} over every drafted issue, actors named in the text only."""
    sc = draft_scenario(lead + sentence, source="t.txt", body=BODY[lead])
    return labels(sc, named_only=True)


def case(lead: str, sentence: str, expected: dict[str, str]) -> tuple:
    return pytest.param(lead, sentence, expected, id=sentence[:60])


def check(lead: str, sentence: str, expected: dict[str, str]) -> None:
    assert named(lead, sentence) == expected


# ------------------------------------------------------------------------ an act ended


@pytest.mark.parametrize(
    ("lead", "sentence", "expected"),
    [
        case(NATO, "Turkey stopped blocking the mission.", {"TUR": "support"}),
        case(NATO, "Turkey ceased to block the mission.", {"TUR": "support"}),
        case(NATO, "Turkey gave up blocking the mission.", {"TUR": "support"}),
        case(NATO, "Turkey quit opposing the mission.", {"TUR": "support"}),
        case(NATO, "Turkey finally stopped holding up the mission.", {"TUR": "support"}),
        case(NATO, "Austria no longer opposes the mission.", {"AUT": "support"}),
        case(NATO, "Turkey no longer stood in the way of the mission.", {"TUR": "support"}),
        # the ending denied: the act goes on
        case(NATO, "Turkey refused to stop blocking the mission.", {"TUR": "oppose"}),
        case(NATO, "Turkey did not stop blocking the mission.", {"TUR": "oppose"}),
        case(NATO, "Turkey kept blocking the mission.", {"TUR": "oppose"}),
        # backing ended is no backing
        case(NATO, "Turkey stopped supporting the mission.", {"TUR": "oppose"}),
    ],
)
def test_an_act_ended(lead: str, sentence: str, expected: dict[str, str]) -> None:
    check(lead, sentence, expected)


@pytest.mark.parametrize(
    ("lead", "sentence", "expected"),
    [
        case(
            NATO,
            "Turkey said it would stop blocking the mission if its demands were met.",
            {},
        ),
        case(
            NATO,
            "Turkey said it would no longer block the mission if its demands were met.",
            {},
        ),
        case(NATO, "Turkey stopped short of blocking the mission.", {}),
        case(NATO, "Turkey stopped criticising the mission.", {}),
        case(NATO, "Turkey no longer criticises the mission.", {}),
        case(
            OIL,
            "Germany and Poland pledged to stop buying pipeline oil as well.",
            {"DEU": "support", "POL": "support"},
        ),
    ],
)
def test_an_act_ended_near_misses(lead: str, sentence: str, expected: dict[str, str]) -> None:
    check(lead, sentence, expected)


# ------------------------------------------------------ verbs read only on the decision


@pytest.mark.parametrize(
    ("lead", "sentence", "expected"),
    [
        case(EU_FAILED, "Hungary stonewalled the package.", {"HUN": "oppose"}),
        case(EU_FAILED, "Hungary nixed the package.", {"HUN": "oppose"}),
        case(NATO, "The mission was nixed by Hungary.", {"HUN": "oppose"}),
        case(UNSC_FAILED, "Russia killed the draft.", {"RUS": "oppose"}),
        case(EU_FAILED, "Hungary sank the package.", {"HUN": "oppose"}),
        case(EU_FAILED, "The package was sunk by Hungary.", {"HUN": "oppose"}),
        case(NATO, "Hungary blessed the mission.", {"HUN": "support"}),
        case(UNSC, "Malta shepherded the resolution through negotiations.", {"MLT": "support"}),
        case(NATO, "Ukraine cheered the decision.", {"UKR": "support"}),
        case(EUCO, "Lithuania advocated the fund.", {"LTU": "support"}),
        case(UNSC_FAILED, "Russia excoriated the draft.", {"RUS": "oppose"}),
        case(UNSC, "Russia derided the resolution.", {"RUS": "oppose"}),
        case(UNSC, "China panned the resolution.", {"CHN": "oppose"}),
    ],
)
def test_verbs_on_the_decision(lead: str, sentence: str, expected: dict[str, str]) -> None:
    check(lead, sentence, expected)


@pytest.mark.parametrize(
    ("lead", "sentence"),
    [
        (NATO, "Hungary stonewalled reporters' questions about the mission."),
        (NATO, "Russian strikes killed civilians in Kharkiv, Ukraine said."),
        (NATO, "The ship sank off the coast of Norway."),
        (NATO, "Pope Francis blessed the Polish troops."),
        (NATO, "Canada cheered the Canadian team at the games."),
        (NATO, "Norway advocated dialogue with Moscow."),
        (NATO, "Hungary derided Ukraine."),
        (NATO, "Poland panned the camera to the crowd."),
    ],
)
def test_other_senses_give_no_stance(lead: str, sentence: str) -> None:
    check(lead, sentence, {})


# ------------------------------------------------------------------------------ phrases


@pytest.mark.parametrize(
    ("lead", "sentence", "expected"),
    [
        case(EUCO, "Spain put its weight behind the fund.", {"ESP": "support"}),
        case(EUCO, "The Netherlands got behind the fund at the last minute.", {"NLD": "support"}),
        case(NATO, "Turkey waved the mission through after a week.", {"TUR": "support"}),
        case(UNSC_FAILED, "The United States shot down the draft.", {"USA": "oppose"}),
        case(NATO, "Turkey bristled at the mission.", {"TUR": "oppose"}),
        case(EU_FAILED, "Hungary railed against the package.", {"HUN": "oppose"}),
        case(EUCO, "Latvia fought for the fund for months.", {"LVA": "support"}),
        case(EU_FAILED, "The Netherlands fought against the package.", {"NLD": "oppose"}),
    ],
)
def test_phrases_on_the_decision(lead: str, sentence: str, expected: dict[str, str]) -> None:
    check(lead, sentence, expected)


@pytest.mark.parametrize(
    ("lead", "sentence"),
    [
        (NATO, "Turkey and Greece put the dispute behind them."),
        (NATO, "Hungary got behind schedule."),
        (NATO, "Turkey shot down a drone near its border."),
        (NATO, "Hungary bristled at the question."),
        (NATO, "Poland fought for independence in 1918."),
        (NATO, "Poland fought against the Soviet Union."),
        (NATO, "Hungary railed against Brussels bureaucrats."),
    ],
)
def test_phrases_on_other_things_give_no_stance(lead: str, sentence: str) -> None:
    check(lead, sentence, {})


# -------------------------------------------------------------------------------- nouns


@pytest.mark.parametrize(
    ("lead", "sentence", "expected"),
    [
        case(EUCO, "Luxembourg gave its assent.", {"LUX": "support"}),
        case(EUCO, "Austria signalled its backing for the fund.", {"AUT": "support"}),
        case(EUCO, "Malta signalled opposition to the fund.", {"MLT": "oppose"}),
        case(UNSC_FAILED, "Russia was the lone dissenter.", {"RUS": "oppose"}),
    ],
)
def test_stance_nouns(lead: str, sentence: str, expected: dict[str, str]) -> None:
    check(lead, sentence, expected)


# ------------------------------------------------------ a decision receiving a stance


@pytest.mark.parametrize(
    ("lead", "sentence", "expected"),
    [
        case(EUCO, "The fund won the backing of Germany.", {"DEU": "support"}),
        case(
            EUCO,
            "The fund secured the support of Germany and France.",
            {"DEU": "support", "FRA": "support"},
        ),
        case(UNSC, "The text won support from Japan.", {"JPN": "support"}),
        case(EUCO, "The fund drew objections from Hungary.", {"HUN": "oppose"}),
        case(EUCO, "The fund faced opposition from Hungary.", {"HUN": "oppose"}),
        case(EUCO, "The fund enjoyed strong support from Finland.", {"FIN": "support"}),
    ],
)
def test_a_decision_receives_a_stance(lead: str, sentence: str, expected: dict[str, str]) -> None:
    check(lead, sentence, expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "Germany won the backing of France for its candidate.",
        "The fund could face opposition from Hungary.",
        "The fund drew no objections from Hungary.",
        "The fund won praise from Hungary.",
        "Slovakia drew support from Hungary for its demands.",
        "The fund was adopted without the support of Hungary.",
    ],
)
def test_no_decision_receiving_no_stance(sentence: str) -> None:
    check(EUCO, sentence, {})


# ---------------------------------------------------------------------------- a retreat


@pytest.mark.parametrize(
    "sentence",
    [
        "Sweden backed away from the package.",
        "Hungary backed off from the package.",
        "Sweden backed away from its support for the package.",
    ],
)
def test_backing_away_is_no_backing(sentence: str) -> None:
    check(EU_FAILED, sentence, {})


# ------------------------------------------------ an announced intention, then the act


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # before: the reported "would veto" (a vote) outranked the later backing (inverted)
        (
            (
                "Malta had signalled in March that it would veto the fund, but it backed it on "
                "Thursday."
            ),
            {"MLT": "support"},
        ),
        (
            "Malta said in March that it would veto the fund, but Malta backed it on Thursday.",
            {"MLT": "support"},
        ),
        # the intention alone stands, and a mere reaction does not outrank it
        ("Hungary said it would block the fund.", {"HUN": "oppose"}),
        ("Hungary said it would block the fund, and it welcomed the debate.", {"HUN": "oppose"}),
        ("Austria said it would back the fund.", {"AUT": "support"}),
    ],
)
def test_an_announced_intention_then_the_act(sentence: str, expected: dict[str, str]) -> None:
    check(EUCO, sentence, expected)


# ----------------------------------------------------- digging in; hailing a ride


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Hungary dug in its heels over the package.", {"HUN": "oppose"}),
        ("Hungary dug in its heels against the package.", {"HUN": "oppose"}),
        # on anything else, or on nothing named: no stance on the decision
        ("Hungary dug in its heels on its demand for frozen funds.", {}),
        ("Hungary dug in its heels over frozen funds.", {}),
        ("Hungary dug in its heels.", {}),
    ],
)
def test_digging_in_over_the_decision(sentence: str, expected: dict[str, str]) -> None:
    check(EU_FAILED, sentence, expected)


def test_hailing_a_taxi_is_no_praise() -> None:
    check(NATO, "Poland hailed a taxi after the summit.", {})
    check(NATO, "Poland hailed the mission.", {"POL": "support"})


# ======================================================================== second round
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
