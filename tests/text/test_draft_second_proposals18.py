"""A proposal the deciders turned down, told after the lead, is an issue of its own (issue 13,
heldout18 second issues): "The leaders rejected Lithuania's call for a ban on timber" tells
Lithuania's stance on the ban, not on the tariffs the leaders did agree, as "did not agree to"
already does (test_draft_argued_over.py).

Every sentence is written for these tests (none is taken from the benchmark articles); the
expected stances are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import pytest
from drafted_labels import needs_spacy

pytestmark = needs_spacy

LEAD = (
    "EU agrees tariffs on Belarus\n\nBRUSSELS, 14 March 2024 - European Union leaders on "
    "Thursday agreed new tariffs on Belarusian potash and fertiliser.\n\n"
)


def _draft(text: str) -> dict:
    from concilium.text.draft import draft_scenario

    return draft_scenario(text, source="t.txt", engine="spacy")


def _by_issue(sc: dict) -> dict[str, dict[str, str]]:
    titles = {i["id"]: i["title"] for i in sc["issues"]}
    assert len(set(titles.values())) == len(titles), titles  # one issue per decision
    out: dict[str, dict[str, str]] = {t: {} for t in titles.values()}
    for a in sc["actors"]:
        for iid, st in (a.get("stances") or {}).items():
            out[titles[iid]][a["id"]] = st["note"].split("drafted stance: ")[1].split()[0]
    return out


def _one(issues: dict[str, dict[str, str]], word: str) -> dict[str, str]:
    found = [t for t in issues if word in t.lower()]
    assert len(found) == 1, issues
    return issues[found[0]]


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "The leaders rejected Lithuania's call for a ban on Belarusian timber. Poland had "
            "also pressed for it."
        ),
        "The summit ruled out a ban on Belarusian timber. Lithuania and Poland had pressed for it.",
        (
            "The leaders turned down a ban on Belarusian timber. Lithuania and Poland had called "
            "for it."
        ),
        (
            "But the ministers brushed aside calls for a ban on Belarusian timber, which Lithuania "
            "and Poland had pressed for."
        ),
    ],
)
def test_a_proposal_turned_down_holds_the_stances_told_on_it(sentences):
    # the timber ban was turned down: the support of those who pressed for it is on the ban,
    # an issue of its own; the tariffs, the decision, keep their own title and no stance
    issues = _by_issue(_draft(LEAD + sentences + "\n"))
    assert len(issues) == 2
    assert _one(issues, "timber") == {"LTU": "support", "POL": "support"}
    assert _one(issues, "tariffs") == {}


def test_a_proposal_adopted_is_the_decision():
    # near miss: "adopted Lithuania's proposal" is the decision itself, no second issue
    sentences = (
        "The leaders adopted Lithuania's proposal for the tariffs. Poland had pressed for it."
    )
    issues = _by_issue(_draft(LEAD + sentences + "\n"))
    assert len(issues) == 1
    assert next(iter(issues.values())) == {"POL": "support"}


def test_rejecting_it_names_no_proposal():
    # near miss: "rejected it" names no proposal of its own; nothing is set apart
    sentences = "The leaders rejected it. Poland had pressed for it."
    issues = _by_issue(_draft(LEAD + sentences + "\n"))
    assert len(issues) == 1
