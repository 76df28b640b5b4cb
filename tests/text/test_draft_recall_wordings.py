"""Stated stances in wordings the drafter used to miss (issue 13, stated recall).

* A promise told in reported speech: "Trudeau said his country would command the mission" is
  "Canada will command it" shifted back ("would" after a past "said"): support.  Not when
  negated, under a condition, or when the report itself is denied.
* An apposition the parser reads as a second subject: "The draft, a technical rollover put
  forward by Austria, ..., was meant to buy time" names the draft's sponsors.
* A bare "joined" after words that name a decision states opt into ("The pact commits
  governments to targets. All euro countries joined, along with Denmark"): joining it.  Not
  "did not join" (staying out), "may join later", "joined in criticising", nor a bare
  "joined" with no such decision named.
* The passive of seeking the decision: "The embargo was sought by the United States".  Not
  "More time was sought by Sudan".
* Anger at the decision itself: "was outraged by the decision", "expressed outrage at the
  sanctions", "recalled its ambassador in protest at the decision": oppose.  Not anger at
  the events the decision is about ("outraged by the killings"), at another's act ("angry at
  Russia's decision", "angered by the veto"), "the decision" right after a veto (the veto's),
  nor "declined to comment on the decision".

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels, needs_spacy

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy
DAY = dt.date(2024, 3, 15)
NATO = (
    "NATO launches training mission in Iraq\n\nBRUSSELS, 15 March 2024 - NATO leaders on "
    "Friday launched a training mission in Iraq.\n\n"
)
UNSC = (
    "Council extends Sudan embargo\n\nNEW YORK, 15 March 2024 - The Security Council on Friday "
    "extended the arms embargo on Sudan by 13 votes to none, with two abstentions.\n\n"
)
EU = (
    "EU leaders agree Belarus sanctions\n\nBRUSSELS, 15 March 2024 - European Union leaders on "
    "Friday agreed to impose sanctions on Belarusian officials.\n\n"
)
PACT = (
    "EU leaders adopt competitiveness pact\n\nBRUSSELS, 15 March 2024 - European Union leaders "
    "on Friday adopted a pact on economic policy coordination.\n\n"
    "The pact commits governments to yearly targets on wages and public debt. "
)


def named(text: str, body: str) -> dict[str, str]:
    """{actor: label} over every drafted issue, actors named in the text only."""
    sc = draft_scenario(text, source="t.txt", on=DAY, body=body)
    return labels(sc, named_only=True)


# ------------------------------------------------------------ a promise in reported speech


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "Canadian Prime Minister Justin Trudeau said his country would command the mission "
            "for its first year."
        ),
        "Canada said it would lead the mission, sending up to 250 personnel.",
    ],
)
def test_a_reported_promise_to_lead_the_mission_is_support(sentence: str) -> None:
    assert named(NATO + sentence, "nato").get("CAN") == "support"


@pytest.mark.parametrize(
    "sentence",
    [
        "Canada said it would not lead the mission.",  # refused: never support
        "Canada said it would lead the mission if the allies asked.",  # a condition
        "Canada did not say it would lead the mission.",  # the report denied
        "Canada would not say whether it would lead the mission.",
        "Canada said it would lead the talks.",  # not a force the decision sets up
    ],
)
def test_no_promise_no_support(sentence: str) -> None:
    assert named(NATO + sentence, "nato").get("CAN") != "support"


# ------------------------------------------------------- an apposition read as a subject


def test_sponsors_in_an_apposition_misread_as_a_second_subject() -> None:
    got = named(
        UNSC + "The draft, a technical rollover put forward by Austria, Croatia and Germany, "
        "was meant to buy time for talks.",
        "unsc",
    )
    assert {a: got.get(a) for a in ("AUT", "HRV", "DEU")} == dict.fromkeys(
        ("AUT", "HRV", "DEU"), "support"
    )


def test_a_thing_backed_by_a_state_that_is_no_decision_stays_no_stance() -> None:
    # near miss: the subject is another thing (no decision's noun before it)
    got = named(UNSC + "A new aid system backed by Israel has been criticised by the UN.", "unsc")
    assert "ISR" not in got


# ------------------------------------------------------------ a bare "joined" after a pact


def test_joining_after_the_pact_is_named_is_support() -> None:
    got = named(
        PACT + "All 19 euro countries joined, along with Bulgaria, Denmark and Poland.",
        "eu-council",
    )
    assert {a: got.get(a) for a in ("BGR", "DNK", "POL")} == dict.fromkeys(
        ("BGR", "DNK", "POL"), "support"
    )


def test_joining_with_no_object_and_no_pact_named_is_no_stance() -> None:
    got = named(EU + "Bulgaria, Denmark and Poland joined.", "eu-council")
    assert not {"BGR", "DNK", "POL"} & set(got)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Bulgaria did not join.", "abstain"),  # staying out, as before
        ("Bulgaria may join later.", None),  # not done
        ("Bulgaria joined in criticising the plan's critics.", None),  # joined another act
    ],
)
def test_near_misses_of_a_bare_join(sentence: str, label: str | None) -> None:
    assert named(PACT + sentence, "eu-council").get("BGR") == label


# ------------------------------------------------------------------- sought, in the passive


def test_a_decision_sought_by_states_is_their_support() -> None:
    got = named(UNSC + "The embargo was sought by the United States and Britain.", "unsc")
    assert got.get("USA") == "support" and got.get("GBR") == "support"


@pytest.mark.parametrize("thing", ["More time", "A delay", "Talks"])
def test_seeking_something_else_is_no_stance(thing: str) -> None:
    verb = "were" if thing == "Talks" else "was"
    assert "SDN" not in named(UNSC + f"{thing} {verb} sought by Sudan.", "unsc")


# ------------------------------------------------------------------ anger at the decision


@pytest.mark.parametrize(
    "sentence",
    [
        "Poland was outraged by the decision.",
        "Poland said it was furious over the new sanctions.",
        "Poland expressed outrage at the sanctions.",
        "Poland recalled its ambassador in protest at the decision.",
        "Poland walked out in protest against the sanctions.",
    ],
)
def test_anger_at_the_decision_is_opposition(sentence: str) -> None:
    assert named(EU + sentence, "eu-council").get("POL") == "oppose"


@pytest.mark.parametrize(
    "sentence",
    [
        "Poland was outraged by the killings.",  # the events, not the decision
        "Poland was outraged that Belarusian police were beating protesters.",
        "Poland was angry at Russia's decision.",  # another's act
        "Poland was angered by the veto.",
        "Poland was not angry at the decision.",
        "Poland walked out in protest at the speech.",
        "Poland declined to comment on the decision.",
    ],
)
def test_anger_at_anything_else_is_no_stance(sentence: str) -> None:
    assert "POL" not in named(EU + sentence, "eu-council")


def test_the_decision_that_angers_right_after_a_veto_is_the_veto() -> None:
    # "the decision" may be the veto: never read as opposition to the text
    got = named(UNSC + "Russia vetoed the draft. Ukraine was outraged by the decision.", "unsc")
    assert got.get("UKR") != "oppose"
