"""A second decision put off after the one taken is an issue of its own (issue 13, heldout22
and heldout23): "NATO sends ships but holds off on a no-fly zone" tells, in the body, who
pressed for the no-fly zone and who resisted it; those stances are on the no-fly zone, not on
the ships (a member against the zone read as against the ships is an inverted stance).

Every sentence is written for these tests (none is taken from the benchmark articles); the
expected stances are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import pytest
from drafted_labels import labels_by_issue, needs_spacy

pytestmark = needs_spacy

LEAD = (
    "\n\nBRUSSELS, 3 May 2027 - NATO defence ministers agreed on Tuesday to send more "
    "minesweepers to the Baltic Sea{but}.\n\n"
)
PUT_OFF = ", but put off any decision on a naval blockade"
# the blockade named in three paragraphs: each tells stances on it
BODY = (
    "Norway and Denmark are pushing for a naval blockade. Italy is opposed. Spain has also "
    "resisted the idea.\n\nGreece has opposed a naval blockade from the start.\n\n"
    "Poland welcomed the minesweepers.\n"
)
ON_BLOCKADE = {
    "NOR": "support",
    "DNK": "support",
    "ITA": "oppose",
    "ESP": "oppose",
    "GRC": "oppose",
}


def _draft(text: str) -> dict[str, dict[str, str]]:
    from concilium.text.draft import draft_scenario

    return labels_by_issue(draft_scenario(text, source="t.txt", engine="spacy"))


def _split(issues: dict[str, dict[str, str]]) -> tuple[dict[str, str], dict[str, str]]:
    """(the blockade's stances, the minesweepers' stances): exactly two issues."""
    assert len(issues) == 2, issues
    blockade = [i for i in issues if "blockade" in i]
    assert len(blockade) == 1, issues
    other = next(i for i in issues if i != blockade[0])
    return issues[blockade[0]], issues[other]


@pytest.mark.parametrize(
    "headline",
    [
        "NATO sends minesweepers to the Baltic but holds off on a naval blockade",
        "NATO sends minesweepers to the Baltic, puts off naval blockade",
        "NATO sends minesweepers to the Baltic but defers a decision on a naval blockade",
    ],
)
@pytest.mark.parametrize("but", ["", PUT_OFF])
def test_the_headlines_second_decision_put_off_holds_every_stance_named_on_it(headline, but):
    blockade, ships = _split(_draft(headline + LEAD.format(but=but) + BODY))
    assert blockade == ON_BLOCKADE
    assert ships == {"POL": "support"}  # (Poland's stance names the minesweepers)


@pytest.mark.parametrize(
    "but", [PUT_OFF, ", but the allies postponed until June a decision on a naval blockade"]
)
def test_the_leads_second_decision_put_off_holds_the_stances_named_on_it(but):
    blockade, ships = _split(
        _draft("NATO sends minesweepers to the Baltic" + LEAD.format(but=but) + BODY)
    )
    assert blockade == ON_BLOCKADE
    assert ships == {"POL": "support"}


def test_a_lead_with_one_decision_keeps_one_issue():
    # nothing put off: the body's stances are read on the one decision, as before
    issues = _draft("NATO sends minesweepers to the Baltic" + LEAD.format(but="") + BODY)
    assert list(issues.values()) == [{**ON_BLOCKADE, "POL": "support"}]


def test_the_decision_put_off_that_the_lead_already_names_is_the_decision():
    # the lead's first clause is about the blockade itself: its decision put off is the one
    # decision reported, not a second one
    lead = (
        "\n\nBRUSSELS, 3 May 2027 - NATO defence ministers discussed a naval blockade of the "
        "port on Tuesday, but put off any decision on the blockade.\n\n"
    )
    issues = _draft("NATO ministers weigh a naval blockade" + lead + BODY)
    assert len(issues) == 1, issues


def test_a_headline_decision_put_off_alone_is_the_one_decision():
    # no first decision before it ("NATO puts off ..."): one issue, as before
    issues = _draft("NATO puts off a decision on a naval blockade" + LEAD.format(but="") + BODY)
    assert len(issues) == 1, issues


# A member's consent withheld from a further step, told beside the decision taken (issue 13,
# heldout23): "Albania closed two chapters ... Greece withheld its consent to opening talks on
# energy" is Greece against opening those talks, not against the closing it let pass.

CLOSED = (
    "Albania closes two more EU chapters\n\nBRUSSELS, 5 June 2027 - Albania closed two more "
    "chapters of its European Union membership talks at a meeting with EU ministers on "
    "Monday.\n\n"
)


@pytest.mark.parametrize(
    ("body", "refuser", "step"),
    [
        (
            (
                "Greece did not stand in the way of closing them. It did, however, withhold "
                "its consent to opening talks on energy."
            ),
            "GRC",
            "energy",
        ),
        (
            (
                "Greece did not stand in the way of closing them. Cyprus, however, withheld "
                "its approval for opening the chapter on energy."
            ),
            "CYP",
            "energy",
        ),
    ],
)
def test_consent_withheld_from_a_further_step_is_on_that_step(body, refuser, step):
    issues = _draft(CLOSED + body + "\n")
    assert len(issues) == 2, issues
    further = next(i for i in issues if step in i)
    taken = next(i for i in issues if i != further)
    assert issues[further] == {refuser: "oppose"}
    assert issues[taken] == {"GRC": "support"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the step is the decision taken (its words are the lead's): on it
        ("Greece withheld its consent to the two chapters.", {"GRC": "oppose"}),
        # no step named: nothing set apart
        ("Greece withheld its consent for weeks before giving way.", {"GRC": "support"}),
    ],
)
def test_consent_withheld_from_the_decision_itself_stays_on_it(body, expected):
    assert list(_draft(CLOSED + body + "\n").values()) == [expected]


# A joint body's meeting not held, told after the decisions taken (issue 13, heldout23): "No
# meeting of the NATO-Georgia Commission was held ... Turkey blocked it" is Turkey against
# that meeting, not against the plan the ministers agreed.

POLICING = (
    "NATO ministers agree new air policing plan\n\nBRUSSELS, 8 March 2027 - NATO defence "
    "ministers agreed on Thursday to a new air policing plan for the Baltic states.\n\n"
)


@pytest.mark.parametrize(
    "body",
    [
        (
            "No meeting of the NATO-Georgia Commission was held. Tbilisi had asked for one, "
            "but Turkey blocked it."
        ),
        "No session of the NATO-Georgia Commission was convened. Turkey opposed it.",
    ],
)
def test_a_joint_bodys_meeting_not_held_holds_the_block_told_after(body):
    issues = _draft(POLICING + body + "\n")
    assert len(issues) == 2, issues
    commission = next(i for i in issues if "commission" in i)
    plan = next(i for i in issues if i != commission)
    assert issues[commission] == {"TUR": "oppose"}
    assert issues[plan] == {}


def test_a_meeting_of_the_ministers_not_held_is_no_decision():
    # no joint body named: the stance after it stays on the plan
    body = "No meeting of the ministers was held on Friday. Norway welcomed the plan."
    assert list(_draft(POLICING + body + "\n").values()) == [{"NOR": "support"}]
