"""Second decisions in EU and NATO reports (issue 13): "consented to" the decision is a yes (a
host's or a party's), and "The ministers also decided to stage an exercise over A and B" in the
sentence right after the lead is a decision of its own when it names a new thing ("an") on
places the lead does not name.

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the sentence alone, and each case
says why in its comment.  Near misses check that nothing is guessed or split.
"""

from __future__ import annotations

import pytest
from drafted_labels import labels, labels_by_issue, needs_spacy

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy

NATO_LEAD = (
    "NATO orders strike planning and a show of air power\n\nBRUSSELS, 11 June 2024 (Wire) - "
    "NATO defence ministers on Thursday ordered the alliance's military planners to prepare "
    "options for intervening in Ruritania, up to and including air strikes. "
)
EU_LEAD = (
    "EU leaders agree gas plan\n\nBRUSSELS, 12 March 2024 (Wire) - European Union leaders "
    "agreed on Tuesday to buy gas jointly. Italy and Spain had pressed for the plan. "
)


def issues(text: str) -> dict[str, dict[str, str]]:
    return labels_by_issue(draft_scenario(text))


# ------------------------------------------------------------------ consent


@pytest.mark.parametrize(
    "after",
    [
        # consenting to the decision is agreeing to it
        "Slovakia consented to the plan.",
        # ... in a relative clause on the state
        "Slovakia, which consented to the plan on Monday, will buy first.",
    ],
)
def test_consented_to_the_decision_is_support(after: str) -> None:
    assert labels(draft_scenario(EU_LEAD + after)) == {
        "ITA": "support",
        "ESP": "support",
        "SVK": "support",
    }


def test_refused_to_consent_is_oppose() -> None:
    # refusing consent to a decision taken by consensus is standing against it
    text = EU_LEAD + "Slovakia refused to consent to the plan."
    assert labels(draft_scenario(text)) == {"ITA": "support", "ESP": "support", "SVK": "oppose"}


def test_consented_that_is_no_stance() -> None:
    # consenting *that* something is so is no yes to the decision (as "agreed that ..." is not)
    text = EU_LEAD + "Slovakia consented that gas prices were too high."
    assert labels(draft_scenario(text)) == {"ITA": "support", "ESP": "support"}


# ------------------------------------------------- a second decision right after the lead


def test_also_decided_a_new_exercise_right_after_the_lead_is_its_own_decision() -> None:
    # a new thing ("an air exercise") over places the lead does not name: a second decision,
    # with the hosts' consent (support) and the push led for it on it
    text = NATO_LEAD + (
        "The ministers also decided to stage an air exercise over Moldova and Romania within "
        "days. Washington led the push. Moldova and Romania consented to NATO aircraft using "
        "their airspace."
    )
    got = issues(text)
    assert len(got) == 2
    exercise = next(v for k, v in got.items() if "exercise" in k)
    assert exercise == {"MDA": "support", "ROU": "support", "USA": "support"}


@pytest.mark.parametrize(
    "after",
    [
        # no new thing, no new place: the lead's decision told on
        "The ministers also decided to review the options in July. Washington led the push.",
        # a reaction, not a decision of theirs
        "The ministers also welcomed the decision. Washington led the push.",
    ],
)
def test_also_right_after_the_lead_on_the_same_decision_stays_one(after: str) -> None:
    got = issues(NATO_LEAD + after)
    assert len(got) == 1
    assert next(iter(got.values())) == {"USA": "support"}


# ------------------------------------------- "In a second decision, the thirty welcomed ..."

PROTOCOL_LEAD = (
    "Allies open the door to Ruritania\n\nPARIS, 12 March 2024 (Wire) - The North Atlantic "
    "Council on Tuesday approved the protocol inviting Ruritania to accede to the North "
    "Atlantic Treaty. France and Britain had pressed for the protocol. "
)


@pytest.mark.parametrize("number", ["thirty", "fourteen", "30"])
def test_the_number_in_a_second_decision_is_the_deciders(number: str) -> None:
    # "the thirty" are the deciders by their number; what they do "in a second decision" is a
    # decision of its own, and Norway's praise of the pact is on it
    text = PROTOCOL_LEAD + (
        f"In a second decision, the {number} welcomed the extension of the Nordic Defence "
        "Pact to Iceland. Norway praised the pact."
    )
    got = issues(text)
    assert len(got) == 2
    assert next(v for k, v in got.items() if "protocol" in k) == {
        "FRA": "support",
        "GBR": "support",
    }
    assert next(v for k, v in got.items() if "pact" in k) == {"NOR": "support"}


def test_the_number_also_welcomed_without_a_second_decision_stays_one() -> None:
    # with no "second decision" a welcome by "the thirty" is no decision of theirs: one issue
    text = PROTOCOL_LEAD + (
        "The thirty also welcomed the extension of the Nordic Defence Pact to Iceland. "
        "Norway praised the pact."
    )
    got = issues(text)
    assert len(got) == 1
    assert next(iter(got.values())) == {"FRA": "support", "GBR": "support", "NOR": "support"}
