"""Monte Carlo simulation: reproducibility, agreement with the point models, the flagship."""

from __future__ import annotations

import numpy as np
import pytest

from concilium.analysis.uncertainty.engines import VECTORISED, evaluate
from concilium.analysis.uncertainty.inputs import ppf
from concilium.analysis.uncertainty.result import Simulation, wilson
from concilium.analysis.uncertainty.simulate import simulate
from concilium.analysis.uncertainty.space import compile_space, materialise
from concilium.errors import InputError
from concilium.io import parse_scenario
from concilium.models import MODELS, run_model


@pytest.fixture(scope="module")
def flagship_sim(flagship):
    return simulate(flagship, "procedural", draws=10_000, seed=7)


def test_flagship_office_is_unlikely_and_france_blocks(flagship_sim):
    s = flagship_sim.summary("tokyo-office", "procedural")
    # France sits at the status quo 0 (certain) and the proposal is 100: it votes no in every
    # draw, and under NATO consensus one objection stops the proposal.
    assert s.adopted == 0 and s.p_adopted == 0.0
    lo, hi = s.interval
    assert lo == 0.0 and 0 < hi < 0.001  # Wilson upper end for 0/10000: z^2/(n+z^2) = 3.8e-4
    assert hi == pytest.approx(1.959963984540054**2 / (10_000 + 1.959963984540054**2))
    top = s.blocking[0]
    assert (top.actor, top.blocks, top.veto) == ("FRA", 1.0, 1.0)
    # Germany: position uniform on [30, 70]; it votes no exactly when it is nearer the
    # status quo 0 than the proposal 100, i.e. below 50: probability 1/2.
    deu = next(b for b in s.blocking if b.actor == "DEU")
    assert abs(deu.veto - 0.5) < 4 * np.sqrt(0.25 / 10_000)
    assert s.outcome.quantiles == {k: 0.0 for k in ("0.05", "0.25", "0.5", "0.75", "0.95")}


def test_json_round_trip(flagship_sim):
    again = Simulation.from_json(flagship_sim.to_json())
    assert again == flagship_sim
    assert again.to_dict()["schema"] == "concilium.simulation/1"


def test_wilson_interval_by_hand():
    # k = 5, n = 10, z = 1.96: centre 0.5, half-width
    # z * sqrt(0.025 + z^2/400) / (1 + z^2/10) = 1.96 * 0.186021 / 1.384160 = 0.26341
    lo, hi = wilson(5, 10, z=1.96)
    assert lo == pytest.approx(0.5 - 0.26341, abs=1e-5)
    assert hi == pytest.approx(0.5 + 0.26341, abs=1e-5)


def test_wilson_interval_ends_exactly_at_0_and_1():
    # k = 0: centre = half = (z^2/2n) / (1 + z^2/n), so [0, z^2 / (n + z^2)]; k = n mirrors it.
    # With z = 1.96, n = 300: 3.8416 / 303.8416 = 0.0126434.
    assert wilson(0, 300, z=1.96) == (0.0, pytest.approx(0.0126434, abs=1e-7))
    assert wilson(300, 300, z=1.96) == (pytest.approx(1 - 0.0126434, abs=1e-7), 1.0)


@pytest.mark.parametrize("model", VECTORISED)
def test_vectorised_engines_match_the_point_models_draw_by_draw(flagship, model):
    space = compile_space(flagship)
    rng = np.random.default_rng(11)
    u = rng.random((6, space.k))
    values = np.column_stack([ppf(inp, u[:, j]) for j, inp in enumerate(space.inputs)])
    (res,) = evaluate(space, model, values)
    for d in range(len(values)):
        f = run_model(materialise(flagship, space.inputs, values[d]), model).issues[0]
        assert res.outcome[d] == pytest.approx(f.outcome, abs=1e-9)
        assert (None if res.adopted[d] < 0 else bool(res.adopted[d])) == f.adopted
        assert sorted(np.array(space.report_ids)[res.pivotal[d]]) == sorted(f.blockers)


UNCERTAIN_VOTE = """
id: t
title: Weighted vote
date: 2025-06-01
body: eu-council
issues: [{id: x, title: X, status_quo: 0, proposal: 60}]
default_stance:
  position: {value: 50, range: [20, 80], assumption: "no public position: anywhere mid-scale"}
  salience: {value: 40, range: [20, 60], assumption: "moderate"}
  capability: {value: 10, range: [5, 15], assumption: "equal weight"}
actors:
  - id: DEU
    name: Germany
    capability: {value: 30, range: [20, 40]}
    participation: {absent: 0.2, abstain: 0.1}
    stances:
      x:
        position: {value: 0}
        alternatives: [{weight: 0.6, position: 0, label: opposes}, {weight: 0.4, position: 70}]
        salience: 80
  - id: FRA
    name: France
    capability: 30
    stances: {x: {position: {value: 60, range: [40, 100], dist: triangular}, salience: 50}}
"""


def test_same_seed_same_rows_in_one_or_two_processes():
    sc = parse_scenario(UNCERTAIN_VOTE)
    one = simulate(sc, ["procedural", "compromise"], draws=2_500, seed=3, keep_rows=True)
    two = simulate(sc, ["procedural", "compromise"], draws=2_500, seed=3, workers=2, keep_rows=True)
    assert one.rows().equals(two.rows())
    assert {**one.to_dict(), "run": None} == {**two.to_dict(), "run": None}
    other = simulate(sc, "procedural", draws=2_500, seed=4, keep_rows=True)
    assert not other.rows()["outcome"].equals(
        one.rows().query("model == 'procedural'").reset_index(drop=True)["outcome"]
    )


def test_probabilities_and_quantiles_are_well_formed():
    sc = parse_scenario(UNCERTAIN_VOTE)
    sim = simulate(
        sc, ["procedural", "mean", "median_voter", "compromise", "nash"], draws=300, seed=5
    )
    assert sim.default_stance["x"] and "DEU" not in sim.default_stance["x"]
    for iss in sim.issues:
        for s in [*iss.models, iss.combined]:
            if s.p_adopted is not None:
                assert 0 <= s.interval[0] <= s.p_adopted <= s.interval[1] <= 1
            q = list(s.outcome.quantiles.values())
            assert q == sorted(q)
            assert sum(s.outcome.counts) == s.outcome.n
            for b in s.blocking:
                assert 0 <= b.pivotal <= b.blocks <= 1 and 0 <= b.veto <= b.blocks


def test_every_input_certain_gives_the_point_forecast(flagship):
    # strip every range: each draw is the point scenario
    certain = flagship.replace(
        actors=tuple(
            a.model_copy(
                update={
                    "stances": {
                        i: st.model_copy(
                            update={
                                "position": st.position.model_copy(update={"range": None}),
                                "salience": None
                                if st.salience is None
                                else st.salience.model_copy(update={"range": None}),
                            }
                        )
                        for i, st in a.stances.items()
                    }
                }
            )
            for a in flagship.actors
        )
    )
    sim = simulate(certain, list(MODELS), draws=20, seed=1, keep_rows=True)
    assert sim.inputs == []
    for name in MODELS:  # models without a vectorised engine run once per draw
        point = run_model(certain, name, seed=0 if MODELS[name].stochastic else None).issues[0]
        s = sim.summary("tokyo-office", name)
        assert s.p_adopted == (1.0 if point.adopted else 0.0)
        rows = sim.rows().query("model == @name")
        assert np.allclose(rows["outcome"], point.outcome)
        assert set(rows["blockers"]) <= {
            ",".join(
                sorted(
                    point.blockers, key=lambda a: [x.id for x in flagship.body_members()].index(a)
                )
                if point.blockers
                else ""
            )
        } | {r for r in rows["blockers"]}


def test_bad_runs_are_refused(flagship):
    with pytest.raises(InputError, match="at least 1"):
        simulate(flagship, draws=0)
    with pytest.raises(InputError, match="GB of memory"):
        simulate(flagship, draws=1_000_000, memory_limit=10**6)
    with pytest.raises(InputError, match="unknown model"):
        simulate(flagship, "nope", draws=10)


def test_rows_stream_to_csv(tmp_path):
    import pandas as pd

    from concilium.analysis.uncertainty.rows import RowWriter

    sc = parse_scenario(UNCERTAIN_VOTE)
    out = tmp_path / "rows.csv"
    with RowWriter(out) as w:
        sim = simulate(sc, "procedural", draws=1_500, seed=2, sink=w)
    frame = pd.read_csv(out)
    assert len(frame) == 1_500 and list(frame["draw"]) == list(range(1_500))
    assert frame["adopted"].mean() == pytest.approx(sim.summary("x", "procedural").p_adopted)


def test_interrupt_keeps_the_batches_that_finished(flagship, tmp_path):
    from concilium.analysis.uncertainty.rows import RowWriter

    def stop_after_two(done, total):
        if done >= 2_000:
            raise KeyboardInterrupt

    out = tmp_path / "rows.csv"
    with RowWriter(out) as w:
        sim = simulate(flagship, "procedural", draws=5_000, seed=7, sink=w, progress=stop_after_two)
    assert not sim.complete and sim.draws_done == 2_000
    assert any("interrupted" in n for n in sim.notes)
    full = simulate(flagship, "procedural", draws=2_000, seed=7)
    assert (
        sim.summary("tokyo-office", "procedural").blocking
        == full.summary("tokyo-office", "procedural").blocking
    )
    assert out.read_text(encoding="utf-8").count("\n") == 2_001  # header + the rows written


def test_rows_stream_to_parquet(tmp_path):
    pytest.importorskip("pyarrow")
    import pandas as pd

    from concilium.analysis.uncertainty.rows import RowWriter

    sc = parse_scenario(UNCERTAIN_VOTE)
    out = tmp_path / "rows.parquet"
    with RowWriter(out) as w:
        sim = simulate(
            sc, ["procedural", "compromise"], draws=1_200, seed=2, sink=w, keep_rows=True
        )
    back = pd.read_parquet(out)
    assert len(back) == 2 * 1_200
    assert back["outcome"].tolist() == sim.rows()["outcome"].tolist()
    assert back["adopted"].tolist() == sim.rows()["adopted"].tolist()


SMALL_NATO = """
id: n
title: t
date: 2023-06-15
body: nato
default_stance:
  position: {value: 80, assumption: "the other Allies support it"}
issues: [{id: i, title: i, status_quo: 0, proposal: 100}]
actors:
  - {id: FRA, name: France, FRANCE}
  - {id: USA, name: United States, stances: {i: {position: 100}}}
"""


@pytest.mark.parametrize(
    "france",
    [
        # stays away in 30 % of draws: under consensus absence is no objection
        "participation: {absent: 0.3}, stances: {i: {position: 0}}",
        # accepts (position 60, nearer the proposal) in 30 % of draws
        (
            "stances: {i: {position: 0, alternatives: [{weight: 0.7, position: 0}, "
            "{weight: 0.3, position: 60}]}}"
        ),
    ],
)
def test_participation_and_alternatives_carry_their_probability(france):
    # Every other Ally (80) and the US (100) vote yes, so the office passes exactly in the
    # draws where France does not object: probability 0.3.
    sc = parse_scenario(SMALL_NATO.replace("FRANCE", france))
    s = simulate(sc, "procedural", draws=4_000, seed=9).summary("i", "procedural")
    assert abs(s.p_adopted - 0.3) < 4 * np.sqrt(0.3 * 0.7 / 4_000)
    fra = next(b for b in s.blocking if b.actor == "FRA")
    assert fra.blocks == pytest.approx(1 - s.p_adopted)


@pytest.mark.parametrize("model", ["procedural", "compromise", "mean"])
def test_engines_honour_vote_intentions_and_the_abstention_band(flagship, model):
    # France states it will abstain (overriding its spatial no on the proposal); members
    # within 0.1 of the scale width of indifference abstain.  Draw by draw, the vectorised
    # engine and the point model on the materialised scenario agree.
    sc = flagship.with_stance("FRA", "tokyo-office", vote="abstain").replace(abstention_band=0.1)
    space = compile_space(sc)
    rng = np.random.default_rng(5)
    u = rng.random((6, space.k))
    values = np.column_stack([ppf(inp, u[:, j]) for j, inp in enumerate(space.inputs)])
    (res,) = evaluate(space, model, values)
    for d in range(len(values)):
        f = run_model(materialise(sc, space.inputs, values[d]), model).issues[0]
        assert res.outcome[d] == pytest.approx(f.outcome, abs=1e-9)
        assert (None if res.adopted[d] < 0 else bool(res.adopted[d])) == f.adopted
        assert sorted(np.array(space.report_ids)[res.pivotal[d]]) == sorted(f.blockers)
    if model == "procedural":  # France's stated abstention, not a no: it never blocks
        assert "FRA" not in np.array(space.report_ids)[res.blocks.any(axis=0)]
