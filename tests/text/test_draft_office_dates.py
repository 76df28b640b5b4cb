"""A dateline with no year, dated by the office holders the article names (issue 13: u04's
"18 September" was read as 2025 although US Ambassador Samantha Power and Secretary-General
Ban Ki-moon place it in 2014).

Every article here is written for these tests.  The terms are the gazetteer's, from the
sources it cites: Samantha Power, US ambassador to the UN 2013-08-05 to 2017-01-20 (Office of
the Historian); Ban Ki-moon, Secretary-General 2007-01-01 to 2016-12-31; Theresa May, prime
minister 2016-07-13 to 2019-07-24; Barack Obama, president 2009-01-20 to 2017-01-20; Donald
Trump, president from 2017-01-20 (first term); António Guterres, Secretary-General from
2017-01-01.  Together: Power and Ban 2013-08-05 to 2016-12-31; May and Obama 2016-07-13 to
2017-01-20.

Weekdays, derived by hand from 1 January: 2014 began on a Wednesday, 2015 on a Thursday,
2016 (leap) on a Friday, 2020 (leap) on a Wednesday, 2026 on a Thursday.  12 March is day 71
of a common year (31 + 28 + 12), day 72 of a leap year.
"""

from __future__ import annotations

import datetime as dt

import pytest

from concilium.text.draft import Gazetteer, article_date, draft_scenario

TODAY = dt.date(2026, 11, 30)
GAZ = Gazetteer.builtin()

POWER_BAN = (
    "Council backs cholera appeal\n\n"
    "UNITED NATIONS, 12 March (Wire) - The Security Council{when} backed an appeal for "
    "cholera vaccines. US Ambassador Samantha Power said the money was needed at once, and "
    "Secretary-General Ban Ki-moon thanked the members."
)


def test_a_weekday_within_the_years_the_office_holders_share():
    # 12 March: 2014: 70 days after a Wednesday, 70 = 10*7, a Wednesday; 2015: after a
    # Thursday, a Thursday; 2016: 71 days after a Friday, 71 = 10*7 + 1, a Saturday.  (In 2013
    # Power was not yet in post.)  Of 2014-2016 only 2015 has it on a Thursday.
    got = article_date(POWER_BAN.format(when=" on Thursday"), TODAY, GAZ)
    assert (got.day, got.how) == (dt.date(2015, 3, 12), "inferred")
    assert "year inferred from office holders: Samantha Power" in got.why
    assert "Ban Ki-moon" in got.why


def test_without_the_office_holders_the_weekday_fits_two_later_years():
    # Without the gazetteer the years run from ten years back (2016) to today: 12 March is a
    # Thursday in 2020 (71 days after a Wednesday: Wednesday + 1) and in 2026 (70 days after
    # a Thursday): two years, so the date is only assumed, and it is the wrong decade.
    got = article_date(POWER_BAN.format(when=" on Thursday"), TODAY)
    assert (got.day, got.how) == (dt.date(2026, 3, 12), "assumed")


def test_no_weekday_takes_the_latest_year_they_shared():
    # 12 March falls within their common term in 2014, 2015 and 2016: the latest, assumed,
    # and the earliest day the article can be from is 12 March 2014
    got = article_date(POWER_BAN.format(when=""), TODAY, GAZ)
    assert (got.day, got.how, got.earliest) == (
        dt.date(2016, 3, 12),
        "assumed",
        dt.date(2014, 3, 12),
    )
    assert "year inferred from office holders" in got.why and "pass --date" in got.why


def test_one_shared_year_is_inferred():
    # May and Obama: 13 July 2016 to 20 January 2017; 4 December falls within it only in 2016
    text = (
        "Allies agree on new deployment\n\n"
        "BRUSSELS, 4 December (Wire) - Allied ministers agreed the deployment. Theresa May "
        "welcomed the move and President Obama called it overdue."
    )
    got = article_date(text, TODAY, GAZ)
    assert (got.day, got.how) == (dt.date(2016, 12, 4), "inferred")


@pytest.mark.parametrize(
    "text",
    [
        # no office holder named: the same date as without the gazetteer (9 October on a
        # Wednesday: only 2024 from 2016 to today; without a weekday: assumed)
        "GENEVA, Oct 9 (Reuters) - The Security Council voted on Wednesday.",
        "GENEVA, Oct 9 (Reuters) - The Security Council voted.",
        "The Security Council voted.",
    ],
)
def test_no_office_holder_named_changes_nothing(text):
    assert article_date(text, TODAY, GAZ) == article_date(text, TODAY)


def test_a_predecessor_named_beside_the_successor_dates_nothing():
    # Obama's last day is Trump's first (20 January 2017, a handover): they were never in
    # office together, so the office holders give no year and the date is as without them
    text = (
        "Council votes on nuclear deal\n\n"
        "UNITED NATIONS, 12 March (Wire) - Trump said the deal Obama struck had failed."
    )
    assert article_date(text, TODAY, GAZ) == article_date(text, TODAY)


def test_a_former_office_holder_is_not_in_office():
    # "former Secretary-General Ban Ki-moon": Guterres alone dates the article (from
    # 2017-01-01); with Ban read as in office the two would never overlap
    text = (
        "Council hears appeal on Myanmar\n\n"
        "UNITED NATIONS, 12 March (Wire) - Secretary-General António Guterres and former "
        "Secretary-General Ban Ki-moon urged the Council to act."
    )
    names = [w.name for w in GAZ.office_windows(text)]
    assert names == ["António Guterres"]
    got = article_date(text, TODAY, GAZ)
    # 2017-2026, the latest year: 2026 (assumed, no weekday)
    assert got.day == dt.date(2026, 3, 12) and got.earliest == dt.date(2017, 3, 12)


def test_one_name_out_of_line_with_the_others_is_left_out():
    # Macron (from 2017-05-14), Trump (2017-01-20 to 2021-01-20, and from 2025-01-20) and
    # Obama (to 2017-01-20) never all held office together.  Leaving out Obama, the other two
    # did (2017-05-14 to 2021-01-20 and from 2025-01-20); leaving out Trump, Macron and Obama
    # never did; leaving out Macron, Trump and Obama share only the handover day.  So Obama,
    # and only he, is left out.  18 June is day 169 of a common year, 170 of a leap year:
    # 2017 began on a Sunday (168 = 24*7 days later: a Sunday), 2018 a Monday, 2019 a
    # Tuesday, 2020 (leap) a Wednesday (+1: a Thursday), 2025 a Wednesday, 2026 a Thursday:
    # only 2019 has 18 June on a Tuesday.  (2024, another Tuesday, is not in Trump's terms.)
    text = (
        "Allies agree on space policy\n\n"
        "BRUSSELS, 18 June (Wire) - Allied ministers agreed on Tuesday on a space policy. "
        "Emmanuel Macron and Donald Trump backed it; Barack Obama had first proposed it."
    )
    got = article_date(text, TODAY, GAZ)
    assert (got.day, got.how) == (dt.date(2019, 6, 18), "inferred")
    assert "Barack Obama" in got.why and "left out" in got.why
    # without the office holders, 2016-2026: 2019 and 2024 (2024 began on a Monday: 169
    # days later, 169 = 24*7 + 1, a Tuesday): two years, assumed
    assert article_date(text, TODAY).how == "assumed"


def test_the_draft_notes_say_the_year_was_inferred():
    sc = draft_scenario(POWER_BAN.format(when=" on Thursday"), source="a.txt", body="unsc")
    assert sc["date"] == dt.date(2015, 3, 12)
    assert sc["x-draft"]["date"]["how"] == "inferred"
    assert "year inferred from office holders" in sc["notes"]
