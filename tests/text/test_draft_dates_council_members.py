"""Dating an article whose dateline has no year by the Security Council members it names
(issue 13, class "dateless": a wrong year gives the wrong membership).

An elected member of the Security Council serves a two-year term, so a state the report says
voted, abstained, chaired the meeting or sat on the Council must have been a member that day:
its terms narrow the years the dateline's day and month can be from.  A permanent member gives
no clue; a state named otherwise ("the mission in Mozambique", "Syria" in a relative clause)
gives none; a drafter gives one only when it fits with the voters (a state off the Council
can write a draft); members that never sat together leave the date as it was, said so.

Every article here is written for these tests.  Terms (the body data, ``unsc.yaml``): Malta
1983-1984 and 2023-2024, Mozambique 2023-2024, Guyana 1975-1976, 1982-1983 and 2024-2025,
Sierra Leone 1970-1971 and 2024-2025, Kazakhstan 2017-2018, Belgium 1971-1972, 1991-1992,
2007-2008 and 2019-2020, Germany 1977-1978, 1987-1988, 1995-1996, 2003-2004, 2011-2012 and
2019-2020.  Weekdays derived by hand: 9 October is day 282 of a common year, 283
of a leap year; 2019 began on a Tuesday (9 October: 281 days on, 281 = 40 * 7 + 1, a
Wednesday), 2020 on a Wednesday (282 days on, a Friday), 2026 on a Thursday (a Friday).
"""

from __future__ import annotations

import datetime as dt

import pytest

from concilium.bodies import load_body
from concilium.text.draft import ArticleDate, Gazetteer, article_date, draft_scenario

TODAY = dt.date(2026, 11, 30)

ARTICLE = """Council renews monitoring mission

UNITED NATIONS, Oct 9 (Wire) - The U.N. Security Council renewed a monitoring mission in the
border region for a year{count}. {rest}
"""


def _dated(rest: str, count: str = " by 13 votes to none") -> ArticleDate:
    text = ARTICLE.format(count=count, rest=rest)
    return article_date(text, TODAY, gazetteer=Gazetteer.builtin())


def test_an_elected_member_that_sat_in_one_candidate_year_dates_the_article():
    # The mission was set up in 2024: the report is from 2024, 2025 or 2026; of those years
    # Malta (1983-1984, 2023-2024) sat on the Council only in 2024, so 9 October 2024.
    got = _dated("Malta and China abstained. The mission was set up in 2024.")
    assert (got.day, got.how) == (dt.date(2024, 10, 9), "inferred")
    assert "Malta (1983-1984, 2023-2024)" in got.why and "Security Council members" in got.why


def test_two_elected_members_whose_terms_overlap_in_one_year():
    # no year named: Mozambique (2023-2024) and Guyana (1975-1976, 1982-1983, 2024-2025) sat
    # together only in 2024
    got = _dated(
        "Mozambique and Guyana, the two members that had asked for a shorter mandate, abstained."
    )
    assert (got.day, got.how) == (dt.date(2024, 10, 9), "inferred")
    # near miss: Malta and Guyana sat together in 1983 and in 2024, so the latest is assumed
    got = _dated(
        "Malta and Guyana, the two members that had asked for a shorter mandate, abstained."
    )
    assert (got.day, got.how) == (dt.date(2024, 10, 9), "assumed")
    assert "in 1983, 2024:" in got.why


@pytest.mark.parametrize(
    "rest",
    [
        "Russia voted in favour, and Malta's envoy said it would follow the vote closely.",
        # a state voted along with the Council members but in another body
        "In the General Assembly, Malta voted against a similar text.",
        # the subject of the vote, not a voter
        "Russia and China, which had blocked earlier texts on Mozambique, voted in favour.",
        # a non-member
        "Kazakhstan, which is not a member of the Council, welcomed the renewal.",
    ],
)
def test_a_state_not_named_as_sitting_on_the_council_dates_nothing(rest):
    got = _dated(rest)
    assert (got.day, got.how) == (dt.date(2026, 10, 9), "assumed")
    assert "Security Council members" not in got.why


def test_a_permanent_member_gives_no_clue():
    # China and Russia sit on the Council every year: the latest candidate year is assumed
    got = _dated("China and Russia abstained.")
    assert (got.day, got.how) == (dt.date(2026, 10, 9), "assumed")
    assert "Security Council members" not in got.why


def test_members_that_never_sat_together_leave_the_date_as_it_was():
    # Malta (2023-2024) and Kazakhstan (2017-2018): no year fits both; the clue is not used
    # (a misreading or a misnamed state), and the note says so
    got = _dated("Malta and Kazakhstan abstained.")
    assert (got.day, got.how) == (dt.date(2026, 10, 9), "assumed")
    assert "sat together in no year" in got.why


def test_a_drafter_counts_only_when_it_fits_with_the_voters():
    # Germany drafted it, but Mozambique abstained: Germany (last 2019-2020) did not sit with
    # Mozambique; a state off the Council can write a draft, so the vote wins: Mozambique's
    # 2023 or 2024, the latest assumed, both said
    got = _dated("The text was drafted by Germany. Mozambique abstained.")
    assert (got.day, got.how) == (dt.date(2024, 10, 9), "assumed")
    assert "in 2023, 2024:" in got.why and "Germany" not in got.why


def test_drafters_alone_leave_two_years_and_say_which():
    # Belgium and Germany sat in 2019 and 2020: 2020 is assumed, both years said, and the
    # membership is not fixed (the elected members changed on 1 January 2020)
    got = _dated("The text was drafted by Belgium and Germany.")
    assert (got.day, got.how) == (dt.date(2020, 10, 9), "assumed")
    assert "in 2019, 2020:" in got.why
    assert got.earliest == dt.date(2019, 10, 9)
    assert not got.membership_fixed(load_body("unsc"))


def test_the_weekday_picks_among_the_members_years():
    # Belgium and Germany: 2019 or 2020; 9 October was a Wednesday in 2019 and a Friday in
    # 2020 (and 2026, when they did not sit): 2020
    got = _dated("The text, drafted by Belgium and Germany, was adopted on Friday.")
    assert (got.day, got.how) == (dt.date(2020, 10, 9), "inferred")


def test_an_assembly_vote_dates_nothing():
    # more than fifteen votes: the Assembly's, whose members are every state
    got = _dated("Malta abstained.", count=" after the Assembly voted 120 to 10")
    assert (got.day, got.how) == (dt.date(2026, 10, 9), "assumed")


def test_a_dateline_with_a_year_is_never_changed():
    text = (
        "Council renews monitoring mission\n\nUNITED NATIONS, 9 October 2019 (Wire) - The "
        "Security Council renewed a monitoring mission by 13 votes to none. Malta abstained."
    )
    got = article_date(text, TODAY, gazetteer=Gazetteer.builtin())
    assert (got.day, got.how) == (dt.date(2019, 10, 9), "stated")


def test_the_draft_implies_the_counted_stances_of_the_inferred_year():
    # 13 votes to none, Malta and China abstaining: every other member of 2024 voted for it
    text = ARTICLE.format(
        count=" by 13 votes to none",
        rest="Malta and China abstained. The mission was set up in 2024.",
    )
    sc = draft_scenario(text, source="t.txt", engine="rules")
    assert sc["date"] == dt.date(2024, 10, 9)
    assert sc["x-draft"]["date"]["how"] == "inferred"
    labels = {
        a["id"]: st["note"].split("drafted stance: ")[1].split()[0]
        for a in sc["actors"]
        for st in (a.get("stances") or {}).values()
    }
    assert labels["MLT"] == "abstain" and labels["CHN"] == "abstain"
    assert labels.get("SLE") == "support" and labels.get("MOZ") == "support"
    assert "KAZ" not in labels


# The EU's and NATO's members: a state named as voting, or as one of the bloc's or the
# alliance's members, was a member that day (the body data: the United Kingdom in the EU to
# 31 January 2020; Sweden in NATO from 7 March 2024).  14 February is day 45: 2020 and 2025
# began on a Wednesday, so it was a Friday in both (44 days on: six weeks and two days).

EU_ARTICLE = """EU ministers adopt data rules

BRUSSELS, March 5 (Wire) - European Union ministers adopted the data directive by a qualified
majority. {rest}
"""

NATO_ARTICLE = """Allies agree air defence plan

BRUSSELS, Feb 14 (Wire) - NATO defence ministers on Friday agreed a plan to pool air
defences. {rest}
"""


def test_a_state_that_left_the_eu_named_voting_bounds_the_year_from_above():
    # Britain voted in the Council: on or before 31 January 2020, so 5 March 2019 at the
    # latest (from 2007, where the data begin); the membership differs over those years
    got = article_date(
        EU_ARTICLE.format(rest="Britain voted against and Poland abstained."),
        TODAY,
        gazetteer=Gazetteer.builtin(),
    )
    assert (got.day, got.how) == (dt.date(2019, 3, 5), "assumed")
    assert "EU members" in got.why and "United Kingdom" in got.why
    assert not got.membership_fixed(load_body("eu-council"))


def test_eu_members_that_were_members_throughout_leave_the_latest_year():
    # Poland and Hungary have been members since 2004: no bound within 2016-2026
    got = article_date(
        EU_ARTICLE.format(rest="Poland voted against and Hungary abstained."),
        TODAY,
        gazetteer=Gazetteer.builtin(),
    )
    assert (got.day, got.how) == (dt.date(2026, 3, 5), "assumed")


def test_the_alliance_s_newest_member_bounds_the_year_from_below():
    # Friday 14 February: 2020 or 2025; Sweden, a member from 7 March 2024: 2025
    got = article_date(
        NATO_ARTICLE.format(rest="Sweden, the alliance's newest member, will send two jets."),
        TODAY,
        gazetteer=Gazetteer.builtin(),
    )
    assert (got.day, got.how) == (dt.date(2025, 2, 14), "inferred")
    assert "NATO members" in got.why


def test_a_state_outside_the_alliance_gives_no_bound():
    # "Sweden, which hopes to join": not named as a member (and no other clue)
    got = article_date(
        NATO_ARTICLE.format(rest="Sweden, which hopes to join, welcomed the plan."),
        TODAY,
        gazetteer=Gazetteer.builtin(),
    )
    # still assumed: the later of the two years in which 14 February is a Friday (2020,
    # 2025), never 2026, in which it is a Saturday
    assert (got.day, got.how) == (dt.date(2025, 2, 14), "assumed")
    assert "NATO members" not in got.why


@pytest.mark.parametrize(
    ("until", "day", "how"),
    [
        # a deadline with its month is no year the report is from: from 2023 (the year it
        # names as past), 9 October is a Wednesday only in 2024 (2023: Monday; 2025:
        # Thursday; 2026: Friday)
        ("until October 2025", dt.date(2024, 10, 9), "inferred"),
        ("until the end of 2025", dt.date(2024, 10, 9), "inferred"),
        # near miss: a year named as past ("in October 2025") bounds it: 2025 or 2026, in
        # neither of which it is a Wednesday; assumed, in the latest year the text names
        ("in October 2025 and again now", dt.date(2025, 10, 9), "assumed"),
    ],
)
def test_a_deadline_with_a_month_is_no_year_named_as_past(until, day, how):
    text = (
        "Council extends mission\n\nUNITED NATIONS, Oct 9 (Wire) - The Security Council on "
        f"Wednesday extended the mission {until}. It was first deployed in 2023."
    )
    got = article_date(text, TODAY, gazetteer=Gazetteer.builtin())
    assert (got.day, got.how) == (day, how)


def test_a_day_before_the_council_first_met_is_no_candidate():
    # Kuwait sat 1978-1979 and 2018-2019.  16 January was a Wednesday in 2019 (2019 began on a
    # Tuesday; 15 days on) and in 1946 (which began on a Tuesday too), a Tuesday in 1979.  The
    # Council first met on 17 January 1946, so 1946 cannot be the year: 16 January 2019.
    text = (
        "Council extends Yemen mission\n\nUNITED NATIONS, Jan 16 (Wire) - The Security Council "
        "on Wednesday unanimously extended the observer mission in Hodeidah. Kuwait, which "
        "sits on the Council, voted in favour.\n"
    )
    got = article_date(text, TODAY, gazetteer=Gazetteer.builtin())
    assert (got.day, got.how) == (dt.date(2019, 1, 16), "inferred")
