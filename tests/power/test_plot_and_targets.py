"""The bar chart, and resolving the CLI's BODY argument (body, scenario, weights file)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from concilium.analysis.power import power_indices
from concilium.errors import InputError

ROOT = Path(__file__).resolve().parents[2]


def test_chart_without_matplotlib_is_a_clear_error(monkeypatch, eu_qmv, tmp_path):
    from concilium.report.power_plot import save_power_chart

    monkeypatch.setitem(sys.modules, "matplotlib", None)
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
    df = power_indices(eu_qmv, "banzhaf")
    with pytest.raises(InputError, match="needs matplotlib"):
        save_power_chart(df, tmp_path / "x.png")
    assert not (tmp_path / "x.png").exists()


def test_chart_has_one_bar_per_member_and_index(eu_qmv, tmp_path):
    import matplotlib  # noqa: F401  (a test dependency: the chart must really be drawn)

    from concilium.report.power_plot import power_bar_chart, save_power_chart

    df = power_indices(eu_qmv, "banzhaf,shapley")
    fig = power_bar_chart(df)
    ax = fig.axes[0]
    assert len(ax.patches) == 2 * 27  # normalised Banzhaf and Shapley-Shubik
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[-1] == "DEU"  # strongest member on top
    out = save_power_chart(df, tmp_path / "eu.svg")
    assert out.read_text().lstrip().startswith("<?xml")
    with pytest.raises(InputError, match="cannot write a chart"):
        save_power_chart(df, tmp_path / "eu.gif")


def test_scenario_file_uses_its_body_rule_and_date():
    from concilium.analysis.power.result import resolve_target as _resolve
    from concilium.io import load_scenario

    path = ROOT / "examples" / "nato-tokyo-office.yaml"
    sc = load_scenario(path)
    tgt = _resolve(str(path), None, None)
    assert tgt.date == sc.date.isoformat()
    assert tgt.game.players == tuple(m.id for m in sc.body.members_on(sc.date))
    df = power_indices(tgt.game, "shapley")
    n = tgt.game.n
    assert df["veto"].all()  # consensus: every Ally can block alone
    assert df["shapley_shubik"].tolist() == pytest.approx([1 / n] * n)


def test_body_rule_option_selects_another_rule():
    from concilium.analysis.power.result import resolve_target as _resolve

    tgt = _resolve("eu-council", None, "unanimity")
    assert tgt.game.clauses == ((27,),)
    with pytest.raises(InputError, match="no rule named"):
        _resolve("eu-council", None, "lottery")
