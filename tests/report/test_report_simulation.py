"""The report's simulation section (`concilium report --draws N`).

Flagship facts (hand-derived, see tests/store/test_simulation_runs.py): France at a certain 0
objects in every draw and NATO decides by consensus, so the procedural model adopts the
office in 0 of n draws and France blocks in 100 % of them; the 95 % Wilson interval of 0/200
is [0, z^2/(200 + z^2)] = [0, 3.841459/203.841459] = [0, 0.0188453], printed "0.00 % to
1.88 %".
"""

from __future__ import annotations

import textwrap

import pytest

from concilium.io.scenarios import parse_scenario
from concilium.report.html import build_report, render_html, render_markdown

from .test_html import HOSTILE


@pytest.fixture(scope="module")
def flagship_sim_report(flagship):
    return build_report(flagship, ["procedural"], power=False, seed=7, draws=200)


def test_simulation_section_with_p_adopted_blocking_and_charts(flagship_sim_report):
    data = flagship_sim_report
    assert data.simulation.draws_done == 200 and data.simulation.seed == 7
    assert [c.kind for c in data.charts].count("simulation") == 1
    html = render_html(data)
    assert "How sure: 200 simulated draws" in html
    assert (
        "<strong>The proposal is very unlikely</strong>: adopted in 0 of 200 draws under the "
        "procedural model (0.0 %; 95 % interval 0.00 % to 1.88 %)."
    ) in html
    assert "France 100 %" in html
    # charts inline as SVG data URIs; still no script and the same security policy
    assert html.count('src="data:image/svg+xml;base64,') >= 2
    assert "<script" not in html.lower()
    assert "--draws 200 --seed 7" in html  # provenance: how to reproduce it


def test_the_tornado_shows_a_quantity_that_varies(flagship_sim_report):
    # The procedural outcome (and its point) is 0 in every draw: nothing to apportion.  The
    # report then says it: a tornado with no variance rather than a misleading one.
    sens = flagship_sim_report.sensitivity
    assert sens is not None and all(not i.variance for i in sens.issues)


def test_no_simulation_unless_asked(flagship):
    data = build_report(flagship, ["procedural"], power=False)
    assert data.simulation is None
    assert 'id="simulation"' not in render_html(data)


def test_costly_models_are_left_out_unless_named(flagship):
    data = build_report(flagship, None, power=False, draws=20, seed=1)
    assert "expected_utility" not in data.simulation.models
    assert any(n.startswith("expected_utility not simulated") for n in data.sim_notes)


HOSTILE_SIM = HOSTILE.replace(
    "name: France", 'name: "<script>alert(3)</script>"'
) + textwrap.dedent("""\
    default_stance:
      position: {value: 80, range: [60, 100], assumption: "<script>alert(4)</script>"}
    """)


def test_hostile_names_in_the_simulation_section_are_text():
    sc = parse_scenario(HOSTILE_SIM)
    html = render_html(build_report(sc, ["procedural"], power=False, draws=50, seed=2))
    assert "How sure: 50 simulated draws" in html
    assert "&lt;script&gt;alert(3)&lt;/script&gt; 100 %" in html  # France blocks every draw
    assert "<script" not in html.lower()
    text, images = render_markdown(
        build_report(sc, ["procedural"], power=False, draws=50, seed=2), "r"
    )
    assert "<script" not in text and "&lt;script&gt;alert\\(3\\)&lt;/script&gt;" in text
    assert "r-simulation.png" in images and "(r-simulation.png)" in text


def test_report_draws_from_the_command_line(cli_main, flagship_path, tmp_path):
    out = tmp_path / "r.html"
    r = cli_main(
        "report", flagship_path, "-m", "procedural", "--draws", "100", "--seed", "3",
        "-o", out, "--no-power",
    )  # fmt: skip
    assert r.exit_code == 0, r.stderr
    assert "How sure: 100 simulated draws" in out.read_text(encoding="utf-8")
    r = cli_main("report", flagship_path, "--draws", "0", "-o", tmp_path / "x.html")
    assert r.exit_code == 2 and "--draws must be at least 1" in r.stderr
