"""The outcome-distribution and tornado charts, checked on the figures' artists.

Flagship facts used (hand-derived, see tests/store/test_simulation_runs.py): France sits at
a certain 0 = the status quo, the proposal is 100, and under NATO consensus its objection
stops the office in every draw, so every draw's procedural outcome is the status quo 0.  The
histogram has 20 bins over 0..100 (width 5), so the first bin [0, 5) holds all the draws.
The 95 % Wilson interval of 0/200 is [0, z^2/(200 + z^2)] = [0, 0.0188], shown as
"0 %–1.9 %".
"""

from __future__ import annotations

import pytest

from concilium.analysis.uncertainty.sensitivity import (
    IssueSensitivity,
    Sensitivity,
    SobolRow,
    SweepRow,
)
from concilium.analysis.uncertainty.simulate import simulate
from concilium.report.plots import figure_bytes, outcome_figure, tornado_figure


@pytest.fixture(scope="module")
def flagship_sim(flagship):
    return simulate(flagship, "procedural", draws=200, seed=7)


def test_outcome_figure_shows_histogram_quantiles_and_p_adopted(flagship_sim):
    fig = outcome_figure(flagship_sim)
    box, hist = fig.axes
    assert [t.get_text() for t in box.get_yticklabels()] == ["procedural"]
    legend = [t.get_text() for t in hist.get_legend().get_texts()]
    assert "procedural: P(adopted) 0 % [0 %–1.9 %]" in legend
    assert "status quo (0)" in legend and "proposal (100)" in legend
    steps, _shading = list(hist.patches)  # the step outline and its shading
    verts = steps.get_path().vertices
    assert verts[:, 1].max() == pytest.approx(1.0)  # every draw in one bin: 100 % of draws
    top = verts[verts[:, 1] == verts[:, 1].max()]
    assert sorted({x for x in top[:, 0]}) == [0.0, 5.0]  # ...the first bin, [0, 5)
    assert fig._suptitle.get_text().endswith("200 draws (seed 7)")


def test_outcome_figure_pools_several_models(flagship):
    sim = simulate(flagship, ["procedural", "compromise"], draws=100, seed=1)
    box, hist = outcome_figure(sim).axes
    assert [t.get_text() for t in box.get_yticklabels()] == ["procedural", "compromise", "all"]
    legend = [t.get_text() for t in hist.get_legend().get_texts()]
    assert sum(s.startswith(("procedural:", "compromise:", "all:")) for s in legend) == 3


def _sensitivity(variance: float = 4.0) -> Sensitivity:
    """Two inputs by hand: A swings the output over 10..30, B over 18..22."""
    return Sensitivity(
        scenario="hand",
        seed=0,
        points=3,
        issues=[
            IssueSensitivity(
                issue="x",
                model="mean",
                output="outcome",
                tornado=[
                    SweepRow(
                        input="A.x.position",
                        low=0,
                        high=100,
                        outcome_at_low=10,
                        outcome_at_high=30,
                        outcome_min=10,
                        outcome_max=30,
                        swing=20,
                        adopted_share=0.5,
                    ),
                    SweepRow(
                        input="B.x.position",
                        low=0,
                        high=100,
                        outcome_at_low=22,
                        outcome_at_high=18,
                        outcome_min=18,
                        outcome_max=22,
                        swing=4,
                        adopted_share=1.0,
                    ),
                ],
                sobol=[
                    SobolRow(input="A.x.position", first=0.9, total=0.95),
                    SobolRow(input="B.x.position", first=0.04, total=0.05),
                ],
                variance=variance,
                samples=64,
            )
        ],
    )


def test_tornado_bars_run_from_the_lowest_to_the_highest_output():
    left, right = tornado_figure(_sensitivity()).axes
    # largest swing on top: A above B
    at = {t.get_text(): y for t, y in zip(left.get_yticklabels(), left.get_yticks())}
    assert at == {"A.x.position": 1, "B.x.position": 0}
    bars = {round(b.get_y() + b.get_height() / 2): b for b in left.patches}
    a, b = bars[1], bars[0]
    assert (a.get_x(), a.get_x() + a.get_width()) == (10, 30)
    assert (b.get_x(), b.get_x() + b.get_width()) == (18, 22)
    widths = sorted(round(p.get_width(), 2) for p in right.patches)
    assert widths == [0.04, 0.05, 0.9, 0.95]  # first and total of each input
    assert right.get_title(loc="left") == "Sobol indices (N = 64)"


def test_tornado_says_when_there_is_no_variance():
    sens = _sensitivity(variance=0.0)
    iss = sens.issues[0].model_copy(
        update={"sobol": [SobolRow(input="A.x.position", first=None, total=None)]}
    )
    fig = tornado_figure(sens.model_copy(update={"issues": [iss]}))
    texts = [t.get_text() for t in fig.axes[1].texts]
    assert any("no variance to apportion" in t for t in texts)


def test_simulation_charts_render_as_svg_with_user_text_as_paths(flagship_sim):
    svg = figure_bytes(outcome_figure(flagship_sim), "svg").decode("utf-8")
    assert "<text" not in svg and "<script" not in svg


def test_simulate_and_sensitivity_plot_from_the_command_line(cli_main, flagship_path, tmp_path):
    svg, png = tmp_path / "sim.svg", tmp_path / "tornado.png"
    r = cli_main("simulate", flagship_path, "-n", "50", "--seed", "1", "--plot", svg, "--no-store")
    assert r.exit_code == 0, r.stderr
    assert svg.read_bytes().lstrip().startswith(b"<?xml") and f"wrote {svg}" in r.stderr
    r = cli_main("simulate", flagship_path, "-n", "50", "--plot", svg, "--no-store")
    assert r.exit_code == 2 and "--force" in r.stderr  # never over an existing file
    r = cli_main("sensitivity", flagship_path, "--samples", "8", "--points", "3", "--plot", png)
    assert r.exit_code == 0, r.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
