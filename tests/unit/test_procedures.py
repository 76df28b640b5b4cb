"""Procedures with several stages (concilium.procedures): golden cases derived by hand.

Spatial votes throughout: on one dimension with status quo q, a member at x votes yes for z
when |z - x| < |q - x|, no when |z - x| > |q - x|, and abstains when equal (no abstention
band in these cases).  With q = 0 and x > 0 that is: yes on (0, 2x), abstain at 2x, no above.
"""

from __future__ import annotations

import pytest

from concilium import run_model
from concilium.errors import InputError
from concilium.io import load_scenario
from concilium.io.documents import validate
from concilium.models import procedural
from concilium.procedures import (
    evaluate,
    intersect,
    list_procedures,
    load_procedure,
    passes,
    resolve,
    win_sets,
)
from concilium.scenario import Scenario
from concilium.spatial import Interval

EU27 = [
    "DEU", "FRA", "ITA", "ESP", "POL", "ROU", "NLD", "BEL", "CZE", "PRT", "SWE", "GRC", "HUN",
    "AUT", "BGR", "DNK", "FIN", "SVK", "IRL", "HRV", "LTU", "SVN", "LVA", "EST", "CYP", "LUX",
    "MLT",
]  # fmt: skip
# European Parliament groups (bodies/data/ep.yaml, seats at the constitutive session, 720)
EP_SEATS = {
    "EPP": 188, "SD": 136, "PFE": 84, "ECR": 78, "RENEW": 77, "GREENS": 53, "LEFT": 46,
    "ESN": 25, "NI": 33,
}  # fmt: skip


def _stance(x: float) -> dict:
    return {"issue": {"position": x}}


def olp(proposal: float | None, council: dict[str, float], ep: dict[str, float], **extra):
    """An OLP scenario: every Council member at 70 unless ``council`` says otherwise, the EP
    groups at ``ep``, the Commission (COM) at 100."""
    actors = [{"id": m, "stances": _stance(council.get(m, 70.0))} for m in EU27]
    actors += [{"id": g, "stances": _stance(x)} for g, x in ep.items()]
    actors.append({"id": "COM", "name": "European Commission", "stances": _stance(100.0)})
    issue = {"id": "issue", "title": "t", "status_quo": 0}
    if proposal is not None:
        issue["proposal"] = proposal
    return Scenario.model_validate(
        {
            "id": "olp",
            "title": "OLP",
            "date": "2025-03-01",
            "procedure": "eu-olp",
            "issues": [issue],
            "actors": actors,
            **extra,
        }
    )


# EP positions: EPP at 30 (yes on (0, 60)), S&D 70, Renew 60, Greens 90 (yes on all of
# (0, 100]), the Left 10 (yes on (0, 20)), ECR 20 (yes on (0, 40)), PfE, ESN and NI at 0
# (no to every z > 0).
EP_POS = {
    "EPP": 30, "SD": 70, "RENEW": 60, "GREENS": 90, "LEFT": 10, "ECR": 20, "PFE": 0, "ESN": 0,
    "NI": 0,
}  # fmt: skip


def test_builtin_procedures_listed_and_sourced():
    ids = [p.id for p in list_procedures()]
    assert ids == ["eu-olp", "nato-enlargement", "host-consent"]
    for p in list_procedures():
        assert p.sources, p.id
        for st in p.stages:
            assert st.source, (p.id, st.id)
    olp_ = load_procedure("ordinary legislative procedure")
    assert [s.id for s in olp_.stages] == ["parliament", "council"]
    assert olp_.stages[1].amend_rule == "unanimity"
    nato = load_procedure("nato-enlargement")
    th = nato.stages[1].ratify.thresholds  # type: ignore[union-attr]
    assert "Art. II" in (th["USA"].source or "")
    assert nato.stages[1].ratify.default.assumption  # type: ignore[union-attr]
    # every threshold listed by member cites its legal source (the default is the assumption)
    assert len(th) == 11
    assert all(t.source for t in th.values())


def test_olp_passes_both_stages():
    # Proposal 50: EP yes = EPP (50 < 60) + S&D + Renew + Greens = 188+136+77+53 = 454 (the
    # Left and ECR vote no: 50 is beyond 20 and 40), votes cast 720, 454 > 360: passes.
    # Council: all 27 at 70 vote yes (50 < 140): 27 of 27 with 100% of the population.
    sc = olp(50, {}, EP_POS)
    res = evaluate(sc, "issue", 50)
    assert res.passed and res.stopped_at == []
    assert [s.stage for s in res.stages] == ["parliament", "council"]
    assert res.stage("parliament").tally == {"yes": 4, "no": 5, "abstain": 0, "absent": 0}
    assert res.stage("council").tally["yes"] == 27
    fc = run_model(sc, "procedural").issue("issue")
    assert fc.adopted is True and fc.outcome == 50


def test_olp_stops_in_parliament_and_council_is_not_reached():
    # Proposal 80: EPP (30) prefers 0 (|80-30| = 50 > 30): EP yes = 136+77+53 = 266 of 720
    # cast, 266 <= 360: fails.  Blockers: a group whose switch to yes alone carries it: EPP
    # (266+188 = 454 > 360); PfE would give 350, ECR 344, the Left 312, NI 299, ESN 291: no.
    # In sequence the Council is not reached.
    sc = olp(80, {}, EP_POS)
    res = evaluate(sc, "issue", 80)
    assert not res.passed
    assert res.stopped_at == ["parliament"]
    assert res.blockers == ["EPP"]
    assert res.stage("council").reached is False
    fc = run_model(sc, "procedural").issue("issue")
    assert fc.adopted is False and fc.outcome == 0 and fc.blockers == ["EPP"]
    assert fc.details["stopped_at"] == ["parliament"]
    assert any("stops at parliament" in line for line in fc.explanation)


def test_olp_blocking_minority_in_council():
    # DEU, FRA, NLD and MLT at 0 vote no on 50.  Population (2025 shares, hundredths):
    # total 10001, quota ceil(0.65 * 10001) = 6501; against 1849+1517+401+12 = 3779, so yes
    # = 6222 < 6501: fails (23 members >= 15, but not 65 %).  Blockers: DEU switching gives
    # 8071, FRA 7739, NLD 6623 (all >= 6501); MLT gives only 6234 but leaves 3 against,
    # fewer than the 4 a blocking minority needs (Art. 16(4) TEU): deemed attained.  So all
    # four block.  The Parliament (first) passes as in test_olp_passes_both_stages.
    sc = olp(50, {"DEU": 0, "FRA": 0, "NLD": 0, "MLT": 0}, EP_POS)
    res = evaluate(sc, "issue", 50)
    assert res.stage("parliament").passed is True
    assert res.stopped_at == ["council"]
    assert sorted(res.blockers) == ["DEU", "FRA", "MLT", "NLD"]


def test_olp_win_sets_setter_and_amendments():
    # EP win set of q = 0: for z in (0, 60) EPP, S&D, Renew, Greens vote yes: 454 > 360;
    # at z = 60 EPP abstains: cast 532, yes 266, not more than 266: fails; above 60 yes is
    # 266 of 720: fails.  W_EP = (0, 60).  Council: all at 70, yes on (0, 100]: W = (0, 100].
    # The procedure's W = (0, 60).
    sc = olp(None, {}, EP_POS)
    ws = win_sets(sc, "issue")
    assert ws.by_stage["parliament"] == [Interval(0, 60, False, False)]
    assert ws.by_stage["council"] == [Interval(0, 100, False, True)]
    assert ws.procedure == [Interval(0, 60, False, False)]
    # The Commission (COM, "European Commission", at 100) proposes its nearest point of the
    # closure, 60, a limit point: EPP is indifferent there and accepts (Romer & Rosenthal).
    fc = run_model(sc, "procedural").issue("issue")
    assert fc.details["setter"] == {
        "actor": "COM",
        "ideal": 100.0,
        "best_point": 60.0,
        "attained": False,
    }
    assert fc.adopted is True and fc.outcome == 60
    # Amendments against a proposal p = 50: the Council needs unanimity (Art. 293(1) TFEU):
    # members at 70 prefer z to 50 on (50, 90), so the Council's unanimous win set of 50 is
    # (50, 90).  In the EP only S&D (yes on (50, 90)), Renew ((50, 70)) and Greens ((50, 130))
    # prefer any z > 50: at most 266 of 720, never a majority.  No amendment passes.
    fc50 = run_model(olp(50, {}, EP_POS), "procedural").issue("issue")
    assert fc50.details["amendments"]["win_set"] == []
    amend = win_sets(olp(50, {}, EP_POS), "issue", reference=50, amend=True)
    assert amend.by_stage["council"] == [Interval(50, 90, False, False)]


def test_veto_players_are_the_union_over_stages():
    # QMV has no veto player (any one member can be outvoted), nor does the EP's majority of
    # votes cast (EPP's 188 < 360): the union is empty.
    sc = olp(50, {}, EP_POS)
    assert win_sets(sc, "issue").veto_players == []


# ------------------------------------------------------------------------------ NATO
NATO_2023 = [
    "BEL", "CAN", "DNK", "FRA", "ISL", "ITA", "LUX", "NLD", "NOR", "PRT", "GBR", "USA", "GRC",
    "TUR", "DEU", "ESP", "CZE", "HUN", "POL", "BGR", "EST", "LVA", "LTU", "ROU", "SVK", "SVN",
    "ALB", "HRV", "MNE", "MKD", "FIN",
]  # fmt: skip


def enlargement(allies: dict[str, float], *, senate: tuple[int, int] | None = None, **pos):
    """Admit a candidate (0 = not admitted, 100 = admitted, proposal 100) on 2023-06-15 (31
    Allies).  ``senate=(r, d)``: the US Senate as two blocs, USA-R at 80 and USA-D at 20."""
    actors = [{"id": m, "stances": _stance(allies.get(m, 80.0))} for m in NATO_2023]
    proc: dict = {"use": "nato-enlargement"}
    if senate is not None:
        r, d = senate
        proc["chambers"] = {
            "USA": {
                "name": "United States Senate",
                "members": [
                    {"id": "USA-R", "name": "Senate Republicans", "weights": {"seats": r}},
                    {"id": "USA-D", "name": "Senate Democrats", "weights": {"seats": d}},
                ],
            }
        }
        actors += [
            {"id": "USA-R", "name": "Senate Republicans", "stances": _stance(pos.get("r", 80))},
            {"id": "USA-D", "name": "Senate Democrats", "stances": _stance(pos.get("d", 20))},
        ]
    return Scenario.model_validate(
        {
            "id": "enl",
            "title": "enlargement",
            "date": "2023-06-15",
            "procedure": proc,
            "issues": [{"id": "issue", "title": "t", "status_quo": 0, "proposal": 100}],
            "actors": actors,
        }
    )


def test_enlargement_stops_at_the_invitation():
    # HUN at 40: |100-40| = 60 > 40, so it votes no; under consensus one objection blocks.
    # In sequence the 31 ratifications are not reached.
    sc = enlargement({"HUN": 40})
    res = evaluate(sc, "issue", 100)
    assert res.stopped_at == ["invitation"] and res.blockers == ["HUN"]
    assert sum(1 for s in res.stages if s.group == "ratification") == 31
    assert not any(s.reached for s in res.stages if s.group == "ratification")


def test_enlargement_one_bloc_ratifications_pass():
    # Everyone at 80 votes yes on 100 (|100-80| = 20 < 80): the invitation passes, and each
    # Ally's chamber (one bloc, its own actor) ratifies.  The thresholds are cited or stated
    # as assumptions, and the one-bloc reading is stated too.
    sc = enlargement({})
    res = evaluate(sc, "issue", 100)
    assert res.passed
    usa = res.stage("ratification/USA")
    assert usa.name == "ratification: United States Senate"
    assert "one bloc" in (usa.assumption or "")
    fc = run_model(sc, "procedural").issue("issue")
    assert fc.adopted is True
    assert any("Stage ratification: 31 of 31 pass" in line for line in fc.explanation)


@pytest.mark.parametrize(
    ("r", "d", "passed"),
    [
        # two thirds of 100 Senators present is 66.67: 67 yes are needed
        (67, 33, True),
        (66, 34, False),
        # 99 present (the rules count seats; one seat fewer): two thirds is exactly 66
        (66, 33, True),
    ],
)
def test_us_senate_two_thirds_of_those_present(r, d, passed):
    # Republicans (at 80) vote yes, Democrats (at 20: |100-20| = 80 > 20) vote no.
    sc = enlargement({}, senate=(r, d))
    res = evaluate(sc, "issue", 100)
    assert res.stage("ratification/USA").passed is passed
    assert res.passed is passed
    if not passed:
        # the Democrats alone could carry it; the Republicans already vote yes
        assert res.stopped_at == ["ratification/USA"]
        assert res.blockers == ["USA-D"]


def test_enlargement_win_set_and_veto_players():
    # Senate 49 R (at 80, yes on (0, 160)) and 51 D (at 20, yes on (0, 40)): two thirds (67)
    # needs both, so W_Senate = (0, 40); every other stage (all at 80) has W = (0, 100].
    # W = (0, 40).  Veto players: the 31 Allies (consensus) plus both Senate blocs (without
    # either one at most 51 < 67 seats say yes).
    sc = enlargement({}, senate=(49, 51))
    ws = win_sets(sc, "issue")
    assert ws.procedure == [Interval(0, 40, False, False)]
    assert set(ws.veto_players) == set(NATO_2023) | {"USA-R", "USA-D"}


# ------------------------------------------------------------------------------ host consent
def tokyo(japan: float, france: float = 0.0) -> Scenario:
    sc = load_scenario("examples/nato-tokyo-office.yaml")
    sc = sc.replace(procedure={"use": "host-consent", "roles": {"host": "JPN"}})
    sc = sc.with_stance("JPN", "tokyo-office", position=japan)
    return sc.with_stance("FRA", "tokyo-office", position=france)


def test_host_consent_on_top_of_the_body():
    # France at 0 objects (|100-0| > 0): the Council's consensus fails and Japan's consent is
    # not reached.
    res = evaluate(tokyo(80), "tokyo-office", 100)
    assert res.stopped_at == ["decision"] and res.blockers == ["FRA"]
    assert res.stage("host").reached is False
    # France at 90 agrees; Germany at 50 is indifferent and abstains, which does not block a
    # consensus; the other Allies (70, 75, 85, 90) say yes.  Japan at 80 consents: adopted.
    assert evaluate(tokyo(80, 90), "tokyo-office", 100).passed
    # Japan at 20 (|100-20| = 80 > 20) does not consent: the proposal stops at the host.
    res = evaluate(tokyo(20, 90), "tokyo-office", 100)
    assert res.stopped_at == ["host"] and res.blockers == ["JPN"]
    # Japan at 50 is indifferent: no consent either (a consent is a yes).
    assert evaluate(tokyo(50, 90), "tokyo-office", 100).stopped_at == ["host"]


def test_host_must_be_an_actor():
    sc = load_scenario("examples/nato-tokyo-office.yaml")
    with pytest.raises(InputError) as exc:
        sc.replace(procedure={"use": "host-consent", "roles": {"host": "KOR"}})
    assert "consenting party" in str(exc.value)


# ------------------------------------------------------------------------------ one stage
@pytest.mark.parametrize(
    "path", ["examples/nato-tokyo-office.yaml", "examples/unsc-ukraine-2022.yaml"]
)
def test_one_body_is_the_one_stage_procedure(path):
    # A scenario without procedure: its body and rule are the one stage; the evaluation and
    # the win set agree with the procedural model's own.
    sc = load_scenario(path)
    assert sc.procedure is None
    proc = resolve(sc)
    assert len(proc.stages) == 1 and not proc.explicit
    for issue in sc.issues:
        fc = run_model(sc, "procedural").issue(issue.id)
        res = evaluate(sc, issue.id, issue.proposal)
        assert res.passed is fc.adopted
        assert res.blockers == fc.blockers
        assert passes(sc, issue.id, issue.proposal) is fc.adopted
        assert win_sets(sc, issue.id).procedure == procedural.win_set(sc, issue.id)


def test_intersect():
    a = [Interval(0, 10, True, False), Interval(20, 30, False, True)]
    b = [Interval(5, 25, False, True)]
    # [0, 10) ∩ (5, 25] = (5, 10); (20, 30] ∩ (5, 25] = (20, 25]
    assert intersect(a, b) == [Interval(5, 10, False, False), Interval(20, 25, False, True)]
    # touching ends meet only if both are closed there
    assert intersect([Interval(0, 5, False, True)], [Interval(5, 9, True, False)]) == [
        Interval(5, 5, True, True)
    ]
    assert intersect([Interval(0, 5, False, False)], [Interval(5, 9, True, False)]) == []


def test_bad_procedures_are_input_errors():
    with pytest.raises(InputError, match="unknown procedure"):
        load_procedure("no-such")
    base = {
        "id": "x",
        "title": "x",
        "date": "2025-03-01",
        "issues": [{"id": "i", "title": "i", "status_quo": 0}],
        "actors": [{"id": "DEU", "stances": {"i": {"position": 1}}}],
    }
    with pytest.raises(InputError, match="ratifies 'nowhere'"):
        validate(
            Scenario,
            {
                **base,
                "body": "eu-council",
                "procedure": {"stages": [{"id": "r", "ratify": {"of": "nowhere"}}]},
            },
        )
    with pytest.raises(InputError, match="no rule named"):
        validate(
            Scenario,
            {**base, "procedure": {"stages": [{"id": "c", "body": "eu-council", "rule": "nope"}]}},
        )


def test_simulation_through_a_procedure_draw_by_draw():
    # The flagship as an explicit one-stage procedure runs draw by draw through the model; it
    # must give what the vectorised engine gives for the plain body: the same draws adopted
    # (none: France at 0 always objects) and the same members blocking in each draw.
    import numpy as np

    from concilium.analysis.uncertainty import engines
    from concilium.analysis.uncertainty.space import compile_space

    plain = load_scenario("examples/nato-tokyo-office.yaml")
    staged = plain.replace(procedure={"stages": [{"id": "nac"}]})
    sp_plain, sp_staged = compile_space(plain), compile_space(staged)
    assert sp_staged.staged and not sp_plain.staged
    rng = np.random.default_rng(np.random.SeedSequence(11))
    lo = np.array([i.low for i in sp_plain.inputs])
    hi = np.array([i.high for i in sp_plain.inputs])
    values = lo + (hi - lo) * rng.random((12, len(lo)))
    a = engines.evaluate(sp_plain, "procedural", values, scenario=plain)[0]
    b = engines.evaluate(sp_staged, "procedural", values, scenario=staged)[0]
    assert (a.adopted == b.adopted).all()
    assert (a.blocks == b.blocks).all()
    assert b.blocks[:, sp_staged.report_ids.index("FRA")].all()


def test_a_scenario_overrides_a_members_threshold():
    # Belgium's default (majority of the votes cast) replaced by a two-thirds rule; Belgium's
    # chamber as blocs: 60 seats for (at 80), 40 against (at 20, |100-20| = 80 > 20).
    # 60 of 100 < two thirds: the ratification stops in Belgium, blocked by the 40.
    two_thirds = {
        "kind": "weighted_majority",
        "weight": "seats",
        "threshold": 0.6666666666,
        "strict": True,
    }
    sc = enlargement({})
    proc = {
        "use": "nato-enlargement",
        "thresholds": {
            "BEL": {"chamber": "Chamber", "rule": two_thirds, "assumption": "a test rule"}
        },
        "chambers": {
            "BEL": {
                "members": [
                    {"id": "BE-A", "name": "A", "weights": {"seats": 60}},
                    {"id": "BE-B", "name": "B", "weights": {"seats": 40}},
                ]
            }
        },
    }
    actors = (
        *sc.actors,
        *Scenario.model_validate(
            {
                "id": "t",
                "title": "t",
                "issues": [{"id": "issue", "title": "t"}],
                "actors": [
                    {"id": "BE-A", "name": "A", "stances": _stance(80)},
                    {"id": "BE-B", "name": "B", "stances": _stance(20)},
                ],
            }
        ).actors,
    )
    sc = sc.replace(procedure=proc, actors=actors)
    res = evaluate(sc, "issue", 100)
    assert res.stopped_at == ["ratification/BEL"] and res.blockers == ["BE-B"]
    # the other 30 ratifications still vote (one ratification stage), and pass
    assert sum(1 for s in res.stages if s.group == "ratification" and s.passed) == 30


def test_examples_reproduce_the_recorded_ratification_votes():
    # Türkiye: 287 for of 346 taking part, "absolute majority of those present": more than
    # 173, i.e. 174 needed; Hungary: 188 of 194, 98 needed (more than 97).
    sc = load_scenario("examples/nato-enlargement-sweden.yaml")
    res = evaluate(sc, "accession", 100)
    assert res.passed
    tur, hun = res.stage("ratification/TUR"), res.stage("ratification/HUN")
    assert tur.totals["seats"]["yes"] == 287 and tur.totals["seats"]["base"] == 346
    assert "174 needed" in tur.reason
    assert hun.totals["seats"]["yes"] == 188 and "98 needed" in hun.reason
    assert tur.votes == {"TBMM-FOR": "yes", "TBMM-AGAINST": "no", "TBMM-ABSTAIN": "abstain"}


def test_bargaining_models_check_the_whole_procedure():
    # France at 90 agrees, Japan (the host) at 0 prefers the status quo 0 to any z > 0, so
    # whatever point the compromise model bargains to (> 0 here: most weight is above 0), it
    # fails at the host's consent and the forecast is the status quo, blocked by Japan.
    fc = run_model(tokyo(0, 90), "compromise").issue("tokyo-office")
    assert fc.details["bargaining_point"] > 0
    assert fc.adopted is False and fc.outcome == 0
    assert fc.blockers == ["JPN"]
    assert fc.details["rule_reason"].startswith("stops at host")
    # procedural.assess_point and win_set go through the procedure too
    a = procedural.assess_point(tokyo(0, 90), 50.0, "tokyo-office")
    assert not a.passes and a.blockers == ["JPN"]
    assert procedural.win_set(tokyo(0, 90), "tokyo-office") == []


def test_a_stage_body_default_stance_covers_its_members():
    # Stage b's body declares a default stance at 80 and none of its members has an actor:
    # both vote as if at 80, yes on 100 (|100-80| = 20 < 80), so the majority passes.  With
    # no default stance anywhere the same scenario is an error naming the stage.
    def scenario(default: dict | None):
        b = {
            "id": "b",
            "name": "B",
            "rule": {"kind": "majority"},
            "members": [{"id": "B0", "name": "B0"}, {"id": "B1", "name": "B1"}],
        }
        if default is not None:
            b["default_stance"] = default
        return Scenario.model_validate(
            {
                "id": "s",
                "title": "s",
                "date": "2025-01-01",
                "body": {
                    "id": "a",
                    "name": "A",
                    "rule": {"kind": "consensus"},
                    "members": [{"id": "A0", "name": "A0"}],
                },
                "procedure": {"stages": [{"id": "a"}, {"id": "b", "body": b}]},
                "issues": [{"id": "i", "title": "i", "status_quo": 0, "proposal": 100}],
                "actors": [{"id": "A0", "stances": {"i": {"position": 90}}}],
            }
        )

    res = evaluate(scenario({"position": {"value": 80, "assumption": "a test"}}), "i", 100)
    assert res.passed and res.stage("b").defaulted == ["B0", "B1"]
    with pytest.raises(InputError, match="stage 'b'"):
        evaluate(scenario(None), "i", 100)
