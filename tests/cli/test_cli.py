"""The CLI, run as a user runs it (in process: tests/clirun.py), reading stdout, stderr and the
exit status."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from clirun import run_cli

ROOT = Path(__file__).resolve().parents[2]
FLAGSHIP = ROOT / "examples" / "nato-tokyo-office.yaml"


def run(*args: str, cwd: Path = ROOT):
    return run_cli(*args, cwd=cwd)


def test_flagship_forecast_table():
    r = run("forecast", "examples/nato-tokyo-office.yaml")
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert "NOT ADOPTED" in out
    assert "the status quo persists" in out
    assert "France blocks" in out
    assert "consensus" in out
    assert "Votes: 29 yes; 1 no (France); 1 abstain (Germany)" in out


def test_flagship_forecast_json_schema():
    r = run("forecast", str(FLAGSHIP), "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["schema"] == "concilium.forecast/1"
    issue = data["issues"][0]
    assert issue["issue"] == "tokyo-office"
    assert issue["adopted"] is False
    assert issue["outcome"] == issue["status_quo"] == 0
    assert issue["proposal"] == 100
    assert issue["blockers"] == ["FRA"]
    assert len(issue["veto_players"]) == 31
    assert issue["votes"]["FRA"] == "no"
    prov = data["provenance"]
    assert set(prov) >= {"concilium_version", "model", "input_hash", "params", "seed"}
    assert prov["model"] == "procedural" and prov["input_hash"].startswith("sha256:")


def test_validate_flagship():
    r = run("validate", str(FLAGSHIP))
    assert r.returncode == 0, r.stderr
    assert "31 voting members" in r.stdout and "3 outside stakeholders" in r.stdout


@pytest.mark.parametrize("date,count", [("2023-06-01", 31), ("2024-03-06", 31), ("2024-03-07", 32)])
def test_body_nato_on_a_date(date, count):
    r = run("body", "nato", "--date", date)
    assert r.returncode == 0, r.stderr
    assert f"{count} members" in r.stdout
    assert ("Sweden" in r.stdout) == (count == 32)
    assert "Finland" in r.stdout


def test_body_json():
    r = run("body", "unsc", "--date", "2024-06-01", "--format", "json")
    data = json.loads(r.stdout)
    assert len(data["members"]) == 15
    assert sum("permanent" in m.get("tags", []) for m in data["members"]) == 5


def test_bodies_lists_the_built_ins():
    r = run("bodies")
    assert r.returncode == 0
    for name in ("nato", "eu-council", "unsc"):
        assert name in r.stdout


def test_schema_is_json():
    r = run("schema")
    assert r.returncode == 0
    assert json.loads(r.stdout)["title"] == "concilium scenario"


def test_models_lists_procedural():
    r = run("models")
    assert r.returncode == 0 and "procedural" in r.stdout


# ------------------------------------------------------------------------------- bad input
GOOD = textwrap.dedent("""\
    id: small
    title: A small council
    date: 2025-03-01
    body:
      id: trio
      name: Trio council
      rule: {kind: unanimity}
      members: [{id: A, name: Alpha}, {id: B, name: Beta}]
    issues:
      - {id: budget, title: Budget, status_quo: 20, proposal: 60}
    actors:
      - {id: A, name: Alpha, stances: {budget: {position: 70}}}
      - {id: B, name: Beta, stances: {budget: {position: 50}}}
    """)

BAD = {
    "malformed-yaml": (GOOD.replace("title: Budget,", "title: [Budget,"), "invalid YAML"),
    "unknown-field": (GOOD.replace("status_quo: 20", "statusquo: 20"), "unknown field 'statusquo'"),
    "missing-field": (GOOD.replace("title: A small council\n", ""), "field title"),
    "duplicate-ids": (
        GOOD.replace("{id: B, name: Beta, stances", "{id: A, name: Beta, stances"),
        "duplicate actor id",
    ),
    "outside-scale": (GOOD.replace("position: 50", "position: 500"), "outside 0..100"),
    "nan": (GOOD.replace("position: 50", "position: .nan"), "NaN or infinite"),
    "infinite": (GOOD.replace("position: 50", "position: .inf"), "NaN or infinite"),
    "not-a-member": (
        GOOD.replace("{id: B, name: Beta, stances", "{id: C, name: Gamma, role: member, stances"),
        "not a member of Trio council on 2025-03-01",
    ),
    "empty-body": (
        GOOD.replace("members: [{id: A, name: Alpha}, {id: B, name: Beta}]", "members: []"),
        "members",
    ),
    "lookalike": (
        GOOD.replace("{id: B, name: Beta, stances", "{id: B, name: B\u0435ta, stances"),
        "CYRILLIC SMALL LETTER IE",
    ),
    "empty-file": ("", "empty"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_input_is_one_clear_error_with_status_2(tmp_path, case):
    text, expected = BAD[case]
    p = tmp_path / f"{case}.yaml"
    p.write_text(text, encoding="utf-8")
    for command in ("validate", "forecast"):
        r = run(command, str(p))
        assert r.returncode == 2, (command, r.stdout, r.stderr)
        assert "Traceback" not in r.stderr
        assert expected in r.stderr, r.stderr
        assert f"{case}.yaml" in r.stderr


def test_missing_file_exit_2():
    r = run("forecast", "does-not-exist.yaml")
    assert r.returncode == 2 and "file not found" in r.stderr and "Traceback" not in r.stderr


def test_unknown_model_exit_2():
    r = run("forecast", str(FLAGSHIP), "--model", "procedurl")
    assert r.returncode == 2 and "did you mean 'procedural'" in r.stderr


def test_bad_date_and_format_exit_2():
    assert run("body", "nato", "--date", "June 2023").returncode == 2
    assert run("forecast", str(FLAGSHIP), "--format", "xml").returncode == 2


def test_unknown_body_exit_2():
    r = run("body", "warsaw-pact")
    assert r.returncode == 2 and "unknown body" in r.stderr


def test_usage_error_exit_2():
    r = run("forecast")
    assert r.returncode == 2 and "Traceback" not in r.stderr


def test_flagship_compares_every_model():
    from concilium.models import MODELS

    r = run("forecast", str(FLAGSHIP), "--model", "all")
    assert r.returncode == 0, r.stderr
    assert "Forecasts by model" in r.stdout
    for name in MODELS:
        assert name in r.stdout
    # France's objection binds every model's forecast under consensus
    assert r.stdout.count("NOT ADOPTED") == len(MODELS)


def test_flagship_all_models_json():
    from concilium.models import MODELS

    data = json.loads(run("forecast", str(FLAGSHIP), "-m", "all", "-f", "json").stdout)
    assert data["schema"] == "concilium.comparison/1"
    assert [f["model"] for f in data["forecasts"]] == list(MODELS)
    assert all(f["issues"][0]["adopted"] is False for f in data["forecasts"])


def test_expected_utility_rounds_and_trace():
    r = run("forecast", str(FLAGSHIP), "--model", "expected_utility", "--rounds", "-p", "rounds=3")
    assert r.returncode == 0, r.stderr
    assert "Positions by round" in r.stdout and "weighted median" in r.stdout
    data = json.loads(
        run(
            "forecast", str(FLAGSHIP), "-m", "expected_utility", "-p", "rounds=3", "-f", "json"
        ).stdout
    )
    issue = data["issues"][0]
    assert [rec["round"] for rec in issue["trace"]] == [0, 1, 2, 3]
    assert len(issue["trace"][0]["positions"]) == 34
    assert issue["details"]["bargaining_point"] == issue["details"]["median_by_round"][-1]


def test_bad_model_parameter_exit_2():
    r = run("forecast", str(FLAGSHIP), "-m", "expected_utility", "-p", "rounds=-1")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    r = run("forecast", str(FLAGSHIP), "-m", "procedural", "-p", "bogus=1")
    assert r.returncode == 2 and "no parameter" in r.stderr


def test_draft_then_forecast_with_silent_members(tmp_path):
    article = tmp_path / "tokyo.txt"
    article.write_text(
        "BRUSSELS, 6 June 2023 — The North Atlantic Council is weighing a proposal to open a NATO "
        "liaison office in Tokyo, but the decision needs the consent of every ally.\n\n"
        "The United States supports the plan, officials said. France opposes the office.\n",
        encoding="utf-8",
    )
    out = tmp_path / "draft.yaml"
    r = run("draft", str(article), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert "default_stance" in r.stderr
    r = run("forecast", str(out), "--format", "json", "--param", "unlisted=abstain")
    assert r.returncode == 0, r.stderr
    issue = json.loads(r.stdout)["issues"][0]
    assert issue["adopted"] is False and issue["blockers"] == ["FRA"]
