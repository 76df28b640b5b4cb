"""UN reports of heldout18 (issue 13, the un18 hunt), read after its run:

- A state's dissidents, exiles or activists are not its government: "Venezuelan dissidents
  criticised the decision" is no stance of Venezuela's (its diplomats or government are).

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the sentence alone.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from drafted_labels import labels_by_issue, needs_spacy, stance_pairs

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy
DAY = dt.date(2019, 6, 10)
read = partial(stance_pairs, on=DAY)
LEAD = (
    "Council widens the Ruritania embargo\n\nUNITED NATIONS, 10 June 2019 - The Security "
    "Council on Monday adopted resolution 2901, letting navies inspect ships bound for "
    "Ruritania. Resolution 2901 was adopted by 13 votes to none. "
)


def issues(text: str) -> dict[str, dict[str, str]]:
    """{issue id: {actor: label}} of the stances named in a drafted report (not from a count)."""
    got = draft_scenario(LEAD + text, source="t.txt", on=DAY, body="unsc")
    return labels_by_issue(got, named_only=True)


# ------------------------------------------------------- a state's critics, not its state


@pytest.mark.parametrize(
    "sentence",
    [
        "Prominent Venezuelan dissidents criticised the decision.",
        "Iranian exiles in Paris welcomed the vote.",
        "Belarusian activists condemned the resolution.",
        "The decision was criticised by Venezuelan dissidents.",
    ],
)
def test_dissidents_exiles_and_activists_are_no_state(sentence: str) -> None:
    assert read(sentence) == set()


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Venezuelan diplomats criticised the decision.", {("VEN", "oppose")}),
        ("The Venezuelan government criticised the decision.", {("VEN", "oppose")}),
        ("Iran welcomed the vote.", {("IRN", "support")}),
    ],
)
def test_a_states_diplomats_and_government_still_speak_for_it(sentence, expected) -> None:
    assert read(sentence) == expected
