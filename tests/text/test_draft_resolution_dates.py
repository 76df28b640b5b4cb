"""The year of a Security Council article whose dateline has none, from the resolution it
names (issue 13, class "wrong date, wrong membership").

Security Council resolutions are numbered in order as they are adopted, so an article that
names resolution N is no older than N's year, and an article that reports N's adoption is
from that year.  Without this, a dateline such as "UNITED NATIONS, 9 March" with "on
Monday" is read as the latest year that fits, and the Council's members of that year are
implied from "unanimously": wrong members, and the real ones missed.

Every article here is written for these tests.  Weekdays derived by hand: 2009 and 2015
began on a Thursday, 2020 (a leap year) on a Wednesday, 2026 on a Thursday.  9 March is day
68 of a common year (67 days after 1 January: 9 weeks and 4 days), day 69 of a leap year:
a Monday in 2009, 2015, 2020 and 2026, and in no other year from 2009 to 2026.
"""

from __future__ import annotations

import datetime as dt

import pytest

from concilium.text.draft import _resolution_years, article_date, draft_scenario, resolution_bounds

TODAY = dt.date(2026, 11, 30)

ADOPTED = """Council extends maritime patrols

UNITED NATIONS, 9 March -- The Security Council on Monday unanimously adopted Resolution
1900, which lets naval patrols continue for another year.
"""
BACKGROUND = """Council extends maritime patrols

UNITED NATIONS, 9 March -- The Security Council on Monday unanimously renewed the naval
patrols first allowed by Resolution 1900.
"""


def test_the_adopted_resolution_fixes_the_year():
    # Resolution 1900 is from 2009 (1860-1907 were adopted in 2009): of the years in which
    # 9 March is a Monday, only 2009
    got = article_date(ADOPTED, TODAY)
    assert got.how == "inferred"
    assert got.day == dt.date(2009, 3, 9)


def test_a_resolution_named_as_background_is_only_a_lower_bound():
    # the patrols were first allowed by 1900: the renewal is 2009 or later, and 9 March is a
    # Monday in 2009, 2015, 2020 and 2026: the year cannot be told
    got = article_date(BACKGROUND, TODAY)
    assert got.how == "assumed"
    assert got.day == dt.date(2026, 3, 9)
    assert got.earliest == dt.date(2009, 1, 1)


def test_without_a_resolution_the_latest_year_is_assumed():
    text = ADOPTED.replace("adopted Resolution\n1900, which lets", "let")
    got = article_date(text, TODAY)
    assert got.how == "assumed" and got.day == dt.date(2026, 3, 9)


@pytest.mark.parametrize(
    "text, bounds",
    [
        # adopted, in either word order
        ("The Security Council adopted resolution 2100 on Tuesday.", (2013, 2013)),
        ("The Security Council met. Resolution 2100 was adopted by 14 votes.", (2013, 2013)),
        # with the drafters set off between the number and the verb
        (
            "The Security Council met. Resolution 2100, drafted by France, was adopted.",
            (2013, 2013),
        ),
        # set off, but adopted in a year named: background, no upper bound
        (
            "The Security Council met. Resolution 2100, drafted by France, was adopted in 2013.",
            (2013, None),
        ),
        # set off, and something else was done to it: no upper bound
        ("The Security Council met. Resolution 2100, on Mali, was cited.", (2013, None)),
        # the newest one named is the lower bound; the adopted one is older: no upper bound
        (
            "The Security Council adopted resolution 2100, recalling resolution 2420.",
            (2018, None),
        ),
        # adopted long ago, named as background
        ("The Security Council marked resolution 1325, adopted in 2000.", (2000, None)),
        # a General Assembly resolution ("67/19") is no Security Council number
        ("The Security Council noted General Assembly resolution 67/19.", (None, None)),
        # not a Security Council article
        ("The European Parliament adopted resolution 2100 on Tuesday.", (None, None)),
        # before the table starts (1990): nothing told
        ("The Security Council recalled resolution 242.", (None, None)),
    ],
)
def test_resolution_bounds(text, bounds):
    assert resolution_bounds(text) == bounds


def test_a_number_at_the_turn_of_a_year_may_be_from_either():
    # 2016 opened with resolution 2261: a number this close to it may be from December 2015
    assert _resolution_years(2261) == (2015, 2016)
    assert _resolution_years(2300) == (2016,)
    assert _resolution_years(2259) == (2015, 2016)
    assert _resolution_years(2230) == (2015,)


def _labels(sc: dict) -> dict[str, str]:
    out = {}
    for a in sc["actors"]:
        for st in (a.get("stances") or {}).values():
            out[a["id"]] = st["note"].split("drafted stance: ")[1].split()[0]
    return out


def test_unanimity_implies_the_members_of_the_resolution_year():
    # the 2009 Council: the five permanent members with Austria, Burkina Faso, Costa Rica,
    # Croatia, Japan, Libya, Mexico, Turkey, Uganda and Viet Nam
    sc = draft_scenario(ADOPTED, source="t.txt", engine="rules")
    assert sc["date"] == dt.date(2009, 3, 9)
    members_2009 = {"CHN", "FRA", "GBR", "RUS", "USA"} | {
        "AUT",
        "BFA",
        "CRI",
        "HRV",
        "JPN",
        "LBY",
        "MEX",
        "TUR",
        "UGA",
        "VNM",
    }
    assert _labels(sc) == dict.fromkeys(members_2009, "support")
