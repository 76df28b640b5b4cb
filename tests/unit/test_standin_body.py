"""A stand-in body: what ``concilium draft`` writes for a date a built-in body's data do not
cover (the Security Council's data run from 1946-01-17 to 2026-12-31, the Council of the EU's
from 2007-01-01).

The stand-in lists only the seats the data date for that day (the five permanent members) and
keeps the body's real rule, so that once the analyst adds the other members the real rule
applies; until then the scenario's validation, and so every forecast, refuses it with one line
saying what is missing.  (Before, the draft put a unanimity rule named as a placeholder in its
place, which a forecast would have used after the members were added unless the analyst
remembered to put the real rule back.)

Every article and scenario here is written for these tests; the elected members of 2028 are
unknown, so the states that hold the ten elected seats below are only stand-ins for them.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from concilium.bodies import load_body
from concilium.cli import app
from concilium.errors import InputError
from concilium.io import parse_scenario
from concilium.io.documents import dump_yaml
from concilium.text.draft import draft_scenario

UNSC_1955 = (
    "UNITED NATIONS, 9 May 1955 (Wire) - The Security Council approved a resolution on Monday "
    "calling for a ceasefire along the border. Colombia sponsored the text."
)
UNSC_2028 = (
    "UNITED NATIONS, 15 March 2028 (Wire) - The Security Council adopted a resolution on "
    "Wednesday renewing the mandate of the observer mission. France drafted the text."
)
EU_2003 = (
    "BRUSSELS, 17 November 2003 (Wire) - EU ministers adopted new rules on ship safety on "
    "Monday. Portugal backed the rules."
)
P5_2028 = ["CHN", "FRA", "RUS", "GBR", "USA"]

SHORT_2028 = (
    "the body 'unsc' stand-in has 5 members; its rule 'substantive (9 votes, no permanent "
    "veto)' needs at least 9: add the other members of 2028-03-15 by hand (see the draft's "
    "warning 'membership unknown': the unsc data do not cover that date)"
)


def _error_lines(res) -> list[str]:
    return [line for line in res.output.splitlines() if line.strip()]


def test_the_draft_keeps_the_real_rule():
    """2028 (after the data): the permanent seats, under the Council's own rules; nothing
    stands in for them."""
    unsc = load_body("unsc")
    body = draft_scenario(UNSC_2028, source="a.txt", engine="rules")["body"]
    assert [m["id"] for m in body["members"]] == P5_2028
    assert body["rule"] == unsc.rule.model_dump(mode="json", exclude_none=True)
    assert body["rule"]["kind"] == "veto_majority" and body["rule"]["quota"] == 9
    assert set(body["rules"]) == {"substantive", "procedural"}
    assert "placeholder" not in json.dumps(body)


def test_a_1955_article_names_the_built_in_body():
    """Near miss: 1955 was before the data until they reached back to the Council's first
    meeting (17 Jan 1946); now the built-in body is named, with no stand-in and no warning."""
    sc = draft_scenario(UNSC_1955, source="a.txt", engine="rules")
    assert sc["body"] == "unsc" and "membership_unknown" not in sc["x-draft"]


def test_an_eu_draft_keeps_qualified_majority():
    """2003: the EU-15 under the Council's own rule and rules, QMV among them, which need the
    members' populations (none given)."""
    body = draft_scenario(EU_2003, source="b.txt", engine="rules")["body"]
    assert body["id"] == "eu-council" and len(body["members"]) == 15
    assert body["rule"]["kind"] == "double_majority"
    assert {"qmv", "unanimity", "simple_majority"} <= set(body["rules"])


def test_validation_refuses_the_stand_in_in_one_line():
    sc = draft_scenario(UNSC_2028, source="a.txt", engine="rules")
    with pytest.raises(InputError) as exc:
        parse_scenario(dump_yaml(sc), "d.yaml")
    (problem,) = exc.value.problems
    assert (problem.field, problem.message, problem.hint) == ("body.rule", SHORT_2028, None)
    # the draft itself is written: parsed as a draft, it is a scenario
    drafted = parse_scenario(dump_yaml(sc), "d.yaml", draft=True)
    assert drafted.stand_in_shortfall() == SHORT_2028


def test_an_eu_stand_in_without_populations_is_refused_in_one_line():
    sc = draft_scenario(EU_2003, source="b.txt", engine="rules")
    assert "rule" not in sc  # no rule cue: the body's own, QMV
    with pytest.raises(InputError) as exc:
        parse_scenario(dump_yaml(sc), "d.yaml")
    (problem,) = exc.value.problems
    assert problem.message == (
        "the body 'eu-council' stand-in has 15 members; its rule 'qualified majority (QMV)' "
        "needs each member's 'population' weight: add the other members of 2003-11-17 by hand, "
        "each with its population on that date (see the draft's warning 'membership unknown': "
        "the eu-council data do not cover that date)"
    )


def test_the_cli_drafts_and_validate_and_forecast_refuse_in_one_line(tmp_path):
    art, out = tmp_path / "a.txt", tmp_path / "d.yaml"
    art.write_text(UNSC_2028, encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(app, ["draft", str(art), "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert (
        "warning: validate and forecast refuse the draft until then: " + SHORT_2028
        in res.stderr.replace("\n", " ")
    )
    for command in (["validate"], ["forecast"], ["forecast", "-f", "json"], ["simulate"]):
        res = runner.invoke(app, [*command, str(out)], terminal_width=400)
        assert res.exit_code == 2, res.output
        assert not isinstance(res.exception, InputError | AssertionError)  # no traceback
        (line,) = _error_lines(res)
        assert line.startswith(f"error: {out}, line ")
        assert line.endswith(f", column 3, field body.rule: {SHORT_2028}")


def _complete_2028(votes: dict[str, int], rule: str | None = None) -> str:
    """The 2028 draft's stand-in body with the ten elected seats added by hand, each member an
    actor at ``votes`` (100: for the proposal, 0: against; the proposal is 100, the status quo
    0)."""
    drafted = draft_scenario(UNSC_2028, source="a.txt", engine="rules")
    body = dict(drafted["body"])
    elected = ["BRA", "IND", "JPN", "KEN", "MEX", "NGA", "NOR", "SEN", "THA", "URY"]
    body["members"] = [*body["members"], *({"id": i, "name": i} for i in elected)]
    scenario = {
        "id": "observer-mission-2028",
        "title": "Observer mission renewed",
        "date": "2028-03-15",
        "body": body,
        **({"rule": rule} if rule else {}),
        "issues": [
            {
                "id": "renewal",
                "title": "Renew the observer mission",
                "scale": {"min": 0, "max": 100},
                "status_quo": 0,
                "proposal": 100,
            }
        ],
        "actors": [
            {
                "id": m["id"],
                "name": m["name"],
                "capability": 50,
                "stances": {"renewal": {"position": votes.get(m["id"], 100), "salience": 50}},
            }
            for m in body["members"]
        ],
    }
    return dump_yaml(scenario)


@pytest.mark.parametrize(
    "against, adopted, blockers",
    [
        # 13 for, 2 elected members against: nine votes and no veto, adopted (the placeholder
        # unanimity rule would have rejected it)
        (["KEN", "THA"], True, []),
        # 8 for, 7 elected members against: one vote short of nine
        (["BRA", "IND", "JPN", "KEN", "MEX", "NGA", "NOR"], False, None),
        # 14 for, Russia against: its negative vote is a veto
        (["RUS"], False, ["RUS"]),
    ],
)
def test_once_the_members_are_added_the_real_rule_decides(tmp_path, against, adopted, blockers):
    path = tmp_path / "s.yaml"
    path.write_text(_complete_2028(dict.fromkeys(against, 0)), encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(app, ["validate", str(path)])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["forecast", str(path), "-f", "json"])
    assert res.exit_code == 0, res.output
    issue = json.loads(res.stdout)["issues"][0]
    assert issue["adopted"] is adopted
    assert sorted(v for v, x in issue["votes"].items() if x == "no") == sorted(against)
    if blockers is not None:
        assert issue["blockers"] == blockers


def test_near_misses_keep_the_rule_check_they_had(tmp_path):
    """Not stand-ins, so the rule's own message: a body of the analyst's own (its id not a
    built-in's), and an inline 'unsc' on a date the data cover."""
    for body_id, date in (("council-1955", "1955-05-09"), ("unsc", "2020-06-01")):
        text = _complete_2028({}).replace("2028-03-15", date).replace("id: unsc", f"id: {body_id}")
        sc = parse_scenario(text, "s.yaml")  # 15 members: the rule counts
        assert sc.stand_in_shortfall() is None
        few = parse_scenario(text, "s.yaml").model_dump(mode="json")
        few["body"]["members"] = few["body"]["members"][:5]
        few["actors"] = few["actors"][:5]
        with pytest.raises(InputError) as exc:
            parse_scenario(dump_yaml(few), "s.yaml")
        (problem,) = exc.value.problems
        assert problem.message == "quota 9 exceeds the 5 members"
