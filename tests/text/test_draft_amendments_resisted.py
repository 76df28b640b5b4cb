"""Resisting another actor's amendments is no opposition to the text (issue 13, nineteenth stop).

- An actor that resists, rejects or opposes amendments another actor put forward ("Washington
  had resisted Cuban amendments", "opposed amendments put forward by Egypt") defends the text
  as drafted: a weak support for the text (any stance told outright outranks it), and its
  opposition goes to the amendments, never to the text.
- With no owner named ("resisted the amendments") the text gets no stance from it; changes
  "to the text" are amendments too ("rejected changes to the text"): no opposition to the text.
- Near misses: "resisted the resolution" is opposition; "resisted pressure to veto it" is not;
  the amendments' own sponsor pressing for them gives no support for the text.

Every article here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels_by_issue, needs_spacy

from concilium.text.draft import draft_scenario

DAY = dt.date(2024, 3, 15)

_ARTICLE = (
    "Council extends peacekeeping mission in Cyprus\n\n"
    "UNITED NATIONS, 15 March 2024 - The Security Council on Friday extended the UN "
    "peacekeeping mission in Cyprus for a year, by 13 votes to none, with two abstentions.\n\n"
    "Russia and China abstained. Japan praised the work of the peacekeepers. {sentence}"
)


def _on_mission(sentence: str) -> dict[str, str]:
    """The labels on the mission's extension (the issue whose title names the mission)."""
    sc = draft_scenario(_ARTICLE.format(sentence=sentence), source="t.txt", on=DAY, body="unsc")
    issues = labels_by_issue(sc, named_only=True)
    titles = {i["id"]: i["title"].lower() for i in sc["issues"]}
    (iid,) = [k for k in titles if "mission" in titles[k] or "peacekeep" in titles[k]]
    return issues.get(iid, {})


@needs_spacy
@pytest.mark.parametrize(
    "sentence",
    [
        # another state's amendments, named by an adjective of its nationality
        "Washington had resisted Russian amendments, insisting that none were needed.",
        # ... by the state that put them forward
        "The United States opposed amendments put forward by Russia.",
        # ... by a possessive
        "The United States rejected Russia's amendments.",
    ],
)
def test_resisting_anothers_amendments_defends_the_text(sentence: str) -> None:
    assert _on_mission(sentence).get("USA") == "support"


@needs_spacy
@pytest.mark.parametrize(
    "sentence",
    [
        # whose amendments is not told: no stance on the text (never opposition)
        "The United States resisted the amendments.",
        # changes to the text are amendments: their rejection is no rejection of the text
        "The United States rejected changes to the text.",
    ],
)
def test_resisting_amendments_is_no_opposition_to_the_text(sentence: str) -> None:
    assert _on_mission(sentence).get("USA") is None


@needs_spacy
def test_resisting_the_resolution_is_opposition() -> None:
    # near miss: the resolution itself, not changes to it
    assert _on_mission("The United States resisted the resolution.").get("USA") == "oppose"


@needs_spacy
def test_resisting_pressure_to_veto_is_no_opposition() -> None:
    # near miss: resisting pressure to block the text is not resisting the text
    assert _on_mission("The United States resisted pressure to veto it.").get("USA") != "oppose"


@needs_spacy
def test_the_sponsor_of_amendments_gets_no_support_for_the_text() -> None:
    # Egypt, not a member, pressed for its own amendments: that is no backing of the text
    # as drafted (and its own amendments' rejection by another state gives it none either)
    got = _on_mission(
        "Egypt pressed for amendments. The United States rejected Egypt's amendments."
    )
    assert got.get("EGY") is None
    assert got.get("USA") == "support"
