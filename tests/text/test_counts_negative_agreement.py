"""An agreement to not do something is no count of support (sentences written for this test).

"All 30 allies agreed that NATO planes should not operate there" says the allies agreed on a
refusal: read as 30 votes for the proposal, it implied support for the very step they ruled out
(an inversion). Such a count is dropped rather than guessed; agreements without a negation in
their clause still count.
"""

from __future__ import annotations

import datetime as dt

import pytest

from concilium.text.counts import find_counts
from concilium.text.draft import draft_scenario


@pytest.mark.parametrize(
    "sentence",
    [
        "Ministers from all 30 member states agreed that allied jets should not enter the zone.",
        "All 30 allies agreed not to send ground troops.",
        "All 27 leaders agreed that there would be no new sanctions for now.",
        "All 32 allies agreed they would never deploy the system.",
    ],
)
def test_an_agreement_to_not_act_gives_no_count(sentence):
    assert find_counts(sentence).as_dict() == {}


@pytest.mark.parametrize(
    "sentence, yes",
    [
        ("All 27 leaders agreed the package on Thursday, though it does not set a date.", 27),
        ("All 32 allies agreed to the plan.", 32),
        # the negation is in a separate, coordinated remark, not in what was agreed
        ("He said all 28 allies had agreed and stressed that this does not mean combat.", 28),
        ("All 27 leaders backed the text, which does not set a date.", 27),
    ],
)
def test_an_agreement_without_negation_still_counts(sentence, yes):
    assert find_counts(sentence).as_dict() == {"yes": yes}


def test_a_refusal_agreed_by_all_implies_no_support_for_what_was_refused():
    text = (
        "Alliance declines to patrol the Black Sea\n\n"
        "BRUSSELS, 4 March 2022 - NATO turned down a request to patrol the Black Sea. "
        "Ministers from all 30 member states agreed that allied warships should not enter "
        "the area, officials said. Romania had asked for the patrols."
    )
    scenario = draft_scenario(text, on=dt.date(2022, 3, 4), body="nato")
    notes = [
        stance.get("note", "")
        for actor in scenario["actors"]
        for stance in actor.get("stances", {}).values()
    ]
    # before: 30 'drafted stance: support (assumed from the count)' entries
    assert not any("assumed from the count" in note for note in notes)
