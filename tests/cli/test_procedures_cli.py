"""`concilium procedures` and the example files for procedures and the new bodies, each
validated and forecast in process (expected results derived by hand in the comments)."""

from __future__ import annotations

import json
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_procedures_lists_the_builtins(cli):
    r = cli("procedures", columns=200)
    assert r.exit_code == 0
    for pid in ("eu-olp", "nato-enlargement", "host-consent"):
        assert pid in r.stdout
    data = json.loads(cli("procedures", "-f", "json").stdout)
    assert [p["id"] for p in data] == ["eu-olp", "nato-enlargement", "host-consent"]
    assert data[0]["stages"][0]["body"] == "ep"  # bodies by id, not in full


def test_procedure_detail_cites_each_threshold(cli):
    r = cli("procedures", "nato-enlargement", columns=200)
    assert r.exit_code == 0
    assert "two thirds of the Senators present" in r.stdout
    assert "Art. II, Sec. 2" in r.stdout
    assert "Not sourced in this file" in r.stdout  # the default is marked as an assumption
    one = json.loads(cli("procedures", "olp", "-f", "json").stdout)
    assert one["id"] == "eu-olp" and one["stages"][1]["amend_rule"] == "unanimity"


def test_unknown_procedure_is_exit_2(cli):
    r = cli("procedures", "no-such")
    assert r.exit_code == 2
    assert "unknown procedure" in r.stderr


def test_bodies_points_to_procedures(cli):
    r = cli("bodies", columns=200)
    assert r.exit_code == 0
    assert "ep" in r.stdout and "european-council" in r.stdout
    assert "concilium procedures" in r.stdout


def _forecast(cli, name: str) -> dict:
    path = EXAMPLES / name
    v = cli("validate", path, columns=200)
    assert v.exit_code == 0, v.stderr
    assert ("procedure:" in v.stdout) == ("procedure:" in path.read_text(encoding="utf-8"))
    r = cli("forecast", path, "-f", "json", "--no-store")
    assert r.exit_code == 0, r.stderr
    table = cli("forecast", path, "--no-store", columns=120)
    assert table.exit_code == 0, table.stderr
    return json.loads(r.stdout)["issues"][0]


def test_example_tokyo_with_host_consent(cli):
    # France (0) objects under the Council's consensus: the proposal stops at the first stage
    # and Japan's consent is not reached.
    f = _forecast(cli, "nato-tokyo-office-host.yaml")
    assert f["adopted"] is False and f["blockers"] == ["FRA"]
    assert f["details"]["stopped_at"] == ["decision"]
    host = f["details"]["stages"][1]
    assert host["stage"] == "host" and host["reached"] is False


def test_example_eu_olp(cli):
    # Parliament: every group but the Greens (53) and the Left (46) at 100: yes 720 - 99 = 621
    # of 720 cast, more than 360.  Council: all 27 at 100: 27 of 27, 100 % of the population.
    # Amendment against 100 needs the Council unanimous for some z nearer each member than
    # 100 is: every member sits at 100, so none: the proposal cannot be amended.
    f = _forecast(cli, "eu-olp-eudr-delay-2024.yaml")
    assert f["adopted"] is True and f["outcome"] == 100
    ep, council = f["details"]["stages"]
    assert ep["totals"]["seats"]["yes"] == 621 and ep["totals"]["seats"]["base"] == 720
    assert council["tally"]["yes"] == 27
    assert f["details"]["amendments"]["win_set"] == []
    assert f["details"]["setter"]["actor"] == "COM"


def test_example_nato_enlargement(cli):
    # 31 Allies at 100 invite; 29 one-bloc ratifications and the Turkish (287 of 346) and
    # Hungarian (188 of 194) recorded votes pass their thresholds.
    f = _forecast(cli, "nato-enlargement-sweden.yaml")
    assert f["adopted"] is True
    stages = {s["stage"]: s for s in f["details"]["stages"]}
    assert len(stages) == 1 + 31
    assert all(s["passed"] for s in stages.values())
    assert stages["ratification/TUR"]["totals"]["seats"]["yes"] == 287


def test_example_european_council(cli):
    # 26 leaders at 100 vote yes; Hungary's stated abstention is no objection under
    # consensus: adopted 26-0-1, no blocker, all 27 are veto players.
    f = _forecast(cli, "european-council-ukraine-2023.yaml")
    assert f["adopted"] is True and f["blockers"] == []
    assert f["votes"]["HUN"] == "abstain"
    assert sum(v == "yes" for v in f["votes"].values()) == 26
    assert len(f["veto_players"]) == 27


def test_example_european_parliament(cli):
    # Absolute majority of component members: 361 of 720.  EPP 188 + S&D 136 + Renew 77 +
    # Greens 53 = 454 >= 361: elected.
    f = _forecast(cli, "ep-commission-president-2024.yaml")
    assert f["adopted"] is True
    assert f["details"]["decision"]["totals"]["seats"]["yes"] == 454


def test_procedure_example_runs_every_model(cli):
    # every model runs on a procedure's scenario (the flagship's inputs are complete); the
    # bargaining models' rule check asks the whole procedure (procedural.assess_point)
    r = cli(
        "forecast",
        EXAMPLES / "nato-tokyo-office-host.yaml",
        "-m",
        "all",
        "-f",
        "json",
        "--no-store",
    )
    assert r.exit_code == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["failures"] == []
    assert len(data["forecasts"]) >= 8


def test_html_report_shows_the_procedure(cli, tmp_path):
    out = tmp_path / "r.html"
    path = EXAMPLES / "nato-tokyo-office-host.yaml"
    r = cli("report", path, "-o", out, "-m", "procedural", "--no-power")
    assert r.exit_code == 0, r.stderr
    html = out.read_text(encoding="utf-8")
    assert "<strong>Procedure:</strong>" in html
    assert "consent of Japan" in html
    assert "stops at decision; blocked there by France" in html


def test_flips_refuses_a_procedure_clearly(cli):
    # flips searches one body's rule; on a procedure it would miss the other stages, so it
    # refuses (exit 2) rather than answer for part of the procedure
    r = cli("flips", EXAMPLES / "nato-tokyo-office-host.yaml")
    assert r.exit_code == 2
    assert "procedure with several stages" in r.stderr


def test_validate_names_stage_members_without_an_actor(cli, tmp_path):
    # the non-attached members (NI) of the Parliament's stage left out: validate notes it,
    # the forecast refuses with the stage and the member named (exit 2)
    text = (EXAMPLES / "eu-olp-eudr-delay-2024.yaml").read_text(encoding="utf-8")
    path = tmp_path / "olp.yaml"
    path.write_text(
        text.replace("  - {id: NI, stances: {delay: {position: *group-for}}}\n", ""),
        encoding="utf-8",
    )
    v = cli("validate", path, columns=200)
    assert v.exit_code == 0
    assert "stage parliament: 1 member(s) have no actor: NI" in v.stdout
    r = cli("forecast", path, "--no-store")
    assert r.exit_code == 2
    assert "stage 'parliament'" in r.stderr and "(NI)" in r.stderr


def test_default_stance_covers_every_stage(cli, tmp_path):
    # with a default_stance at 100, the non-attached members (33 seats) left out vote as if
    # at 100: the Parliament's yes is 720 - 53 (Greens) - 46 (Left) = 621 of 720, as in the
    # full example; the output names them
    text = (EXAMPLES / "eu-olp-eudr-delay-2024.yaml").read_text(encoding="utf-8")
    text = text.replace("  - {id: NI, stances: {delay: {position: *group-for}}}\n", "")
    text = text.replace(
        "procedure: eu-olp ",
        "default_stance: {position: {value: 100, assumption: a test}}\nprocedure: eu-olp ",
    )
    path = tmp_path / "olp.yaml"
    path.write_text(text, encoding="utf-8")
    v = cli("validate", path, columns=200)
    assert "stage parliament: 1 member(s) have no actor and take the default stance: NI" in (
        v.stdout
    )
    r = cli("forecast", path, "-f", "json", "--no-store")
    assert r.exit_code == 0, r.stderr
    f = json.loads(r.stdout)["issues"][0]
    ep = f["details"]["stages"][0]
    assert ep["default_stance"] == ["NI"] and ep["totals"]["seats"]["yes"] == 621
    assert any("default position 100: NI" in line for line in f["explanation"])
