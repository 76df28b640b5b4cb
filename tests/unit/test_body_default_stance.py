"""A body file may declare a default stance; a scenario's own replaces it; outputs say which.

No built-in body ships one (docs/bodies.md says why), so these tests write a body file of
their own: three members under unanimity, status quo 0, proposal 60.

Hand derivation of the verdicts (procedural model, sincere votes: a member votes yes when
the proposal is nearer its position than the status quo):

* Ann states 70: |70 - 60| = 10 < |70 - 0| = 70, yes.
* The body's default position 80: |80 - 60| = 20 < 80, so Bea and Cal vote yes; under
  unanimity three yes votes adopt it.
* The scenario's own default position 10: |10 - 60| = 50 > |10 - 0| = 10, so Bea and Cal
  vote no; under unanimity any no blocks, so it is not adopted.
"""

from __future__ import annotations

import textwrap

import pytest

from concilium.bodies import BUILTIN_BODIES, load_body
from concilium.errors import InputError
from concilium.io import parse_scenario
from concilium.models import run_model

BODY = """\
id: trio
name: Council of Three
rule: {kind: unanimity}
members:
  - {id: ANN, name: Ann}
  - {id: BEA, name: Bea}
  - {id: CAL, name: Cal}
default_stance:
  position: {value: 80, range: [70, 90], assumption: "silent members favour change here"}
  salience: {value: 30, assumption: "a low priority"}
  capability: {value: 10, assumption: "equal weight"}
"""


def _scenario(body_path, extra: str = "") -> str:
    return textwrap.dedent(f"""\
    id: s
    title: Three
    date: 2025-01-01
    body: {body_path}
    issues: [{{id: i, title: I, status_quo: 0, proposal: 60}}]
    actors:
      - {{id: ANN, stances: {{i: {{position: 70}}}}}}
    """) + textwrap.dedent(extra)


@pytest.fixture
def body_file(tmp_path):
    path = tmp_path / "trio.yaml"
    path.write_text(BODY, encoding="utf-8")
    return path


def test_no_builtin_body_ships_a_default_stance():
    assert all(load_body(b).default_stance is None for b in BUILTIN_BODIES)


def test_the_body_default_stance_stands_in_and_is_named_as_the_body_s(body_file):
    sc = parse_scenario(_scenario(body_file))
    assert sc.default_stance is None
    assert sc.default_stance_origin == "body"
    assert sc.default_stance_in_force.position.value == 80
    i = run_model(sc, "procedural").issue("i")
    assert i.adopted is True  # all three yes (module docstring)
    assert i.details["default_stance"] == ["BEA", "CAL"]
    assert i.details["default_stance_from"] == "body"
    assert any("default stance of body trio" in s for s in i.explanation)


def test_a_scenario_default_stance_replaces_the_body_s(body_file):
    own = """\
    default_stance:
      position: {value: 10, assumption: "silent members fear change"}
    """
    sc = parse_scenario(_scenario(body_file, own))
    assert sc.default_stance_origin == "scenario"
    i = run_model(sc, "procedural").issue("i")
    assert i.adopted is False
    assert i.votes == {"ANN": "yes", "BEA": "no", "CAL": "no"}
    assert i.details["default_stance_from"] == "scenario"
    assert any("the scenario's default stance" in s for s in i.explanation)
    # Replaced as a whole: the body's salience (30) is not merged into the scenario's block.
    filled = sc.with_default_stances()
    assert filled.actor("BEA").stances["i"].salience is None


def test_simulate_says_where_the_default_stance_came_from(body_file):
    from concilium.analysis.uncertainty.simulate import simulate

    sim = simulate(parse_scenario(_scenario(body_file)), "procedural", draws=50, seed=1)
    assert sim.default_stance == {"i": ["BEA", "CAL"]}
    assert sim.default_stance_from == "body"
    # Every draw puts Bea and Cal in 70..90, all nearer 60 than 0: adopted in all 50 draws.
    assert sim.issues[0].models[0].adopted == 50
    assert sim.to_dict()["default_stance_from"] == "body"


def test_validate_and_forecast_name_the_body_as_the_source(body_file, tmp_path, cli):
    path = tmp_path / "s.yaml"
    path.write_text(_scenario(body_file), encoding="utf-8")
    r = cli("validate", path, columns=200)
    assert r.exit_code == 0, r.output
    assert "2 member(s) take the default stance of body trio: BEA, CAL" in r.stdout
    r = cli("body", body_file, "--date", "2025-01-01", columns=200)
    assert "Default stance" in r.stdout and "position 80 (range 70–90)" in r.stdout
    r = cli("forecast", path, "--no-store", columns=200)
    assert r.exit_code == 0, r.output
    assert "default stance of body trio" in r.stdout


def test_a_body_default_position_off_the_scale_is_an_error_naming_the_body(body_file):
    text = _scenario(body_file).replace(
        "status_quo: 0, proposal: 60}", "status_quo: 0, proposal: 60, scale: {min: 0, max: 50}}"
    )
    with pytest.raises(InputError, match=r"body\.default_stance\.position"):
        parse_scenario(text.replace("position: 70", "position: 40"))


@pytest.mark.parametrize(
    ("field", "bad", "message"),
    [
        ("salience", "{value: 130, assumption: x}", "within 0..100"),
        ("capability", "{value: 5, range: [-1, 9], assumption: x}", "must not be negative"),
    ],
)
def test_a_body_default_stance_out_of_bounds_is_refused_when_read(tmp_path, field, bad, message):
    text = BODY.replace(
        {"salience": '{value: 30, assumption: "a low priority"}'}.get(
            field, '{value: 10, assumption: "equal weight"}'
        ),
        bad,
    )
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_body(path)


def test_a_body_default_stance_must_say_why(tmp_path):
    path = tmp_path / "why.yaml"
    path.write_text(
        BODY.replace(
            '{value: 80, range: [70, 90], assumption: "silent members favour change here"}', "80"
        ),
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="say why"):
        load_body(path)
