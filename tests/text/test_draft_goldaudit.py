"""Decisions put off or not taken, the classes the gold audit met (issue 13, goldaudit).

The benchmark codes a decision put off, blocked or not taken on the proposal, whose status quo
is no decision (README, gold format; 9942e8e): a member that wanted it put off, insisted on
waiting or argued to keep the status quo opposes it; one that pressed for it now supports it.
The audit of the gold files recoded 27-24 (an Afghanistan withdrawal put off: "not ready to
decide", "not yet in a position to talk about the withdrawal") and 26-18 (penalties on Poland
not taken: Merkel "argued for dialogue", Rutte "pushed for a hard line"), and read 22-14's
"lined up behind the Germans" (who had blocked the opening) against the drafter's issue.

Every passage is written for these tests (none is taken from an article), in a wire style;
the labels are derived by hand from the passage alone.  Near misses: lining up behind a
member that proposed the step (support), siding with the blocker (oppose, already read), a
hard line pressed for on its own (support).  The open classes are strict xfails.
"""

from __future__ import annotations

import pytest
from drafted_labels import first_issue_pairs, needs_spacy

pytestmark = needs_spacy

EU = "eu-council"


def _pairs(headline: str, text: str, body: str, date: str) -> set[tuple[str, str]]:
    return first_issue_pairs(headline, text, date, body, named_only=True)


# A blocker's followers: "lined up behind" the member that blocked the step opposes it, as
# the blocker does (22-14: the Netherlands and Austria "lined up behind the Germans").
BLOCKED = (
    "BRUSSELS, November 14, 2023 - European Union ministers agreed on Tuesday to open a new"
    " chapter in Serbia's accession talks, but only on paper: at Austria's insistence the"
    " conference with Belgrade will not take place until after the Commission's report in March."
    " Austria had blocked the plan for a conference this week."
)


def test_sided_with_the_blocker_opposes() -> None:
    # control: "sided with Vienna", Vienna having blocked the plan
    got = _pairs(
        "EU yields to Vienna and pushes Serbia's new chapter back until spring",
        BLOCKED + " Slovakia and Croatia sided with Vienna.",
        EU,
        "2023-11-14",
    )
    assert got == {("AUT", "oppose"), ("SVK", "oppose"), ("HRV", "oppose")}


def test_lined_up_behind_the_proposer_supports() -> None:
    # near miss: the member lined up behind proposed the step, so its followers support it
    got = _pairs(
        "EU ministers back Serbia's new chapter",
        "BRUSSELS, November 14, 2023 - European Union ministers agreed on Tuesday to open a new"
        " chapter in Serbia's accession talks. Austria had proposed the step. Slovakia and"
        " Croatia lined up behind Vienna.",
        EU,
        "2023-11-14",
    )
    assert got == {("AUT", "support"), ("SVK", "support"), ("HRV", "support")}


@pytest.mark.xfail(
    strict=True,
    reason="open class: 'lined up behind' a member that blocked the step is read as support of"
    " the step, not as the blocker's oppose (22-14's Netherlands and Austria)",
)
def test_lined_up_behind_the_blocker_opposes() -> None:
    got = _pairs(
        "EU yields to Vienna and pushes Serbia's new chapter back until spring",
        BLOCKED + " Slovakia and Croatia lined up behind Vienna.",
        EU,
        "2023-11-14",
    )
    assert got == {("AUT", "oppose"), ("SVK", "oppose"), ("HRV", "oppose")}


@pytest.mark.xfail(
    strict=True,
    reason="open class: a decision put off where a member is 'not ready to decide' or 'not yet in"
    " a position to talk about' the step gets no stance; under the convention it opposes (27-24)",
)
def test_not_ready_to_decide_opposes_the_step_put_off() -> None:
    got = _pairs(
        "Council decision",
        "BRUSSELS, February 18, 2021 - NATO defence ministers put off any decision on whether to"
        " pull their troops out of Mali before a June deadline. Canada was not ready to decide."
        " Spain said it was not yet in a position to talk about a withdrawal.",
        "nato",
        "2021-02-18",
    )
    assert got == {("CAN", "oppose"), ("ESP", "oppose")}


def test_hard_line_pressed_for_supports() -> None:
    # near miss: a step not taken, one member pressing for it: support (already read)
    got = _pairs(
        "Council decision",
        "BRUSSELS, October 22, 2021 - EU leaders decided against sanctions on Hungary for now."
        " Sweden pushed for a hard line.",
        EU,
        "2021-10-22",
    )
    assert got == {("SWE", "support")}


@pytest.mark.xfail(
    strict=True,
    reason="open class: 'argued for dialogue' against a step not taken (sanctions put off for"
    " now) is read as support of the step; under the convention it opposes it (26-18's Germany)",
)
def test_argued_for_dialogue_opposes_the_step_not_taken() -> None:
    got = _pairs(
        "Council decision",
        "BRUSSELS, October 22, 2021 - EU leaders decided against sanctions on Hungary for now and"
        " agreed to pursue talks with Budapest. Sweden pushed for a hard line. Austria argued for"
        " dialogue.",
        EU,
        "2021-10-22",
    )
    assert got == {("SWE", "support"), ("AUT", "oppose")}
