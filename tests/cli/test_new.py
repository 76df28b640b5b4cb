"""concilium new: a scaffold with every member of the body on the date, valid as written."""

from __future__ import annotations

import pytest

from concilium.io import load_scenario


@pytest.mark.parametrize(
    ("body", "date", "n"),
    [
        # NATO: 31 Allies between Finland's accession (4 April 2023) and Sweden's (7 March 2024)
        ("nato", "2023-06-15", 31),
        ("nato", "2024-03-07", 32),
        # UNSC: always 15 seats (Art. 23 UN Charter)
        ("unsc", "2022-02-25", 15),
    ],
)
def test_new_scenario_has_every_member_and_validates(cli_main, tmp_path, body, date, n):
    out = tmp_path / "s.yaml"
    r = cli_main("new", body, "--date", date, "-o", out)
    assert r.exit_code == 0, r.stderr
    sc = load_scenario(out)
    assert len(sc.members()) == n and not sc.missing_members() and not sc.stakeholders()
    text = out.read_text(encoding="utf-8")
    assert "TODO" in text
    placeholders = [a.stances["issue-1"].position.assumption for a in sc.actors]
    assert all(p.startswith("TODO") for p in placeholders)
    # every model runs on it as it is
    assert cli_main("forecast", out, "--model", "all", "--no-store").exit_code == 0


def test_new_refuses_to_overwrite(cli_main, tmp_path):
    out = tmp_path / "s.yaml"
    out.write_text("mine", encoding="utf-8")
    r = cli_main("new", "nato", "-o", out)
    assert r.exit_code == 2 and "--force" in r.stderr
    assert out.read_text(encoding="utf-8") == "mine"


def test_new_unknown_body(cli_main, tmp_path):
    r = cli_main("new", "natoo", "-o", tmp_path / "s.yaml")
    assert r.exit_code == 2
