"""Item: numbers Python or the models cannot hold are a clear error naming field and line.

Before: integers over 4,300 digits (``ValueError: Exceeds the limit``), ``.inf`` as a quota
(``Invalid literal for Fraction``), weights of 1e308 (``OverflowError``), a date with day 31
of a 30-day month or year 0 all ended as ``internal error`` (exit 1); capabilities of 1e308
printed numpy overflow warnings with source lines.
"""

from __future__ import annotations

import json

import pytest

from .conftest import MINI, assert_clean_error


def _write(tmp_path, text, name="s.yaml"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


@pytest.mark.parametrize("command", ["validate", "forecast"])
def test_integer_of_5000_digits(command, tmp_path, run_cli):
    p = _write(tmp_path, MINI.replace("quota: 2}", "quota: " + "9" * 5000 + "}"))
    r = run_cli(command, p)
    # line 7 is the rule's line in MINI (1-based)
    assert_clean_error(r, "line 7", "field body.rule.quota", "5,000 digits is too long")


def test_integer_of_5000_digits_in_json(tmp_path, run_cli):
    data = {"id": "x", "quota": 0}
    text = json.dumps(data).replace('"quota": 0', '"quota": ' + "7" * 5000)
    r = run_cli("validate", _write(tmp_path, text, "s.json"))
    assert_clean_error(r, "line 1", "field quota", "5,000 digits")


@pytest.mark.parametrize("quota", [".inf", ".Inf", "-.inf", ".nan"])
def test_infinite_quota(quota, tmp_path, run_cli):
    p = _write(tmp_path, MINI.replace("quota: 2}", f"quota: {quota}}}"))
    for command in ("validate", "forecast", "power"):
        r = run_cli(command, p)
        assert_clean_error(r, "line 7", "quota", "NaN or infinite numbers are not allowed")


def test_infinity_in_a_json_body_file(tmp_path, run_cli):
    body = {
        "id": "t",
        "name": "T",
        "rule": {"kind": "weighted_majority", "weight": "votes", "quota": float("inf")},
        "members": [{"id": "A", "name": "Alpha", "weights": {"votes": 1}}],
    }
    p = _write(tmp_path, json.dumps(body), "body.json")  # json.dumps writes Infinity
    assert "Infinity" in p.read_text()
    r = run_cli("power", p)
    assert_clean_error(r, "quota")


@pytest.mark.parametrize("command", ["validate", "forecast", "power"])
def test_weights_of_1e308(command, tmp_path, run_cli):
    p = _write(tmp_path, MINI.replace("votes: 1}", "votes: 1e308}"))
    r = run_cli(command, p)
    assert_clean_error(
        r, "line 9", "field body.members[0].weights", "weight 'votes' is too large", "1e15"
    )
    assert "RuntimeWarning" not in r.text and "overflow" not in r.text


@pytest.mark.parametrize(
    "field,old,new",
    [
        ("actors[0].capability", "capability: 1,", "capability: 1e308,"),
        ("issues[0].scale.max", "max: 100}", "max: 1e308}"),
        (
            "actors[2].stances.i1.salience",
            "position: 90, salience: 50",
            "position: 90, salience: 1e300",
        ),
    ],
)
def test_huge_scenario_numbers_name_the_field_and_no_numpy_warning(
    field, old, new, tmp_path, run_cli
):
    p = _write(tmp_path, MINI.replace(old, new, 1))
    r = run_cli("forecast", p, "-m", "all")
    assert_clean_error(r, field, "too large")
    assert "RuntimeWarning" not in r.text and "umr_sum" not in r.text


@pytest.mark.parametrize(
    "date,reason",
    [
        ("2023-06-31", "day is out of range for month"),
        ("2023-02-29", "day is out of range for month"),
        ("0000-01-01", "year 0 is out of range"),
    ],
)
def test_impossible_dates(date, reason, tmp_path, run_cli):
    p = _write(tmp_path, MINI.replace("date: 2024-01-01", f"date: {date}"))
    r = run_cli("validate", p)
    assert_clean_error(r, "line 3", "field date", f"'{date}' is not a date: {reason}")


def test_impossible_date_deep_inside_names_the_path(tmp_path, run_cli):
    text = MINI.replace(
        "proposal: 100", "proposal: 100\n    evidence: [{source: s, date: 2024-04-31}]"
    )
    r = run_cli("validate", _write(tmp_path, text))
    assert_clean_error(r, "field issues[0].evidence[0].date", "'2024-04-31' is not a date")


def test_weights_csv_of_1e308_names_the_line(tmp_path, run_cli):
    p = _write(tmp_path, "member,weight\nA,1e308\nB,1\nquota,2\n", "w.csv")
    r = run_cli("power", p)
    assert_clean_error(r, "too large")
