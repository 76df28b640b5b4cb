"""Scenario format items of issue 10: partial evidence dates, aliases that match members,
member names from the body, and scenarios with no body (no voting rule)."""

from __future__ import annotations

import datetime as dt
import json
import textwrap

import pytest

from concilium.errors import InputError
from concilium.io import parse_scenario
from concilium.models import run_model

TRIO = """\
id: small
title: A small council
date: 2025-03-01
body:
  id: trio
  name: Trio council
  rule: {kind: unanimity}
  members:
    - {id: A, name: Alpha, aliases: [The Alphans]}
    - {id: B, name: Beta}
    - {id: C, name: Gamma}
issues:
  - id: budget
    title: Budget
    status_quo: 20
    proposal: 60
actors:
"""


def parse(text: str):
    return parse_scenario(textwrap.dedent(text), "test.yaml")


def error_of(text: str) -> InputError:
    with pytest.raises(InputError) as info:
        parse(text)
    return info.value


# ------------------------------------------------------------------ evidence dates
@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("2022-05", "2022-05"),
        ("2022", "2022"),
        ("'2022'", "2022"),
        ("2022-05-03", dt.date(2022, 5, 3)),
    ],
)
def test_evidence_dates_with_month_or_year_precision_are_kept_as_written(written, kept):
    sc = parse(
        TRIO
        + f"""\
  - id: A
    stances:
      budget:
        position: {{value: 70, evidence: [{{source: "a report", date: {written}}}]}}
"""
    )
    ev = sc.actor("A").stances["budget"].position.evidence[0]
    assert ev.date == kept
    # and it survives the JSON form as written
    dumped = json.loads(sc.canonical_json())
    assert dumped["actors"][0]["stances"]["budget"]["position"]["evidence"][0]["date"] == str(kept)


@pytest.mark.parametrize("bad", ["2022-13", "2022-5-1x", "May 2022", "20222"])
def test_bad_evidence_dates_are_one_clear_error(bad):
    err = error_of(
        TRIO
        + f"""\
  - id: A
    stances:
      budget:
        position: {{value: 70, evidence: [{{source: "a report", date: "{bad}"}}]}}
"""
    )
    assert "date" in str(err)


# ------------------------------------------------------------------ aliases match members
def test_an_actor_called_by_a_member_name_or_alias_is_that_member():
    # "Alpha" is member A's name; "The Alphans" its alias; "Gamma" is an actor alias of C.
    sc = parse(
        TRIO
        + """\
  - {id: Alpha, name: Alpha state, stances: {budget: {position: 70}}}
  - {id: BB, name: The Betans, aliases: [Beta], stances: {budget: {position: 50}}}
  - {id: G, name: Gamma people, aliases: [gamma], stances: {budget: {position: 10}}}
"""
    )
    assert [sc.member_id(a.id) for a in sc.actors] == ["A", "B", "C"]
    assert sc.stakeholders() == []


def test_a_member_alias_never_silently_makes_a_stakeholder_on_the_nato_body():
    sc = parse("""\
id: t
title: t
date: 2023-06-15
body: nato
issues: [{id: x, title: x, status_quo: 0, proposal: 100}]
actors:
  - {id: FR, name: French Republic, aliases: [France], stances: {x: {position: 0}}}
  - {id: Turkey, stances: {x: {position: 50}}}
""")
    assert sc.member_id("FR") == "FRA"
    assert sc.member_id("Turkey") == "TUR"  # the member's name as id; name from the body
    assert sc.actor("Turkey").name == "Türkiye"  # the name the NATO body data give


def test_an_alias_matching_a_member_cannot_be_declared_a_stakeholder():
    err = error_of(
        TRIO
        + """\
  - {id: Z, name: Zed, aliases: [Beta], role: stakeholder, stances: {budget: {position: 5}}}
"""
    )
    assert "actors[0].role" in str(err)


# ------------------------------------------------------------------ names from the body
def test_a_member_of_a_built_in_body_needs_only_its_id():
    sc = parse("""\
id: eu
title: t
date: 2024-06-01
body: eu-council
issues: [{id: x, title: x, status_quo: 0, proposal: 100}]
actors:
  - {id: DEU, stances: {x: {position: 80}}}
  - {id: fra, stances: {x: {position: 60}}}
""")
    assert [a.name for a in sc.actors] == ["Germany", "France"]
    assert [sc.member_id(a.id) for a in sc.actors] == ["DEU", "FRA"]


def test_an_inline_body_member_needs_only_its_id():
    sc = parse(TRIO + "  - {id: B, stances: {budget: {position: 50}}}\n")
    assert sc.actor("B").name == "Beta"


def test_an_actor_without_a_name_that_is_no_member_is_an_error():
    err = error_of(TRIO + "  - {id: Q, stances: {budget: {position: 50}}}\n")
    assert "actors[0].name" in str(err) or "actors.0.name" in str(err)


# ------------------------------------------------------------------ no body
FREE = """\
id: talks
title: Talks with no voting rule
issues:
  - {id: price, title: Price, status_quo: 20, proposal: 60}
actors:
  - {id: A, name: Alpha, capability: 2, stances: {price: {position: 70, salience: 50}}}
  - {id: B, name: Beta, capability: 1, stances: {price: {position: 10, salience: 50}}}
"""


def test_a_scenario_without_a_body_has_no_members_and_no_rule():
    sc = parse(FREE)
    assert sc.body is None and sc.date is None and not sc.has_rule
    assert sc.members() == [] and len(sc.stakeholders()) == 2
    with pytest.raises(InputError):
        sc.decision_rule  # noqa: B018 (the property raises)


def test_bargaining_runs_without_a_body_and_says_so():
    f = run_model(parse(FREE), "compromise")
    i = f.issue("price")
    # (2*50*70 + 1*50*10) / (2*50 + 1*50) = 7500 / 150 = 50
    assert i.outcome == pytest.approx(50.0)
    assert i.adopted is None and i.details["rule_check"].startswith("absent")


def test_the_procedural_model_needs_a_body():
    with pytest.raises(InputError) as err:
        run_model(parse(FREE), "procedural")
    assert "body" in str(err.value)


def test_a_body_needs_a_date_and_a_rule_needs_a_body():
    err = error_of(TRIO.replace("date: 2025-03-01\n", "") + "  - {id: A, stances: {}}\n")
    assert "needs a date" in str(err)
    err = error_of(FREE.replace("issues:", "rule: {kind: unanimity}\nissues:"))
    assert "needs a body" in str(err)
    err = error_of(FREE.replace("capability: 1,", "capability: 1, role: member,"))
    assert "no body" in str(err)
