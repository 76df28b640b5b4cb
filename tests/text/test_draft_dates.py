"""The decision date of an article (issue 13, class "wrong date, wrong membership"; issue 14:
"say when a date was assumed").

A wire dateline often has no year ("GENEVA, Oct 9 (Reuters) -").  Its year is inferred only
when the text fixes it: the weekday it names ("on Wednesday") falls on that day and month in
exactly one year from the latest year the article names to today.  Otherwise the date is
assumed, the draft says so (notes, ``x-draft.date``, a CLI warning), and no stance is implied
from a vote count through a membership list that differs over the dates the article can be
from.

Every article here is written for these tests.  Weekdays are derived by hand from 1 January:
2023 began on a Sunday, 2024 on a Monday, 2025 on a Wednesday, 2026 on a Thursday.  9 October
is day 282 of a common year, 283 of a leap year.
"""

from __future__ import annotations

import datetime as dt

import pytest
from typer.testing import CliRunner

from concilium.bodies import load_body
from concilium.cli import app
from concilium.text.draft import ArticleDate, article_date, draft_scenario, find_date

TODAY = dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    "text, day",
    [
        # abbreviated months, with and without a full stop
        ("GENEVA, Oct 9, 2024 (Reuters) - text", dt.date(2024, 10, 9)),
        ("GENEVA, Sept. 3, 2019 - text", dt.date(2019, 9, 3)),
        ("on 4 Feb 2021 the ministers met", dt.date(2021, 2, 4)),
        # no year: not a full date
        ("GENEVA, Oct 9 (Reuters) - text", None),
    ],
)
def test_find_date_reads_abbreviated_months(text, day):
    assert find_date(text) == day


@pytest.mark.parametrize(
    "text, how, day",
    [
        # 9 October 2024 (leap year): 282 days after Monday 1 January, 282 = 40*7 + 2, a
        # Wednesday.  2023: 281 days after a Sunday (281 = 40*7 + 1), a Monday; 2025: after
        # a Wednesday, a Thursday; 2026: after a Thursday, a Friday.  From 2023 (the
        # latest year named) to 2026, only 2024.
        (
            "GENEVA, Oct 9 (Reuters) - The council voted on Wednesday. It was set up in 2023.",
            "inferred",
            dt.date(2024, 10, 9),
        ),
        # the day before the month ("9 October"), same derivation
        (
            (
                "GENEVA, 9 October (AFP) - Ministers agreed on Wednesday on a plan first "
                "floated in 2023."
            ),
            "inferred",
            dt.date(2024, 10, 9),
        ),
        # no weekday: the day and month in the latest year the article names (a report
        # names its own year more often than a later one), assumed
        (
            "GENEVA, Oct 9 (Reuters) - The council voted. It was set up in 2023.",
            "assumed",
            dt.date(2023, 10, 9),
        ),
        # no weekday and no year named: the latest such day up to today, assumed
        (
            "GENEVA, Oct 9 (Reuters) - The council voted.",
            "assumed",
            dt.date(2026, 10, 9),
        ),
        # a weekday that fits two years of the range (9 October is a Monday in 2017 and
        # in 2023: 2017 began on a Sunday, 281 = 40*7 + 1): still assumed, and the later of
        # the two (2016, the year named, is not one: a Sunday), never 2026, a Friday
        (
            "GENEVA, Oct 9 (Reuters) - The council voted on Monday. It was set up in 2016.",
            "assumed",
            dt.date(2023, 10, 9),
        ),
        # a deadline ("by 2030") is not a year the report can be from: the range starts
        # from 2023, and 2024 is the one Wednesday
        (
            (
                "GENEVA, Oct 9 (Reuters) - The council voted on Wednesday for a target set in "
                "2023 to be met by 2030."
            ),
            "inferred",
            dt.date(2024, 10, 9),
        ),
        # no date at all: today, assumed
        ("The council voted on Wednesday.", "assumed", TODAY),
        # a full date wins
        ("GENEVA, Oct 9, 2019 (Reuters) - The council voted on Wednesday.", "stated", None),
    ],
)
def test_article_date(text, how, day):
    got = article_date(text, TODAY)
    assert got.how == how
    assert got.day == (day or dt.date(2019, 10, 9))
    if how == "assumed":
        assert "pass --date" in got.why


def test_membership_fixed_over_the_dates_an_article_can_be_from():
    eu, unsc = load_body("eu-council"), load_body("unsc")
    day = dt.date(2026, 5, 14)
    # The EU data start on 1 January 2007, with the United Kingdom a member until
    # 31 January 2020: an article that can be from any day the data cover may be about the
    # EU-28, so its membership is not fixed ...
    assert not ArticleDate(day, "assumed", "", None).membership_fixed(eu)
    # ... but no member joined or left from 1 February 2020, so an article that can only be
    # from 2021 onwards has the same 27 members whatever its day.
    assert ArticleDate(day, "assumed", "", dt.date(2021, 1, 1)).membership_fixed(eu)
    # The elected Security Council members change every 1 January: an article that can be
    # from 2023 onwards may be about other members than those of 2026.
    assert not ArticleDate(day, "assumed", "", dt.date(2023, 1, 1)).membership_fixed(unsc)
    # ... but not within one year
    assert ArticleDate(day, "assumed", "", dt.date(2026, 1, 1)).membership_fixed(unsc)
    # a stated date is one date
    assert ArticleDate(day, "stated", "", None).membership_fixed(unsc)


ARTICLE = """Council renews monitoring mission

GENEVA, Oct 9 (Reuters) - The U.N. Security Council{when} renewed a monitoring mission by
13 votes to none, with China and Russia abstaining. The mission was first deployed in 2023.
"""
# The elected members in 2024 (UN press releases of the 2022 and 2023 elections): Ecuador,
# Japan, Malta, Mozambique, Switzerland (2023-24) and Algeria, Guyana, the Republic of Korea,
# Sierra Leone, Slovenia (2024-25); with France, the United Kingdom and the United States,
# the 13 votes for, China and Russia abstaining.
YES_2024 = {"DZA", "ECU", "GUY", "JPN", "MLT", "MOZ", "KOR", "SLE", "SVN", "CHE"} | {
    "FRA",
    "GBR",
    "USA",
}


def _labels(sc: dict) -> dict[str, str]:
    out = {}
    for a in sc["actors"]:
        for st in (a.get("stances") or {}).values():
            out[a["id"]] = st["note"].split("drafted stance: ")[1].split()[0]
    return out


def test_an_inferred_year_implies_the_counted_stances():
    # "on Wednesday": 9 October 2024 (derived above)
    sc = draft_scenario(ARTICLE.format(when=" on Wednesday"), source="t.txt", engine="rules")
    assert sc["date"] == dt.date(2024, 10, 9)
    assert sc["x-draft"]["date"]["how"] == "inferred"
    labels = _labels(sc)
    assert labels == {"CHN": "abstain", "RUS": "abstain", **dict.fromkeys(YES_2024, "support")}


def test_an_assumed_date_is_said_and_implies_nothing_from_the_count():
    sc = draft_scenario(ARTICLE.format(when=""), source="t.txt", engine="rules")
    assert sc["x-draft"]["date"]["how"] == "assumed"
    assert "Date assumed" in sc["notes"]
    # only the stances the text names: the 13 'yes' votes belong to members that depend on
    # the year, which the text does not give
    assert _labels(sc) == {"CHN": "abstain", "RUS": "abstain"}
    issue = next(iter(sc["x-draft"]["issues"].values()))
    assert issue["counts"]["yes"] == 13 and "counts_not_implied" in issue


def test_cli_warns_when_the_date_is_assumed(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text(ARTICLE.format(when=""), encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(app, ["draft", str(art), "-o", str(tmp_path / "d.yaml")])
    assert res.exit_code == 0, res.output
    assert "warning: date assumed: the dateline gives 9 October without a year" in res.stderr
    # a given date is not assumed: no warning
    res = runner.invoke(
        app, ["draft", str(art), "-o", str(tmp_path / "e.yaml"), "--date", "2024-10-09"]
    )
    assert res.exit_code == 0, res.output
    assert "date assumed" not in res.stderr


def test_merged_drafts_list_the_assumed_dates():
    from concilium.text.merge import merge_drafts

    undated = draft_scenario(ARTICLE.format(when=""), source="a.txt", engine="rules")
    dated = draft_scenario(
        ARTICLE.format(when="").replace("Oct 9", "Oct 9, 2024"), source="b.txt", engine="rules"
    )
    meta = merge_drafts([undated, dated])["x-draft"]
    assert [d.split(":")[0] for d in meta["dates_assumed"]] == ["a.txt"]


def test_the_warning_shows_a_hostile_file_name_escaped(tmp_path):
    """The merged warning names the source files: an escape sequence in a file name (here one
    that would clear the screen) is shown escaped, never sent raw to the terminal."""
    undated = tmp_path / "a\x1b[2Jb.txt"
    undated.write_text(ARTICLE.format(when=""), encoding="utf-8")
    dated = tmp_path / "c.txt"
    dated.write_text(ARTICLE.format(when="").replace("Oct 9", "Oct 9, 2024"), encoding="utf-8")
    res = CliRunner().invoke(
        app, ["draft", str(undated), str(dated), "-o", str(tmp_path / "d.yaml")]
    )
    assert res.exit_code == 0, res.output
    assert "warning: date assumed" in res.stderr
    assert "\x1b" not in res.stderr


def test_a_stated_date_wins_over_an_assumed_later_one_when_merging():
    """The undated report's date is a guess (it names no year: today's year, 2026-10-09),
    later than the dated report's 2024-10-09; the merged scenario takes the stated date, on
    which the dated report's members sit on the Council, not the guess."""
    from concilium.text.merge import merge_drafts

    no_year = ARTICLE.format(when="").replace(" The mission was first deployed in 2023.", "")
    undated = draft_scenario(no_year, source="a.txt", engine="rules")
    dated = draft_scenario(
        ARTICLE.format(when="").replace("Oct 9", "Oct 9, 2024"), source="b.txt", engine="rules"
    )
    assert str(undated["date"]) > "2024-10-09"  # the guess is later than the stated date
    for drafts in ([undated, dated], [dated, undated]):
        assert str(merge_drafts(drafts)["date"]) == "2024-10-09"
