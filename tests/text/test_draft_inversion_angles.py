"""Inversion hunt on new angles (issue 13): wire-report forms that drafted the opposite of the
stated stance, on sentences written for this file.

- a stance noun named as missing: "adopted without Hungary's support" was support (as
  "with Hungary's support"); what went without is no stance;
- a change of position told later in the same sentence: "had threatened a veto, only to back
  down" was oppose ("only to ..." was read as a purpose with no subject), "objected at first
  but later relented" and "backed it at first but later withdrew its support" were ties; the
  later word stands, as it does across sentences;
- agreeing to talk on: "had objected, but agreed to more talks" was support (and the
  objection was dropped as the earlier word); more talks are no consent to the decision;
- praise for opposing: "Germany praised Poland for opposing the package" (and "Poland was
  praised by Germany for ...") was support for Germany, as for any praise; praise for an act
  against the text is opposition, as praise for a veto already was;
- an object denied: "backed neither the statement nor the sanctions", "supported neither
  text" were support; "backed the ceasefire call but not the sanctions" was support for the
  sanctions too.

Each expected label is what a careful reader codes from the text alone; ``None`` means no
stance for that actor.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import issue_with, labels_by_issue, needs_spacy, resolved

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy

ON = dt.date(2024, 3, 12)
LEAD = (
    "BRUSSELS, March 12 (Wire) - EU foreign ministers approved new sanctions on Iran on Tuesday. "
)


def _read(tail: str, expected: dict[str, str | None]) -> None:
    got = resolved(LEAD + tail, ON)
    assert {a: got.get(a) for a in expected} == expected


@pytest.mark.parametrize(
    "tail, expected",
    [
        ("The package was adopted without Hungary's support.", {"HUN": None}),
        ("The package went through without Hungarian backing or consent.", {"HUN": None}),
        ("Ministers adopted the package without Slovakia's blessing.", {"SVK": None}),
        # a vote told after it still decides
        (
            "The package was adopted without Hungary's support. Hungary abstained.",
            {"HUN": "abstain"},
        ),
        # near misses: "with" names the support given
        ("The package was adopted with Hungary's support.", {"HUN": "support"}),
        ("The package was adopted with the backing of Slovakia.", {"SVK": "support"}),
    ],
)
def test_support_named_as_missing(tail, expected):
    _read(tail, expected)


@pytest.mark.parametrize(
    "tail, expected",
    [
        (
            "Hungary had threatened a veto, only to back down at the last minute.",
            {"HUN": "support"},
        ),
        (
            "Hungary threatened to block the package, only to relent hours later.",
            {"HUN": "support"},
        ),
        ("Hungary had objected, only to drop its objection on Tuesday.", {"HUN": "support"}),
        ("Hungary objected at first but later relented.", {"HUN": "support"}),
        ("Hungary backed it at first but later withdrew its support.", {"HUN": "oppose"}),
        # near misses: what follows "only to" is no change of position; a renewal told after
        # the climb-down is the last word; another actor's climb-down is not this one's
        ("Hungary threatened a veto, only to see it ignored.", {"HUN": "oppose"}),
        ("Hungary relented on Tuesday but renewed its objection on Friday.", {"HUN": "oppose"}),
        (
            "Hungary objected at first, and Slovakia later relented.",
            {"HUN": "oppose", "SVK": "support"},
        ),
    ],
)
def test_change_of_position_later_in_the_sentence(tail, expected):
    _read(tail, expected)


@pytest.mark.parametrize(
    "tail, expected",
    [
        ("Hungary backed neither the statement nor the sanctions.", {"HUN": "oppose"}),
        ("Hungary supported neither text.", {"HUN": "oppose"}),
        # near misses: a subject under "neither", read before; an object with no "neither"
        (
            "Neither Slovakia nor Austria backed the package.",
            {"SVK": "oppose", "AUT": "oppose"},
        ),
        ("Hungary backed the statement and the sanctions.", {"HUN": "support"}),
    ],
)
def test_object_under_neither(tail, expected):
    _read(tail, expected)


@pytest.mark.parametrize(
    "tail, expected",
    [
        # agreeing to talk on is no consent: the objection told is the stance (was support,
        # with the objection dropped as the earlier word)
        ("Slovakia had objected, but agreed to more talks.", {"SVK": "oppose"}),
        ("Slovakia agreed to hold further talks on the package.", {"SVK": None}),
        # near misses: consent to the text itself; talks with a partner may be the decision
        ("Slovakia had objected, but agreed to the package.", {"SVK": "support"}),
        ("Austria backed further talks with Turkey.", {"AUT": "support"}),
    ],
)
def test_agreeing_to_more_talks(tail, expected):
    _read(tail, expected)


@pytest.mark.parametrize(
    "tail, expected",
    [
        # praise for opposing is opposition, active or passive (was support)
        ("Germany praised Poland for opposing the package.", {"DEU": "oppose"}),
        ("Poland was praised by Germany for opposing the package.", {"DEU": "oppose"}),
        # near misses: criticism for opposing, thanks for backing, praise of the text itself
        ("Poland was criticised by Germany for opposing the package.", {"DEU": "support"}),
        ("Germany thanked Poland for backing the package.", {"DEU": "support"}),
        ("The package was praised by Germany for its ambition.", {"DEU": "support"}),
    ],
)
def test_praised_for_opposing(tail, expected):
    _read(tail, expected)


TWO = (
    "EU agrees Iran sanctions, Gaza call\n\n"
    "BRUSSELS, 12 March 2024 - EU foreign ministers on Tuesday approved new sanctions on Iran "
    "and called for a ceasefire in Gaza. "
)


@pytest.mark.parametrize(
    "tail, sanctions, ceasefire",
    [
        # "but not the sanctions": backed the one, not the other (was support on both)
        ("Hungary backed the ceasefire call but not the sanctions.", {}, {"HUN": "support"}),
        # near miss: both named as backed
        (
            "Hungary backed the ceasefire call and the sanctions.",
            {"HUN": "support"},
            {"HUN": "support"},
        ),
    ],
)
def test_decision_denied_in_a_conjunct(tail, sanctions, ceasefire):
    sc = draft_scenario(TWO + tail, source="t.txt", on=ON, body="eu-council")
    issues = labels_by_issue(sc, named_only=True)
    assert issue_with(issues, "sanctions") == sanctions
    assert issue_with(issues, "ceasefire") == ceasefire
