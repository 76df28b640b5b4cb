"""`concilium body` and `concilium power` on the dated EU bodies: the members and the
population table in force on the date, and whether that table is a fallback."""

from __future__ import annotations

import json

from clirun import run_cli


def test_body_on_the_day_of_the_uk_referendum_lists_28_members_and_the_2016_table():
    r = run_cli("body", "eu-council", "--date", "2016-06-23")
    assert r.returncode == 0, r.stderr
    assert "28 members" in r.stdout and "United Kingdom" in r.stdout
    assert "Weights in force on 2016-06-23" in r.stdout
    assert "2015/2393" in r.stdout


def test_body_json_names_the_table_and_says_a_fallback():
    r = run_cli("body", "eu-council", "--date", "2019-04-15", "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert len(data["members"]) == 28
    # the 2019 table (Decision 2018/2076) could not be read: the 2016 shares, as a fallback
    table = data["weight_table"]
    assert table["from"] == "2017-01-01" and table["as_of"] == "2016-01-01"
    assert table["fallback"] is True and "FALLBACK" in table["note"]
    gbr = next(m for m in data["members"] if m["id"] == "GBR")
    assert gbr["weights"] == {"population": 12.73} and gbr["left"] == "2020-01-31"


def test_body_before_the_data_is_refused():
    # the data start with the EU-27 on 1 Jan 2007 (tests/unit/test_nice_council.py)
    r = run_cli("body", "eu-council", "--date", "2006-12-31")
    assert r.returncode == 2
    assert "cover 2007-01-01 onwards" in r.stderr


def test_power_on_an_eu28_date_says_the_weights_are_a_fallback():
    r = run_cli("power", "eu-council", "--date", "2019-04-15")
    assert r.returncode == 0, r.stderr
    text = " ".join((r.stdout + r.stderr).split())
    assert "as of 2016-01-01" in text and "fallback" in text
