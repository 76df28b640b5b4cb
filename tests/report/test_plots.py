"""Charts: what each figure shows, checked on the figure's artists (not on pixels)."""

from __future__ import annotations

import pytest

from concilium.errors import InputError
from concilium.models import run_model
from concilium.report.plots import (
    figure_bytes,
    figure_data_uri,
    issue_figure,
    trajectory_figure,
    trajectory_rows,
)


def test_issue_figure_shows_actors_lines_and_models(flagship):
    forecasts = [run_model(flagship, "procedural"), run_model(flagship, "median_voter")]
    fig = issue_figure(flagship, forecasts)
    (ax,) = fig.axes
    labels = [t.get_text() for t in ax.get_yticklabels()]
    # 34 actors (31 Allies + the Secretary General, Japan, China), then one lane per model
    assert len(labels) == 34 + 2
    assert labels[-2:] == ["procedural: 0", "median_voter: 0"]
    # France sits at the status quo 0 (lowest position, sorted first with China)
    assert set(labels[:2]) == {"France", "China"}
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "status quo (0)" in legend and "proposal (100)" in legend
    # France can veto at the status quo: the win set is empty (procedural model's result)
    assert "win set of the status quo: empty" in legend
    assert "bargaining point (before the rule)" in legend  # median voter's 70, blocked to 0


def test_issue_figure_shades_a_non_empty_win_set(flagship):
    """Without France (moved to 100), the lowest member is Germany at 50: it abstains on 100,
    and under consensus abstention does not block, so points it does not oppose pass.  Every
    member prefers a point z to q=0 when |z - x_i| < |0 - x_i|, i.e. 0 < z < 2 x_i; Germany at
    50 is the tightest: z in (0, 100), plus 100 itself where Germany is indifferent."""
    import json

    from concilium.io.scenarios import parse_scenario

    data = json.loads(flagship.canonical_json())
    for a in data["actors"]:
        if a["id"] == "FRA":
            a["stances"]["tokyo-office"]["position"] = 100
    sc = parse_scenario(json.dumps(data), json_syntax=True)
    proc = run_model(sc, "procedural")
    ws = proc.issue("tokyo-office").details["win_set"]
    assert ws[0]["lo"] == 0 and ws[-1]["hi"] == 100
    fig = issue_figure(sc, [proc])
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert "win set of the status quo" in legend


def test_trajectory_of_expected_utility(flagship):
    eu = run_model(flagship, "expected_utility")
    rows = trajectory_rows(eu, "tokyo-office")
    rounds = {r["turn"] for r in rows}
    actors = {r["actor"] for r in rows}
    assert len(rows) == len(rounds) * len(actors)  # long form: every actor in every round
    fig = trajectory_figure(eu, scenario=flagship)
    ax = fig.axes[0]
    assert len(ax.get_lines()) >= len(actors) + 1  # one per actor + the weighted median
    with pytest.raises(InputError, match="no rounds"):
        trajectory_figure(run_model(flagship, "procedural"))


def test_renders_svg_and_png_without_network_fonts(flagship):
    fig = issue_figure(flagship)
    svg = figure_bytes(fig, "svg").decode("utf-8")
    assert svg.lstrip().startswith("<?xml") and "<text" not in svg  # glyphs as paths
    assert 'href="http' not in svg and "url(http" not in svg  # nothing fetched (namespaces aside)
    assert figure_bytes(fig, "png")[:8] == b"\x89PNG\r\n\x1a\n"
    assert figure_data_uri(fig, "png").startswith("data:image/png;base64,")
