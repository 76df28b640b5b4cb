"""Votes and arguments aimed at amendments are no stance on the text (issue 13, amendments).

- A vote on amendments ("voted down the Algerian amendments", "voted in favour of the
  amendments") is on the amendments, never on the text: the parser's "down" and "in favour of"
  phrases name the object voted on, as "against" and "for" do.
- "Changes to the text" are amendments even when the parser hangs "to the text" on the verb
  ("rejected Chinese changes to the text"): rejecting another state's changes defends the text
  as drafted (a weak support), never opposes it.
- Arguing for changes ("argued for changes to the text") is no support for the text; and a
  sentence that names amendments only in such an argument, or in a clause describing an actor
  ("Algeria, which had argued for changes to the text, abstained"), still votes on the text.
- "them" after a sentence opening with the amendments ("Algeria's amendments were defeated.
  Japan and Malta voted against them.") is the amendments.
- Near misses: a vote on the resolution ("voted down the resolution", "voted in favour of the
  resolution", "rejected the text as amended") is on the text.

Every article here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the text alone (``None``: none).
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels_by_issue, needs_spacy

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy

DAY = dt.date(2024, 3, 15)
_LEAD = (
    "Council renews Sudan sanctions\n\n"
    "UNITED NATIONS, 15 March 2024 - The Security Council on Friday adopted a resolution "
    "renewing sanctions on Sudan for a year.\n\n"
)


def _drafted(body: str) -> tuple[dict[str, str], dict[str, str]]:
    """The named stances on the sanctions text and on the amendments (an issue of their own,
    or none: then ``{}``)."""
    sc = draft_scenario(_LEAD + body, source="t.txt", on=DAY, body="unsc")
    issues = labels_by_issue(sc, named_only=True)
    main = [i["id"] for i in sc["issues"] if "sudan" in i["title"].lower()]
    others = [i["id"] for i in sc["issues"] if i["id"] not in main]
    assert len(main) == 1 and len(others) <= 1, [i["title"] for i in sc["issues"]]
    return issues[main[0]], issues[others[0]] if others else {}


def _check(body: str, on_text: dict[str, str | None], on_amendments: dict[str, str]) -> None:
    text, amendments = _drafted(body)
    assert {a: text.get(a) for a in on_text} == on_text
    assert {a: amendments.get(a) for a in on_amendments} == on_amendments


@pytest.mark.parametrize(
    "body, on_text, on_amendments",
    [
        # "voted down" the amendments: a vote on them, none on the text
        (
            "Malta and Slovenia voted down the Algerian amendments before the text passed.",
            {"MLT": None, "SVN": None},
            {"MLT": "oppose", "SVN": "oppose"},
        ),
        # "in favour of" the amendments: no support for the text
        (
            "Guyana voted in favour of the amendments.",
            {"GUY": None},
            {"GUY": "support"},
        ),
        # against them and then for the text: one vote on each
        (
            "Japan voted against the amendments and then for the resolution.",
            {"JPN": "support"},
            {"JPN": "oppose"},
        ),
    ],
)
def test_votes_on_amendments(body, on_text, on_amendments):
    _check(body, on_text, on_amendments)


@pytest.mark.parametrize(
    "body, on_text",
    [
        # near misses: the vote is on the text
        ("Malta voted down the resolution.", {"MLT": "oppose"}),
        ("Guyana voted in favour of the resolution.", {"GUY": "support"}),
        ("Ecuador rejected the text as amended.", {"ECU": "oppose"}),
    ],
)
def test_votes_on_the_text(body, on_text):
    _check(body, on_text, {})


def test_rejecting_anothers_changes_to_the_text_defends_it():
    # "to the text" parsed on the verb: still the changes', so these are amendments
    _check(
        "Switzerland rejected Chinese changes to the text.",
        {"CHE": "support"},
        {"CHE": "oppose"},
    )


def test_arguing_for_changes_is_no_support_for_the_text():
    _check("Mozambique argued for changes to the text.", {"MOZ": None}, {})


@pytest.mark.parametrize(
    "body",
    [
        # named in a clause describing the actor
        (
            "Algeria, which had argued for changes to the text, abstained. "
            "Japan voted against the Algerian amendments."
        ),
        # named only in an argument over them
        (
            "Algeria abstained after arguing for changes to the text. "
            "Japan voted against the Algerian amendments."
        ),
        (
            "Algeria, which had proposed the amendments, abstained. "
            "Japan voted against the amendments."
        ),
    ],
)
def test_an_abstention_beside_amendments_argued_for_is_on_the_text(body):
    _check(body, {"DZA": "abstain", "JPN": None}, {"DZA": "support", "JPN": "oppose"})


@pytest.mark.parametrize(
    "body, on_text, on_amendments",
    [
        # "them": the amendments the sentence before opened with
        (
            "Algeria's amendments were defeated. Japan and Malta voted against them.",
            {"JPN": None, "MLT": None},
            {"JPN": "oppose", "MLT": "oppose"},
        ),
        # near miss: the text named outright
        (
            "Algeria's amendments were defeated. Japan voted for the resolution.",
            {"JPN": "support"},
            {},
        ),
    ],
)
def test_them_after_the_amendments(body, on_text, on_amendments):
    _check(body, on_text, on_amendments)
